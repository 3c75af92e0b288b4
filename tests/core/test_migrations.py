"""The Alembic migrations build exactly the tables the models describe, on both backends, and
can be undone: a schema drift would show up here before it reaches a user's database."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import storage.mail_models  # noqa: F401 - every table the migrations create
import storage.models  # noqa: F401
import storage.ops_models  # noqa: F401
from storage.db import alembic_config


def test_migrations_match_the_models(any_engine) -> None:
    with any_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_migrations_downgrade_and_upgrade_again(any_engine) -> None:
    cfg = alembic_config(any_engine)
    command.downgrade(cfg, "base")
    assert "measure" not in inspect(any_engine).get_table_names()
    command.upgrade(cfg, "head")
    assert {"measure", "event", "action", "source"} <= set(inspect(any_engine).get_table_names())
