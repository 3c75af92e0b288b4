"""End to end: the real `tracker crawl` against a local server speaking the Legistar Web API, with
2,500 matters over several pages, a few dozen relevant, histories with repeated rows, and one
relevant matter whose history answers 500 every time."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from storage.db import get_engine
from storage.models import CrawlRun
from tests.e2e.crawling import run_tracker, snapshot, write_registry
from tracker.classify import classify, triage

TODAY = date.today()


@pytest.fixture
def mirror():
    corpus = build_client("testville", n_matters=2500, relevant=36, today=TODAY, hearings=3)
    with LegistarMirror({"testville": corpus}) as server:
        yield server


@pytest.fixture
def small_mirror():
    """Faults do not need volume: 300 matters, one listing page."""
    corpus = build_client("testville", n_matters=300, relevant=12, today=TODAY, hearings=1)
    with LegistarMirror({"testville": corpus}) as server:
        yield server


def classifier_verdicts(client) -> dict[int, bool]:
    """What the tracker should conclude for each public matter: the classifier's verdict on what
    the spider sees (the title and name, and the text of every candidate)."""
    verdicts = {}
    for matter in client.matters.values():
        if matter.restricted:
            continue
        row = client.matter_row(matter.id)
        title = row["MatterTitle"] or row["MatterName"]
        name = row["MatterName"] if row["MatterName"] != title else None
        text = None
        if triage(title, name) != "no" and matter.texts:
            text = client.text_row(matter.id, int(client.version_rows(matter.id)[-1]["Key"]))
            text = text["MatterTextPlain"]
        verdicts[matter.id] = classify(title, name, text).relevant
    return verdicts


def test_two_crawls_make_exactly_the_new_events(tmp_path, db_url, mirror) -> None:
    client = mirror.client("testville")
    verdicts = classifier_verdicts(client)
    relevant = sorted(i for i, yes in verdicts.items() if yes)
    # The classifier's own quality is measured elsewhere; here it must find most of what the
    # corpus holds, or the crawl test would prove little.
    assert len(relevant) >= 0.6 * len(client.expected_relevant_ids()) >= 20
    broken, to_enact_id, committee_id = relevant[0], relevant[1], relevant[2]
    client.fail_histories = {broken}
    # Make sure one tracked measure has passed the council before the first crawl.
    client.advance(
        to_enact_id,
        {
            "MatterHistoryActionName": "Passed",
            "MatterHistoryActionBodyName": client.vocabulary.council,
            "MatterHistoryPassedFlag": 1,
        },
    )
    registry = write_registry(tmp_path / "sources.toml", mirror.base_url, "testville")

    first = run_tracker(tmp_path, registry, db_url, "crawl")
    assert first.returncode == 0, first.stderr[-3000:]
    public = len(verdicts)
    assert f"testville: ok: {public - 1} seen, {len(relevant) - 1} relevant" in first.stdout
    assert "1 errors" in first.stdout

    listing = client.listing_requests()
    assert len(listing) == 3  # 1000 + 1000 + 500 rows
    assert all("$orderby=MatterLastModifiedUtc" in q for q in listing)
    histories = set(client.history_requests())
    assert histories >= set(relevant)  # every relevant one was a candidate
    assert len(histories) < 250  # and the crawl did not fetch 2,500 histories

    snap = snapshot(db_url)
    assert len(snap["measures"]) == public - 1
    tracked = {pid for pid, m in snap["measures"].items() if m.relevant}
    assert tracked == {str(i) for i in relevant if i != broken}
    new_events = [e for e in snap["events"] if e.kind == "new_measure"]
    assert len(new_events) == len(tracked) == len(snap["events"])
    for pid in tracked:
        measure = snap["measures"][pid]
        served = client.get(int(pid))
        assert measure.url == (
            f"https://testville.legistar.com/LegislationDetail.aspx?ID={pid}&GUID={served.guid}"
        )
        assert measure.status is not None
    # Repeated history rows were stored once.
    keys = [(a.measure_id, a.key) for a in snap["actions"]]
    assert len(keys) == len(set(keys))
    # Upcoming meetings put hearings on tracked measures.
    assert snap["hearings"], "the corpus schedules hearings for relevant matters"
    cursor = snap["source"].cursor
    newest = max(client.matter_row(i)["MatterLastModifiedUtc"] for i in client.matters)
    assert cursor == newest  # the newest change listed, restricted matters included
    assert snap["source"].retry_state and str(broken) in snap["source"].retry_state

    # The city records two actions: one measure is signed, another goes to a committee.
    to_enact, committee = str(to_enact_id), str(committee_id)
    assert snap["measures"][to_enact].status == "passed_legislature"
    client.advance(
        int(to_enact),
        {"MatterHistoryActionName": "Signed by Mayor", "MatterHistoryActionBodyName": "Mayor"},
    )
    client.advance(
        int(committee),
        {
            "MatterHistoryActionName": "Referred",
            "MatterHistoryActionBodyName": "Committee on Public Safety",
        },
    )
    client.clear_log()

    second = run_tracker(tmp_path, registry, db_url, "crawl")
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(db_url)
    made = after["events"][len(snap["events"]) :]
    assert sorted((e.kind, str(e.measure_id)) for e in made) == sorted(
        [
            ("action", str(snap["measures"][to_enact].id)),
            ("action", str(snap["measures"][committee].id)),
        ]
    )
    signed = next(e for e in made if e.measure_id == snap["measures"][to_enact].id)
    assert signed.status_to == "enacted"
    assert after["measures"][to_enact].status == "enacted"
    referred = next(e for e in made if e.measure_id == snap["measures"][committee].id)
    assert "Referred" in referred.summary
    # Incremental: one listing page, filtered from the cursor minus the overlap.
    (listing,) = client.listing_requests()
    assert "MatterLastModifiedUtc gt datetime'" in listing
    assert after["source"].cursor > cursor

    third = run_tracker(tmp_path, registry, db_url, "crawl")
    assert third.returncode == 0, third.stderr[-3000:]
    assert len(snapshot(db_url)["events"]) == len(after["events"])
    assert "0 events" in third.stdout


@pytest.mark.parametrize("fault", ["malformed", "429", "timeout", "500"])
def test_a_broken_listing_fails_the_crawl_and_changes_nothing(
    tmp_path, sqlite_url, small_mirror, fault
):
    mirror = small_mirror
    client = mirror.client("testville")
    client.timeout_delay = 4.0
    registry = write_registry(
        tmp_path / "sources.toml", mirror.base_url, "testville", timeout=1, hearing_days=0
    )
    assert run_tracker(tmp_path, registry, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    pending = sorted(
        (
            pid
            for pid, m in before["measures"].items()
            if m.relevant and m.status in ("introduced", "in_committee", "passed_committee")
        ),
        key=int,
    )
    client.advance(
        int(pending[-1]),
        {"MatterHistoryActionName": "Vetoed", "MatterHistoryActionBodyName": "Mayor"},
    )
    client.listing_fault = fault

    broken = run_tracker(tmp_path, registry, sqlite_url, "crawl")
    assert broken.returncode == 1
    assert "testville: FAILED" in broken.stdout
    expected = {
        "malformed": "malformed JSON",
        "429": "HTTP 429",
        "timeout": "timed out",
        "500": "HTTP 500",
    }[fault]
    assert expected in broken.stdout
    after = snapshot(sqlite_url)
    assert after["source"].cursor == before["source"].cursor
    assert len(after["events"]) == len(before["events"])
    assert {p: m.status for p, m in after["measures"].items()} == {
        p: m.status for p, m in before["measures"].items()
    }
    assert after["runs"][-1].outcome == "failed" and expected in after["runs"][-1].message
    assert after["source"].last_error and expected in after["source"].last_error

    client.listing_fault = None  # the server recovers: the veto arrives, once
    assert run_tracker(tmp_path, registry, sqlite_url, "crawl").returncode == 0
    healed = snapshot(sqlite_url)
    made = healed["events"][len(before["events"]) :]
    assert [(e.kind, e.status_to) for e in made] == [("action", "vetoed")]


def test_unknown_source_is_a_clear_error(tmp_path, sqlite_url, small_mirror) -> None:
    registry = write_registry(tmp_path / "sources.toml", small_mirror.base_url, "testville")
    done = run_tracker(tmp_path, registry, sqlite_url, "crawl", "--source", "nowhere")
    assert done.returncode != 0
    assert "unknown source(s): nowhere; known: testville" in done.stderr


def test_hostile_and_broken_matters_lose_nothing(tmp_path, sqlite_url, small_mirror) -> None:
    """A title with markup, control characters and megabytes of text is stored as bounded plain
    text; a matter without a title is dropped with its reason and counted, the rest goes on."""
    client = small_mirror.client("testville")
    registry = write_registry(
        tmp_path / "sources.toml", small_mirror.base_url, "testville", hearing_days=0
    )
    assert run_tracker(tmp_path, registry, sqlite_url, "crawl").returncode == 0
    before = snapshot(sqlite_url)
    hostile = (
        "<script>alert('x')</script> ]]> \x00\x1b[31m Ordinance limiting civil immigration "
        "detainers " + "A" * 5_000_000
    )
    loud = client.add_matter(hostile, file="O2026-666", relevant=True)
    empty = client.add_matter("", file="O2026-667")

    done = run_tracker(tmp_path, registry, sqlite_url, "crawl")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "1 errors" in done.stdout
    assert "O2026-667" in done.stderr and "measure has no title" in done.stderr
    after = snapshot(sqlite_url)
    stored = after["measures"][str(loud.id)]
    assert stored.title.startswith("<script>alert('x')</script> ]]>")
    assert "\x00" not in stored.title and "\x1b" not in stored.title
    assert len(stored.title) <= 2000
    assert str(empty.id) not in after["measures"]
    assert str(empty.id) in after["source"].retry_state
    # Nothing stored before was touched.
    for pid, measure in before["measures"].items():
        assert after["measures"][pid].content_hash == measure.content_hash


def test_scrapy_crawl_works_from_the_project_root(tmp_path, sqlite_url, small_mirror) -> None:
    registry = write_registry(tmp_path / "sources.toml", small_mirror.base_url, "testville")
    env = {
        **os.environ,
        "TRACKER_SOURCES": str(registry),
        "TRACKER_DATABASE_URL": sqlite_url,
        "TRACKER_DATA_DIR": str(tmp_path),
    }
    root = Path(__file__).parents[2]
    done = subprocess.run(
        [
            str(Path(sys.executable).with_name("scrapy")),
            "crawl",
            "legistar",
            "-a",
            "source=testville",
            "-s",
            "AUTOTHROTTLE_ENABLED=0",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "LOG_LEVEL=INFO",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "'tracker/items_seen': " in done.stderr
    snap = snapshot(sqlite_url)
    assert len(snap["measures"]) > 250 and snap["runs"][-1].outcome == "succeeded"


def test_sources_on_one_host_take_turns_and_a_broken_one_stops_no_other(
    tmp_path, sqlite_url, small_mirror
) -> None:
    small_mirror.add_client(
        "otherville", build_client("otherville", n_matters=200, relevant=5, today=TODAY, hearings=0)
    )
    registry = write_registry(tmp_path / "sources.toml", small_mirror.base_url, "testville")
    other = write_registry(
        tmp_path / "other.toml", small_mirror.base_url, "otherville", "otherville"
    )
    broken = (
        '[[sources]]\nname = "broken"\nspider = "legistar"\njurisdiction = "Broken, IL"\n'
        f'level = "city"\nstate = "IL"\n[sources.args]\napi_url = "{small_mirror.base_url}"\n'
    )
    registry.write_text(
        registry.read_text()
        + "\n"
        + other.read_text().replace("Testville, IL", "Otherville, IL")
        + "\n"
        + broken
    )
    done = run_tracker(tmp_path, registry, sqlite_url, "crawl")
    assert done.returncode == 1  # the broken source failed ...
    assert "broken: FAILED" in done.stdout and "legistar: give -a client=NAME" in done.stderr
    assert "testville: ok: " in done.stdout and "otherville: ok: " in done.stdout  # ... alone
    with Session(get_engine(sqlite_url)) as s:
        runs = list(s.exec(select(CrawlRun)))
    assert len(runs) == 2 and all(r.outcome == "succeeded" for r in runs)
    first, second = sorted(runs, key=lambda r: r.started_at)
    assert first.finished_at <= second.started_at  # one host, one crawler at a time
