"""The project's database fixtures, and the hook that picks the backends each test runs on."""

from tests.conftest import any_engine, db_url, engine, pytest_generate_tests, sqlite_url  # noqa: F401
