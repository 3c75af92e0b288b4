"""Shared fixtures: fresh databases on SQLite and on a real PostgreSQL, and a tracker environment.

PostgreSQL tests need TRACKER_TEST_POSTGRES_URL (`.ci/run` starts a server and sets it); without
it they are skipped locally, and under CI its absence is an error, so nothing passes by skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from storage.db import dispose_engines, get_engine

BACKENDS = ["sqlite", "postgresql"]


def _postgres_admin_url() -> str | None:
    url = os.environ.get("TRACKER_TEST_POSTGRES_URL")
    if not url and os.environ.get("CI"):
        raise RuntimeError("CI run without TRACKER_TEST_POSTGRES_URL: PostgreSQL tests cannot run")
    return url


def _fresh_postgres_database() -> tuple[str, callable]:
    admin_url = _postgres_admin_url()
    if not admin_url:
        pytest.skip("TRACKER_TEST_POSTGRES_URL is not set")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        make_url(admin_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        dispose_engines()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture
def sqlite_url(tmp_path: Path) -> Iterator[str]:
    yield f"sqlite:///{tmp_path / 'tracker.db'}"
    dispose_engines()


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Runs a test that uses ``db_url`` on each backend, or on those its ``backends`` mark names.

    Why the mark: the store, the merge, feeds, mail and the concurrency tests run on both
    backends; a platform's crawls go through that same store, so each platform's crawl tests run
    on one backend, the platforms shared between the two (README, "Tests"). Running every crawl
    on both doubled the slowest part of the suite for no path of its own."""
    if "db_url" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker("backends")
        backends = list(marker.args) if marker else BACKENDS
        unknown = set(backends) - set(BACKENDS)
        if unknown:
            raise ValueError(f"unknown backends {sorted(unknown)}; known: {BACKENDS}")
        metafunc.parametrize("db_url", backends, indirect=True)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend in turn."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        dispose_engines()
    else:
        url, drop = _fresh_postgres_database()
        yield url
        drop()


@pytest.fixture
def engine(sqlite_url: str) -> Engine:
    """A migrated SQLite engine."""
    return get_engine(sqlite_url)


@pytest.fixture
def any_engine(db_url: str) -> Engine:
    """A migrated engine on each backend in turn."""
    return get_engine(db_url)


@pytest.fixture
def tracker_env_any(monkeypatch: pytest.MonkeyPatch, tracker_env: Path, db_url: str) -> Path:
    """tracker_env on each backend in turn: SQLite, then a fresh PostgreSQL database."""
    monkeypatch.setenv("TRACKER_DATABASE_URL", db_url)
    return tracker_env


@pytest.fixture
def tracker_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sqlite_url: str) -> Path:
    """Point every TRACKER_* setting at a private folder and database; returns the data folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("TRACKER_DATA_DIR", str(data))
    monkeypatch.setenv("TRACKER_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("TRACKER_SECRET_KEY", "test-secret-key")
    monkeypatch.setenv("TRACKER_PUBLIC_URL", "http://tracker.test")
    monkeypatch.delenv("TRACKER_SMTP_URL", raising=False)
    monkeypatch.delenv("TRACKER_SOURCES", raising=False)
    return data
