"""Crawls past one machine: with TRACKER_SCRAPYD_URL set, `tracker run` hands each crawl to one of
the Scrapyd nodes (comma-separated URLs) through Scrapyd's HTTP API instead of a local process.

The project is deployed to every node first (`scrapyd-deploy`, see docs/scaling.md). A node runs
`scrapy crawl <spider> -a source=<name>` with the project's own pipelines and extensions, so
items are validated, classified and stored, and the run is recorded, in the same database (the
node's TRACKER_DATABASE_URL and TRACKER_SOURCES must be the scheduler's). The dispatcher picks
the node with the fewest pending and running jobs, polls `listjobs.json` until the job finishes,
cancels it past its time limit, and notes where it ran in the run history.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from datetime import UTC, datetime

import httpx

from storage import ops
from storage.db import session_scope
from tracker.config import engine, load_config
from tracker.sources import SourceEntry

log = logging.getLogger(__name__)

PROJECT = "tracker"
POLL_SECONDS = 5.0


class ScrapydError(RuntimeError):
    """A node refused or could not be reached; the message names it."""


class ScrapydDispatcher:
    def __init__(
        self,
        nodes: list[str],
        project: str = PROJECT,
        poll: float = POLL_SECONDS,
        timeout: float = 30.0,
    ) -> None:
        if not nodes:
            raise ValueError("TRACKER_SCRAPYD_URL names no Scrapyd node")
        self.nodes = [n.rstrip("/") for n in nodes]
        self.project = project
        self.poll = poll
        self.http = httpx.Client(timeout=timeout)
        self._turn = itertools.cycle(range(len(self.nodes)))
        self._lock = threading.Lock()
        self.stopping = threading.Event()

    def stop(self) -> None:
        """The scheduler is shutting down: cancel the jobs being waited for."""
        self.stopping.set()

    @classmethod
    def from_env(cls) -> ScrapydDispatcher:
        urls = os.environ.get("TRACKER_SCRAPYD_URL", "")
        return cls([u.strip() for u in urls.split(",") if u.strip()])

    # --- the HTTP API -----------------------------------------------------------------------

    def _call(self, method: str, node: str, endpoint: str, **kwargs: object) -> dict:
        try:
            response = self.http.request(method, f"{node}/{endpoint}", **kwargs)  # type: ignore[arg-type]
            data = response.json()
        except (httpx.HTTPError, ValueError) as exc:
            raise ScrapydError(f"Scrapyd at {node}: {endpoint} failed: {exc}") from exc
        if data.get("status") != "ok":
            raise ScrapydError(f"Scrapyd at {node}: {endpoint}: {data.get('message', data)}")
        return data

    def load(self, node: str) -> int:
        """Pending plus running jobs on NODE (a node that does not answer counts as full)."""
        try:
            status = self._call("GET", node, "daemonstatus.json")
        except ScrapydError as exc:
            log.warning("%s", exc)
            return 1_000_000
        return int(status.get("pending", 0)) + int(status.get("running", 0))

    def pick_node(self) -> str:
        """The least loaded node; ties go round the nodes in turn."""
        with self._lock:
            start = next(self._turn)
        order = self.nodes[start:] + self.nodes[:start]
        return min(order, key=self.load)

    def schedule(self, node: str, entry: SourceEntry) -> str:
        settings = [f"{key}={value}" for key, value in entry.settings.items()]
        data = self._call(
            "POST",
            node,
            "schedule.json",
            data={
                "project": self.project,
                "spider": entry.spider,
                "source": entry.name,
                "setting": settings,
            },
        )
        return str(data["jobid"])

    def job_state(self, node: str, job: str) -> str | None:
        """pending | running | finished, or None when the node does not know the job."""
        data = self._call("GET", node, "listjobs.json", params={"project": self.project})
        for state in ("pending", "running", "finished"):
            if any(j.get("id") == job for j in data.get(state, [])):
                return state
        return None

    def cancel(self, node: str, job: str, grace: float = 15.0) -> None:
        """Stop JOB: SIGTERM (Scrapy closes the spider), SIGKILL if it has not ended within
        GRACE seconds; wait until it has ended, so what the crawl records as it closes comes
        before what the dispatcher records after it."""
        try:
            for signal_name in ("TERM", "KILL"):
                self._call(
                    "POST",
                    node,
                    "cancel.json",
                    data={"project": self.project, "job": job, "signal": signal_name},
                )
                deadline = time.monotonic() + grace
                while time.monotonic() < deadline:
                    if self.job_state(node, job) in ("finished", None):
                        return
                    time.sleep(min(self.poll, 1.0))
        except ScrapydError as exc:
            log.error("%s", exc)

    # --- one crawl --------------------------------------------------------------------------

    def crawl(self, entry: SourceEntry, limit: float, first_run: int):  # noqa: ANN201 - Outcome
        """Run ENTRY's crawl on a node and wait for it; record what the node could not."""
        from tracker.runner import Outcome

        started = datetime.now(UTC)
        message: str | None = None
        node = job = None
        try:
            node = self.pick_node()
            job = self.schedule(node, entry)
            where = f"scrapyd {node} {job}"
            log.info("%s: dispatched to %s", entry.name, where)
            deadline = time.monotonic() + limit
            while True:
                state = self.job_state(node, job)
                if state == "finished":
                    break
                if state is None:
                    message = f"Scrapyd at {node} lost job {job}"
                    break
                if time.monotonic() > deadline:
                    message = f"stopped: still running after its time limit of {limit:.0f} s"
                    self.cancel(node, job)
                    break
                if self.stopping.wait(self.poll):
                    message = "stopped: the scheduler was shut down"
                    self.cancel(node, job)
                    break
        except ScrapydError as exc:
            message = str(exc)
        where = f"scrapyd {node} {job}" if job else f"scrapyd {node or '-'}"
        with session_scope(engine(load_config())) as session:
            runs = ops.runs_since(session, entry.name, first_run)
            if message:
                if not ops.fail_running(session, entry.name, first_run, message, where):
                    ops.record_failed_run(session, entry.name, message, where, started)
            elif not runs:
                message = f"job {job} on {node} finished without recording a crawl (see its log)"
                ops.record_failed_run(session, entry.name, message, where, started)
            elif any(r.outcome == "running" for r in runs):
                message = f"job {job} on {node} ended without finishing its crawl (see its log)"
                ops.fail_running(session, entry.name, first_run, message, where)
            ops.set_node(session, entry.name, first_run, where)
            runs = ops.runs_since(session, entry.name, first_run)
            status = runs[-1].outcome if runs else "failed"
            message = message or (runs[-1].message if runs else None)
        if message and status == "failed":
            log.error("%s: %s", entry.name, message)
        return Outcome(entry.name, status, message)
