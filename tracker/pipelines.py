"""Item pipelines: validate ▶ classify ▶ store. Each step either passes the item on or drops it
with a logged reason that counts as a crawl error; nothing half-formed reaches the database."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import SQLAlchemyError

from tracker.batching import BATCH_KIND
from tracker.classify import Classification, classify
from tracker.config import engine, load_config
from tracker.items import BillItem, HearingsItem, InvalidItem, validate_item
from tracker.store import Store, StoreResult

log = logging.getLogger(__name__)


class _Pipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Any:
        return cls(crawler)

    def fail(self, message: str, platform_id: str | None) -> DropItem:
        """Count the error and remember the measure, so the next crawl asks for it again."""
        self.stats.inc_value("tracker/errors")
        spider = self.crawler.spider
        if platform_id is not None and hasattr(spider, "failed_ids"):
            spider.failed_ids.add(platform_id)
        return DropItem(message)


class ValidatePipeline(_Pipeline):
    def process_item(self, item: Any) -> dict[str, Any]:
        raw = dict(item)
        if raw.get("kind") == BATCH_KIND:
            # Plain measures grouped by tracker.batching: each is validated, counted and, if
            # invalid, dropped on its own, as if it had come alone.
            valid = [self.member(member) for member in raw.get("items") or []]
            return {"items": [v for v in valid if v is not None]}
        if raw.get("kind") != "hearings":
            self.stats.inc_value("tracker/items_seen")
        try:
            return {"item": validate_item(raw)}
        except InvalidItem as exc:
            raise self.fail(str(exc), raw.get("platform_id")) from None

    def member(self, raw: Any) -> BillItem | None:
        self.stats.inc_value("tracker/items_seen")
        try:
            item = validate_item(dict(raw))
        except InvalidItem as exc:
            self.fail(str(exc), (raw or {}).get("platform_id"))
            log.warning("Dropped: %s", str(exc)[:500])
            return None
        if isinstance(item, HearingsItem):  # batching never groups these; be safe anyway
            self.fail("hearings inside a batch of measures", None)
            return None
        return item


class ClassifyPipeline(_Pipeline):
    def process_item(self, bundle: dict[str, Any]) -> dict[str, Any]:
        if "items" in bundle:
            bundle["pairs"] = [(item, self.decide(item)) for item in bundle["items"]]
            return bundle
        item = bundle["item"]
        if isinstance(item, HearingsItem):
            return bundle  # hearings attach to a measure already classified
        bundle["classification"] = self.decide(item)
        return bundle

    @staticmethod
    def decide(item: BillItem) -> Classification:
        return classify(item.title, item.summary, item.full_text, item.jurisdiction, item.level)


class StorePipeline(_Pipeline):
    """Stores items. Unrelated measures without a history (most of a first crawl) wait in a
    batch written in one transaction; anything that can make events is written at once, after
    the batch, so events stay in crawl order and never wait."""

    BATCH = 500

    def open_spider(self) -> None:
        self.store = Store(engine(load_config()))
        self.batch: list[tuple[BillItem, Classification]] = []

    def close_spider(self) -> None:
        # Runs before the crawl-state extension records the run and moves the cursor.
        self.flush()

    def process_item(self, bundle: dict[str, Any]) -> dict[str, Any]:
        if "pairs" in bundle:
            for item, classification in bundle["pairs"]:
                self.add(item, classification)
            return {"stored": len(bundle["pairs"])}  # the items themselves are not kept
        item = bundle["item"]
        if isinstance(item, HearingsItem):
            self.flush()
            self.stats.inc_value("tracker/events", self.store.store_hearings(item))
            return bundle
        self.add(item, bundle["classification"])
        return bundle

    def add(self, item: BillItem, classification: Classification) -> None:
        if classification.relevant:
            self.stats.inc_value("tracker/relevant")
        self.batch.append((item, classification))
        if len(self.batch) >= self.BATCH or classification.relevant:
            self.flush()

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        if not batch:
            return
        try:
            results = self.store.store_many(batch)
        except SQLAlchemyError:
            # One bad row must not sink the rest: store them one by one, failing alone.
            log.warning("a batch of %d items failed; storing them one by one", len(batch))
            for item, classification in batch:
                try:
                    self.count(self.store.store(item, classification))
                except SQLAlchemyError as exc:
                    log.exception("storing %s failed", item.identifier)
                    self.fail(
                        f"{item.identifier}: not stored ({exc.__class__.__name__})",
                        item.platform_id,
                    )
            return
        for result in results:
            self.count(result)

    def count(self, result: StoreResult) -> None:
        self.stats.inc_value("tracker/new", int(result.new))
        self.stats.inc_value("tracker/changed", int(result.changed))
        self.stats.inc_value("tracker/events", result.events)
