"""End to end: `tracker crawl` against a local FTP server holding Texas' bill-history tree
(IIS-style LIST lines, file times as the changed-since signal). A bill changed at the source makes
exactly one event; an idle crawl walks the folders and fetches only the newest file; a malformed
file is retried by name; a folder that cannot be listed fails the crawl."""

from __future__ import annotations

import pytest

from localserver.txlege.ftp import TexasFTP, build_corpus
from tests.e2e.crawling import run_tracker
from tests.e2e.official import snapshot, write_state_registry

pytestmark = pytest.mark.backends("postgresql")

SB8 = "bills/89R/billhistory/senate_bills/SB00001_SB00099/SB00008.xml"
HB2 = "bills/89R/billhistory/house_bills/HB00001_HB00099/HB00002.xml"


@pytest.fixture
def site():
    with TexasFTP(build_corpus("89R", n_other=16)) as ftp:
        yield ftp


@pytest.fixture
def registry(tmp_path, site):
    return write_state_registry(
        tmp_path / "sources.toml",
        "official-tx",
        "txlege",
        "TX",
        "Texas",
        ftp_url=site.ftp_url,
        session="89R",
    )


def crawl(tmp_path, registry, db_url):
    return run_tracker(tmp_path, registry, db_url, "crawl", "--source", "official-tx")


def test_file_times_drive_the_crawl(tmp_path, db_url, site, registry) -> None:
    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "official-tx: ok: 18 seen, 2 relevant, 18 new" in first.stdout
    snap = snapshot(db_url)
    assert sorted(e.kind for e in snap.events) == ["new_measure", "new_measure"]
    sb8 = snap.measures["SB 8"]
    assert sb8.session == "2025" and sb8.status == "in_committee"
    assert sb8.url == "https://capitol.texas.gov/BillLookup/History.aspx?LegSess=89R&Bill=SB8"
    newest = max(b.changed for b in site.bills.values())
    assert snap.source.cursor == newest.strftime("%Y-%m-%dT%H:%M")

    site.act(
        "SB", 8, "S020", "03/04/2025", "Reported favorably w/o amendment(s)", "2025-03-04 16:20"
    )
    second = crawl(tmp_path, registry, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "18 seen" not in second.stdout  # only files at or after the cursor were read
    after = snapshot(db_url)
    (event,) = after.events[len(snap.events) :]
    assert event.kind == "action" and event.measure_id == sb8.id
    assert "Reported favorably" in event.summary
    assert after.measures["SB 8"].status == "passed_committee"
    assert after.source.cursor == "2025-03-04T16:20"

    idle = crawl(tmp_path, registry, db_url)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert "official-tx: ok: 1 seen" in idle.stdout  # the file of the cursor's minute
    assert len(snapshot(db_url).events) == len(after.events)


def test_a_malformed_file_is_retried(tmp_path, db_url, site, registry) -> None:
    site.broken = {"HB00002.xml"}
    site.rewrite()
    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "17 seen, 1 relevant" in first.stdout and "1 errors" in first.stdout
    assert "malformed bill history" in first.stderr
    snap = snapshot(db_url)
    assert HB2 in snap.source.retry_state

    site.broken = set()
    site.rewrite()
    again = crawl(tmp_path, registry, db_url)
    assert again.returncode == 0, again.stderr[-3000:]
    after = snapshot(db_url)
    made = after.events[len(snap.events) :]
    assert [(e.kind, e.measure_id) for e in made] == [("new_measure", after.measures["HB 2"].id)]
    assert not after.source.retry_state


def test_an_unreachable_site_fails_the_crawl(tmp_path, db_url) -> None:
    registry = write_state_registry(
        tmp_path / "closed.toml",
        "official-tx",
        "txlege",
        "TX",
        "Texas",
        ftp_url="ftp://127.0.0.1:1",  # nothing listens there
        session="89R",
    )
    done = crawl(tmp_path, registry, db_url)
    assert done.returncode == 1
    assert "official-tx: FAILED" in done.stdout and "FTP listing" in done.stdout
    assert snapshot(db_url).source.cursor is None
