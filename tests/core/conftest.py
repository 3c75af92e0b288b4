"""Fixtures shared by the pipeline and batching tests."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from spiders.legistar.spider import LegistarSpider


@pytest.fixture
def crawler(tracker_env_any):
    """A crawler with a Legistar spider for Chicago, as the item pipelines see one in a crawl."""
    crawler = get_crawler(LegistarSpider)
    crawler.spider = LegistarSpider.from_crawler(
        crawler, client="chicago", jurisdiction="Chicago, IL", level="city", state="IL"
    )
    return crawler
