"""Faults against the local Open States API, through the real `tracker crawl`: rate limits, server
errors, malformed bodies, refused keys, a spent budget, a missing key. Each says so clearly,
moves no cursor past what did not arrive, and loses nothing stored."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, date, datetime

import pytest

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from localserver.openstates.api import OpenStatesAPI
from localserver.openstates.corpus import build_state
from localserver.openstates.texts import serve_texts
from localserver.server import LocalServer
from spiders.openstates.tests.support import KEY, crawl, entry, snapshot, write_registry
from tests.e2e import crawling

pytestmark = pytest.mark.backends("postgresql")


@pytest.fixture
def server():
    bills = build_state("NY", relevant=8, mentions=36, background=5) + build_state(
        "TX", relevant=8, mentions=40, background=5
    )
    with LocalServer() as local:
        local.api = local.mount("/openstates", OpenStatesAPI(bills, inactive_keys=("old-key",)))
        serve_texts(local.api, local)
        yield local


def listing(server) -> list[str]:
    return [t for _, t in server.requests if t.startswith("/openstates/bills?")]


def test_a_429_waits_for_the_next_minute_and_the_crawl_goes_on(tmp_path, sqlite_url, server):
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    server.api.deny(1, "min")  # {"detail":"exceeded limit of 10/min: 11"}, no Retry-After
    done = crawl(tmp_path, registry, sqlite_url)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "openstates-ny: ok: 45 seen" in done.stdout
    assert "answered 429 (exceeded limit of 10/min: 11); waiting" in done.stderr
    targets = listing(server)
    assert len(targets) == 4 and targets[0] == targets[1]  # page 1 again, then pages 2 and 3
    assert snapshot(sqlite_url)["sources"]["openstates-ny"].cursor is not None


def test_a_5xx_is_retried_and_a_lasting_one_fails_the_crawl_losing_nothing(
    tmp_path, sqlite_url, server
) -> None:
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    server.faults.add(r"/bills\?", "503", times=1)
    first = crawl(tmp_path, registry, sqlite_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert len(listing(server)) == 4  # one 503, then the three pages
    before = snapshot(sqlite_url)
    tracked = sorted(pid for pid, m in before["measures"].items() if m.relevant)
    server.api.add_action(tracked[0], "Passed", ["passage"], day=date.today())

    server.faults.add(r"/bills\?", "500", times=None)
    broken = crawl(tmp_path, registry, sqlite_url)
    assert broken.returncode == 1
    assert "openstates-ny: FAILED" in broken.stdout and "HTTP 500 after 3 retries" in broken.stdout
    during = snapshot(sqlite_url)
    assert during["sources"]["openstates-ny"].cursor == before["sources"]["openstates-ny"].cursor
    assert len(during["measures"]) == len(before["measures"])
    assert len(during["events"]) == len(before["events"])

    server.faults.clear()  # the API recovers: the action arrives, once
    healed = crawl(tmp_path, registry, sqlite_url)
    assert healed.returncode == 0, healed.stderr[-3000:]
    made = snapshot(sqlite_url)["events"][len(before["events"]) :]
    assert [e.kind for e in made] == ["action"]


def test_a_malformed_page_fails_the_crawl_with_a_clear_message(tmp_path, sqlite_url, server):
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    server.faults.add(r"page=2&", "malformed")
    done = crawl(tmp_path, registry, sqlite_url)
    assert done.returncode == 1
    assert "openstates-ny: FAILED" in done.stdout and "malformed JSON" in done.stdout
    snap = snapshot(sqlite_url)
    assert len(snap["measures"]) == 20  # page 1 is kept
    assert snap["sources"]["openstates-ny"].cursor is None  # but the cursor does not move


@pytest.mark.parametrize(
    ("key", "said"),
    [
        ("wrong-key", "HTTP 401: Invalid API Key. Login and visit"),
        ("old-key", "HTTP 401: Inactive API Key."),
    ],
)
def test_a_refused_key_fails_the_crawl_with_the_apis_words(
    tmp_path, sqlite_url, server, key, said
) -> None:
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    done = crawl(tmp_path, registry, sqlite_url, key=key)
    assert done.returncode == 1
    assert "openstates-ny: FAILED" in done.stdout and said in done.stdout
    assert len(listing(server)) == 1  # not retried
    assert snapshot(sqlite_url)["measures"] == {}


def test_a_spent_day_stops_cleanly_and_the_cursor_moves_only_over_what_arrived(
    tmp_path, sqlite_url, server
) -> None:
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    done = crawl(tmp_path, registry, sqlite_url, budget="100/minute,2/day")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "openstates-ny: ok: 40 seen" in done.stdout
    assert "all 2 requests of this day are used" in done.stdout
    assert len(listing(server)) == 2
    snap = snapshot(sqlite_url)
    stamps = sorted(server.api.bills[pid]["updated_at"] for pid in snap["measures"])
    assert len(stamps) == 40
    assert snap["sources"]["openstates-ny"].cursor == stamps[-1]
    assert snap["runs"][-1].outcome == "succeeded"

    # The next day the rest arrives, and nothing is announced twice.
    later = crawl(tmp_path, registry, sqlite_url)
    assert later.returncode == 0, later.stderr[-3000:]
    after = snapshot(sqlite_url)
    assert len(after["measures"]) == 45
    announced = Counter(e.measure_id for e in after["events"] if e.kind == "new_measure")
    assert set(announced.values()) == {1}
    assert len(announced) == sum(1 for m in after["measures"].values() if m.relevant)


def test_the_apis_own_daily_limit_stops_the_crawl_cleanly(tmp_path, sqlite_url, server):
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    server.api.deny(1, "day")
    done = crawl(tmp_path, registry, sqlite_url)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "exceeded limit of 250/day: 251" in done.stdout
    snap = snapshot(sqlite_url)
    assert snap["measures"] == {} and snap["sources"]["openstates-ny"].cursor is None


def budget_minute(moment: datetime, speed: float) -> datetime:
    """The minute of the budget's fast clock (tracker.budget.Budget.now) a request fell in."""
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return (day + (moment - day) * speed).replace(second=0, microsecond=0)


