"""The crawl lease holds across processes on SQLite and PostgreSQL; the health rules flag what an
operator must look at and nothing else."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from storage import ops
from storage.db import session_scope
from storage.models import CrawlRun, Source
from tracker.health import flags_for
from tracker.sources import SourceEntry
from tracker.web.app import create_app

GRAB = """
import sys
from datetime import timedelta
from storage.db import get_engine
from storage.ops import acquire_lease
ok = acquire_lease(get_engine(sys.argv[1]), "seattle", sys.argv[2], timedelta(seconds=60))
print("took" if ok else "busy")
"""


def grab(db_url: str, holder: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", GRAB, db_url, holder], capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def test_one_crawl_of_a_source_at_a_time_across_processes(db_url, any_engine) -> None:
    assert grab(db_url, "node-a:1") == "took"
    assert grab(db_url, "node-b:2") == "busy"  # another process, another machine: refused
    assert ops.lease_holder(any_engine, "seattle") == "node-a:1"
    ops.release_lease(any_engine, "seattle", "node-b:2")  # not its lease: nothing happens
    assert ops.lease_holder(any_engine, "seattle") == "node-a:1"
    ops.release_lease(any_engine, "seattle", "node-a:1")
    assert grab(db_url, "node-b:2") == "took"


def test_an_expired_lease_is_taken_over(any_engine) -> None:
    past = datetime.now(UTC) - timedelta(hours=3)
    assert ops.acquire_lease(any_engine, "kc", "dead:1", timedelta(hours=1), now=past)
    assert ops.acquire_lease(any_engine, "kc", "alive:2", timedelta(hours=1))
    assert ops.lease_holder(any_engine, "kc") == "alive:2"


ENTRY = SourceEntry("seattle", "legistar", "Seattle, WA", "city", "WA", schedule="0 */6 * * *")
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def run(outcome: str, seen: int = 10, errors: int = 0, message: str | None = None) -> CrawlRun:
    return CrawlRun(source_id=1, outcome=outcome, items_seen=seen, errors=errors, message=message)


def kinds(runs: list[CrawlRun], last_success: datetime | None = NOW) -> list[str]:
    source = Source(name="seattle", spider="legistar", jurisdiction_id=1)
    source.last_success_at = last_success
    return [f.kind for f in flags_for(ENTRY, source, runs, NOW)]


def test_health_rules() -> None:
    assert kinds([run("succeeded")] * 4) == []
    # Two failures are weather; three in a row are an incident.
    assert kinds([run("failed", message="HTTP 500")] * 2 + [run("succeeded")]) == []
    assert kinds([run("failed", message="HTTP 500")] * 3) == ["failing"]
    # Every six hours: silent once two windows passed since the last success (plus the limit).
    assert kinds([run("succeeded")], last_success=NOW - timedelta(hours=9)) == []
    assert kinds([run("succeeded")], last_success=NOW - timedelta(hours=15)) == ["silent"]
    # A listing that suddenly returns nothing.
    history = [run("succeeded", seen=0)] + [run("succeeded", seen=n) for n in (12, 30, 7)]
    assert kinds(history) == ["items_dropped"]
    assert kinds([run("succeeded", seen=0)] * 4) == []  # a quiet council stays quiet
    # A changed page layout: most items fail validation all of a sudden.
    jump = [run("succeeded", seen=40, errors=25)] + [run("succeeded", seen=40, errors=0)] * 3
    assert kinds(jump) == ["validation_jump"]
    usual = [run("succeeded", seen=40, errors=1)] * 4
    assert kinds(usual) == []


def test_incidents_open_once_and_close(tracker_env, tmp_path, monkeypatch) -> None:
    from tracker.config import engine, load_config
    from tracker.health import check

    monkeypatch.setenv("TRACKER_OPERATOR_EMAIL", "ops@example.org")
    db = engine(load_config())
    with session_scope(db) as session:
        from storage import repository as repo

        jur = repo.ensure_jurisdiction(session, "Seattle, WA", "city", "WA")
        source = repo.ensure_source(session, "seattle", "legistar", jur.id)
        for _ in range(3):
            run_id = repo.start_run(session, source).id
            repo.finish_run(session, run_id, "failed", "HTTP 503")
    assert [f.kind for f in check([ENTRY], now=NOW)["seattle"]] == ["failing"]
    assert [f.kind for f in check([ENTRY], now=NOW)["seattle"]] == ["failing"]
    outbox = list((tracker_env / "outbox").glob("*.eml"))
    assert len(outbox) == 1  # one mail for the incident, however often it is checked
    assert "seattle: failing" in outbox[0].read_text()
    with TestClient(create_app(load_config())) as client:
        page = client.get("/status").text
    assert "failing</strong>" in page and "the last 3 crawls failed" in page
    with session_scope(db) as session:
        run_id = repo.start_run(session, repo.source_by_name(session, "seattle")).id
        repo.finish_run(session, run_id, "succeeded", None)
    assert check([ENTRY], now=NOW)["seattle"] == []
    with session_scope(db) as session:
        assert ops.open_incidents(session) == []


def test_a_run_left_running_by_a_dead_process_is_failed_at_start(any_engine) -> None:
    from storage import repository as repo

    long_ago = datetime.now(UTC) - timedelta(hours=5)
    with session_scope(any_engine) as session:
        jur = repo.ensure_jurisdiction(session, "Seattle, WA", "city", "WA")
        for name in ("dead", "alive"):
            source = repo.ensure_source(session, name, "legistar", jur.id)
            repo.start_run(session, source).started_at = long_ago
    ops.acquire_lease(any_engine, "alive", "node-a:1", timedelta(hours=3))  # still crawling
    with session_scope(any_engine) as session:
        gone = ops.fail_orphaned_runs(session, datetime.now(UTC) - timedelta(hours=1), "gone")
    assert gone == ["dead"]
    with session_scope(any_engine) as session:
        outcomes = {
            s.name: ops.runs_since(session, s.name, 0)[0].outcome
            for s, _ in ops.sources_with_places(session)
        }
    assert outcomes == {"dead": "failed", "alive": "running"}
