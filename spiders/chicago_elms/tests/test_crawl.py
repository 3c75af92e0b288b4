"""The eLMS spider end to end: the real `tracker crawl` against the local eLMS server (real HTTP
on 127.0.0.1), then the database: paging past the offset ceiling, roll calls, a malformed reply,
a change making exactly one event, an idle re-crawl making none, and hearings scheduled, moved
and held."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from localserver.chicago_elms.api import COMMITTEES, COUNCIL, ElmsAPI, ElmsState
from localserver.server import LocalServer
from tests.e2e.crawling import run_tracker, snapshot, source_entry

pytestmark = pytest.mark.backends("postgresql")


@pytest.fixture
def elms():
    state = ElmsState.build(n_matters=260, relevant=6, today=date.today())
    with LocalServer() as server:
        server.mount("/elms", ElmsAPI(state))
        yield server, state


def registry(path: Path, server: LocalServer, **args: object) -> Path:
    fixed = {"api_url": server.url("/elms"), "start_date": "2020-01-01", "overlap_days": 0}
    path.write_text(
        source_entry("chicago-elms", "chicago_elms", "Chicago, IL", "city", "IL", fixed | args)
    )
    return path


def test_pages_past_the_offset_ceiling_and_stores_roll_calls(tmp_path, db_url, elms) -> None:
    server, state = elms
    state.offset_max = 150  # a small ceiling (eLMS's is 100,000), so the listing must restart
    voted = state.relevant_ids[0]
    state.advance(voted, "Passed", COUNCIL, votes=state.roll_call(nays=2), status="Passed")
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0, offset_max=150)

    done = run_tracker(tmp_path, reg, db_url, "crawl")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "chicago-elms: ok: 260 seen, 6 relevant, 260 new" in done.stdout
    listing = [t for m, t in server.requests if t.startswith("/elms/matter?")]
    # 260 rows at 100 a page under a ceiling of 150: offsets 0 and 100 are allowed, then the
    # listing starts again from the last introduction date seen (an extra `and` clause).
    assert len(listing) == 3
    assert listing[1].endswith("skip=100") and "skip=" not in listing[2]
    assert "%29+and+introductionDate+ge+" in listing[2]  # from the 200th matter's date on
    details = [t for m, t in server.requests if t.startswith("/elms/matter/")]
    assert len(details) == 6  # only the candidates' full records

    snap = snapshot(db_url)
    assert len(snap["measures"]) == 260
    passed = snap["measures"][voted]
    assert passed.status == "enacted"  # a Chicago ordinance passed and not vetoed
    assert passed.url == f"https://chicityclerkelms.chicago.gov/Matter/?matterId={voted}"
    assert passed.identifier.startswith("O")
    (vote_action,) = [a for a in snap["actions"] if a.vote and a.measure_id == passed.id]
    vote = __import__("json").loads(vote_action.vote)
    assert (vote["yes"], vote["no"], vote["other"], vote["result"]) == (8, 2, 0, "pass")
    assert {"name": "La Spata, Daniel", "vote": "no"} in vote["members"]
    assert all(e.kind == "new_measure" for e in snap["events"]) and len(snap["events"]) == 6


def test_a_change_makes_one_event_and_an_idle_recrawl_none(tmp_path, db_url, elms) -> None:
    server, state = elms
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    assert run_tracker(tmp_path, reg, db_url, "crawl").returncode == 0
    before = snapshot(db_url)

    server.requests.clear()
    idle = run_tracker(tmp_path, reg, db_url, "crawl")
    assert idle.returncode == 0 and "0 events" in idle.stdout
    assert server.count(r"^/elms/") == 1  # one listing page (and robots.txt), nothing on it
    assert len(snapshot(db_url)["events"]) == len(before["events"])

    target = state.relevant_ids[1]
    state.advance(target, "Passed", COUNCIL, votes=state.roll_call(), status="Passed")
    server.requests.clear()
    changed = run_tracker(tmp_path, reg, db_url, "crawl")
    assert changed.returncode == 0, changed.stderr[-2000:]
    after = snapshot(db_url)
    made = after["events"][len(before["events"]) :]
    assert [(e.kind, e.status_to) for e in made] == [("action", "enacted")]
    assert made[0].measure_id == before["measures"][target].id
    assert "City Council: Passed" in made[0].summary
    assert server.count(r"^/elms/matter/") == 1  # only the changed matter's record


def test_a_malformed_listing_fails_the_crawl_and_changes_nothing(tmp_path, db_url, elms) -> None:
    server, state = elms
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    assert run_tracker(tmp_path, reg, db_url, "crawl").returncode == 0
    before = snapshot(db_url)
    state.advance(state.relevant_ids[2], "Vetoed", "Mayor")
    server.faults.add(r"^/elms/matter\?", "malformed")

    broken = run_tracker(tmp_path, reg, db_url, "crawl")
    assert broken.returncode == 1
    assert "chicago-elms: FAILED" in broken.stdout and "malformed JSON" in broken.stdout
    after = snapshot(db_url)
    assert after["source"].cursor == before["source"].cursor
    assert len(after["events"]) == len(before["events"])

    healed = run_tracker(tmp_path, reg, db_url, "crawl")  # the fault fired once
    assert healed.returncode == 0
    made = snapshot(db_url)["events"][len(before["events"]) :]
    assert [(e.kind, e.status_to) for e in made] == [("action", "vetoed")]


def test_an_error_reply_for_one_matter_is_retried_next_crawl(tmp_path, sqlite_url, elms) -> None:
    server, state = elms
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    broken = state.relevant_ids[3]
    server.faults.add(rf"^/elms/matter/{broken}", "500", times=None)
    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0 and "1 errors" in first.stdout
    assert broken not in snapshot(sqlite_url)["measures"]
    assert broken in snapshot(sqlite_url)["source"].retry_state
    server.faults.clear()
    second = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert second.returncode == 0
    assert snapshot(sqlite_url)["measures"][broken].relevant


def test_hearing_scheduled_then_moved_then_held(tmp_path, sqlite_url, elms) -> None:
    server, state = elms
    reg = registry(tmp_path / "sources.toml", server, hearing_days=60)
    target = state.relevant_ids[0]
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    base = len(snapshot(sqlite_url)["events"])

    soon = (datetime.now(UTC) + timedelta(days=10)).replace(hour=15, minute=0, second=0)
    meeting = state.add_meeting(soon, COMMITTEES[0], [target, state.relevant_ids[5]])
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    # Moved forward to earlier today (still inside the window of meetings read, which starts
    # at midnight), so that it is held before the next crawl.
    midnight = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    moved = max(datetime.now(UTC) - timedelta(minutes=30), midnight + timedelta(minutes=1))
    moved = moved.replace(microsecond=0)
    state.update_meeting(meeting, date=moved, status="Rescheduled")
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    # The meeting is held: the committee recommends the matter.
    state.advance(target, "Recommended to Pass", COMMITTEES[0])
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0  # nothing new

    snap = snapshot(sqlite_url)
    measure_id = snap["measures"][target].id
    mine = [e for e in snap["events"][base:] if e.measure_id == measure_id]
    assert [e.kind for e in mine] == ["hearing", "hearing", "action"]
    assert mine[0].summary.startswith("Hearing scheduled")
    assert COMMITTEES[0] in mine[0].summary and soon.strftime("%Y-%m-%d %H:%M") in mine[0].summary
    assert mine[1].summary.startswith("Hearing moved")
    assert moved.strftime("%Y-%m-%d %H:%M") in mine[1].summary
    assert mine[2].status_to == "passed_committee"
    (hearing,) = [h for h in snap["hearings"] if h.measure_id == measure_id]
    assert hearing.starts_at.replace(tzinfo=UTC) == moved
    assert len({e.uid for e in snap["events"]}) == len(snap["events"])


def test_a_rate_limited_listing_is_retried_after_the_wait(tmp_path, sqlite_url, elms) -> None:
    server, state = elms
    reg = registry(tmp_path / "sources.toml", server, hearing_days=0)
    server.faults.add(r"^/elms/matter\?", "429", times=1, retry_after=1)
    done = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "chicago-elms: ok: 260 seen, 6 relevant" in done.stdout
    assert server.count(r"^/elms/matter\?") == 4  # the 429, then the three pages
