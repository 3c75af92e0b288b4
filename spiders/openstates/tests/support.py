"""Shared by the Open States tests: a local server with the Open States API mounted, registries
pointing at it, and the real `tracker crawl` run as a child process."""

from __future__ import annotations

import os
from pathlib import Path

from sqlmodel import Session, select

from localserver.openstates.api import OpenStatesAPI
from localserver.openstates.corpus import STATES, jurisdiction_id
from storage.db import get_engine
from storage.models import ApiUsage, CrawlRun, Event, Measure, MeasureSource, Source
from tests.e2e.crawling import Crawl, run_tracker, source_entry

KEY = "test-key"
FAST = """[sources.settings]
AUTOTHROTTLE_ENABLED = false
DOWNLOAD_DELAY = 0
TRACKER_RETRY_BACKOFF_BASE = 0.05
TRACKER_RETRY_BACKOFF_MAX = 0.5
"""


def entry(api_url: str, code: str, **args: object) -> str:
    fixed = {"api_url": api_url, "jurisdiction_id": jurisdiction_id(code)}
    name = f"openstates-{code.lower()}"
    return source_entry(name, "openstates", STATES[code][0], "state", code, fixed | args, FAST)


def write_registry(path: Path, api_url: str, *codes: str, extra: str = "") -> Path:
    path.write_text("\n".join(entry(api_url, c) for c in codes) + extra)
    return path


def crawl(
    tmp_path: Path,
    registry: Path,
    db_url: str,
    *args: str,
    key: str | None = KEY,
    budget: str = "10/minute,250/day,x30",
) -> Crawl:
    """`tracker crawl` with the key (or without: key=None) and a budget whose clock runs fast."""
    saved = {k: os.environ.get(k) for k in ("OPENSTATES_API_KEY", "TRACKER_BUDGET_OPENSTATES")}
    try:
        os.environ.pop("OPENSTATES_API_KEY", None)
        if key is not None:
            os.environ["OPENSTATES_API_KEY"] = key
        os.environ["TRACKER_BUDGET_OPENSTATES"] = budget
        return run_tracker(tmp_path, registry, db_url, "crawl", *args)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def relevant_bill_ids(api: OpenStatesAPI, code: str) -> list[str]:
    """Bills of CODE whose titles the corpus made immigration-related, oldest change first."""
    wanted = jurisdiction_id(code)
    rows = [b for b in api.bills.values() if b["jurisdiction"]["id"] == wanted]
    return [b["id"] for b in sorted(rows, key=lambda b: b["updated_at"])]


def snapshot(db_url: str) -> dict:
    with Session(get_engine(db_url)) as s:
        return {
            "measures": {m.platform_id: m for m in s.exec(select(Measure))},
            "links": list(s.exec(select(MeasureSource))),
            "events": list(s.exec(select(Event).order_by(Event.id))),
            "sources": {x.name: x for x in s.exec(select(Source))},
            "runs": list(s.exec(select(CrawlRun).order_by(CrawlRun.id))),
            "usage": list(s.exec(select(ApiUsage))),
        }
