"""`tracker run`: APScheduler runs each source's crawl on its own cron schedule, the digest
sender every hour (it knows itself which digests are due), and once a day `tracker subscribers
purge`, which forgets addresses past their retention time (docs/privacy.md).

Each job runs the `tracker` command in a child process: Scrapy's reactor starts once per process,
and a crash or a leak in one crawl cannot take the scheduler down.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.cron import CronTrigger

from tracker.sources import load_sources

log = logging.getLogger(__name__)

DIGEST_SCHEDULE = os.environ.get("TRACKER_DIGEST_SCHEDULE", "5 * * * *")


def run_command(*args: str) -> int:
    """Run `tracker ARGS` as a child; its output goes to our log."""
    command = [sys.executable, "-m", "tracker", *args]
    log.info("running %s", " ".join(args))
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    for line in (done.stdout + done.stderr).splitlines():
        log.info("  %s", line)
    if done.returncode:
        log.error("%s exited with %d", " ".join(args), done.returncode)
    return done.returncode


def build_scheduler(timezone: str = "UTC") -> BlockingScheduler:
    scheduler = BlockingScheduler(timezone=timezone)
    defaults = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 3600}
    for entry in load_sources():
        if not entry.enabled:
            continue
        scheduler.add_job(
            run_command,
            CronTrigger.from_crontab(entry.schedule, timezone=timezone),
            args=("crawl", "--source", entry.name),
            id=f"crawl:{entry.name}",
            name=f"crawl {entry.name}",
            **defaults,
        )
    scheduler.add_job(
        run_command,
        CronTrigger.from_crontab(DIGEST_SCHEDULE, timezone=timezone),
        args=("digest", "send"),
        id="digest",
        name="send due digests",
        **defaults,
    )
    scheduler.add_job(
        run_command,
        CronTrigger.from_crontab("30 3 * * *", timezone=timezone),
        args=("subscribers", "purge"),
        id="subscribers-purge",
        name="forget subscribers past the retention time",
        **defaults,
    )
    feeds_dir = os.environ.get("TRACKER_FEEDS_DIR")
    if feeds_dir:
        scheduler.add_job(
            run_command,
            CronTrigger.from_crontab("*/15 * * * *", timezone=timezone),
            args=("feeds", "export", feeds_dir),
            id="feeds",
            name="export static feeds",
            **defaults,
        )
    return scheduler
