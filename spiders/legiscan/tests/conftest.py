"""The project's database fixtures (SQLite and a real PostgreSQL), for the crawl tests here."""

from tests.conftest import db_url, sqlite_url  # noqa: F401 - fixtures, used by name
