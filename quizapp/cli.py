"""Commands under ``flask --app quizapp``: thin wrappers over the core and the database."""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from . import migrate
from .content import store_article, store_bank
from .core.analysis import Analysis, analyse
from .core.articles import Article, ArticleError, shorten, slugify
from .core.bank import SKILLS, validate_paths
from .core.compare import compare
from .core.ingest import load_article_file
from .core.library import Library, add_to_library, article_id_for, load_library
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


# --- Articles: analyse them, and generate draft banks from them ---------------------------


def _load_articles(files: tuple[Path, ...]) -> tuple[list[tuple[Path, Article]], list[str]]:
    """Load each file (ids from its publisher and date, or title); bad files are reported."""
    loaded: list[tuple[Path, Article]] = []
    failures: list[str] = []
    used: set[str] = set()
    for path in files:
        try:
            article = load_article_file(path, "article")
        except ArticleError as error:
            failures.append(str(path))
            click.echo(f"error: {error}; skipped", err=True)
            continue
        base = article_id_for(article)
        article.id, n = base, 2
        while article.id in used:
            article.id, n = f"{base}-{n}", n + 1
        used.add(article.id)
        loaded.append((path, article))
    return loaded, failures


def _analyse_all(articles: list[Article], verbose: bool) -> list[Analysis]:
    analyses = []
    for index, article in enumerate(articles, 1):
        analyses.append(analyse(article))
        if verbose:
            click.echo(f"analysed {index}/{len(articles)} {article.source_file}", err=True)
    return analyses


def _analysis_data(article: Article, analysis: Analysis) -> dict[str, Any]:
    def span(item: Any) -> dict[str, Any]:
        return {"text": item.text, "start": item.start, "end": item.end}

    return {
        "id": article.id,
        "title": article.display_title(),
        "text": article.text,
        "sources": [{"name": s.name, "role": s.role} for s in analysis.sources],
        "attributions": [
            {"source": a.source, "kind": a.kind, "cause": a.cause, **span(a)}
            for a in analysis.attributions
        ],
        "cause_claims": [
            {"source": c.source, "cause": c.cause, "negated": c.negated, **span(c)}
            for c in analysis.causes
        ],
        "writer_claims": [
            {"judgement": w.judgement, "evaluative": w.evaluative, **span(w)}
            for w in analysis.writer_claims
        ],
        "loaded_language": [
            {"term": f.text, "start": f.start, "end": f.end, "voice": f.voice}
            for f in analysis.language
            if f.category == "loaded"
        ],
        "quantities": [{"value": q.value, "unit": q.unit, **span(q)} for q in analysis.quantities],
    }


@click.command("analyze")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document.")
def analyze_command(files: tuple[Path, ...], as_json: bool) -> None:
    """Analyse article FILES (.txt or .html): sources, quotes, causes, framing, figures."""
    loaded, failures = _load_articles(files)
    articles = [article for _, article in loaded]
    analyses = _analyse_all(articles, verbose=len(files) > 1)
    disagreements = compare(list(zip(articles, analyses, strict=True)))
    if as_json:
        document = {
            "articles": [_analysis_data(a, n) for a, n in zip(articles, analyses, strict=True)],
            "disagreements": [asdict(d) for d in disagreements],
        }
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for article, analysis in zip(articles, analyses, strict=True):
            click.echo(f"{article.id}: {article.display_title()}")
            for source in analysis.sources:
                click.echo(
                    f"  source     {source.name}" + (f" ({source.role})" if source.role else "")
                )
            for a in analysis.attributions:
                click.echo(f"  {a.kind:10} {a.source}: {shorten(a.text, 70)}")
            for c in analysis.causes:
                denied = "NOT " if c.negated else ""
                click.echo(
                    f"  cause      {c.source or 'writer'}: {denied}{c.cause}  ({shorten(c.text, 50)})"
                )
            loaded_words = [f.text for f in analysis.language if f.category == "loaded"]
            if loaded_words:
                click.echo(f"  loaded     {', '.join(loaded_words)}")
        for d in disagreements:
            click.echo(
                f"disagreement ({d.kind}) about {d.about}: "
                + " / ".join(f"{i.article}: {shorten(i.text, 40)}" for i in d.items)
            )
    if failures:
        click.echo(f"{len(failures)} of {len(files)} files could not be read.", err=True)
        sys.exit(1)


@click.command("generate")
@with_appcontext
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="Where to write the draft bank, e.g. questions/drafts/floods.yaml.",
)
@click.option(
    "--library",
    "library_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="The article library to store the articles in (default: ARTICLES_DIR).",
)
@click.option("--id", "bank_id", default=None, help="The bank id (default: from the file name).")
@click.option("--title", default=None, help="The bank title.")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def generate_command(
    files: tuple[Path, ...],
    output: Path,
    library_dir: Path | None,
    bank_id: str | None,
    title: str | None,
    force: bool,
) -> None:
    """Store article FILES in the library and write a draft question bank about them."""
    from .drafts import DraftExists, write_draft_bank

    if output.exists() and not force:
        raise click.ClickException(f"{output} exists; use --force to overwrite it")
    root = library_dir or Path(current_app.config["ARTICLES_DIR"])
    loaded, failures = _load_articles(files)
    if not loaded:
        raise click.ClickException("no article could be read")
    for path, article in loaded:
        article.id = add_to_library(root, path, article)
        click.echo(f"stored {path} as '{article.id}' in {root}", err=True)
    articles = list(dict((a.id, a) for _, a in loaded).values())
    click.echo(f"analysing and generating from {len(articles)} articles...", err=True)
    try:
        result = write_draft_bank(
            articles,
            bank_id=bank_id or slugify(output.stem) or "draft",
            title=title or f"Draft: {articles[0].display_title()}",
            output=output,
            library_root=root,
            sources=[str(path) for path, _ in loaded],
            force=force,
        )
    except DraftExists:
        raise click.ClickException(f"{output} exists; use --force to overwrite it") from None
    if not result.ok or result.bank is None:
        for problem in result.problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(
            "the generated bank does not pass the validator; nothing was written"
        )
    counts = Counter(q.skill for q in result.bank.questions)
    click.echo(f"wrote {output}: {len(result.bank.questions)} draft questions")
    for skill in SKILLS:
        click.echo(f"  {skill:18} {counts.get(skill, 0)}")
    if failures:
        click.echo(f"{len(failures)} of {len(files)} files could not be read.", err=True)
        sys.exit(1)


def init_app(app: Flask) -> None:
    app.cli.add_command(db_cli)
    app.cli.add_command(validate_command)
    app.cli.add_command(seed_command)
    app.cli.add_command(setup_command)
    app.cli.add_command(create_teacher_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(analyze_command)
    app.cli.add_command(generate_command)
