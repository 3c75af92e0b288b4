"""`tracker run`: every enabled source's crawl on its own cron schedule, the digest sender, the
static feed export, a health sweep, and once a day `tracker subscribers purge`, which forgets
addresses past their retention time (docs/privacy.md); until SIGTERM or Ctrl-C.

The schedule is APScheduler's cron triggers; the loop around them is ours because the run history
lives in the database, not in the scheduler's memory: after downtime, a source whose window was
missed while the scheduler was down crawls once at start (missed windows are coalesced, and ones
older than the grace period are let go), which an in-memory job store cannot know.

- Each crawl is a child process with a time limit (tracker/runner.py) holding the source's lease
  in the database, so two schedulers (two machines) never crawl one source at once.
- Sources on one API host start apart: the n-th of a host is offset by n x TRACKER_HOST_SPACING
  seconds, every crawl gets up to TRACKER_CRAWL_JITTER seconds of random delay, and a host's
  sources take turns within one scheduler.
- SIGTERM (systemd stop, docker stop) ends the loop: running crawls are asked to stop, they
  record themselves, and the process exits 0.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

from tracker.sources import SourceEntry, load_sources

log = logging.getLogger(__name__)

DIGEST_SCHEDULE = os.environ.get("TRACKER_DIGEST_SCHEDULE", "5 * * * *")
HEALTH_SCHEDULE = "*/15 * * * *"
COMMAND_TIME_LIMIT = 3600.0


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name) or default)
    except ValueError:
        return default


def cron_trigger(expr: str, timezone: str = "UTC") -> CronTrigger:
    return CronTrigger.from_crontab(expr, timezone=timezone)


def run_command(*args: str, time_limit: float = COMMAND_TIME_LIMIT) -> int:
    """Run `tracker ARGS` as a child with a time limit; its output goes to our log."""
    command = [sys.executable, "-m", "tracker", *args]
    log.info("running %s", " ".join(args))
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=time_limit
        )
    except subprocess.TimeoutExpired:
        log.error("%s: stopped after its time limit of %.0f s", " ".join(args), time_limit)
        return -1
    for line in (done.stdout + done.stderr).splitlines():
        log.info("  %s", line)
    if done.returncode:
        log.error("%s exited with %d", " ".join(args), done.returncode)
    return done.returncode


@dataclass
class Job:
    id: str
    name: str
    trigger: CronTrigger
    action: Callable[[], object] | None
    entry: SourceEntry | None = None
    host: str | None = None
    offset: timedelta = timedelta(0)
    args: tuple[str, ...] = ()
    # Waits while crawls run: the health sweep judges a source after its crawl, not during it.
    after_crawls: bool = False
    next_run: datetime | None = None
    running: bool = False
    window: datetime | None = None  # the scheduled time the next run stands for
    running_window: datetime | None = None  # the one the running job stands for

    def schedule_after(self, now: datetime, jitter: float) -> None:
        fire = self.trigger.get_next_fire_time(None, now + timedelta(seconds=1))
        self.window = fire
        delay = self.offset + timedelta(seconds=random.uniform(0, jitter) if jitter else 0)
        self.next_run = fire + delay if fire else None


@dataclass
class Scheduler:
    """Jobs on cron triggers, run by a pool of threads (each crawl itself a child process)."""

    jobs: list[Job]
    runner: object | None = None  # the CrawlRunner; its stop() ends running crawls
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    misfire_grace: timedelta = timedelta(hours=1)
    jitter: float = 0.0
    workers: int = 2
    stop_event: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="job")
        self.host_locks: dict[str, threading.Lock] = {}

    def get_jobs(self) -> list[Job]:
        return list(self.jobs)

    def start(self, now: datetime | None = None) -> list[str]:
        """Plan every job's next run from NOW; a crawl whose window passed while nothing ran it
        (downtime) is due at once if that window is within the grace period. Returns the names
        of the sources caught up."""
        from storage import ops
        from storage.db import session_scope
        from tracker.config import engine, load_config
        from tracker.health import time_limit

        now = now or self.clock()
        caught_up = []
        with session_scope(engine(load_config())) as session:
            gone = ops.fail_orphaned_runs(
                session,
                now - timedelta(seconds=time_limit() + 600),
                "interrupted: the process that ran it is gone",
            )
            for name in gone:
                log.warning("%s: a crawl left running by a process that is gone: failed", name)
            for job in self.jobs:
                job.schedule_after(now, self.jitter)
                if job.entry is None:
                    continue
                last = ops.latest_window(session, job.entry.name)
                if last is None:
                    continue
                missed = _last_fire_between(job.trigger, _aware(last), now)
                if missed is None:
                    continue
                if now - missed <= self.misfire_grace:
                    log.warning(
                        "%s: the %s window was missed; crawling once now",
                        job.entry.name,
                        f"{missed:%Y-%m-%d %H:%M}",
                    )
                    job.next_run, job.window = now + job.offset, missed
                    caught_up.append(job.entry.name)
                else:
                    log.warning(
                        "%s: the %s window was missed longer ago than the grace period; next at %s",
                        job.entry.name,
                        f"{missed:%Y-%m-%d %H:%M}",
                        f"{job.next_run:%Y-%m-%d %H:%M}" if job.next_run else "never",
                    )
        return caught_up

    def run_pending(self, now: datetime | None = None, wait: bool = False) -> list[Future]:
        """Start the jobs due at NOW (each once, however many windows passed); WAIT for them."""
        now = now or self.clock()
        started: list[Future] = []
        for job in self.jobs:
            if job.next_run is None or job.next_run > now or job.running:
                continue
            if job.after_crawls and any(j.running for j in self.jobs if j.entry is not None):
                continue  # due again on the next pass, once the crawls are done
            if now - job.next_run > self.misfire_grace:
                log.warning(
                    "%s: missed its run at %s; waiting for the next", job.name, job.next_run
                )
                job.schedule_after(now, self.jitter)
                continue
            job.running = True
            job.running_window = job.window
            job.schedule_after(now, self.jitter)
            started.append(self.pool.submit(self._run, job))
        if wait:
            for future in started:
                future.result()
        return started

    def _run(self, job: Job) -> object:
        lock = self.host_locks.setdefault(job.host, threading.Lock()) if job.host else None
        try:
            if lock is None:
                return job.action()
            with lock:  # sources on one host take turns
                if self.stop_event.is_set():
                    return None
                return job.action()
        except Exception:  # noqa: BLE001 - one job's crash must not stop the scheduler
            log.exception("%s crashed", job.name)
            return None
        finally:
            job.running = False

    def serve(self) -> None:
        """Run until stop() (SIGTERM, SIGINT); then let running jobs finish and return."""
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: self.stop())
        self.start()
        while not self.stop_event.is_set():
            now = self.clock()
            self.run_pending(now)
            upcoming = [j.next_run for j in self.jobs if j.next_run is not None]
            pause = (min(upcoming) - now).total_seconds() if upcoming else 60.0
            self.stop_event.wait(min(max(pause, 0.5), 60.0))
        self.pool.shutdown(wait=True)
        log.info("scheduler stopped")

    def stop(self) -> None:
        if self.stop_event.is_set():
            return
        log.warning("stopping: no new jobs; asking running crawls to stop")
        self.stop_event.set()
        if self.runner is not None:
            self.runner.stop()  # type: ignore[attr-defined]


def _last_fire_between(trigger: CronTrigger, after: datetime, now: datetime) -> datetime | None:
    """The newest fire time of TRIGGER in (AFTER, NOW], or None."""
    fire = trigger.get_next_fire_time(None, after + timedelta(seconds=1))
    last = None
    for _ in range(100_000):
        if fire is None or fire > now:
            break
        last = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return last


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def build_scheduler(
    timezone: str = "UTC",
    runner: object | None = None,
    clock: Callable[[], datetime] | None = None,
    entries: list[SourceEntry] | None = None,
) -> Scheduler:
    """The jobs of `tracker run`: crawls (through RUNNER, default local child processes, or
    Scrapyd nodes when TRACKER_SCRAPYD_URL is set), digests, feeds and the health sweep."""
    from tracker import health
    from tracker.crawl import by_host
    from tracker.runner import CrawlRunner

    clock_ = clock or (lambda: datetime.now(UTC))
    if runner is None:
        dispatcher = None
        if os.environ.get("TRACKER_SCRAPYD_URL"):
            from tracker.scrapyd import ScrapydDispatcher

            dispatcher = ScrapydDispatcher.from_env()
        runner = CrawlRunner(dispatcher=dispatcher, now=clock_)
    enabled = [e for e in (entries if entries is not None else load_sources()) if e.enabled]
    spacing = timedelta(seconds=_env_float("TRACKER_HOST_SPACING", 60))
    jobs: list[Job] = []
    for host, group in by_host(enabled).items():
        for i, entry in enumerate(group):
            jobs.append(
                Job(
                    id=f"crawl:{entry.name}",
                    name=f"crawl {entry.name}",
                    trigger=cron_trigger(entry.schedule, timezone),
                    action=None,  # set below: it needs the job (its window)
                    entry=entry,
                    host=host,
                    offset=spacing * i,
                    args=("crawl", "--source", entry.name),
                )
            )
    for job in jobs:
        job.action = lambda job=job: runner.crawl(job.entry, window=job.running_window)  # type: ignore[attr-defined]
    jobs.append(
        Job(
            "digest",
            "send due digests",
            cron_trigger(DIGEST_SCHEDULE, timezone),
            lambda: run_command("digest", "send"),
            args=("digest", "send"),
        )
    )
    jobs.append(
        Job(
            "subscribers-purge",
            "forget subscribers past the retention time",
            cron_trigger("30 3 * * *", timezone),
            lambda: run_command("subscribers", "purge"),
            args=("subscribers", "purge"),
        )
    )
    feeds_dir = os.environ.get("TRACKER_FEEDS_DIR")
    if feeds_dir:
        jobs.append(
            Job(
                "feeds",
                "export static feeds",
                cron_trigger("*/15 * * * *", timezone),
                lambda: run_command("feeds", "export", feeds_dir),
                args=("feeds", "export", feeds_dir),
            )
        )
    jobs.append(
        Job(
            "health",
            "check sources' health",
            cron_trigger(HEALTH_SCHEDULE, timezone),
            lambda: health.check(enabled, now=clock_()),
            after_crawls=True,
        )
    )
    return Scheduler(
        jobs,
        runner=runner,
        clock=clock_,
        misfire_grace=timedelta(seconds=_env_float("TRACKER_MISFIRE_GRACE", 3600)),
        jitter=_env_float("TRACKER_CRAWL_JITTER", 120),
        workers=int(_env_float("TRACKER_CRAWL_WORKERS", 2)),
    )
