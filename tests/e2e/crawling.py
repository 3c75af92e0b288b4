"""Helpers for end-to-end crawls: a registry pointing at a local Legistar mirror, and the real
`tracker crawl` command run as a child process (Scrapy's reactor starts once per process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from storage.db import get_engine
from storage.models import Action, CrawlRun, Event, Hearing, Measure, MeasureSource, Source

FAST_SETTINGS = """
[sources.settings]
AUTOTHROTTLE_ENABLED = false
DOWNLOAD_DELAY = 0
CONCURRENT_REQUESTS_PER_DOMAIN = 8
TRACKER_RETRY_BACKOFF_BASE = 0.05
TRACKER_RETRY_BACKOFF_MAX = 1.5
"""


def toml_value(value: object) -> str:
    """A registry argument as TOML: booleans, numbers, strings and lists of them."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return json.dumps(str(value))  # a TOML basic string is a JSON string


def source_entry(
    name: str,
    spider: str,
    jurisdiction: str,
    level: str,
    state: str,
    args: dict[str, object],
    settings: str = FAST_SETTINGS,
) -> str:
    """One [[sources]] entry of a test registry: its ARGS, then SETTINGS (fast by default)."""
    lines = "".join(f"{key} = {toml_value(value)}\n" for key, value in args.items())
    return (
        f"[[sources]]\nname = {toml_value(name)}\nspider = {toml_value(spider)}\n"
        f"jurisdiction = {toml_value(jurisdiction)}\nlevel = {toml_value(level)}\n"
        f"state = {toml_value(state)}\n[sources.args]\n{lines}{settings}"
    )


def write_registry(
    path: Path, base_url: str, client: str, name: str = "testville", **args: object
) -> Path:
    """A registry of one Legistar client on the local mirror."""
    fixed = {
        "client": client,
        "api_url": base_url,
        "web_url": f"https://{client}.legistar.com",
        "timezone": "America/Chicago",
    }
    path.write_text(source_entry(name, "legistar", "Testville, IL", "city", "IL", fixed | args))
    return path


@dataclass
class Crawl:
    returncode: int
    stdout: str
    stderr: str


def run_tracker(
    env_dir: Path, registry: Path, db_url: str, *args: str, timeout: int = 300
) -> Crawl:
    env = {
        **os.environ,
        "TRACKER_SOURCES": str(registry),
        "TRACKER_DATABASE_URL": db_url,
        "TRACKER_DATA_DIR": str(env_dir),
    }
    done = subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return Crawl(done.returncode, done.stdout, done.stderr)


def snapshot(db_url: str, by: str = "platform_id") -> dict[str, Any]:
    """What a crawl left in the database of a one-source test: measures keyed by BY
    ("platform_id" or "identifier"), and events, actions, hearings, source links and runs in
    the order they were written."""
    with Session(get_engine(db_url)) as s:
        return {
            "measures": {getattr(m, by): m for m in s.exec(select(Measure))},
            "events": list(s.exec(select(Event).order_by(Event.id))),
            "actions": list(s.exec(select(Action).order_by(Action.id))),
            "hearings": list(s.exec(select(Hearing).order_by(Hearing.id))),
            "links": list(s.exec(select(MeasureSource).order_by(MeasureSource.id))),
            "source": s.exec(select(Source)).one(),
            "runs": list(s.exec(select(CrawlRun).order_by(CrawlRun.id))),
        }
