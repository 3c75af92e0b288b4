"""The LIMS spider end to end: the real `tracker crawl` against the local LIMS (real HTTP on
127.0.0.1), then the database: paging through the period, fingerprints so that only changed bills
get detail requests, roll calls, a malformed reply, a change making exactly one event, an idle
re-crawl making none, and a hearing scheduled, moved and held."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from localserver.dc_lims.api import LimsAPI, LimsState
from localserver.server import LocalServer
from tests.e2e.crawling import run_tracker, snapshot, source_entry

pytestmark = pytest.mark.backends("sqlite")

DETAILS = r"^/lims/api/Search/GetLegislationDetails/"
SEARCH = r"^/lims/api/Search/LegislationSearch"


@pytest.fixture
def lims():
    state = LimsState.build(n_bills=240, relevant=5, start=date(2025, 1, 6))
    with LocalServer() as server:
        server.mount("/lims", LimsAPI(state))
        yield server, state


def registry(path: Path, server: LocalServer, **args: object) -> Path:
    fixed = {"api_url": server.url("/lims"), "council_period": 26, "page_size": 100}
    entry = source_entry(
        "dc-council", "dc_lims", "District of Columbia", "state", "DC", fixed | args
    )
    path.write_text(entry)
    return path


def test_pages_the_period_and_fetches_only_changed_candidates(tmp_path, db_url, lims) -> None:
    server, state = lims
    voted = state.relevant[0]
    state.final_reading(voted, nays=3, when=date(2025, 6, 3))
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)

    first = run_tracker(tmp_path, reg, db_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "dc-council: ok: 240 seen, 5 relevant, 240 new" in first.stdout
    assert server.count(SEARCH) == 3  # 100 + 100 + 40
    assert server.count(DETAILS) == 5  # the candidates only
    snap = snapshot(db_url)
    assert len(snap["links"]) == 240 and all(link.change_hash for link in snap["links"])
    bill = snap["measures"][voted]
    assert bill.status == "passed_legislature" and bill.session == "2025-2026"
    assert bill.url == f"https://lims.dccouncil.gov/Legislation/{voted}"
    (reading,) = [a for a in snap["actions"] if a.measure_id == bill.id and a.vote]
    assert reading.description == "Final Reading: Approved"
    vote = json.loads(reading.vote)
    assert (vote["yes"], vote["no"], vote["result"]) == (10, 3, "pass")
    assert {"name": "Mendelson, Phil", "vote": "no"} in vote["members"]

    server.requests.clear()
    idle = run_tracker(tmp_path, reg, db_url, "crawl")
    assert idle.returncode == 0 and "0 events" in idle.stdout
    assert server.count(SEARCH) == 3 and server.count(DETAILS) == 0  # nothing changed


def test_a_change_makes_one_event_and_costs_one_detail_request(tmp_path, db_url, lims) -> None:
    server, state = lims
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    assert run_tracker(tmp_path, reg, db_url, "crawl").returncode == 0
    before = snapshot(db_url)
    target = state.relevant[1]
    state.history(
        target,
        "TransmittedToMayor",
        "Transmitted to Mayor, Response Due on Jul 01, 2025",
        status="Transmitted to Mayor",
    )
    server.requests.clear()
    done = run_tracker(tmp_path, reg, db_url, "crawl")
    assert done.returncode == 0, done.stderr[-2000:]
    assert server.count(DETAILS) == 1
    made = snapshot(db_url)["events"][len(before["events"]) :]
    assert [(e.kind, e.status_to) for e in made] == [("action", "sent_to_executive")]
    assert made[0].measure_id == before["measures"][target].id


def test_a_malformed_search_reply_fails_the_crawl_and_loses_nothing(
    tmp_path, sqlite_url, lims
) -> None:
    server, state = lims
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    state.history(state.relevant[2], "SignedEnacted", "Signed by the Mayor", status="Enacted")
    server.faults.add(SEARCH, "malformed")
    broken = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert broken.returncode == 1
    assert "dc-council: FAILED" in broken.stdout and "malformed JSON" in broken.stdout
    assert len(snapshot(sqlite_url)["events"]) == len(before["events"])
    healed = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert healed.returncode == 0
    made = snapshot(sqlite_url)["events"][len(before["events"]) :]
    assert [(e.kind, e.status_to) for e in made] == [("action", "enacted")]


def test_a_failed_detail_request_is_asked_again_next_crawl(tmp_path, sqlite_url, lims) -> None:
    server, state = lims
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    broken = state.relevant[3]
    server.faults.add(DETAILS + broken, "500", times=None)
    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0 and "1 errors" in first.stdout
    assert broken not in snapshot(sqlite_url)["measures"]
    server.faults.clear()
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    assert snapshot(sqlite_url)["measures"][broken].relevant


def test_hearing_scheduled_then_moved_then_held(tmp_path, sqlite_url, lims) -> None:
    server, state = lims
    reg = registry(tmp_path / "sources.toml", server, hearing_days=60)
    target = state.relevant[0]
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    base = len(snapshot(sqlite_url)["events"])
    committee = "Committee on the Judiciary and Public Safety"

    soon = (datetime.now(UTC) + timedelta(days=10)).replace(
        hour=14, minute=0, second=0, microsecond=0, tzinfo=None
    )
    entry = state.schedule_hearing(target, soon, committee)
    server.requests.clear()
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    assert server.count(DETAILS) == 1  # the hearing search named it; its row did not change
    later = soon + timedelta(days=3)
    state.move_hearing(target, entry, later)
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    # Held: the committee marks the bill up afterwards (its status moves, so its row changes).
    state.history(
        target, "CommitteeMarkup", f"Marked up by {committee}", status="Committee Approved"
    )
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0  # nothing new

    snap = snapshot(sqlite_url)
    measure_id = snap["measures"][target].id
    mine = [e for e in snap["events"][base:] if e.measure_id == measure_id]
    assert [e.kind for e in mine] == ["hearing", "hearing", "action"]
    assert mine[0].summary.startswith("Hearing scheduled") and committee in mine[0].summary
    assert mine[1].summary.startswith("Hearing moved")
    assert later.strftime("%Y-%m-%d") in mine[1].summary
    assert mine[2].status_to == "passed_committee"
    assert len({e.uid for e in snap["events"]}) == len(snap["events"])


def test_a_search_that_keeps_failing_fails_the_crawl_clearly(tmp_path, sqlite_url, lims) -> None:
    server, state = lims
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    server.faults.add(SEARCH, "503", times=None)
    broken = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert broken.returncode == 1
    assert "dc-council: FAILED" in broken.stdout and "HTTP 503 after 3 retries" in broken.stdout
    after = snapshot(sqlite_url)
    assert len(after["events"]) == len(before["events"])
    assert {p: m.status for p, m in after["measures"].items()} == {
        p: m.status for p, m in before["measures"].items()
    }
    server.faults.clear()
    server.faults.add(SEARCH, "429", times=1, retry_after=1)  # a rate limit, then answers
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
