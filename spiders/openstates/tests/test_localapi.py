"""The local Open States API answers like the real one (api-v3's code and error texts), so the
spider's tests mean something."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

import pytest

from localserver.openstates.api import OpenStatesAPI
from localserver.openstates.corpus import build_state, jurisdiction_id
from localserver.server import LocalServer

ERRORS = (Path(__file__).with_name("responses") / "OPENSTATES_errors.txt").read_text()


@pytest.fixture(scope="module")
def api_url():
    with LocalServer() as local:
        local.mount("/os", OpenStatesAPI(build_state("NY", relevant=6, mentions=20, background=4)))
        yield local.url("/os")


def get(url: str, key: str | None = "test-key", **params) -> tuple[int, object]:
    query = urlencode(
        [(k, x) for k, v in params.items() for x in (v if isinstance(v, list) else [v])]
    )
    request = Request(f"{url}?{query}", headers={"X-API-KEY": key} if key else {})
    try:
        with urlopen(request, timeout=10) as reply:
            return reply.status, json.loads(reply.read())
    except HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_keys_are_checked_with_the_real_texts(api_url) -> None:
    status, body = get(f"{api_url}/bills", key=None, jurisdiction="ny")
    assert status == 403 and body["detail"] in ERRORS
    status, body = get(f"{api_url}/bills", key="nope", jurisdiction="ny")
    assert status == 401 and body["detail"].startswith("Invalid API Key.")
    assert body["detail"] in ERRORS


def test_search_checks_and_pages_like_the_api(api_url) -> None:
    assert get(f"{api_url}/bills") == (400, {"detail": "either 'jurisdiction' or 'q' required"})
    status, body = get(f"{api_url}/bills", jurisdiction="New York", per_page=21)
    assert (status, body) == (400, {"detail": "invalid per_page, must be in [1, 20]"})
    status, body = get(f"{api_url}/bills", jurisdiction=jurisdiction_id("NY"), per_page=20)
    assert status == 200 and body["pagination"] == {
        "per_page": 20,
        "page": 1,
        "max_page": 2,
        "total_items": 31,  # 30 built and the recorded A 10774
    }
    assert "actions" not in body["results"][0]  # only what is included comes back
    assert list(body) == ["results", "pagination"]
    status, body = get(f"{api_url}/bills", jurisdiction="ny", page=3, per_page=20)
    assert (status, body) == (404, {"detail": "invalid page, must be in [1, 2]"})
    status, body = get(f"{api_url}/bills", jurisdiction="ny", updated_since="yesterday")
    assert status == 400 and body["detail"].startswith("datetime must be in ISO-8601 format")


def test_a_query_that_looks_like_a_bill_number_is_an_identifier_match(api_url) -> None:
    status, body = get(f"{api_url}/bills", q="a10774", include="actions")
    assert status == 200 and [b["identifier"] for b in body["results"]] == ["A 10774"]
    assert body["results"][0]["actions"][0]["classification"] == ["referral-committee"]
    status, body = get(f"{api_url}/bills", q="287(g)")  # read as an identifier: nothing
    assert body["pagination"]["total_items"] == 0
    status, body = get(f"{api_url}/bills", q='"287(g)" or sanctuary', jurisdiction="ny")
    assert body["pagination"]["total_items"] == 3  # full text: one 287(g), two sanctuary


def test_updated_since_and_sort(api_url) -> None:
    status, body = get(
        f"{api_url}/bills", jurisdiction="ny", sort="updated_asc", per_page=20, page=2
    )
    stamps = [b["updated_at"] for b in body["results"]]
    assert stamps == sorted(stamps)
    status, later = get(
        f"{api_url}/bills", jurisdiction="ny", updated_since=stamps[0].replace("T", " ")[:19]
    )
    assert later["pagination"]["total_items"] == len(stamps)


def test_jurisdictions(api_url) -> None:
    status, body = get(f"{api_url}/jurisdictions", classification="state")
    assert status == 200 and body["pagination"]["per_page"] == 52
    ids = {row["id"] for row in body["results"]}
    assert "ocd-jurisdiction/country:us/territory:pr/government" in ids
    status, ny = get(
        f"{api_url}/jurisdictions/{jurisdiction_id('NY')}", include="legislative_sessions"
    )
    assert [s["identifier"] for s in ny["legislative_sessions"]] == ["2025-2026"]
