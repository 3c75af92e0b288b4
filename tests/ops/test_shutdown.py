"""`tracker run` under systemd or docker: SIGTERM stops it cleanly, with the running crawl
stopped and recorded, and the source's lease given back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from sqlmodel import Session, select

from storage import ops
from storage import repository as repo
from storage.db import get_engine, session_scope
from storage.models import CrawlRun
from tests.ops.helpers import SilentServer, source_block, write_sources
from tracker.config import load_config


def test_sigterm_stops_the_scheduler_and_records_the_running_crawl(tracker_env, tmp_path) -> None:
    db_url = load_config().database_url
    engine = get_engine(db_url)
    with SilentServer() as silent:
        registry = write_sources(
            tmp_path / "sources.toml",
            source_block("stuck", silent.base_url, "stuckville", "*/5 * * * *", "Stuckville, IL"),
        )
        # Its last crawl was due 7 minutes ago: a window passed since, so it crawls at start.
        with session_scope(engine) as session:
            jur = repo.ensure_jurisdiction(session, "Stuckville, IL", "city", "IL")
            source = repo.ensure_source(session, "stuck", "legistar", jur.id)
            run = repo.start_run(session, source)
            run.started_at = datetime.now(UTC) - timedelta(minutes=7)
            repo.finish_run(session, run.id, "succeeded", None)
        env = {**os.environ, "TRACKER_SOURCES": str(registry), "TRACKER_CRAWL_JITTER": "0"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "tracker", "run"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            while ops.lease_holder(engine, "stuck") is None and time.monotonic() < deadline:
                time.sleep(0.2)
            assert ops.lease_holder(engine, "stuck") is not None, "the catch-up crawl never began"
            time.sleep(3)  # the crawl is under way, waiting on a server that never answers
            proc.send_signal(signal.SIGTERM)
            output, _ = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, output
        assert "catching up" in output or "crawling once now" in output
    with Session(engine) as s:
        runs = list(s.exec(select(CrawlRun).order_by(CrawlRun.id)))
    assert [r.outcome for r in runs] == ["succeeded", "failed"]
    assert runs[1].message == "stopped: the scheduler was shut down"
    assert runs[1].finished_at is not None
    assert ops.lease_holder(engine, "stuck") is None
