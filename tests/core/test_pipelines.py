"""The item pipelines inside a real Scrapy crawler: invalid items are dropped with the reason,
counted as errors and remembered for the next crawl; valid ones are classified and stored."""

from __future__ import annotations

import logging

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler
from sqlmodel import Session, select

from spiders.legistar.spider import LegistarSpider
from storage.models import Measure
from tests.seeding import make_item
from tracker.pipelines import ClassifyPipeline, StorePipeline, ValidatePipeline


def run(crawler, raw: dict):
    bundle = ValidatePipeline.from_crawler(crawler).process_item(raw)
    bundle = ClassifyPipeline.from_crawler(crawler).process_item(bundle)
    store = StorePipeline.from_crawler(crawler)
    store.open_spider()
    return store.process_item(bundle)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"title": "  \x00 "}, "title: Value error, measure has no title"),
        ({"url": "javascript:alert(1)"}, "url: Value error, not an http(s) URL"),
        ({"state": "Illinois"}, "state: String should match pattern"),
        ({"actions": [{"date": "not a date", "description": "Passed"}]}, "actions.0.date"),
        ({"identifier": ""}, "identifier: Value error, must not be empty"),
    ],
)
def test_an_invalid_item_is_dropped_with_its_reason(crawler, change, reason, caplog) -> None:
    with pytest.raises(DropItem, match="invalid item") as dropped:
        run(crawler, make_item(**change))
    assert reason in str(dropped.value)
    stats = crawler.stats
    assert stats.get_value("tracker/errors") == 1
    assert stats.get_value("tracker/items_seen") == 1
    assert crawler.spider.failed_ids == {"1001"}  # asked for again on the next crawl
    from tracker.config import engine

    with Session(engine()) as s:
        assert s.exec(select(Measure)).all() == []


def test_a_valid_item_is_classified_stored_and_counted(crawler) -> None:
    bundle = run(crawler, make_item())
    assert bundle["classification"].relevant
    stats = crawler.stats
    assert stats.get_value("tracker/new") == 1
    assert stats.get_value("tracker/relevant") == 1
    assert stats.get_value("tracker/events") == 1
    assert stats.get_value("tracker/errors") is None
    run(crawler, make_item())
    assert stats.get_value("tracker/new") == 1 and stats.get_value("tracker/events") == 1


def test_dropped_items_are_logged_briefly(crawler, caplog) -> None:
    from tracker.logformat import QuietLogFormatter

    huge = make_item(title="", summary="x" * 1_000_000)
    with pytest.raises(DropItem) as dropped:
        run(crawler, huge)
    entry = QuietLogFormatter().dropped(huge, dropped.value, None, crawler.spider)
    assert len(entry["msg"] % entry["args"]) < 600
    assert entry["level"] == logging.WARNING


def test_crawl_state_moves_the_cursor_only_after_a_complete_listing(tracker_env_any) -> None:
    from storage import repository as repo
    from storage.db import session_scope
    from storage.models import CrawlRun, Source
    from tracker.config import engine
    from tracker.crawlstate import CrawlStateExtension

    def crawl_once(since: str | None, complete: bool, newest: str | None):
        crawler = get_crawler(LegistarSpider)
        args = {"since": since} if since else {}
        spider = LegistarSpider.from_crawler(
            crawler, client="x", jurisdiction="Chicago, IL", level="city", state="IL", **args
        )
        crawler.spider = spider
        ext = CrawlStateExtension(crawler)
        ext.opened(spider)
        seen_cursor = spider.cursor
        spider.listing_complete = complete
        spider.new_cursor = newest
        ext.closed(spider, "finished")
        with Session(engine()) as s:
            source = s.exec(select(Source)).one()
            run = s.exec(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
        return seen_cursor, source.cursor, run

    seen, cursor, run = crawl_once("2020-01-01T00:00:00", True, "2024-05-01T00:00:00")
    assert (seen, cursor, run.outcome) == (
        "2020-01-01T00:00:00",
        "2024-05-01T00:00:00",
        "succeeded",
    )
    # `since` is a floor for the first crawl: the stored cursor, being later, wins afterwards.
    seen, cursor, run = crawl_once("2020-01-01T00:00:00", False, None)
    assert seen == "2024-05-01T00:00:00"
    # A listing that never reached its end is a failed crawl, and the cursor stays.
    assert run.outcome == "failed" and "did not reach its last page" in run.message
    assert cursor == "2024-05-01T00:00:00"
    with session_scope(engine()) as s:
        assert repo.source_by_name(s, "x").last_error == run.message
