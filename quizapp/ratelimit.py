"""Rate-limit counters kept in the app's own database, shared by every worker process.

Flask-Limiter counts through the ``limits`` library, whose storages are memory (one
process only), Redis, Memcached and MongoDB.  This adds one more storage for it, on the
SQL database the app already has, so the login limits stay exact when gunicorn runs
several processes or machines share one PostgreSQL.  Select it with a storage URI of
``sql+`` followed by a SQLAlchemy URL (the default: ``sql+`` + ``DATABASE_URL``).
"""

from __future__ import annotations

import time
from typing import ClassVar

from limits.storage import Storage
from sqlalchemy import Float, Integer, String, case, delete, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Mapped, mapped_column

from quizapp.db import Base, make_engine

SCHEME_PREFIX = "sql+"


class RateLimitCounter(Base):
    """One fixed-window counter: how many hits ``key`` has had until ``expires_at``."""

    __tablename__ = "rate_limit_counters"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)
    expires_at: Mapped[float] = mapped_column(Float)


class SqlStorage(Storage):
    """A ``limits`` storage on SQLite or PostgreSQL (fixed-window strategy)."""

    STORAGE_SCHEME: ClassVar[list[str]] = ["sql+sqlite", "sql+postgresql", "sql+postgresql+psycopg"]

    def __init__(self, uri: str, wrap_exceptions: bool = False, **options: float | str | bool):
        super().__init__(uri, wrap_exceptions=wrap_exceptions, **options)
        self.engine = make_engine(uri.removeprefix(SCHEME_PREFIX))
        self.table = RateLimitCounter.__table__

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        """Add ``amount`` hits in one atomic statement; a lapsed window starts again."""
        now = time.time()
        dialect = sqlite if self.engine.dialect.name == "sqlite" else postgresql
        statement = dialect.insert(self.table).values(
            key=key, count=amount, expires_at=now + expiry
        )
        lapsed = self.table.c.expires_at <= now
        statement = statement.on_conflict_do_update(
            index_elements=[self.table.c.key],
            set_={
                "count": case((lapsed, amount), else_=self.table.c.count + amount),
                "expires_at": case((lapsed, now + expiry), else_=self.table.c.expires_at),
            },
        ).returning(self.table.c.count)
        with self.engine.begin() as connection:
            return int(connection.execute(statement).scalar_one())

    def get(self, key: str) -> int:
        with self.engine.connect() as connection:
            count = connection.execute(
                select(self.table.c.count).where(
                    self.table.c.key == key, self.table.c.expires_at > time.time()
                )
            ).scalar_one_or_none()
        return int(count or 0)

    def get_expiry(self, key: str) -> float:
        with self.engine.connect() as connection:
            expires = connection.execute(
                select(self.table.c.expires_at).where(self.table.c.key == key)
            ).scalar_one_or_none()
        return float(expires) if expires is not None else time.time()

    def check(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with self.engine.begin() as connection:
            return connection.execute(delete(self.table)).rowcount

    def clear(self, key: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(self.table).where(self.table.c.key == key))
