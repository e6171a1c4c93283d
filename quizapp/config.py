"""Settings: defaults here, then ``instance/config.py``, then the environment."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask

PROJECT_ROOT = Path(__file__).resolve().parent.parent
WEAK_SECRET_KEYS = {"dev", "secret", "changeme", "change-me", "development", "test"}


class Defaults:
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    PERMANENT_SESSION_LIFETIME = 60 * 60 * 12
    MAX_CONTENT_LENGTH = 2 * 1024 * 1024
    WTF_CSRF_TIME_LIMIT = 60 * 60 * 12
    QUESTIONS_DIR = str(PROJECT_ROOT / "questions")
    ARTICLES_DIR = str(PROJECT_ROOT / "seeds")
    SQL_ECHO = False
    ALLOW_TEACHER_SIGNUP = True
    LOGIN_LIMIT_PER_ACCOUNT = "5 per 5 minutes"
    LOGIN_LIMIT_PER_ADDRESS = "30 per 5 minutes"
    RATELIMIT_HEADERS_ENABLED = True


def load_config(app: Flask, test_config: dict | None) -> None:
    """Fill ``app.config`` from defaults, the instance folder and the environment."""
    app.config.from_object(Defaults)
    app.config["DATABASE_URL"] = f"sqlite:///{Path(app.instance_path) / 'quizapp.sqlite'}"
    if test_config is not None:
        app.config.update(test_config)
        _default_rate_limit_storage(app)
        return
    app.config.from_pyfile("config.py", silent=True)
    for key in (
        "SECRET_KEY",
        "DATABASE_URL",
        "QUESTIONS_DIR",
        "ARTICLES_DIR",
        "RATELIMIT_STORAGE_URI",
    ):
        if os.environ.get(key):
            app.config[key] = os.environ[key]
    for key in ("SESSION_COOKIE_SECURE", "ALLOW_TEACHER_SIGNUP"):
        if key in os.environ:
            app.config[key] = os.environ[key].lower() in {"1", "true", "yes", "on"}
    _default_rate_limit_storage(app)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret_key(Path(app.instance_path))
    check_secret_key(app.config["SECRET_KEY"])


def _default_rate_limit_storage(app: Flask) -> None:
    """Count login attempts in the app's database unless told otherwise: exact across workers."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", "sql+" + app.config["DATABASE_URL"])


def check_secret_key(key: str) -> None:
    """Refuse to start with a guessable secret key: it signs every session cookie."""
    if len(key) < 24 or key.lower() in WEAK_SECRET_KEYS:
        raise RuntimeError(
            "SECRET_KEY is too weak: use at least 24 random characters, e.g. "
            "python -c 'import secrets; print(secrets.token_hex(32))'"
        )


def _instance_secret_key(instance: Path) -> str:
    """A random key kept in the instance folder, made on first start (mode 600)."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.touch(mode=0o600)
    path.write_text(key)
    return key
