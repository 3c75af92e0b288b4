"""Hands each spider its source's cursor and retry list (and, to spiders with a `tracked` attribute,
its relevant measures) before the crawl; records the crawl run and moves the cursor after it, only
when the whole listing arrived and nothing fatal happened. A spider that stopped early on purpose
(a request budget used up) says so in `notice`, recorded as the run's message."""

from __future__ import annotations

import json
import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from storage import repository as repo
from storage.db import session_scope
from tracker.config import engine, load_config

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5  # a matter that fails this many crawls in a row is given up, loudly
COUNTS = ("items_seen", "relevant", "new", "changed", "events", "errors")


class CrawlStateExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.run_id: int | None = None
        self.attempts: dict[str, int] = {}
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_failed, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlStateExtension:
        return cls(crawler)

    def opened(self, spider: Any) -> None:
        with session_scope(engine(load_config())) as session:
            jur = repo.ensure_jurisdiction(
                session,
                spider.jurisdiction,
                spider.level,
                spider.state,
                *(
                    (spider.entry.latitude, spider.entry.longitude)
                    if getattr(spider, "entry", None)
                    else (None, None)
                ),
            )
            source = repo.ensure_source(session, spider.source_name, spider.name, jur.id)
            # A `since` argument is a floor for the first crawl; the stored cursor, once later,
            # wins (ISO timestamps compare as text).
            spider.cursor = max(filter(None, [spider.cursor, source.cursor]), default=None)
            state = json.loads(source.retry_state or "{}")
            self.attempts = {str(k): int(v) for k, v in state.get("attempts", {}).items()}
            spider.retry_ids = sorted(self.attempts)
            if getattr(spider, "wants_known_bills", False):
                # Platforms with per-bill change markers (LegiScan) diff against what is stored.
                spider.known_bills = repo.known_bills(session, source.id)
            if hasattr(spider, "tracked"):
                # Spiders that refresh what is tracked before discovering more are handed it.
                spider.tracked = repo.tracked_by_source(session, spider.source_name)
            if hasattr(spider, "known_hashes"):
                spider.known_hashes = repo.change_hashes(session, source.id)
            self.run_id = repo.start_run(session, source).id
        log.info(
            "%s: crawling since %s; %d matter(s) to retry",
            spider.source_name,
            spider.cursor or "the beginning",
            len(spider.retry_ids),
        )

    def item_failed(self, item: Any, response: Any, spider: Any, failure: Any) -> None:
        """A pipeline raised on an item (a bug, or a database gone): its measures count as
        errors and are asked for again next crawl, so moving the cursor loses none of them."""
        members = item.get("items") if isinstance(item, dict) and "items" in item else [item]
        self.crawler.stats.inc_value("tracker/errors", len(members))
        for member in members:
            platform_id = member.get("platform_id") if isinstance(member, dict) else None
            if platform_id is not None and hasattr(spider, "failed_ids"):
                spider.failed_ids.add(str(platform_id))

    def closed(self, spider: Any, reason: str) -> None:
        stats = self.crawler.stats
        counts = {key: int(stats.get_value(f"tracker/{key}", 0)) for key in COUNTS}
        if reason == "finished" and spider.fatal_error is None and not spider.listing_complete:
            # Nothing failed loudly, yet the listing never reached its end (a request dropped
            # by a middleware, say): not a success, or the cursor would skip what was missed.
            spider.fatal_error = "the listing did not reach its last page"
        ok = reason == "finished" and spider.fatal_error is None
        message = spider.fatal_error or (
            getattr(spider, "notice", None) if reason == "finished" else f"crawl {reason}"
        )
        with session_scope(engine(load_config())) as session:
            if ok:
                attempts = {}
                for platform_id in sorted(spider.failed_ids):
                    tries = self.attempts.get(platform_id, 0) + 1
                    if tries >= MAX_ATTEMPTS:
                        log.error(
                            "%s: giving up on %s after %d failed crawls",
                            spider.source_name,
                            platform_id,
                            tries,
                        )
                        continue
                    attempts[platform_id] = tries
                cursor = spider.new_cursor or spider.cursor
                retry = json.dumps({"attempts": attempts}) if attempts else None
                repo.save_cursor(session, spider.source_name, cursor, retry)
            if self.run_id is not None:
                repo.finish_run(
                    session, self.run_id, "succeeded" if ok else "failed", message, **counts
                )
