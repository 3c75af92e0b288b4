"""Plain measures travel through Scrapy as one item per group (tracker/batching.py), yet each is
validated, counted, stored and, when broken, dropped on its own, in the spider's order."""

from __future__ import annotations

import logging

from scrapy import Request, signals
from sqlmodel import Session, select
from twisted.python.failure import Failure

from storage.models import Measure
from tests.seeding import make_item
from tracker.batching import BATCH_KIND, BatchPlainItemsMiddleware, batch_item
from tracker.config import engine
from tracker.crawlstate import CrawlStateExtension
from tracker.logformat import QuietLogFormatter
from tracker.pipelines import ClassifyPipeline, StorePipeline, ValidatePipeline


def plain(n: int) -> dict:
    return make_item(
        identifier=f"O2026-{n}",
        platform_id=str(n),
        title=f"Sidewalk café permit {n}",
        summary=None,
        actions=None,
    )


def run(crawler, raw: dict) -> StorePipeline:
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    bundle = ValidatePipeline.from_crawler(crawler).process_item(raw)
    store.process_item(ClassifyPipeline.from_crawler(crawler).process_item(bundle))
    store.close_spider()
    return store


def test_a_broken_measure_in_a_batch_is_dropped_alone(crawler, caplog) -> None:
    broken = {**plain(2), "title": "  \x00 "}
    with caplog.at_level(logging.WARNING):
        run(crawler, batch_item([plain(1), broken, plain(3)]))
    stats = crawler.stats
    assert stats.get_value("tracker/items_seen") == 3
    assert stats.get_value("tracker/new") == 2
    assert stats.get_value("tracker/errors") == 1
    assert crawler.spider.failed_ids == {"2"}  # asked for again on the next crawl
    assert "O2026-2" in caplog.text and "measure has no title" in caplog.text
    with Session(engine()) as s:
        assert sorted(m.identifier for m in s.exec(select(Measure))) == ["O2026-1", "O2026-3"]


def test_a_relevant_measure_in_a_batch_is_announced(crawler) -> None:
    run(crawler, batch_item([plain(1), make_item(actions=None), plain(3)]))
    stats = crawler.stats
    assert stats.get_value("tracker/relevant") == 1
    assert stats.get_value("tracker/events") == 1
    assert stats.get_value("tracker/new") == 3


def outputs(size: int, result: list) -> list:
    return list(BatchPlainItemsMiddleware(size).process_spider_output(None, result))


def test_plain_measures_are_grouped_and_items_keep_their_order() -> None:
    request = Request("https://example.org/next")
    history = make_item(identifier="O2026-9")  # carries its actions: passes alone
    hearings = {"kind": "hearings", "platform_id": "9"}
    got = outputs(2, [plain(1), request, plain(2), plain(3), plain(4), history, hearings, plain(5)])
    shapes = [
        ("request",)
        if isinstance(o, Request)
        else (o["kind"], *[m["identifier"] for m in o["items"]])
        if o.get("kind") == BATCH_KIND
        else (o.get("kind") or o["identifier"],)
        for o in got
    ]
    assert shapes == [
        ("request",),  # requests are not held back
        ("batch", "O2026-1", "O2026-2"),  # a full group goes at once
        ("batch", "O2026-3", "O2026-4"),
        ("O2026-9",),  # items keep the spider's order
        ("hearings",),
        ("batch", "O2026-5"),  # what is left goes when the callback ends
    ]


def test_grouping_can_be_turned_off() -> None:
    items = [plain(1), plain(2)]
    assert outputs(1, items) == items


def test_a_pipeline_failure_on_a_batch_loses_none_of_its_measures(crawler) -> None:
    """A bug or a lost database while a batch is processed: every measure in it counts as an
    error and is asked for again, so the cursor moving on misses none of them."""
    extension = CrawlStateExtension(crawler)  # signals hold it weakly: keep it alive
    batch = batch_item([plain(1), plain(2)])
    crawler.signals.send_catch_log(
        signal=signals.item_error,
        item=batch,
        response=None,
        spider=crawler.spider,
        failure=Failure(RuntimeError("database went away")),
    )
    assert crawler.stats.get_value("tracker/errors") == 2
    assert crawler.spider.failed_ids == {"1", "2"}
    del extension
    entry = QuietLogFormatter().item_error(batch, RuntimeError(), None, crawler.spider)
    assert entry["msg"] % entry["args"] == "Error processing a batch of 2 measures"
