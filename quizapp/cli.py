"""Commands under ``flask --app quizapp``: thin wrappers over the core and the database."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from . import migrate
from .content import store_article, store_bank
from .core.bank import validate_paths
from .core.library import Library, load_library
from .db import db

db_cli = AppGroup("db", help="Create and migrate the database schema (Alembic).")


@db_cli.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Migrate the database up to REVISION (default: the newest)."""
    migrate.upgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"Database is at {revision}.")


@db_cli.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Migrate the database down to REVISION ('base' empties it)."""
    migrate.downgrade(current_app.config["DATABASE_URL"], revision)
    click.echo(f"Database is at {revision}.")


@db_cli.command("revision")
@click.option("-m", "--message", required=True)
def db_revision(message: str) -> None:
    """Write a new migration from the difference between the models and the database."""
    from alembic import command

    command.revision(
        migrate.alembic_config(current_app.config["DATABASE_URL"]), message, autogenerate=True
    )


def _library() -> Library:
    library = load_library(Path(current_app.config["ARTICLES_DIR"]))
    for problem in library.problems:
        click.echo(str(problem), err=True)
    return library


@click.command("validate")
@with_appcontext
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
def validate_command(paths: tuple[Path, ...]) -> None:
    """Check question banks (default: the questions folder); exit 1 on any problem."""
    library = _library()
    targets = list(paths) or [Path(current_app.config["QUESTIONS_DIR"])]
    results = validate_paths(targets, library.texts())
    failed = 0
    for result in results:
        if result.ok and result.bank is not None:
            approved = len(result.bank.approved)
            click.echo(
                f"ok      {result.source}: {len(result.bank.questions)} questions, {approved} approved"
            )
        else:
            failed += 1
            for problem in result.problems:
                click.echo(str(problem), err=True)
    if not results:
        click.echo("No .yaml files found in " + ", ".join(map(str, targets)), err=True)
        sys.exit(1)
    if failed or library.problems:
        click.echo(f"{failed} of {len(results)} banks have problems.", err=True)
        sys.exit(1)
    click.echo(f"All {len(results)} banks are valid.")


@click.command("seed")
@with_appcontext
def seed_command() -> None:
    """Load the article library and every valid bank into the database."""
    library = _library()
    session = db.session
    with session.begin():
        for article in library.articles.values():
            store_article(session, article)
    click.echo(f"Loaded {len(library.articles)} articles from {library.root}.")
    results = validate_paths([Path(current_app.config["QUESTIONS_DIR"])], library.texts())
    problems = 0
    for result in results:
        if result.bank is None:
            problems += 1
            for problem in result.problems:
                click.echo(str(problem), err=True)
            click.echo(f"skipped {result.source}: the stored version, if any, is kept", err=True)
            continue
        with session.begin():
            store_bank(session, result.bank)
        click.echo(f"Loaded bank '{result.bank.id}' ({len(result.bank.questions)} questions).")
    if problems or library.problems:
        sys.exit(1)


@click.command("create-teacher")
@with_appcontext
@click.argument("email")
@click.option("--name", default=None, help="Display name (default: the part of EMAIL before @).")
@click.password_option(help="The password (asked for when not given).")
def create_teacher_command(email: str, name: str | None, password: str) -> None:
    """Create a teacher account that logs in with EMAIL."""
    from sqlalchemy import func, select

    from .auth.forms import TEACHER_PASSWORD_MIN
    from .models import User
    from .models.people import TEACHER

    email = email.strip().lower()
    if "@" not in email:
        raise click.BadParameter("that is not an email address", param_hint="EMAIL")
    if len(password) < TEACHER_PASSWORD_MIN:
        raise click.BadParameter(
            f"use at least {TEACHER_PASSWORD_MIN} characters", param_hint="password"
        )
    if db.session.scalar(select(User.id).where(func.lower(User.email) == email)):
        raise click.ClickException(f"a teacher with the email {email} already exists")
    teacher = User(
        role=TEACHER, email=email, display_name=name or email.split("@")[0], name_key=email
    )
    teacher.set_password(password)
    db.session.add(teacher)
    db.session.commit()
    click.echo(f"Created teacher {email}. Log in at /login.")


@click.command("demo")
@with_appcontext
def demo_command() -> None:
    """Create the demo teacher, class and simulated answers (once)."""
    from . import demo

    summary = demo.create_demo(db.session)
    db.session.commit()
    if summary.created:
        click.echo(
            f"Created the demo class: {summary.students} students, {summary.answers} answers."
        )
    click.echo(
        f"Demo teacher: {demo.DEMO_TEACHER_EMAIL} / {demo.DEMO_TEACHER_PASSWORD}   (log in at /login)\n"
        f"Demo student: class code {demo.DEMO_JOIN_CODE}, name '{demo.STUDENT_NAMES[0]}', password {demo.DEMO_STUDENT_PASSWORD}"
    )


@click.command("setup")
@with_appcontext
@click.option("--demo/--no-demo", default=True, help="Also create the demo class.")
@click.pass_context
def setup_command(ctx: click.Context, demo: bool) -> None:
    """Create or migrate the database, load the seed articles and banks, and the demo."""
    ctx.invoke(db_upgrade)
    ctx.invoke(seed_command)
    if demo:
        ctx.invoke(demo_command)


def init_app(app: Flask) -> None:
    app.cli.add_command(db_cli)
    app.cli.add_command(validate_command)
    app.cli.add_command(seed_command)
    app.cli.add_command(setup_command)
    app.cli.add_command(create_teacher_command)
    app.cli.add_command(demo_command)
