"""End to end: the real `tracker crawl` against the local server speaking Washington's
LegislationService (HTTP GET and SOAP 1.1), with a biennium of 43 bills, three about immigration."""

from __future__ import annotations

from datetime import datetime
from functools import partial

import pytest

from localserver.server import LocalServer
from localserver.waleg.model import build_biennium, olympia_today
from localserver.waleg.service import LegislationService
from tests.e2e.crawling import run_tracker
from tests.e2e.crawling import snapshot as crawl_snapshot
from tests.e2e.official import write_official_registry

LISTING = "GetLegislativeStatusChangesByDateRange"


@pytest.fixture
def wa():
    state = build_biennium(olympia_today())
    service = LegislationService(state)
    server = LocalServer()
    server.mount("/wa", service)
    with server:
        yield server, state


def registry(tmp_path, server, **args):
    return write_official_registry(
        tmp_path / "sources.toml",
        "official-wa",
        "waleg",
        "Washington",
        "WA",
        api_url=server.url("/wa"),
        **args,
    )


snapshot = partial(crawl_snapshot, by="identifier")


def windows_since(start: datetime, days: int = 31) -> int:
    span = datetime.combine(olympia_today(), datetime.min.time()) - start
    return span.days // days + 1


def test_a_changed_bill_makes_one_event_and_an_idle_crawl_none(tmp_path, sqlite_url, wa):
    server, state = wa
    reg = registry(tmp_path, server)

    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-wa: ok: 43 seen, 3 relevant, 43 new, 0 changed, 3 events, 0 errors" in (
        first.stdout
    )
    # The whole biennium so far, in 31-day windows from 1 November before its first year.
    start = datetime(state.first_year - 1, 11, 1)
    listing = server.count(LISTING)
    assert listing in (windows_since(start), windows_since(start) + 1)
    assert server.count(r"/GetLegislation\?") == 43  # each bill once, whatever its changes
    assert server.count("ByBillNumber") == 3  # histories only for the immigration bills

    snap = snapshot(sqlite_url)
    kww = snap["measures"]["HB 1001"]
    assert kww.session == f"{state.first_year}-{state.first_year + 1}"
    assert kww.title == "Concerning the Keep Washington Working act"
    assert kww.status == "passed_chamber"  # through the House
    assert kww.url.endswith(f"BillNumber=1001&Year={state.first_year}&Initiative=false")
    senate = snap["measures"]["SB 5002"]
    assert senate.status == "passed_committee"
    assert {e.kind for e in snap["events"]} == {"new_measure"} and len(snap["events"]) == 3
    cursor = snap["source"].cursor
    assert cursor and cursor.startswith(olympia_today().isoformat()[:4])

    # The Senate passes SB 5002 (under its substitute's BillId): one event, the new status.
    state.advance(
        5002,
        "Third reading, passed; yeas, 30; nays, 19; absent, 0; excused, 0.",
        "S Passed 3rd",
        new_version="ESSB 5002",
    )
    server.requests.clear()
    second = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(sqlite_url)
    made = after["events"][len(snap["events"]) :]
    assert [(e.kind, e.measure_id, e.status_to) for e in made] == [
        ("action", senate.id, "passed_chamber")
    ]
    assert after["measures"]["SB 5002"].status == "passed_chamber"
    assert set(after["measures"]) == set(snap["measures"])  # ESSB 5002 is still SB 5002
    # Incremental: one window from the cursor less a day; only the changed bill fetched.
    assert server.count(LISTING) == 1
    assert server.count(r"/GetLegislation\?") == 1
    vote = next(
        a for a in after["actions"] if a.description.startswith("Third reading, passed; yeas, 30")
    )
    assert '"yes":30' in vote.vote and vote.actor == "Senate"

    server.requests.clear()
    third = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert third.returncode == 0, third.stderr[-3000:]
    assert "0 events" in third.stdout
    assert len(snapshot(sqlite_url)["events"]) == len(after["events"])
    # Idle: one listing call, and the one bill changed within the day of overlap (2 calls).
    assert server.count(LISTING) == 1
    assert server.count("LegislationService") == 3


@pytest.mark.parametrize("fault", ["malformed", "500"])
def test_a_broken_listing_fails_the_crawl_and_changes_nothing(tmp_path, sqlite_url, wa, fault):
    server, state = wa
    reg = registry(tmp_path, server, timeout=2)
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    state.advance(1003, "Passed to Rules Committee for second reading.", "H Rules R")
    server.faults.add(LISTING, fault, times=None)

    broken = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert broken.returncode == 1
    assert "official-wa: FAILED" in broken.stdout
    expected = {"malformed": "malformed XML", "500": "HTTP 500 after 3 retries"}[fault]
    assert expected in broken.stdout + broken.stderr
    after = snapshot(sqlite_url)
    assert after["source"].cursor == before["source"].cursor
    assert len(after["events"]) == len(before["events"])
    assert after["runs"][-1].outcome == "failed"

    server.faults.clear()
    healed = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert healed.returncode == 0, healed.stderr[-3000:]
    made = snapshot(sqlite_url)["events"][len(before["events"]) :]
    assert [e.kind for e in made] == ["action"]


def test_a_fault_on_one_bill_is_retried_next_crawl(tmp_path, sqlite_url, wa):
    server, state = wa
    state.fail_history = {5002}  # the service answers a soap:Fault / 500 for its history
    reg = registry(tmp_path, server, protocol="soap")
    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-wa: ok: 42 seen, 2 relevant" in first.stdout and "1 errors" in first.stdout
    assert "Object reference not set to an instance of an object" in first.stderr
    snap = snapshot(sqlite_url)
    assert "SB 5002" not in snap["measures"]
    assert f"{state.biennium}/5002" in snap["source"].retry_state
    # Every call went out as SOAP 1.1.
    assert {m for m, _ in server.requests if "LegislationService" in _} == {"POST"}

    state.fail_history = set()
    server.requests.clear()
    second = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(sqlite_url)
    assert after["measures"]["SB 5002"].relevant
    made = after["events"][len(snap["events"]) :]
    assert [e.kind for e in made] == ["new_measure"]
    assert not after["source"].retry_state


def test_a_rate_limit_is_waited_out(tmp_path, sqlite_url, wa):
    server, state = wa
    server.faults.add(LISTING, "429", times=1, retry_after=1)
    server.faults.add("GetLegislation", "429", times=1)
    reg = registry(tmp_path, server)
    done = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "43 seen, 3 relevant" in done.stdout and "0 errors" in done.stdout
    start = datetime(state.first_year - 1, 11, 1)
    assert server.count(LISTING) in (windows_since(start) + 1, windows_since(start) + 2)
