"""The project's database fixtures (fresh SQLite and PostgreSQL databases) for these tests."""

from tests.conftest import any_engine, db_url, engine, sqlite_url  # noqa: F401
