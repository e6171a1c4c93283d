"""quizapp: media-literacy quizzes generated from news articles."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from .config import load_config
from .db import db
from .extensions import csrf, limiter, login_manager


def create_app(test_config: dict | None = None) -> Flask:
    """Build the app: configuration, extensions, blueprints and commands; nothing else."""
    app = Flask(__name__, instance_relative_config=True)
    load_config(app, test_config)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    db.init_app(app)
    csrf.init_app(app)
    login_manager.init_app(app)
    limiter.init_app(app)

    from . import cli, errors, security
    from .access import load_user_by_token
    from .articles import workspace  # noqa: F401  (registers the teacher's article routes)
    from .articles.views import bp as articles_bp
    from .auth.views import bp as auth_bp
    from .student import assignments  # noqa: F401  (registers the assignment routes)
    from .student.views import bp as student_bp
    from .teacher import banks  # noqa: F401  (registers the bank editor routes)
    from .teacher.views import bp as teacher_bp

    login_manager.user_loader(load_user_by_token)
    for blueprint in (student_bp, articles_bp, auth_bp, teacher_bp):
        app.register_blueprint(blueprint)
    errors.init_app(app)
    security.init_app(app)
    cli.init_app(app)

    from .core.bank import SKILLS

    app.jinja_env.globals["skill_labels"] = SKILLS
    return app
