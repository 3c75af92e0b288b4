"""Text is cleaned once, where items enter (tracker.items): nothing a source sends that could
disguise or break text reaches a page, an export or the API."""

from __future__ import annotations

import csv
import io

from tests.seeding import make_item, store_raw
from tracker.items import validate_item

# NUL, escape, C1 "next line", bidi override and isolate (they reorder what a reader sees),
# Unicode line and paragraph separators (they break lines in JSON-in-JavaScript and CSV readers).
ODD = ["\x00", "\x1b", "\x85", "\u202e", "\u2066", "\u2069", "\u2028", "\u2029"]
DIRTY = "Trust" + "".join(ODD) + " Act: immigration detainers"


def _assert_clean(text: str, where: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in text if c in ODD})
    assert not found, f"{where} shows {found}"


def test_odd_characters_are_cleaned_where_items_enter(client, app):
    item = make_item(
        title=DIRTY,
        summary=DIRTY,
        actions=[{"date": "2012-07-25", "description": DIRTY, "actor": DIRTY}],
        hearings=[
            {"key": "k\u202e1", "starts_at": "2030-01-01T10:00:00+00:00", "body": DIRTY,
             "location": DIRTY}
        ],
    )  # fmt: skip
    (stored,) = store_raw(app.state.engine, item)
    measure_id = client.get("/api/measures").json()["items"][0]["id"]
    for path in (f"/measures/{measure_id}", "/measures", "/", "/places/chicago-il"):
        page = client.get(path)
        assert page.status_code == 200 and "Trust" in page.text, path
        _assert_clean(page.text, path)
    detail = client.get(f"/api/measures/{measure_id}").text
    assert "Trust" in detail
    _assert_clean(detail, "the API")
    _assert_clean(client.get("/api/events").text, "the events API")
    export = client.get("/measures", params={"format": "csv"}).text
    (row,) = list(csv.DictReader(io.StringIO(export)))
    assert row["title"].startswith("Trust")
    _assert_clean(export, "the CSV export")
    _assert_clean(client.get("/measures", params={"format": "json"}).text, "the JSON export")


def test_hearing_items_are_cleaned_too():
    item = validate_item(
        {
            "kind": "hearings",
            "source": "src\x00\u202e",
            "jurisdiction": "Chicago,\u2028IL",
            "platform_id": " 1001\x1b",
            "hearings": [{"key": "k\u2066", "starts_at": "2030-01-01T10:00:00+00:00"}],
        }
    )
    assert (item.source, item.jurisdiction, item.platform_id) == ("src", "Chicago, IL", "1001")
    assert item.hearings[0].key == "k"
