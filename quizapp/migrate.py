"""Alembic, configured from code: the schema is only ever made by migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str, connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade(url: str, revision: str = "head", connection: Connection | None = None) -> None:
    """Bring the database at ``url`` (or on ``connection``) up to ``revision``."""
    command.upgrade(alembic_config(url, connection), revision)


def downgrade(url: str, revision: str, connection: Connection | None = None) -> None:
    command.downgrade(alembic_config(url, connection), revision)
