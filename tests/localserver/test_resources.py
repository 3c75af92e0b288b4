"""Per-matter resources and events come back in Legistar's shapes, consistent with each other."""

from __future__ import annotations

import json
from datetime import datetime

from localserver.legistar.corpus import DATA, terse_matters
from tests.localserver.conftest import TODAY, listing, schema_keys


def _matters(mirror, http):
    return listing(http, f"{mirror.base_url}/chicago/matters", **{"$orderby": "MatterId"})


def test_one_matter_equals_its_listing_row(chicago_mirror, http):
    row = http.get(f"{chicago_mirror.base_url}/chicago/matters", params={"$top": 1}).json()[0]
    single = http.get(f"{chicago_mirror.base_url}/chicago/matters/{row['MatterId']}")
    assert single.json() == row
    missing = http.get(f"{chicago_mirror.base_url}/chicago/matters/1")
    assert missing.status_code == 404 and "Message" in missing.json()


def test_histories_have_legistar_fields_and_agree_with_the_status(chicago_mirror, http):
    state = chicago_mirror.client("chicago")
    fields = schema_keys("matter_history")
    checked = 0
    for row in _matters(chicago_mirror, http)[:300]:
        url = f"{chicago_mirror.base_url}/chicago/matters/{row['MatterId']}/histories"
        rows = http.get(url).json()
        assert rows, f"matter {row['MatterId']} has no history"
        for h in rows:
            assert set(h) == fields
            assert h["MatterHistoryPassedFlag"] in (None, 0, 1)
            assert h["MatterHistoryActionDate"][:10] <= row["MatterLastModifiedUtc"][:10]
        last = rows[-1]["MatterHistoryActionName"]
        if last in state.vocabulary.status_after and row["MatterTypeName"] == "Ordinance":
            assert row["MatterStatusName"] == state.vocabulary.status_after[last], row["MatterId"]
            checked += 1
    assert checked > 100


def test_real_chicago_histories_are_served_verbatim(chicago_mirror, http):
    served = []
    for name in (
        "legistar_chicago_matter_histories.json",
        "legistar_chicago_matter_histories_with_duplicates.json",
    ):
        real = json.loads((DATA / name).read_text())
        state = chicago_mirror.client("chicago")
        owner = [m.id for m in state.matters.values() if m.histories and m.histories[0] == real[0]]
        assert len(owner) == 1
        reply = http.get(f"{chicago_mirror.base_url}/chicago/matters/{owner[0]}/histories")
        assert reply.json() == real
        served.append(reply.json())
    passed = [h for h in served[1] if h["MatterHistoryActionName"] == "Passed"]
    assert (
        len(passed) == 2
        and passed[0]["MatterHistoryActionDate"] == passed[1]["MatterHistoryActionDate"]
    )


def test_generated_histories_include_repeated_rows(chicago_mirror, http):
    state = chicago_mirror.client("chicago")
    repeated = 0
    for matter in list(state.matters.values())[:800]:
        rows = state.history_rows(matter.id, {})
        keys = [
            (
                r["MatterHistoryActionDate"],
                r["MatterHistoryActionName"],
                r["MatterHistoryActionBodyName"],
            )
            for r in rows
        ]
        repeated += len(keys) - len(set(keys))
    assert repeated >= 10


def test_versions_and_texts_for_relevant_and_terse_matters(chicago_mirror, http):
    state = chicago_mirror.client("chicago")
    base = f"{chicago_mirror.base_url}/chicago/matters"
    terse_titles = {t["title"] for t in terse_matters()}
    terse = [m for m in state.matters.values() if m.title in terse_titles]
    assert terse, "terse titles make the spider fetch text"
    for matter in [m for m in state.matters.values() if m.relevant][:10] + terse:
        versions = http.get(f"{base}/{matter.id}/versions").json()
        assert versions and all(set(v) == {"Key", "Value"} for v in versions)
        latest = max(versions, key=lambda v: int(v["Key"]))
        text = http.get(f"{base}/{matter.id}/texts/{latest['Key']}").json()
        assert set(text) == schema_keys("matter_text")
        assert text["MatterTextMatterId"] == matter.id
        assert len(text["MatterTextPlain"]) > 300
        assert text["MatterTextVersion"] == latest["Value"]
    background = next(m for m in state.matters.values() if not m.relevant and not m.texts)
    assert http.get(f"{base}/{background.id}/versions").json() == []
    assert http.get(f"{base}/{background.id}/texts/1").status_code == 404


def test_welcoming_city_text_says_what_the_ordinance_does(chicago_mirror, http):
    state = chicago_mirror.client("chicago")
    matter = next(m for m in state.matters.values() if m.name == "Welcoming City Ordinance")
    base = f"{chicago_mirror.base_url}/chicago/matters/{matter.id}"
    key = http.get(f"{base}/versions").json()[-1]["Key"]
    plain = http.get(f"{base}/texts/{key}").json()["MatterTextPlain"]
    assert "immigration detainer" in plain and "CITY OF CHICAGO" in plain
    assert matter.intro.year == 2012


def test_upcoming_hearings_are_events_with_items_naming_relevant_matters(chicago_mirror, http):
    state = chicago_mirror.client("chicago")
    base = chicago_mirror.base_url + "/chicago"
    upcoming = http.get(
        f"{base}/events", params={"$filter": f"EventDate ge datetime'{TODAY.isoformat()}'"}
    ).json()
    assert len(upcoming) == 4
    for event in upcoming:
        assert set(event) == schema_keys("event")
        assert datetime.fromisoformat(event["EventDate"]).date() >= TODAY
        items = http.get(f"{base}/events/{event['EventId']}/eventitems").json()
        assert items and set(items[0]) == schema_keys("event_item")
        matter = state.matters[items[0]["EventItemMatterId"]]
        assert matter.relevant and items[0]["EventItemMatterFile"] == matter.file
    everything = http.get(f"{base}/events").json()
    assert len(everything) > len(upcoming), "past meetings are there too"
    assert http.get(f"{base}/events/999999/eventitems").status_code == 404
