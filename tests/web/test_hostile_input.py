"""Input an attacker sends on purpose: odd numbers, odd dates, huge values, odd methods.

Every bad input gets a short 400 that names the parameter, never a 500, never the request echoed
back at length; every answer, errors included, carries the security headers.
"""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from storage.db import session_scope
from storage.models import Measure
from tracker.web.security import SECURITY_HEADERS

HUGE = "9" * 5_000
ODD_NUMBERS = ["²", "①", "٣", "1²", HUGE, "-1", "1e3"]


def _hardened(response) -> None:  # noqa: ANN001
    for name, value in SECURITY_HEADERS:
        assert response.headers.get(name.decode()) == value.decode(), name


@pytest.mark.parametrize("value", ODD_NUMBERS)
@pytest.mark.parametrize(
    "path,param",
    [("/measures", "page"), ("/measures", "year"), ("/", "before"), ("/compare", "year")],
)
def test_odd_numbers_are_a_short_400_on_pages(client, ids, path, param, value):
    response = client.get(path, params={param: value})
    if path == "/compare" and param == "year":
        assert response.status_code == 200  # compare ignores a year
        return
    assert response.status_code == 400, response.text[:300]
    assert param in response.text
    assert len(response.text) < 20_000 and HUGE not in response.text
    _hardened(response)


@pytest.mark.parametrize("path", ["/api/measures?year=", "/api/events?before=", "/api/measures/"])
@pytest.mark.parametrize("value", ["²", "①", HUGE])
def test_odd_numbers_in_the_api_are_refused_without_echo(client, ids, path, value):
    response = client.get(path + value)
    assert response.status_code in (400, 404, 422), response.text[:300]
    assert HUGE not in response.text and len(response.text) < 2_000
    _hardened(response)


@pytest.mark.parametrize("param", ["state", "place", "level", "q", "sort", "format"])
def test_long_filter_values_are_not_echoed(client, ids, param):
    value = "Z" * 60_000  # near what a server takes in one request line
    response = client.get("/measures", params={param: value})
    assert response.status_code == 400
    assert len(response.text) < 20_000 and "Z" * 200 not in response.text
    _hardened(response)


@pytest.mark.parametrize(
    "path",
    [f"/feeds/events.atom?limit={HUGE}", f"/feeds/events.atom?state={'Z' * 20_000}",
     f"/feeds/state/{'Z' * 20_000}.atom", f"/feeds/events.atom?{'z' * 20_000}=1"],
)  # fmt: skip
def test_feeds_do_not_echo_huge_values(client, ids, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert len(response.text) < 1_000 and "Z" * 600 not in response.text
    _hardened(response)


@pytest.mark.parametrize(
    "when",
    [
        "Fri, 31 Dec 9999 23:59:59 -2359",  # in UTC this is in the year 10000
        "Sat, 01 Jan 99999 00:00:00 GMT",
        "Mon, 01 Jan 2024 00:00:00 +9999",
    ],
)
def test_far_future_if_modified_since_is_a_short_400(client, ids, when):
    response = client.get("/feeds/all.atom", headers={"If-Modified-Since": when})
    assert response.status_code == 400, response.text[:300]
    assert response.headers["content-type"].startswith("text/plain")
    assert "If-Modified-Since" in response.text and len(response.text) < 300
    _hardened(response)


def test_a_garbled_if_modified_since_is_ignored_as_http_says(client, ids):
    response = client.get("/feeds/all.atom", headers={"If-Modified-Since": "yesterday"})
    assert response.status_code == 200


def test_a_server_error_page_is_short_and_hardened(app, ids):
    def broken() -> None:
        raise RuntimeError("secret detail: password=hunter2")

    app.add_api_route("/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/broken")
    assert response.status_code == 500
    assert "hunter2" not in response.text and "Traceback" not in response.text
    _hardened(response)


def test_csrf_refusal_and_unknown_pages_are_hardened(client, ids):
    _hardened(client.post("/subscribe", data={"email": "a@example.org"}))
    _hardened(client.get("/no-such-page"))
    _hardened(client.get("/api/measures/999999"))


@pytest.mark.parametrize(
    "path",
    ["/", "/measures", "/places", "/map", "/compare", "/status", "/subscribe", "/api/measures",
     "/api/events", "/api/places", "/openapi.json", "/feeds/all.atom", "/feeds/opml"],
)  # fmt: skip
def test_head_answers_like_get_without_a_body(client, ids, path):
    got = client.get(path)
    head = client.head(path)
    assert head.status_code == got.status_code == 200, path
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    _hardened(head)


def test_head_on_a_measure_and_a_missing_one(client, ids):
    assert client.head(f"/measures/{ids['texas']}").status_code == 200
    assert client.head(f"/api/measures/{ids['texas']}").status_code == 200
    assert client.head("/measures/99999").status_code == 404


def test_csv_list_cells_are_guarded_against_formulas(client, app, ids):
    with session_scope(app.state.engine) as session:
        row = session.exec(select(Measure).where(Measure.id == ids["nyc"])).one()
        row.topics = ",=cmd|'/c calc'!A1,detainers,"
        row.provisions = ",@SUM(1+1),"
    response = client.get("/measures", params={"q": "0214", "format": "csv"})
    (row,) = list(csv.DictReader(io.StringIO(response.text)))
    assert row["topics"].startswith("'=") and row["provisions"].startswith("'@")


def test_openapi_describes_feeds_truthfully(client):
    spec = client.get("/openapi.json").json()
    for path in ("/feeds/{name}", "/feeds/{group}/{name}", "/feeds/feeds.opml"):
        responses = spec["paths"][path]["get"]["responses"]
        assert "422" not in responses, path
        media = set(responses["200"]["content"])
        assert "application/json" not in media, path
        if path.endswith("opml"):
            assert media == {"text/x-opml"}
        else:
            assert media == {"application/rss+xml", "application/atom+xml"}
            assert {"304", "400", "404"} <= set(responses), path
            assert set(responses["404"]["content"]) == {"text/plain"}
            assert set(responses["400"]["content"]) == {"text/plain"}


def test_api_places_has_a_limit(client, ids):
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/places"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] <= 1000
    everything = client.get("/api/places").json()
    assert len(everything) > 2
    one = client.get("/api/places", params={"limit": 1, "offset": 1}).json()
    assert [p["slug"] for p in one] == [everything[1]["slug"]]
    assert client.get("/api/places", params={"limit": 100_000}).status_code == 422


@pytest.mark.parametrize("field", ["states", "places", "topics", "email", "timezone"])
def test_a_huge_subscribe_form_is_not_echoed(client, ids, field):
    from tests.web.conftest import csrf_from

    token = csrf_from(client.get("/subscribe").text)
    form = {
        "email": "a@example.org",
        "csrf_token": token,
        field: "z!," * 30_000,
    }  # 210 KB encoded, under the form cap
    response = client.post("/subscribe", data=form)
    assert response.status_code == 400
    assert len(response.text) < 60_000 and "z!," * 200 not in response.text
    _hardened(response)
