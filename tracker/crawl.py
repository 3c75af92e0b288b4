"""`tracker crawl`: run the registry's sources through Scrapy in one process and report on each."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from storage import repository as repo
from storage.db import session_scope
from tracker.config import engine, load_config
from tracker.sources import RegistryError, SourceEntry, load_sources, missing_env

log = logging.getLogger(__name__)


@dataclass
class CrawlReport:
    source: str
    ok: bool
    items_seen: int = 0
    relevant: int = 0
    new: int = 0
    changed: int = 0
    events: int = 0
    errors: int = 0
    message: str | None = None
    skipped: bool = False

    def summary_line(self) -> str:
        if self.skipped:
            return f"{self.source}: skipped ({self.message})"
        verdict = "ok" if self.ok else "FAILED"
        line = (
            f"{self.source}: {verdict}: {self.items_seen} seen, {self.relevant} relevant, "
            f"{self.new} new, {self.changed} changed, {self.events} events, {self.errors} errors"
        )
        return f"{line} ({self.message})" if self.message else line


def select_sources(names: list[str] | None) -> list[SourceEntry]:
    entries = load_sources()
    if not names:
        return [e for e in entries if e.enabled]
    by_name = {e.name: e for e in entries}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        known = ", ".join(sorted(by_name)) or "none"
        raise RegistryError(f"unknown source(s): {', '.join(unknown)}; known: {known}")
    return [by_name[n] for n in names]


def by_host(entries: list[SourceEntry]) -> dict[str, list[SourceEntry]]:
    """Sources grouped by the host their spider talks to, in registry order."""
    groups: dict[str, list[SourceEntry]] = {}
    for entry in entries:
        url = str(entry.args.get("api_url") or entry.args.get("base_url") or entry.spider)
        groups.setdefault(urlsplit(url).netloc or url, []).append(entry)
    return groups


def scrapy_settings(log_level: str | None = None):  # noqa: ANN201 - scrapy Settings
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "tracker.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if log_level:
        settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if os.environ.get("TRACKER_HTTP_CACHE") == "1":
        settings.set("HTTPCACHE_ENABLED", True, priority="cmdline")
        settings.set("HTTPCACHE_DIR", str(load_config().data_dir / "httpcache"), priority="cmdline")
    return settings


def run_crawls(
    names: list[str] | None = None,
    echo: Callable[[str], None] = print,
    log_level: str | None = None,
) -> list[CrawlReport]:
    """Crawl the named sources (all enabled ones when none); one report each.

    Runs Scrapy's reactor, which can start once per process: call it once per process.
    """
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from twisted.internet.defer import inlineCallbacks

    entries = select_sources(names)
    if not entries:
        echo("No sources to crawl.")
        return []
    # Logging goes through the root logger the caller configured (the CLI's --verbose).
    settings = scrapy_settings(log_level or logging.getLevelName(logging.getLogger().level))
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    process = CrawlerProcess(settings)
    skipped = {}
    for entry in entries:
        try:
            spidercls = process.spider_loader.load(entry.spider)
        except KeyError:
            spidercls = None  # an unknown spider fails below, in its own report
        # An API key the platform needs (its spider's `requires_env`) or a token the entry
        # names (`token_env = ...`) that the operator has not set: not a failure.
        missing = spider_env(spidercls) + [
            v for v in missing_env(entry) if v not in spider_env(spidercls)
        ]
        if missing:
            # A keyed platform without its key: nothing to crawl, nothing stored, not a failure.
            skipped[entry.name] = f"set {' and '.join(missing)} to crawl it"
            echo(f"{entry.name}: skipped: {skipped[entry.name]}")
    crawled = [e for e in entries if e.name not in skipped]
    last_runs = _last_run_ids([e.name for e in crawled])

    def crawler_for(entry: SourceEntry):  # noqa: ANN202 - scrapy Crawler
        spidercls = process.spider_loader.load(entry.spider)
        crawler = process.create_crawler(spidercls)
        if entry.settings:
            crawler.settings.setdict(entry.settings, priority="spider")

        def opened(spider) -> None:  # noqa: ANN001
            echo(f"{entry.name}: crawling {entry.jurisdiction} ({entry.spider})")

        def closed(spider, reason) -> None:  # noqa: ANN001
            stats = spider.crawler.stats
            echo(
                f"{entry.name}: {reason}, {stats.get_value('tracker/items_seen', 0)} measures "
                f"seen since {spider.cursor or 'the beginning'}"
            )

        crawler.signals.connect(opened, signal=signals.spider_opened)
        crawler.signals.connect(closed, signal=signals.spider_closed)
        return crawler

    @inlineCallbacks
    def one_after_another(group: list[SourceEntry]):  # noqa: ANN202 - a Deferred
        # Sources on one API host (every Legistar client is on webapi.legistar.com) take turns,
        # so the host sees one polite crawler at a time; other hosts go on in parallel.
        for entry in group:
            try:
                yield process.crawl(crawler_for(entry), source=entry.name)
            except Exception:  # noqa: BLE001 - one source's crash must not stop the others
                log.exception("%s: the crawl crashed", entry.name)

    for group in by_host(crawled).values():
        one_after_another(group)
    if crawled:
        process.start()
    return [
        CrawlReport(e.name, ok=True, skipped=True, message=skipped[e.name])
        if e.name in skipped
        else _report(e.name, last_runs.get(e.name))
        for e in entries
    ]


def spider_env(spidercls: type | None) -> list[str]:
    """The environment variables a spider needs (its `requires_env`, API keys) that are unset."""
    return [name for name in getattr(spidercls, "requires_env", ()) if not os.environ.get(name)]


def _last_run_ids(names: list[str]) -> dict[str, int]:
    with session_scope(engine(load_config())) as session:
        return {name: run.id for name, run in repo.latest_runs(session, names).items()}


def _report(name: str, previous_run: int | None) -> CrawlReport:
    with session_scope(engine(load_config())) as session:
        run = repo.latest_runs(session, [name]).get(name)
    if run is None or (previous_run is not None and run.id <= previous_run):
        return CrawlReport(name, ok=False, message="the crawl did not start (see the log)")
    return CrawlReport(
        source=name,
        ok=run.outcome == "succeeded",
        items_seen=run.items_seen,
        relevant=run.relevant,
        new=run.new,
        changed=run.changed,
        events=run.events,
        errors=run.errors,
        message=run.message,
    )
