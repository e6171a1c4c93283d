"""Migrations build the whole schema from nothing, and tear it down, on each database."""

from sqlalchemy import inspect

import quizapp.models  # noqa: F401
from quizapp import migrate
from quizapp.db import Base, make_engine
from tests.support import fresh_database


def test_upgrade_from_empty_to_head_matches_the_models_then_downgrade(db_url_option, tmp_path):
    with fresh_database(db_url_option, tmp_path) as url:
        migrate.upgrade(url)
        engine = make_engine(url)
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        for name, table in Base.metadata.tables.items():
            columns = {c["name"] for c in inspect(engine).get_columns(name)}
            assert columns == {c.name for c in table.columns}, name
        migrate.downgrade(url, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        engine.dispose()


def test_models_and_migrations_agree(db_url_option, tmp_path):
    """Autogenerate finds nothing to do at head: no model change lacks a migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with fresh_database(db_url_option, tmp_path) as url:
        migrate.upgrade(url)
        engine = make_engine(url)
        with engine.connect() as connection:
            diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        engine.dispose()
    assert diff == []
