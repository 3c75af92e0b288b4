"""One crawl of one source, run unattended: in a child process of its own, under a time limit,
holding the source's lease so no other process or machine crawls it at the same time.

A crawl that outlives its limit is stopped (SIGTERM, then SIGKILL after a grace period) and its
run is recorded as failed; so is a crawl whose process died before it could record one. After
each crawl the source's health is checked (tracker/health.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from storage import ops
from storage import repository as repo
from storage.db import session_scope
from tracker import health
from tracker.config import engine, load_config
from tracker.sources import SourceEntry

log = logging.getLogger(__name__)

KILL_GRACE = 15.0  # seconds between SIGTERM and SIGKILL for a crawl past its limit


@dataclass
class Outcome:
    source: str
    status: str  # succeeded | failed | skipped (another process holds the lease)
    message: str | None = None
    returncode: int | None = None


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class CrawlRunner:
    """Runs crawls as child processes; `stop()` ends the running ones (SIGTERM to the scheduler)."""

    def __init__(
        self,
        kill_grace: float = KILL_GRACE,
        check_health: bool = True,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        dispatcher: object | None = None,
    ) -> None:
        self.kill_grace = kill_grace
        self.check_health = check_health
        self.now = now
        self.dispatcher = dispatcher  # a ScrapydDispatcher, or None for local processes
        self.children: set[subprocess.Popen] = set()
        self.stopping = threading.Event()
        self._lock = threading.Lock()

    def crawl(self, entry: SourceEntry, window: datetime | None = None) -> Outcome:
        """Crawl ENTRY once; WINDOW is the scheduled time this crawl stands for (kept in the
        run history, so a restart knows which windows were served)."""
        limit = health.entry_time_limit(entry)
        db = engine(load_config())
        holder = holder_id()
        with session_scope(db) as session:
            jur = repo.ensure_jurisdiction(
                session, entry.jurisdiction, entry.level, entry.state, entry.latitude,
                entry.longitude,
            )  # fmt: skip
            repo.ensure_source(session, entry.name, entry.spider, jur.id)  # type: ignore[arg-type]
            first_run = ops.max_run_id(session) + 1
        ttl = timedelta(seconds=limit + self.kill_grace + 60)
        if not ops.acquire_lease(db, entry.name, holder, ttl):
            who = ops.lease_holder(db, entry.name)
            log.warning("%s: skipped, a crawl of it is already running (%s)", entry.name, who)
            return Outcome(entry.name, "skipped", f"already running ({who})")
        started = datetime.now(UTC)
        try:
            if self.dispatcher is not None:
                outcome = self.dispatcher.crawl(entry, limit, first_run)  # type: ignore[attr-defined]
            else:
                outcome = self._local(entry, limit, first_run, started)
            if window is not None:
                with session_scope(db) as session:
                    ops.set_window(session, entry.name, first_run, window)
        finally:
            ops.release_lease(db, entry.name, holder)
        if self.check_health:
            try:
                health.check([entry], now=self.now())
            except Exception:  # noqa: BLE001 - a health check must never stop the scheduler
                log.exception("%s: health check failed", entry.name)
        return outcome

    def _local(
        self, entry: SourceEntry, limit: float, first_run: int, started: datetime
    ) -> Outcome:
        command = [sys.executable, "-m", "tracker", "crawl", "--source", entry.name]
        log.info("%s: crawling (time limit %.0f s)", entry.name, limit)
        proc = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own process group: stopping it stops its children
        )
        with self._lock:
            self.children.add(proc)
        message: str | None = None
        try:
            try:
                output, _ = proc.communicate(timeout=limit)
            except subprocess.TimeoutExpired:
                message = f"stopped: still running after its time limit of {limit:.0f} s"
                log.error("%s: %s", entry.name, message)
                output = self._end(proc)
            if self.stopping.is_set() and message is None and proc.returncode != 0:
                message = "stopped: the scheduler was shut down"
        finally:
            with self._lock:
                self.children.discard(proc)
        for line in (output or "").splitlines():
            log.info("  %s: %s", entry.name, line)
        with session_scope(engine(load_config())) as session:
            if message:
                if not ops.fail_running(session, entry.name, first_run, message, "local"):
                    ops.record_failed_run(session, entry.name, message, "local", started)
            elif not ops.runs_since(session, entry.name, first_run):
                message = f"the crawl process exited with {proc.returncode} before it started"
                ops.record_failed_run(session, entry.name, message, "local", started)
            elif any(
                r.outcome == "running" for r in ops.runs_since(session, entry.name, first_run)
            ):
                message = f"the crawl process exited with {proc.returncode} without finishing"
                ops.fail_running(session, entry.name, first_run, message, "local")
            ops.set_node(session, entry.name, first_run, "local")
            runs = ops.runs_since(session, entry.name, first_run)
            status = runs[-1].outcome if runs else "failed"
            message = message or (runs[-1].message if runs else None)
        return Outcome(entry.name, status, message, proc.returncode)

    def _end(self, proc: subprocess.Popen) -> str:
        """SIGTERM the crawl's process group (Scrapy closes the spider), SIGKILL if it lingers."""
        out = ""
        for sig, wait in ((signal.SIGTERM, self.kill_grace), (signal.SIGKILL, None)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, sig)
            try:
                more, _ = proc.communicate(timeout=wait)
                return out + (more or "")
            except subprocess.TimeoutExpired:
                continue
        return out

    def stop(self) -> None:
        """Ask every running crawl to stop (they record themselves as failed, 'shutdown')."""
        self.stopping.set()
        if self.dispatcher is not None:
            self.dispatcher.stop()  # type: ignore[attr-defined]
        with self._lock:
            children = list(self.children)
        for proc in children:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            # A crawl that does not stop within the grace period is killed.
            timer = threading.Timer(self.kill_grace, self._kill, args=(proc,))
            timer.daemon = True
            timer.start()

    @staticmethod
    def _kill(proc: subprocess.Popen) -> None:
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
