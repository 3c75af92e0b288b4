"""Arizona's official item and Open States' report of the same bill are one measure: the
official title and history lead, the aggregator's extra action merges in."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from spiders.azleg.spider import ArizonaSpider
from tests.merging import aggregator_item, assert_one_measure
from tests.seeding import store_raw

RESPONSES = Path(__file__).with_name("responses")


def official_item() -> dict:
    """HB2001 as the spider parses the recorded bill object."""
    crawler = get_crawler(ArizonaSpider)
    spider = ArizonaSpider.from_crawler(crawler, source="official-az")
    spider._triage = lambda title, summary: "no"  # the title decides; no text needed here
    url = "https://apps.azleg.gov/api/Bill/?billNumber=HB2001&sessionId=130&legislativeBody=H"
    body = (RESPONSES / "bill_HB2001.json").read_bytes()
    response = TextResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))
    (item,) = spider.parse_bill(response, "HB2001")
    return item


def test_official_and_aggregator_make_one_measure(any_engine) -> None:
    official = official_item()
    # Open States spells the bill "HB 2001" in session "57th-2nd-regular", with a title of its
    # own, the official actions and one more.
    copy = aggregator_item(
        official,
        {
            "date": "2026-02-02",
            "actor": "House",
            "description": "Referred to House JUD Committee",
            "classification": ["referral-committee"],
        },
        source="openstates-az",
        session="57th-2nd-regular",
        identifier="HB 2001",
        platform_id="ocd-bill/0b7c7e6e-0000-4000-8000-000000002001",
        title="Immigration enforcement; state cooperation",
    )
    store_raw(any_engine, official, copy)
    assert_one_measure(
        any_engine,
        official,
        key=("2026", "HB 2001"),
        title="immigration enforcement; state cooperation",
        links=[("57th-2nd-regular", "HB2001", 10), ("57th-2nd-regular", "HB 2001", 50)],
        extra_on="2026-02-02",
        status="vetoed",
    )
