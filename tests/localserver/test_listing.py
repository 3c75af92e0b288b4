"""The matters listing behaves like Legistar's: 1000-row cap, paging, ordering, OData filters."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx

from localserver.legistar.mirror import LegistarMirror
from tests.localserver.conftest import listing, schema_keys


def _url(mirror: LegistarMirror) -> str:
    return f"{mirror.base_url}/chicago/matters"


def _modified(row: dict) -> datetime:
    return datetime.fromisoformat(row["MatterLastModifiedUtc"])


def test_paging_walks_every_matter_once_in_1000_row_pages(chicago_mirror, http):
    url = _url(chicago_mirror)
    sizes = []
    seen: list[int] = []
    while True:
        page = http.get(
            url, params={"$orderby": "MatterLastModifiedUtc", "$top": 1000, "$skip": len(seen)}
        ).json()
        sizes.append(len(page))
        seen += [row["MatterId"] for row in page]
        if len(page) < 1000:
            break
    assert sizes == [1000, 1000, 500]
    assert len(set(seen)) == len(seen) == 2500


def test_replies_are_capped_at_1000_rows_like_the_real_api(chicago_mirror, http):
    url = _url(chicago_mirror)
    assert len(http.get(url).json()) == 1000  # no $top
    assert len(http.get(url, params={"$top": 5000}).json()) == 1000
    assert len(http.get(url, params={"$top": 7}).json()) == 7
    tail = http.get(url, params={"$skip": 2490}).json()
    assert len(tail) == 10


def test_orderby_modified_ascending_descending_and_by_id(chicago_mirror, http):
    url = _url(chicago_mirror)
    asc = listing(http, url, **{"$orderby": "MatterLastModifiedUtc"})
    times = [_modified(r) for r in asc]
    assert times == sorted(times)
    assert len(set(times)) == len(times), "modified times are distinct, so paging is exact"
    assert times[-1] - times[0] > timedelta(days=600), "spread over about two years"
    desc = http.get(url, params={"$orderby": "MatterLastModifiedUtc desc", "$top": 50}).json()
    assert [r["MatterId"] for r in desc] == [r["MatterId"] for r in reversed(asc)][:50]
    by_id = listing(http, url, **{"$orderby": "MatterId asc"})
    ids = [r["MatterId"] for r in by_id]
    assert ids == sorted(ids) and ids != [r["MatterId"] for r in asc]


def test_gt_and_ge_filters_return_exactly_the_later_matters(chicago_mirror, http):
    url = _url(chicago_mirror)
    everything = listing(http, url, **{"$orderby": "MatterLastModifiedUtc"})
    pivot = everything[1800]["MatterLastModifiedUtc"]
    exact = pivot.split(".")[0]  # the spider sends whole seconds
    expected = [r["MatterId"] for r in everything if r["MatterLastModifiedUtc"] > exact]
    got = listing(
        http,
        url,
        **{
            "$filter": f"MatterLastModifiedUtc gt datetime'{exact}'",
            "$orderby": "MatterLastModifiedUtc",
        },
    )
    assert [r["MatterId"] for r in got] == expected
    assert 600 < len(expected) < 750
    with_ms = http.get(
        url, params={"$filter": f"MatterLastModifiedUtc ge datetime'{pivot}'", "$top": 1000}
    ).json()
    assert {r["MatterId"] for r in with_ms} == {r["MatterId"] for r in everything[1800:]}


def test_matter_id_equality_with_or_and_and(chicago_mirror, http):
    url = _url(chicago_mirror)
    some = http.get(url, params={"$top": 3, "$orderby": "MatterId"}).json()
    a, b, c = (r["MatterId"] for r in some)
    got = http.get(url, params={"$filter": f"MatterId eq {a} or MatterId eq {c}"}).json()
    assert sorted(r["MatterId"] for r in got) == [a, c]
    later = some[1]["MatterLastModifiedUtc"].split(".")[0]
    both = http.get(
        url,
        params={
            "$filter": f"(MatterId eq {b}) and MatterLastModifiedUtc ge datetime'{later}'",
        },
    ).json()
    assert [r["MatterId"] for r in both] == [b]


def test_query_encodings_scrapy_and_browsers_send_mean_the_same(chicago_mirror, http):
    base = _url(chicago_mirror)
    when = "2024-06-01T00:00:00"
    plus = f"{base}?%24filter=MatterLastModifiedUtc+gt+datetime%27{when}%27&%24top=1000"
    pct = f"{base}?%24filter=MatterLastModifiedUtc%20gt%20datetime'{when}'&$top=1000"
    raw = f"{base}?$filter=MatterLastModifiedUtc gt datetime'{when}'&$top=1000"
    replies = [http.get(u).json() for u in (plus, pct)]
    replies.append(httpx.get(httpx.URL(raw)).json())
    assert replies[0] == replies[1] == replies[2]
    assert replies[0] and all(r["MatterLastModifiedUtc"] > when for r in replies[0])


def test_bad_queries_are_400_with_a_legistar_message(chicago_mirror, http):
    url = _url(chicago_mirror)
    cases = {
        "MatterNope gt 3": "MatterNope",
        "MatterLastModifiedUtc gt datetime'yesterday'": "yesterday",
        "MatterLastModifiedUtc gt": "Expression expected",
        "MatterId eq 1 and": "Expression expected",
    }
    for bad, needle in cases.items():
        reply = http.get(url, params={"$filter": bad})
        assert reply.status_code == 400, bad
        assert needle in reply.json()["Message"]
    assert http.get(url, params={"$orderby": "Nope"}).status_code == 400
    assert http.get(url, params={"$top": "-1"}).status_code == 400
    long_filter = " or ".join(f"MatterId eq {n}" for n in range(400))
    assert http.get(url, params={"$filter": long_filter}).status_code == 400


def test_rows_have_the_full_legistar_matter_field_set(chicago_mirror, http):
    rows = http.get(_url(chicago_mirror), params={"$top": 50}).json()
    expected = schema_keys("matter")
    for row in rows:
        assert set(row) == expected
        assert row["MatterGuid"] == row["MatterGuid"].upper() and len(row["MatterGuid"]) == 36
        assert isinstance(row["MatterRestrictViewViaWeb"], bool)
        # Local dates are wall-clock strings without a zone, like "2013-03-13T00:00:00".
        assert row["MatterIntroDate"] is None or len(row["MatterIntroDate"]) == 19


def test_unknown_client_and_unknown_route(chicago_mirror, http):
    reply = http.get(f"{chicago_mirror.base_url}/nowhere/matters")
    assert reply.status_code == 400
    assert "not set up in InSite for client: nowhere" in reply.json()["Message"]
    assert http.get(f"{chicago_mirror.base_url}/chicago/bogus").status_code == 404
    assert http.get(f"{chicago_mirror.base_url}/Chicago/matters", params={"$top": 1}).is_success
