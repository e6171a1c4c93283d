"""Flask extensions, created here and bound to each app in ``create_app``."""

from __future__ import annotations

from flask import request
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect

from quizapp import ratelimit  # noqa: F401  (registers the "sql+" rate-limit storage)


def client_address() -> str:
    return request.remote_addr or "unknown"


csrf = CSRFProtect()
login_manager = LoginManager()
login_manager.login_view = "auth.login"
# Students who must log in are sent to the student login (class code), not the teachers'.
login_manager.blueprint_login_views = {"student": "auth.student_login", "teacher": "auth.login"}
login_manager.login_message = "Please log in to see that page."
login_manager.login_message_category = "error"
login_manager.session_protection = "strong"
limiter = Limiter(key_func=client_address)
