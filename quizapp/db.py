"""The database: one engine per app, a session per request, typed declarative models."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, scoped_session, sessionmaker


class Base(DeclarativeBase):
    """The base class of every model."""


def make_engine(url: str, echo: bool = False, **kwargs: Any) -> Engine:
    """An engine for ``url``; SQLite gets WAL mode, a busy timeout and real transactions."""
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"timeout": 15}, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINTs; SQLAlchemy's
    # documented recipe turns it off and emits BEGIN itself.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection):  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")


class Database:
    """Gives each app its engine and a request-scoped session (``db.session``)."""

    def init_app(self, app: Flask) -> None:
        # Tests pass DATABASE_BIND: a connection inside a transaction that they roll back.
        bind = app.config.get("DATABASE_BIND") or make_engine(
            app.config["DATABASE_URL"], echo=app.config.get("SQL_ECHO", False)
        )
        factory = sessionmaker(
            bind=bind, expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        app.extensions["quizapp.db"] = scoped_session(factory)

        @app.teardown_appcontext
        def remove_session(_exc: BaseException | None) -> None:
            app.extensions["quizapp.db"].remove()

    @property
    def session(self) -> Session:
        """The session of the current request or app context."""
        return current_app.extensions["quizapp.db"]()

    @property
    def engine(self) -> Engine:
        bind = current_app.extensions["quizapp.db"].session_factory.kw["bind"]
        return bind if isinstance(bind, Engine) else bind.engine


db = Database()
