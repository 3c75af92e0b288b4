"""The project's database fixtures (SQLite and PostgreSQL), for this platform's crawl tests."""

from tests.conftest import any_engine, db_url, engine, sqlite_url  # noqa: F401
