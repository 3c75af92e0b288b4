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


def test_a_zipped_install_upgrades_from_a_copy_it_removes_when_it_exits(tmp_path) -> None:
    """A Scrapyd node runs the project from an egg, one process per crawl: its copy of the
    migrations must upgrade a real database and must not be left behind in the temp folder,
    not even by a crawl killed at its time limit (the next process removes that one)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": str(root)}

    def node_process(end: str) -> tuple[str, str]:
        script = (
            "import os\n"
            "from pathlib import Path\n"
            "import storage.db as db\n"
            "db._MIGRATIONS = Path('no-such-folder')  # as in an egg: no folder on disk\n"
            f"engine = db.get_engine('sqlite:///{tmp_path / 'node.db'}')\n"
            "from sqlalchemy import inspect\n"
            "print(db.migrations_dir(), sorted(inspect(engine).get_table_names()), flush=True)\n"
            f"{end}\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        ).stdout
        copy, tables = out.split(" ", 1)
        return copy, tables

    # killed: no exit handlers run (os._exit stands in for SIGKILL)
    killed, tables = node_process("os._exit(0)")
    assert killed.startswith(str(temp)) and "measure" in tables
    assert Path(killed).exists()
    copy, tables = node_process("")
    assert "measure" in tables and copy != killed
    assert not Path(killed).exists() and not Path(copy).exists()
    assert list(temp.iterdir()) == []