def test_two_sources_in_two_processes_share_one_budget(tmp_path, db_url, server) -> None:
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY", "TX")
    env = {
        **os.environ,
        "TRACKER_SOURCES": str(registry),
        "TRACKER_DATABASE_URL": db_url,
        "TRACKER_DATA_DIR": str(tmp_path),
        "OPENSTATES_API_KEY": KEY,
        # Three requests a minute, on a clock running 20 times faster: a minute is 3 seconds.
        "TRACKER_BUDGET_OPENSTATES": "3/minute,250/day,x20",
    }
    crawling.run_tracker(tmp_path, registry, db_url, "bills")  # create the schema first
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "tracker", "-v", "crawl", "--source", name],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("openstates-ny", "openstates-tx")
    ]
    outs = [run.communicate(timeout=300) for run in runs]
    for run, (out, err) in zip(runs, outs, strict=True):
        assert run.returncode == 0, err[-3000:]
        assert ": ok: 45 seen" in out or ": ok: 48 seen" in out
    served = server.api.log
    assert len(served) == 6  # three pages each
    usage = snapshot(db_url)["usage"]
    minutes = [u.used for u in usage if u.window == "minute"]
    assert max(minutes) <= 3 and sum(minutes) == 6 and len(minutes) >= 2
    assert sum(u.used for u in usage if u.window == "day") == 6
    # The server saw them spread over at least two of the budget's minutes too. (Its own count
    # can differ by one at a minute's edge: a request sent at 59.99 s arrives in the next
    # minute; a 429 then waits and retries, shown above.)
    assert len({budget_minute(when, 20) for when, _ in served}) >= 2
    # (Whether a process had to wait depends on how fast the machine is: unloaded, both burst
    # and one waits; the counts above hold either way, and a request that went out without
    # being counted would show as more requests served than counted.)


def test_no_key_skips_open_states_and_the_others_still_crawl(tmp_path, sqlite_url) -> None:
    corpus = build_client("testville", n_matters=60, relevant=3, hearings=0)
    with LegistarMirror({"testville": corpus}) as mirror:
        api = mirror.mount("/openstates", OpenStatesAPI(build_state("NY")))
        registry = crawling.write_registry(tmp_path / "sources.toml", mirror.base_url, "testville")
        registry.write_text(registry.read_text() + "\n" + entry(mirror.url("/openstates"), "NY"))
        done = crawl(tmp_path, registry, sqlite_url, key=None)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "openstates-ny: skipped (set OPENSTATES_API_KEY to crawl it)" in done.stdout
        assert "openstates-ny: skipped: set OPENSTATES_API_KEY" in done.stderr
        assert "testville: ok:" in done.stdout
        assert api.log == [] and not [t for _, t in mirror.requests if "openstates" in t]
        snap = snapshot(sqlite_url)
        assert set(snap["sources"]) == {"testville"}  # nothing stored for the skipped source
        assert all(m.platform_id and not m.platform_id.startswith("ocd-bill/")
                   for m in snap["measures"].values())  # fmt: skip

        alone = crawl(tmp_path, registry, sqlite_url, "--source", "openstates-ny", key=None)
        assert alone.returncode == 0 and "openstates-ny: skipped" in alone.stdout
        assert datetime.now(UTC)  # the skipped run left no crawl run behind either
        assert len(snapshot(sqlite_url)["runs"]) == len(snap["runs"])


def test_a_bill_that_cannot_be_read_is_asked_for_again_by_id(tmp_path, sqlite_url, server):
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")
    broken_id = sorted(server.api.bills)[0]
    bill = server.api.bills[broken_id]
    good_actions = bill["actions"]
    bill["actions"] = "not a list"
    first = crawl(tmp_path, registry, sqlite_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "1 errors" in first.stdout and "cannot be read" in first.stderr
    snap = snapshot(sqlite_url)
    assert broken_id not in snap["measures"] and len(snap["measures"]) == 44
    assert broken_id in snap["sources"]["openstates-ny"].retry_state

    bill["actions"] = good_actions  # Open States fixes its copy (without touching updated_at)
    second = crawl(tmp_path, registry, sqlite_url)
    assert second.returncode == 0, second.stderr[-3000:]
    assert server.count(f"/bills/{broken_id}\\?include=actions") == 1
    after = snapshot(sqlite_url)
    assert broken_id in after["measures"] and after["sources"]["openstates-ny"].retry_state is None
