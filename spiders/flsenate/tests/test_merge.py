"""Florida's official item and Open States' report of the same bill are one measure: the
official title and history lead, the aggregator's extra action merges in."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from spiders.flsenate.spider import FloridaSpider
from tests.merging import aggregator_item, assert_one_measure
from tests.seeding import store_raw

RESPONSES = Path(__file__).with_name("responses")
SITE = "https://www.flsenate.gov"


def official_item() -> dict:
    """SB 1718 as the spider reads the recorded list and bill pages."""
    crawler = get_crawler(FloridaSpider)
    spider = FloridaSpider.from_crawler(crawler, source="official-fl", session="2026")
    spider._triage = lambda title, summary: "candidate" if "Immigration" in title else "no"

    def page(name: str, url: str) -> HtmlResponse:
        body = (RESPONSES / name).read_bytes()
        return HtmlResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))

    listing = spider.parse_list(page("bills_2026_page1.html", f"{SITE}/Session/Bills/2026"), 1)
    (request,) = [r for r in listing if isinstance(r, scrapy.Request) and "1718" in r.url]
    (text,) = spider.parse_bill(
        page("bill_2026_1718.html", request.url), request.cb_kwargs["item"], "2026/1718"
    )
    (item,) = spider.parse_page_text(
        page("bill_2026_1718_text_c1.html", text.url), text.cb_kwargs["item"]
    )
    return item


def test_official_and_aggregator_make_one_measure(any_engine) -> None:
    official = official_item()
    # Open States' own spelling of the bill and session, its vocabulary and shorter title, the
    # state's action text, and one action the official page lacks.
    copy = aggregator_item(
        official,
        {
            "date": "2026-01-02",
            "actor": "Senate",
            "description": "Bill Analysis and Fiscal Impact Statement posted",
            "classification": [],
        },
        source="openstates-fl",
        session="2026 Regular Session",
        identifier="SB1718",
        platform_id="ocd-bill/7d1c2a35-0000-4000-8000-000000001718",
        title="Immigration",
    )
    store_raw(any_engine, official, copy)
    assert_one_measure(
        any_engine,
        official,
        key=("2026", "SB 1718"),
        title="Immigration Enforcement",
        links=[("2026", "SB 1718", 10), ("2026 Regular Session", "SB1718", 50)],
        extra_on="2026-01-02",
        status="enacted",
    )
