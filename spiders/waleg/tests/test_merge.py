"""Washington's official item and Open States' report of the same bill are one measure: the
official title and history lead, the aggregator's extra action merges in."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import XmlResponse
from scrapy.utils.test import get_crawler

from spiders.waleg.spider import WashingtonSpider
from tests.merging import aggregator_item, assert_one_measure
from tests.seeding import store_raw

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/wa"


def official_item() -> dict:
    """HB 1001 as the spider parses the recorded replies."""
    crawler = get_crawler(WashingtonSpider)
    spider = WashingtonSpider.from_crawler(
        crawler, source="official-wa", biennium="2025-26", api_url=API
    )
    spider._triage = lambda title, summary: "candidate"

    def reply(name: str) -> XmlResponse:
        url = f"{API}/LegislationService.asmx"
        return XmlResponse(
            url=url, body=(RESPONSES / name).read_bytes(), request=scrapy.Request(url)
        )

    (request,) = spider.parse_legislation(reply("GetLegislation_1001_soap.xml"), "2025-26", 1001)
    (item,) = spider.parse_history(
        reply("GetLegislativeStatusChangesByBillNumber_1001.xml"), request.cb_kwargs["item"]
    )
    return item


def test_official_and_aggregator_make_one_measure(any_engine) -> None:
    official = official_item()
    # Open States' session and vocabulary, its shorter title, the state's action text with OCD
    # classifications, and one action the official reply lacks.
    copy = aggregator_item(
        official,
        {
            "date": "2025-04-12",
            "actor": "House",
            "description": "Executive action taken in the House Committee on Civil Rights & "
            "Judiciary at 1:30 PM.",
            "classification": [],
        },
        first_classification=["introduction"],
        source="openstates-wa",
        session="2025-2026",
        identifier="HB 1001",
        platform_id="ocd-bill/2f3e1c9a-0000-4000-8000-000000001001",
        url="https://openstates.org/wa/bills/2025-2026/HB1001/",
        title="Keep Washington Working act",
    )
    store_raw(any_engine, official, copy)
    actions = assert_one_measure(
        any_engine,
        official,
        key=("2025-2026", "HB 1001"),
        title="Concerning the Keep Washington Working act",
        links=[("2025-26", "HB 1001", 10), ("2025-2026", "HB 1001", 50)],
        extra_on="2025-04-12",
        status="passed_chamber",
    )
    assert sum("Executive action taken" in a.description for a in actions) == 1
