"""Fixtures shared by every test: a real database (SQLite or PostgreSQL), the app, a client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import Connection, Engine, event

from quizapp import create_app
from quizapp.db import make_engine
from tests.support import fresh_database, prepare_database

TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--db-url",
        default=None,
        help="database server to test against, e.g. postgresql+psycopg://user@127.0.0.1:5432/postgres"
        " (a fresh database is created on it); default: a SQLite file",
    )


@pytest.fixture(scope="session")
def db_url_option(request: pytest.FixtureRequest) -> str | None:
    return request.config.getoption("--db-url")


@pytest.fixture(scope="session")
def database_url(
    db_url_option: str | None, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """One migrated and seeded database for the whole run."""
    with fresh_database(db_url_option, tmp_path_factory.mktemp("db")) as url:
        prepare_database(url)
        yield url


@pytest.fixture(scope="session")
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    with engine.connect() as connection:
        transaction = connection.begin()
        yield connection
        transaction.rollback()


def make_app(database_url: str, **overrides) -> Flask:
    config = {
        "TESTING": True,
        "SECRET_KEY": TEST_SECRET,
        "DATABASE_URL": database_url,
        "WTF_CSRF_ENABLED": True,
        **overrides,
    }
    return create_app(config)


@pytest.fixture
def app(database_url: str, connection: Connection) -> Flask:
    # Rate-limit counters in memory: the test's open transaction would hold SQLite's write
    # lock against the database storage (which tests/test_ratelimit.py exercises itself).
    return make_app(database_url, DATABASE_BIND=connection, RATELIMIT_STORAGE_URI="memory://")


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


@pytest.fixture
def count_queries(connection: Connection):
    """Counts the SQL statements run while the returned counter is active."""

    class Counter:
        def __init__(self) -> None:
            self.count = 0

        def __enter__(self) -> Counter:
            event.listen(connection, "before_cursor_execute", self._count)
            return self

        def __exit__(self, *exc: object) -> None:
            event.remove(connection, "before_cursor_execute", self._count)

        def _count(self, *args: object) -> None:
            self.count += 1

    return Counter


# --- A real server and a real browser -------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def live_server(db_url_option: str | None, tmp_path_factory: pytest.TempPathFactory):
    """The app served over real HTTP on a loopback port, on its own fresh database."""
    import shutil
    import threading

    from werkzeug.serving import make_server

    from tests.support import PROJECT

    folder = tmp_path_factory.mktemp("live")
    # Uploads and drafts go to copies, never into the project's own seeds/ and questions/.
    articles_dir = shutil.copytree(PROJECT / "seeds", folder / "seeds")
    questions_dir = shutil.copytree(PROJECT / "questions", folder / "questions")
    with fresh_database(db_url_option, folder) as url:
        prepare_database(url)
        app = make_app(url, ARTICLES_DIR=str(articles_dir), QUESTIONS_DIR=str(questions_dir))
        with app.app_context():
            from quizapp import demo
            from quizapp.db import db

            demo.create_demo(db.session)
            db.session.commit()
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        server.app = app  # type: ignore[attr-defined]
        server.url = f"http://127.0.0.1:{server.server_port}"  # type: ignore[attr-defined]
        yield server
        server.shutdown()
        thread.join(timeout=5)
        with app.app_context():
            from quizapp.db import db
            from quizapp.extensions import limiter

            db.engine.dispose()
            storage = getattr(limiter, "_storage", None)
            if storage is not None and hasattr(storage, "engine"):
                storage.engine.dispose()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright."""
    from pathlib import Path

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})  # a phone screen
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def session(connection: Connection):
    """A session on the test's connection, for factories; its commits stay in the test."""
    from sqlalchemy.orm import Session

    with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
        yield session
