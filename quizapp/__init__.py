"""quizapp: media-literacy quizzes generated from news articles."""

from __future__ import annotations

from pathlib import Path

from flask import Flask
from flask_wtf.csrf import CSRFProtect

from .config import load_config
from .db import db

csrf = CSRFProtect()


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: configuration, extensions, blueprints and commands; nothing else."""
    app = Flask(__name__, instance_relative_config=True)
    load_config(app, test_config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    db.init_app(app)
    csrf.init_app(app)

    from . import cli, errors, security
    from .articles.views import bp as articles_bp
    from .student.views import bp as student_bp

    app.register_blueprint(student_bp)
    app.register_blueprint(articles_bp)
    errors.init_app(app)
    security.init_app(app)
    cli.init_app(app)

    from .core.bank import SKILLS

    app.jinja_env.globals["skill_labels"] = SKILLS
    return app
