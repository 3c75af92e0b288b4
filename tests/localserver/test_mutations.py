"""Changes made while the mirror runs show up where an incremental crawl looks for them."""

from __future__ import annotations

from datetime import datetime, timedelta

from tests.localserver.conftest import listing


def _since(http, mirror, cursor: str) -> list[dict]:
    return listing(
        http,
        f"{mirror.base_url}/chicago/matters",
        **{
            "$filter": f"MatterLastModifiedUtc gt datetime'{cursor}'",
            "$orderby": "MatterLastModifiedUtc",
        },
    )


def _cursor(http, mirror) -> str:
    """The newest modified time, in whole seconds (as a spider stores and sends it)."""
    newest = http.get(
        f"{mirror.base_url}/chicago/matters",
        params={"$orderby": "MatterLastModifiedUtc desc", "$top": 1},
    ).json()[0]
    return newest["MatterLastModifiedUtc"].split(".")[0]


def test_advance_adds_a_history_row_and_surfaces_in_the_next_listing(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    cursor = _cursor(http, fresh_mirror)
    before_newest = _since(http, fresh_mirror, cursor)
    assert len(before_newest) <= 1  # only the newest itself can share the cursor's second
    target = next(
        m for m in state.matters.values() if m.relevant and m.status_name == "In Committee"
    )
    url = f"{fresh_mirror.base_url}/chicago/matters/{target.id}"
    history_before = http.get(f"{url}/histories").json()

    row = state.advance(
        target.id,
        {
            "MatterHistoryActionName": "Passed",
            "MatterHistoryActionBodyName": "City Council",
            "MatterHistoryPassedFlag": 1,
        },
    )

    changed = _since(http, fresh_mirror, cursor)
    assert target.id in [r["MatterId"] for r in changed]
    served = http.get(url).json()
    assert served["MatterStatusName"] == "Passed"
    assert served["MatterPassedDate"] == row["MatterHistoryActionDate"]
    history_after = http.get(f"{url}/histories").json()
    assert history_after[:-1] == history_before
    assert history_after[-1] == row
    assert history_after[-1]["MatterHistoryPassedFlagName"] == "Pass"
    assert history_after[-1]["MatterHistoryId"] not in {
        h["MatterHistoryId"] for h in history_before
    }


def test_advance_with_an_explicit_time_and_status(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    target = sorted(state.matters)[10]
    newest = state.newest_modified()
    when = newest + timedelta(days=1)
    state.advance(
        target,
        {
            "MatterHistoryActionName": "Vetoed",
            "MatterHistoryActionBodyName": "Mayor",
            "MatterHistoryActionDate": "2025-01-03T00:00:00",
        },
        status_name="Vetoed",
        when=when,
    )
    served = http.get(f"{fresh_mirror.base_url}/chicago/matters/{target}").json()
    assert datetime.fromisoformat(served["MatterLastModifiedUtc"]) == when
    assert served["MatterStatusName"] == "Vetoed"
    last = http.get(f"{fresh_mirror.base_url}/chicago/matters/{target}/histories").json()[-1]
    assert last["MatterHistoryActionDate"] == "2025-01-03T00:00:00"
    assert last["MatterHistoryActionBodyName"] == "Mayor"


def test_touch_bumps_the_time_and_nothing_else(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    cursor = _cursor(http, fresh_mirror)
    target = sorted(state.matters)[20]
    url = f"{fresh_mirror.base_url}/chicago/matters/{target}"
    before, history = http.get(url).json(), http.get(f"{url}/histories").json()
    state.touch(target)
    after = http.get(url).json()
    assert after["MatterLastModifiedUtc"] > before["MatterLastModifiedUtc"]
    assert {k: v for k, v in after.items() if k != "MatterLastModifiedUtc"} == {
        k: v for k, v in before.items() if k != "MatterLastModifiedUtc"
    }
    assert http.get(f"{url}/histories").json() == history
    assert target in [r["MatterId"] for r in _since(http, fresh_mirror, cursor)]


def test_added_matter_appears_with_its_history_and_text(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    cursor = _cursor(http, fresh_mirror)
    total = len(listing(http, f"{fresh_mirror.base_url}/chicago/matters"))
    matter = state.add_matter(
        "Amendment of Municipal Code Chapter 2-173 regarding 287(g) agreements",
        file="O2025-0001",
        text="No City agency shall enter into an agreement under 8 U.S.C. 1357(g).",
        histories=[{"MatterHistoryActionName": "Referred"}],
        relevant=True,
    )
    new = _since(http, fresh_mirror, cursor)
    assert matter.id in [r["MatterId"] for r in new]
    assert len(listing(http, f"{fresh_mirror.base_url}/chicago/matters")) == total + 1
    row = http.get(f"{fresh_mirror.base_url}/chicago/matters/{matter.id}").json()
    assert row["MatterFile"] == "O2025-0001" and row["MatterStatusName"] == "In Committee"
    base = f"{fresh_mirror.base_url}/chicago/matters/{matter.id}"
    assert [h["MatterHistoryActionName"] for h in http.get(f"{base}/histories").json()] == [
        "Referred"
    ]
    key = http.get(f"{base}/versions").json()[0]["Key"]
    assert "1357(g)" in http.get(f"{base}/texts/{key}").json()["MatterTextPlain"]
    assert matter.id in state.expected_relevant_ids()


def test_hearing_scheduled_moved_and_cancelled(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    target = next(m for m in state.matters.values() if m.relevant)
    day = datetime(2031, 5, 6, 10, 0)
    event_id = state.schedule_hearing(target.id, day)
    base = f"{fresh_mirror.base_url}/chicago/events"
    found = http.get(base, params={"$filter": "EventDate ge datetime'2031-01-01'"}).json()
    assert [e["EventId"] for e in found] == [event_id]
    assert found[0]["EventTime"] == "10:00 AM"
    items = http.get(f"{base}/{event_id}/eventitems").json()
    assert [i["EventItemMatterId"] for i in items] == [target.id]
    moved = state.update_event(event_id, EventDate=datetime(2031, 5, 13), EventTime="2:00 PM")
    assert moved["EventLastModifiedUtc"] > found[0]["EventLastModifiedUtc"]
    served = http.get(f"{base}/{event_id}").json()
    assert served["EventDate"] == "2031-05-13T00:00:00" and served["EventTime"] == "2:00 PM"
    state.update_event(event_id, EventAgendaStatusName="Cancelled")
    assert http.get(f"{base}/{event_id}").json()["EventAgendaStatusName"] == "Cancelled"
