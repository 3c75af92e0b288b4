"""Fixtures for the web tests: the real app over a seeded database, and a client for it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.web.seed import seed
from tracker.config import load_config
from tracker.web.app import create_app

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


@pytest.fixture
def app(tracker_env) -> FastAPI:  # noqa: ANN001 - fixture
    return create_app(load_config())


@pytest.fixture
def ids(app: FastAPI) -> dict[str, int]:
    return seed(app.state.engine)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c


def csrf_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "the page has no CSRF field"
    return match.group(1)
