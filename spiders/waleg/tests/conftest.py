"""The project's database fixtures (SQLite and PostgreSQL) for this package's tests."""

from tests.conftest import any_engine, db_url, sqlite_url  # noqa: F401
