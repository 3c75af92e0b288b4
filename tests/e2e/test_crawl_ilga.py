"""End to end: `tracker crawl` against a local copy of the Illinois General Assembly's
bill-status folder (the real HB 5234 file among generated ones in its shape). The listing's file
times are the changed-since signal: a bill changed at the source makes exactly one event, an
idle crawl reads the listing and the newest file only, a malformed file is retried by name."""

from __future__ import annotations

import pytest

from localserver.ilga.folders import ILGAFolders, build_corpus
from localserver.server import LocalServer
from tests.e2e.crawling import run_tracker
from tests.e2e.official import snapshot, write_state_registry

pytestmark = pytest.mark.backends("sqlite")

RELEVANT_HOUSE = "10400HB1000.xml"
RELEVANT_SENATE = "10400SB1001.xml"


@pytest.fixture
def site():
    folders = ILGAFolders(build_corpus(104, n_other=20))
    with LocalServer() as server:
        server.mount("/ilga", folders)
        yield server, folders


@pytest.fixture
def registry(tmp_path, site):
    server, _ = site
    return write_state_registry(
        tmp_path / "sources.toml",
        "official-il",
        "ilga",
        "IL",
        "Illinois",
        base_url=server.url("ilga"),
        ga=104,
        gaid=18,
        session_id=114,
    )


def crawl(tmp_path, registry, db_url):
    return run_tracker(tmp_path, registry, db_url, "crawl", "--source", "official-il")


def fetched(server) -> list[str]:
    return sorted(t.rsplit("/", 1)[-1] for _, t in server.requests if t.endswith(".xml"))


def test_listing_times_drive_the_crawl(tmp_path, db_url, site, registry) -> None:
    server, folders = site
    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-il: ok: 23 seen, 2 relevant, 23 new" in first.stdout
    assert len(fetched(server)) == 23
    snap = snapshot(db_url)
    assert snap.source.cursor == "2026-06-29T09:14"  # the real file's time, the newest listed
    assert sorted(e.kind for e in snap.events) == ["new_measure", "new_measure"]
    house = snap.measures["HB 1000"]
    assert house.session == "2025-2026" and house.status == "in_committee"
    assert snap.measures["HB 5234"].title == "LANDLORD-TENANT FEES"
    assert not snap.measures["HB 5234"].relevant

    folders.act(
        RELEVANT_HOUSE,
        "7/1/2026",
        "House",
        "Assigned to Judiciary - Criminal Committee",
        "2026-07-01 10:31",
    )
    server.requests.clear()
    second = crawl(tmp_path, registry, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    # The changed file, and the file of the cursor's own minute (a change later in that
    # minute would otherwise be missed).
    assert fetched(server) == [RELEVANT_HOUSE, "10400HB5234.xml"]
    after = snapshot(db_url)
    (event,) = after.events[len(snap.events) :]
    assert event.kind == "action" and event.measure_id == house.id
    assert "Assigned to Judiciary - Criminal Committee" in event.summary
    assert after.source.cursor == "2026-07-01T10:31"

    server.requests.clear()
    idle = crawl(tmp_path, registry, db_url)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert fetched(server) == [RELEVANT_HOUSE]  # the cursor's minute only
    assert len([t for _, t in server.requests if "robots.txt" not in t]) == 2
    assert len(snapshot(db_url).events) == len(after.events)


def test_a_malformed_file_is_retried_and_a_broken_listing_fails(
    tmp_path, db_url, site, registry
) -> None:
    server, folders = site
    folders.broken = {RELEVANT_SENATE}
    server.faults.add(r"10400HB1000\.xml", "429", retry_after=1)  # waited out
    server.faults.add(r"/BillStatus/XML/$", "502")  # retried
    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "22 seen, 1 relevant" in first.stdout and "1 errors" in first.stdout
    assert "malformed bill-status XML" in first.stderr
    snap = snapshot(db_url)
    assert RELEVANT_SENATE in snap.source.retry_state
    assert "SB 1001" not in snap.measures

    # The listing answers 500 every time: the crawl fails, the cursor stays.
    server.faults.add(r"/BillStatus/XML/?$", "500", times=None)
    down = crawl(tmp_path, registry, db_url)
    assert down.returncode == 1 and "official-il: FAILED" in down.stdout
    assert "HTTP 500" in down.stdout
    assert snapshot(db_url).source.cursor == snap.source.cursor

    # The source is whole again: the broken file is asked for by name and announced once.
    server.faults.clear()
    folders.broken = set()
    server.requests.clear()
    again = crawl(tmp_path, registry, db_url)
    assert again.returncode == 0, again.stderr[-3000:]
    assert fetched(server).count(RELEVANT_SENATE) == 1
    after = snapshot(db_url)
    made = after.events[len(snap.events) :]
    assert [(e.kind, e.measure_id) for e in made] == [("new_measure", after.measures["SB 1001"].id)]
    assert not after.source.retry_state
