"""Engines, sessions and schema upgrades, for SQLite (embedded default) and PostgreSQL alike."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

_engines: dict[str, Engine] = {}
_lock = threading.Lock()
_MIGRATIONS = Path(__file__).with_name("migrations")


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API connection
    # WAL lets the web app read while a crawl writes; busy_timeout waits out a writer instead
    # of failing at once; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def make_engine(url: str) -> Engine:
    """A new engine for URL; SQLite files get their folder made and WAL turned on."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def get_engine(url: str) -> Engine:
    """The process-wide engine for URL, upgraded to the newest schema on first use."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = make_engine(url)
            upgrade(engine)
            _engines[url] = engine
        return engine


def dispose_engines() -> None:
    """Forget cached engines (tests point the tracker at fresh databases)."""
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


_COPY_PREFIX = "tracker-migrations-"
_OWNER_FILE = "owner.pid"


def _remove_stale_copies(folder: Path) -> None:
    """Remove copies left by processes that were killed before they could remove their own (a
    crawl stopped at its time limit gets SIGKILL): ours, and whose process is gone."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    for old in folder.glob(_COPY_PREFIX + "*"):
        try:
            if uid is not None and old.stat().st_uid != uid:
                continue
            pid = int((old / _OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not a copy of ours, or one still being made
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass  # alive, under another user


@lru_cache(maxsize=1)
def migrations_dir() -> Path:
    """The migrations folder; copied out to a temporary folder when the package runs from a
    zipped egg (a Scrapyd node), since Alembic reads its scripts from a real folder. The copy
    goes when the process ends: a node runs every crawl as a process of its own, and a copy
    left by each would pile up in its temporary folder."""
    if _MIGRATIONS.is_dir():
        return _MIGRATIONS
    _remove_stale_copies(Path(tempfile.gettempdir()))
    target = Path(tempfile.mkdtemp(prefix=_COPY_PREFIX))
    (target / _OWNER_FILE).write_text(str(os.getpid()))
    atexit.register(shutil.rmtree, target, ignore_errors=True)

    def copy(node, dest: Path) -> None:  # noqa: ANN001 - importlib.resources Traversable
        for child in node.iterdir():
            if child.is_dir():
                (dest / child.name).mkdir()
                copy(child, dest / child.name)
            elif child.name.endswith((".py", ".mako")):
                (dest / child.name).write_bytes(child.read_bytes())

    copy(resources.files("storage") / "migrations", target)
    return target


def alembic_config(engine: Engine):  # noqa: ANN201 - alembic.config.Config
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to REVISION with Alembic; safe to run on every start."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back when it raises."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
