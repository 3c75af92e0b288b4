"""Fixtures: a running Legistar mirror over real HTTP, and a client to talk to it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import httpx
import pytest

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror

SCHEMAS = Path(__file__).with_name("schemas")
TODAY = date(2025, 3, 3)


def schema_keys(name: str) -> set[str]:
    """The field names of a Legistar schema sample (copied from the platform's help pages)."""
    return set(json.loads((SCHEMAS / f"legistar_schema_{name}.json").read_text()))


@pytest.fixture(scope="module")
def chicago_mirror() -> Iterator[LegistarMirror]:
    """A read-only 2,500-matter Chicago client, shared by a module's tests (do not mutate)."""
    with LegistarMirror({"chicago": build_client("chicago", today=TODAY)}) as mirror:
        yield mirror


@pytest.fixture
def fresh_mirror() -> Iterator[LegistarMirror]:
    """A mirror of its own for tests that switch faults on or change matters."""
    clients = {
        "chicago": build_client("chicago", n_matters=2500, today=TODAY),
        "nyc": build_client("nyc", n_matters=300, relevant=12, token="s3cret", today=TODAY),
    }
    with LegistarMirror(clients) as mirror:
        yield mirror


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


def listing(http: httpx.Client, url: str, page: int = 1000, **params: str) -> list[dict]:
    """Every row of a listing, paged with $top/$skip until a short page, as a spider does."""
    rows: list[dict] = []
    while True:
        reply = http.get(url, params={**params, "$top": str(page), "$skip": str(len(rows))})
        reply.raise_for_status()
        batch = reply.json()
        rows += batch
        if len(batch) < page:
            return rows
