"""End to end: `tracker crawl` against a local copy of California's PUBINFO downloads folder.
The first crawl reads the session's zip and the daily zip after it; a bill changed at the source
(a new daily zip) makes exactly one event; an idle crawl reads the listing alone; a daily zip cut
in half fails the crawl without moving the cursor, and is read whole the next time."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from localserver.calegislature.downloads import Downloads, build_corpus
from localserver.server import LocalServer
from tests.e2e.crawling import run_tracker
from tests.e2e.official import snapshot, write_state_registry

pytestmark = pytest.mark.backends("sqlite")


@pytest.fixture
def site():
    downloads = Downloads(build_corpus(2025, n_other=30) + build_corpus(2023, n_other=2))
    downloads.publish_yearly(2023, "2024-12-01 02:10")
    downloads.publish_yearly(2025, "2025-06-01 03:12")
    with LocalServer() as server:
        server.mount("/calegislature", downloads)
        yield server, downloads


@pytest.fixture
def registry(tmp_path, site):
    server, _ = site
    return write_state_registry(
        tmp_path / "sources.toml",
        "official-ca",
        "calegislature",
        "CA",
        "California",
        base_url=server.url("calegislature"),
        session_year=2025,
    )


def crawl(tmp_path, registry, db_url):
    return run_tracker(tmp_path, registry, db_url, "crawl", "--source", "official-ca")


def test_session_zip_then_daily_zips(tmp_path, db_url, site, registry) -> None:
    server, downloads = site
    # A day's changes published after the session's zip: read on the first crawl too.
    sb54 = downloads.bill("202520260SB54")
    sb54.act(
        "From committee: Do pass. (Ayes 5. Noes 2.)",
        date(2025, 6, 2),
        datetime(2025, 6, 2, 17, 0),
        secondary="Committee",
    )
    downloads.publish_daily("Mon", "2025-06-02 23:40", ["202520260SB54"])
    downloads.publish_daily("Sat", "2025-05-31 23:40", ["202520260AB450"])  # older: skipped

    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-ca: ok: 33 seen, 3 relevant, 33 new" in first.stdout
    assert server.count(r"pubinfo_2025\.zip") == 1 and server.count(r"pubinfo_daily_Mon") == 1
    assert server.count(r"pubinfo_2023|pubinfo_daily_Sat|pubinfo_load") == 0
    snap = snapshot(db_url)
    assert snap.source.cursor == "2025-06-02T23:40"
    assert sorted(e.kind for e in snap.events) == ["new_measure"] * 3
    ab4 = snap.measures["AB 4"]
    assert ab4.session == "2025-2026" and ab4.status == "enacted"
    assert ab4.url.endswith("bill_id=202520260AB4")
    assert snap.measures["SB 54"].status == "passed_committee"
    assert snap.actions_of("SB 54")[-1].description.startswith("From committee: Do pass.")

    # The Assembly refers AB 450 again; the day's zip is published.
    ab450 = downloads.bill("202520260AB450")
    ab450.act(
        "Re-referred to Com. on APPR.",
        date(2025, 6, 3),
        datetime(2025, 6, 3, 16, 5),
        secondary="Committee",
    )
    downloads.publish_daily("Tue", "2025-06-03 23:41", ["202520260AB450", "202520260AB105"])
    server.requests.clear()
    second = crawl(tmp_path, registry, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    assert [t for _, t in server.requests if "pubinfo" in t] == [
        "/calegislature/pubinfo_daily_Tue.zip"
    ]
    after = snapshot(db_url)
    (event,) = after.events[len(snap.events) :]
    assert event.kind == "action" and event.measure_id == snap.measures["AB 450"].id
    assert "Re-referred to Com. on APPR." in event.summary
    assert after.source.cursor == "2025-06-03T23:41"

    # Nothing new in the folder: the listing alone, no event.
    server.requests.clear()
    idle = crawl(tmp_path, registry, db_url)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert len(server.requests) <= 2  # the listing (and robots.txt)
    assert len(snapshot(db_url).events) == len(after.events)


def test_a_broken_zip_moves_nothing(tmp_path, db_url, site, registry) -> None:
    server, downloads = site
    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    before = snapshot(db_url)

    sb54 = downloads.bill("202520260SB54")
    sb54.act(
        "Read third time. Passed. Ordered to the Assembly. (Ayes 28. Noes 10.)",
        date(2025, 6, 4),
        datetime(2025, 6, 4, 18, 0),
    )
    downloads.publish_daily("Wed", "2025-06-04 23:40", ["202520260SB54"])
    server.faults.add(r"pubinfo_daily_Wed", "malformed")
    broken = crawl(tmp_path, registry, db_url)
    assert broken.returncode == 1
    assert "official-ca: FAILED" in broken.stdout and "not a readable zip" in broken.stdout
    assert snapshot(db_url).source.cursor == before.source.cursor
    assert len(snapshot(db_url).events) == len(before.events)

    server.faults.add(r"pubinfo_daily_Wed", "503", times=2)  # waited out
    server.faults.add(r"^/calegislature/$", "429", retry_after=1)  # and a rate limit
    again = crawl(tmp_path, registry, db_url)
    assert again.returncode == 0, again.stderr[-3000:]
    after = snapshot(db_url)
    (event,) = after.events[len(before.events) :]
    assert "Passed" in event.summary and after.measures["SB 54"].status == "passed_chamber"
    assert after.source.cursor == "2025-06-04T23:40"
    assert server.count(r"pubinfo_daily_Wed") == 1 + 3  # the broken one, two 503s, the good one
