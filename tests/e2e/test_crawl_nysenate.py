"""End to end: `tracker crawl` against the local Open Legislation API, bills in the shape of the
real S609-2017 response. A full listing over pages, then the updates feed: a bill changed at the
source makes exactly one event, an idle crawl makes none and costs one request."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import Session, select

from localserver.nysenate.api import NYSenateAPI, build_corpus
from localserver.server import LocalServer
from storage.db import get_engine
from storage.models import Measure
from tests.e2e.crawling import run_tracker
from tests.e2e.official import snapshot, write_state_registry

pytestmark = pytest.mark.backends("postgresql")

NY = ZoneInfo("America/New_York")


@pytest.fixture
def site():
    api = NYSenateAPI(build_corpus(2025, n_other=40) + build_corpus(2023, n_other=2))
    with LocalServer() as server:
        server.mount("/nysenate", api)
        yield server, api


@pytest.fixture
def registry(tmp_path, site, monkeypatch):
    server, _ = site
    monkeypatch.setenv("NYSENATE_API_KEY", "test-key")
    return write_state_registry(
        tmp_path / "sources.toml",
        "official-ny",
        "nysenate",
        "NY",
        "New York",
        api_url=server.url("nysenate") + "/api/3",
        session_year=2025,
        page_size=20,
    )


def crawl(tmp_path, registry, db_url):
    return run_tracker(tmp_path, registry, db_url, "crawl", "--source", "official-ny")


def soon(minutes: int) -> str:
    moment = datetime.now(NY).replace(tzinfo=None, microsecond=0) + timedelta(minutes=minutes)
    return moment.isoformat()


def test_listing_then_updates_feed(tmp_path, db_url, site, registry) -> None:
    server, api = site
    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-ny: ok: 43 seen, 3 relevant, 43 new" in first.stdout
    # 43 bills of 2025 in pages of 20; only the three candidates fetched in full.
    assert server.count(r"/api/3/bills/2025\?") == 3
    assert server.count(r"/api/3/bills/2025/[SA]\d+") == 3
    assert server.count(r"/bills/2023") == 0
    snap = snapshot(db_url)
    assert len(snap.measures) == 43
    assert sorted(e.kind for e in snap.events) == ["new_measure"] * 3
    amended = snap.measures["S 1000"]  # printed as S1000A: one measure under its base number
    assert amended.session == "2025-2026" and amended.relevant
    assert amended.status == "passed_chamber"
    assert amended.title == "Enacts the New York for All Act"
    passed = [a for a in snap.actions_of("S 1000") if a.description == "PASSED SENATE"]
    assert json.loads(passed[0].vote)["yes"] == 40
    assert snap.source.cursor  # the moment the listing began, New York time

    # The Assembly reports one tracked bill; an untracked bill and a bill of the last session
    # change too. Only this session's bills are fetched, and only the report is news.
    api.add_action("A1001", 2025, "REPORTED TO CALENDAR", "2025-03-01", soon(1))
    api.add_action("S1010", 2025, "REFERRED TO FINANCE", "2025-03-01", soon(2))
    last = soon(3)
    api.add_action("S1000", 2023, "REFERRED TO RULES", "2023-03-01", last)
    server.requests.clear()
    second = crawl(tmp_path, registry, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    assert server.count(r"/bills/updates/") == 1
    assert server.count(r"/bills/2025/A1001") == 1 and server.count(r"/bills/2025/S1010") == 1
    assert server.count(r"/bills/2023/") == 0
    after = snapshot(db_url)
    (event,) = after.events[len(snap.events) :]
    assert event.kind == "action" and event.measure_id == snap.measures["A 1001"].id
    assert "REPORTED TO CALENDAR" in event.summary
    assert after.measures["A 1001"].status == "passed_committee"
    assert after.source.cursor == last  # the newest processed time in the feed

    # Nothing changed: one request to the feed, no event.
    server.requests.clear()
    idle = crawl(tmp_path, registry, db_url)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert len(server.requests) <= 2  # the feed (and robots.txt)
    assert server.count(r"/bills/updates/") == 1
    assert len(snapshot(db_url).events) == len(after.events)


def test_faults_lose_nothing(tmp_path, db_url, site, registry) -> None:
    server, api = site
    # The listing's first page cut in half: the crawl fails, nothing moves.
    server.faults.add(r"/bills/2025\?.*offset=1\b", "malformed")
    broken = crawl(tmp_path, registry, db_url)
    assert broken.returncode == 1
    assert "official-ny: FAILED" in broken.stdout and "malformed JSON" in broken.stdout
    assert snapshot(db_url).source.cursor is None
    assert snapshot(db_url).measures == {}

    # The API's own error envelope on the listing: a clear failure too.
    api.error_next = 1
    refused = crawl(tmp_path, registry, db_url)
    assert refused.returncode == 1 and "error 100" in refused.stdout

    # A 429 with Retry-After and two 503s are waited out; a bill answering 500 every time is
    # an error of that bill only, kept for the next crawl.
    server.faults.clear()
    server.faults.add(r"/bills/2025\?.*offset=1\b", "429", retry_after=1)
    server.faults.add(r"/bills/2025/A1001", "503", times=2)
    server.faults.add(r"/bills/2025/S1002", "500", times=None)
    ok = crawl(tmp_path, registry, db_url)
    assert ok.returncode == 0, ok.stderr[-3000:]
    assert "42 seen, 2 relevant" in ok.stdout and "1 errors" in ok.stdout
    # Scrapy names the failed request in its log; the key is not in it.
    assert "S1002?view=default&key=***" in ok.stderr
    assert "test-key" not in ok.stdout + ok.stderr
    snap = snapshot(db_url)
    assert "S1002-2025" in snap.source.retry_state
    assert snap.measures["A 1001"].relevant

    # The failing bill answers again: the next crawl asks for it by name and announces it.
    server.faults.clear()
    server.requests.clear()
    again = crawl(tmp_path, registry, db_url)
    assert again.returncode == 0, again.stderr[-3000:]
    assert server.count(r"/bills/2025/S1002") == 1
    after = snapshot(db_url)
    made = after.events[len(snap.events) :]
    assert [(e.kind, e.measure_id) for e in made] == [("new_measure", after.measures["S 1002"].id)]
    assert not after.source.retry_state


def test_without_a_key_the_crawl_fails_clearly(tmp_path, db_url, site, registry, monkeypatch):
    server, _ = site
    monkeypatch.delenv("NYSENATE_API_KEY")
    done = crawl(tmp_path, registry, db_url)
    # Whether the crawl command refuses the source up front (requires_env) or the spider stops
    # at once, the reader is told which variable is missing and nothing is asked or stored.
    assert "NYSENATE_API_KEY" in done.stdout + done.stderr
    assert "ok: " not in done.stdout
    assert server.count("/api/3/bills") == 0
    with Session(get_engine(db_url)) as s:
        assert s.exec(select(Measure)).first() is None
