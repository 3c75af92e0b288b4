"""End to end: the real `tracker crawl` against the local server showing flsenate.gov's bill list
(64 bills over three pages) and bill pages, four of them about immigration."""

from __future__ import annotations

from functools import partial

import pytest

from localserver.flsenate.model import build_session, tallahassee_today
from localserver.flsenate.site import FloridaSenate
from localserver.server import LocalServer, Reply
from tests.e2e.crawling import run_tracker
from tests.e2e.crawling import snapshot as crawl_snapshot
from tests.e2e.official import write_official_registry
from tracker.sources import load_sources

LIST = r"/Session/Bills/"
PAGE = r"/ByCategory"
TEXT = r"/BillText/\w+/HTML"


@pytest.fixture
def fl():
    state = build_session(tallahassee_today())
    server = LocalServer()
    server.mount("/fl", FloridaSenate(state, root="/fl"))
    with server:
        yield server, state


def registry(tmp_path, server, **args):
    return write_official_registry(
        tmp_path / "sources.toml",
        "official-fl",
        "flsenate",
        "Florida",
        "FL",
        base_url=server.url("/fl"),
        **args,
    )


snapshot = partial(crawl_snapshot, by="identifier")


def test_changes_make_one_event_each_and_an_idle_crawl_none(tmp_path, sqlite_url, fl):
    server, state = fl
    reg = registry(tmp_path, server)

    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-fl: ok: 64 seen, 4 relevant, 64 new, 0 changed, 4 events, 0 errors" in (
        first.stdout
    )
    assert server.count(LIST) == 3  # 25 + 25 + 14 rows
    assert server.count(PAGE) == 4  # bill pages only for the triage's candidates
    assert server.count(TEXT) == 4  # and their latest text
    snap = snapshot(sqlite_url)
    sanctuary = snap["measures"]["SB 168"]
    assert (sanctuary.session, sanctuary.title) == ("2026", "Sanctuary Policies")
    assert sanctuary.status == "passed_committee"
    # "Unauthorized Aliens" says nothing by its title; its text (jails to honor detainers) does.
    assert snap["measures"]["HB 1355"].relevant
    assert "detainers" in snap["measures"]["HB 1355"].topics
    assert snap["source"].cursor == tallahassee_today().isoformat()

    # The Senate passes SB 168 today: one event.
    state.advance(168, "Senate", "CS passed; YEAS 25 NAYS 13 -SJ 300")
    server.requests.clear()
    second = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(sqlite_url)
    made = after["events"][len(snap["events"]) :]
    assert [(e.kind, e.measure_id, e.status_to) for e in made] == [
        ("action", sanctuary.id, "passed_chamber")
    ]
    assert server.count(LIST) == 3 and server.count(PAGE) == 1  # only the changed bill's page

    # Later the same day the Senate records another action: it joins the same history cell
    # ("• CS passed ... • Requested ..."), and only the new action is news.
    state.advance(168, "Senate", "Immediately certified -SJ 301")
    third = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert third.returncode == 0, third.stderr[-3000:]
    later = snapshot(sqlite_url)
    made = later["events"][len(after["events"]) :]
    assert [(e.kind, e.measure_id) for e in made] == [("action", sanctuary.id)]
    assert "Immediately certified" in made[0].summary
    texts = [a.description for a in later["actions"] if a.measure_id == sanctuary.id]
    assert texts[-2:] == ["CS passed; YEAS 25 NAYS 13", "Immediately certified"]

    server.requests.clear()
    idle = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert "0 events" in idle.stdout
    assert len(snapshot(sqlite_url)["events"]) == len(later["events"])
    # No changed-since feed: the three list pages, and the one bill changed within the overlap.
    assert server.count(LIST) == 3 and server.count(PAGE) == 1


@pytest.mark.parametrize("fault", ["malformed", "500"])
def test_a_broken_list_page_fails_the_crawl_and_changes_nothing(tmp_path, sqlite_url, fl, fault):
    server, state = fl
    reg = registry(tmp_path, server)
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    state.advance(1617, "House", "Favorable by Appropriations Committee; YEAS 20 NAYS 8")
    server.faults.add("pageNumber=2", fault, times=None)

    broken = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert broken.returncode == 1
    assert "official-fl: FAILED" in broken.stdout
    expected = {"malformed": "cut off or not a bill list", "500": "HTTP 500 after 3 retries"}
    assert expected[fault] in broken.stdout
    after = snapshot(sqlite_url)
    assert after["source"].cursor == before["source"].cursor
    assert after["runs"][-1].outcome == "failed"
    # HB 1617 is on page 1, read before the broken page: its news is kept, never invented twice.
    server.faults.clear()
    healed = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert healed.returncode == 0, healed.stderr[-3000:]
    made = snapshot(sqlite_url)["events"][len(before["events"]) :]
    assert [e.kind for e in made] == ["action"]


def test_a_failing_bill_page_is_retried_next_crawl(tmp_path, sqlite_url, fl):
    server, state = fl
    server.faults.add(r"/Bill/\d+/1718/ByCategory", "503", times=None)
    reg = registry(tmp_path, server)
    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "63 seen, 3 relevant" in first.stdout and "1 errors" in first.stdout
    assert "HTTP 503 after 3 retries" in first.stderr
    snap = snapshot(sqlite_url)
    assert "SB 1718" not in snap["measures"]
    assert f"{state.session}/1718" in snap["source"].retry_state

    server.faults.clear()
    server.requests.clear()
    second = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(sqlite_url)
    assert after["measures"]["SB 1718"].relevant
    made = after["events"][len(snap["events"]) :]
    assert [e.kind for e in made] == ["new_measure"]
    assert server.count(r"/1718/ByCategory") == 1  # asked for once, by its id
    assert not after["source"].retry_state


def test_a_rate_limit_is_waited_out(tmp_path, sqlite_url, fl):
    server, _ = fl
    server.faults.add(LIST, "429", times=1, retry_after=1)
    done = run_tracker(tmp_path, registry(tmp_path, server), sqlite_url, "crawl")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "64 seen, 4 relevant" in done.stdout and "0 errors" in done.stdout
    assert server.count(LIST) == 4


class Robots:
    """A robots.txt that keeps crawlers off bill pages."""

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        return 200, b"User-agent: *\nDisallow: /fl/Session/Bill/\n", {"Content-Type": "text/plain"}


def test_robots_txt_is_obeyed(tmp_path, sqlite_url, fl):
    server, _ = fl
    server.mount("/robots.txt", Robots())
    done = run_tracker(tmp_path, registry(tmp_path, server), sqlite_url, "crawl")
    assert server.count(PAGE) == 0  # no bill page was requested
    assert server.count(LIST) == 3  # the list is not disallowed
    assert "Forbidden by robots.txt" in done.stderr
    assert "60 seen" in done.stdout and "4 errors" in done.stdout


def test_the_registry_crawls_florida_one_request_at_a_time() -> None:
    (entry,) = [e for e in load_sources() if e.name == "official-fl"]
    assert entry.spider == "flsenate" and entry.state == "FL"
    assert entry.args["base_url"] == "https://www.flsenate.gov"  # the live site
    assert entry.settings["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1
    assert entry.settings["DOWNLOAD_DELAY"] >= 1.0
    assert entry.settings["ROBOTSTXT_OBEY"] is True
