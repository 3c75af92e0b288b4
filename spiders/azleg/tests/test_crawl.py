"""End to end: the real `tracker crawl` against the local server speaking azleg.gov's bill list
(session chosen by form and cookie) and apps.azleg.gov's bill API, 33 bills of which two are
about immigration enforcement."""

from __future__ import annotations

from functools import partial

import pytest

from localserver.azleg.model import JUDICIARY_H, build_session, phoenix_today
from localserver.azleg.site import AzlegApps, AzlegSite
from localserver.server import LocalServer
from tests.e2e.crawling import run_tracker
from tests.e2e.crawling import snapshot as crawl_snapshot
from tests.e2e.official import write_official_registry

API = r"/azapps/api/Bill/"
DOCS = r"/azapps/api/DocType/"
TEXT = r"/azapps/legtext/"
LIST = r"/azleg/bills/"


@pytest.fixture(autouse=True)
def offline_suffix_list(monkeypatch):
    """Scrapy's cookie handling asks tldextract for the public suffix list; use its bundled copy
    instead of the network."""
    monkeypatch.setenv("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")


@pytest.fixture
def az():
    today = phoenix_today()
    sessions = {130: build_session(today, 130), 129: build_session(today, 129, background=4)}
    server = LocalServer()
    # The list shows the previous session until the form chooses another, as the site does.
    server.mount("/azleg", AzlegSite(sessions, default=129))
    server.mount("/azapps", AzlegApps(sessions))
    with server:
        yield server, sessions[130]


def registry(tmp_path, server, **args):
    return write_official_registry(
        tmp_path / "sources.toml",
        "official-az",
        "azleg",
        "Arizona",
        "AZ",
        site_url=server.url("/azleg"),
        api_url=server.url("/azapps") + "/api",
        apps_url=server.url("/azapps"),
        session_id=130,
        **args,
    )


snapshot = partial(crawl_snapshot, by="identifier")


def test_a_changed_bill_makes_one_event_and_an_idle_crawl_none(tmp_path, sqlite_url, az):
    server, session = az
    reg = registry(tmp_path, server)

    first = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-az: ok: 33 seen, 3 relevant, 33 new, 0 changed, 3 events, 0 errors" in (
        first.stdout
    )
    # Choose the session (page, form, page again), then one API call per bill.
    assert [m for m, t in server.requests if LIST in t or "setsession" in t] == [
        "GET",
        "POST",
        "GET",
    ]
    assert server.count(API) == 33
    assert all("sessionId=130" in t for _, t in server.requests if API in t)
    # The triage's three candidates get their documents and text read.
    assert server.count(DOCS) == 3 and server.count(TEXT) == 3
    snap = snapshot(sqlite_url)
    enforcement = snap["measures"]["HB 2001"]
    assert (enforcement.session, enforcement.status) == ("2026", "passed_chamber")
    # SB 1070's title says "law enforcement; safe neighborhoods"; its text is what tracks it.
    assert snap["measures"]["SB 1070"].relevant
    sanctuary = snap["measures"]["HB 2015"]
    assert sanctuary.status == "in_committee"

    # The House Judiciary committee reports HB 2015 today: one event.
    session.report("HB2015", "DP", JUDICIARY_H)
    second = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(sqlite_url)
    made = after["events"][len(snap["events"]) :]
    assert [(e.kind, e.measure_id, e.status_to) for e in made] == [
        ("action", sanctuary.id, "passed_committee")
    ]
    assert "Judiciary: do pass" in made[0].summary

    server.requests.clear()
    idle = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert "0 new, 0 changed, 0 events" in idle.stdout
    assert len(snapshot(sqlite_url)["events"]) == len(after["events"])
    # Arizona has no changed-since signal: an idle crawl asks again for every bill.
    assert server.count(API) == 33


@pytest.mark.parametrize(
    ("pattern", "fault", "message"),
    [
        (LIST, "malformed", "cut off or has no bill tables"),
        ("setsession", "500", "HTTP 500 after 3 retries"),
    ],
)
def test_a_broken_list_fails_the_crawl_and_changes_nothing(
    tmp_path, sqlite_url, az, pattern, fault, message
):
    server, session = az
    reg = registry(tmp_path, server)
    assert run_tracker(tmp_path, reg, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    session.report("HB2015", "DP", JUDICIARY_H)
    server.faults.add(pattern, fault, times=None)

    broken = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert broken.returncode == 1
    assert "official-az: FAILED" in broken.stdout and message in broken.stdout
    after = snapshot(sqlite_url)
    assert len(after["events"]) == len(before["events"])
    assert after["runs"][-1].outcome == "failed"
    assert server.count(API) == 33  # only the first crawl's calls: no bill was asked for

    server.faults.clear()
    healed = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert healed.returncode == 0, healed.stderr[-3000:]
    assert [e.kind for e in snapshot(sqlite_url)["events"][len(before["events"]) :]] == ["action"]


def test_one_failing_bill_does_not_fail_the_crawl(tmp_path, sqlite_url, az):
    server, _ = az
    server.faults.add("billNumber=HB2015", "503", times=None)
    server.faults.add("billNumber=HB2001", "429", times=1, retry_after=1)
    reg = registry(tmp_path, server)
    done = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "32 seen, 2 relevant" in done.stdout and "1 errors" in done.stdout
    assert "HB2015: " in done.stderr and "HTTP 503 after 3 retries" in done.stderr
    snap = snapshot(sqlite_url)
    assert "HB 2015" not in snap["measures"] and snap["measures"]["HB 2001"].relevant

    server.faults.clear()
    again = run_tracker(tmp_path, reg, sqlite_url, "crawl")
    assert again.returncode == 0, again.stderr[-3000:]
    made = snapshot(sqlite_url)["events"][len(snap["events"]) :]
    assert [e.kind for e in made] == ["new_measure"]
