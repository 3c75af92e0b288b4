"""The Illinois spider on the real HB 5234 (104th GA) bill-status XML, every field of the item and
every action triplet; the folder listing; a malformed file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import scrapy
from scrapy.http import HtmlResponse, XmlResponse
from scrapy.utils.test import get_crawler

from localserver.ilga.folders import ILGAFolders, build_corpus
from spiders.ilga.spider import ILGASpider, listed_time, listing_entries
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")
FOLDER = "http://127.0.0.1:9/ilga/104/BillStatus/XML"


def make_spider(triage=lambda title, summary: "candidate", **args) -> ILGASpider:
    spider = ILGASpider.from_crawler(
        get_crawler(ILGASpider),
        base_url="http://127.0.0.1:9/ilga",
        ga="104",
        gaid="18",
        session_id="114",
        jurisdiction="Illinois",
        level="state",
        state="IL",
        **args,
    )
    spider._triage = triage
    return spider


def parse(spider: ILGASpider, body: bytes, name: str = "10400HB5234.xml") -> list:
    url = f"{FOLDER}/{name}"
    response = XmlResponse(url=url, body=body, request=scrapy.Request(url))
    return list(spider.parse_bill(response, name))


def test_the_real_file_becomes_one_item_with_every_field() -> None:
    (raw,) = parse(make_spider(), (RESPONSES / "IL_billstatus_HB5234_104GA.xml").read_bytes())
    item = validate_item(raw)
    assert (item.jurisdiction, item.state, item.vocabulary, item.precedence) == (
        "Illinois",
        "IL",
        "ilga",
        10,
    )
    assert item.identifier == "HB 5234" and item.platform_id == "10400HB5234.xml"
    assert (item.session, item.session_start_year, item.session_end_year) == ("104", 2025, 2026)
    assert item.url == (
        "https://www.ilga.gov/Legislation/BillStatus?DocNum=5234&GAID=18&DocTypeID=HB&SessionID=114"
    )
    assert item.title == "LANDLORD-TENANT FEES"
    assert item.summary.startswith("Amends the Landlord and Tenant Act. Requires landlords")
    assert item.measure_type == "HB"
    assert item.raw_status == "Public Act . . . . . . . . . 104-0514"
    assert item.introduced_date.isoformat() == "2026-02-05"
    actions = item.actions
    assert len(actions) == 33
    first, last = actions[0], actions[-1]
    assert (first.date.isoformat(), first.actor, first.description) == (
        "2026-02-05",
        "House",
        "Filed with the Clerk by Rep. Nabeela Syed",
    )
    assert (last.date.isoformat(), last.actor, last.description) == (
        "2026-06-26",
        "House",
        "Public Act . . . . . . . . . 104-0514",
    )
    assert "Added Co-Sponsor Rep. Lilian Jiménez" in [a.description for a in actions]
    house = next(a for a in actions if a.description.startswith("Third Reading - Short Debate"))
    assert (house.vote.yes, house.vote.no, house.vote.other, house.vote.result) == (
        67,
        31,
        0,
        "pass",
    )
    senate = next(a for a in actions if a.description == "Third Reading - Passed; 041-015-001")
    assert (senate.actor, senate.vote.yes, senate.vote.no, senate.vote.other) == (
        "Senate",
        41,
        15,
        1,
    )
    committee = next(a for a in actions if a.description.startswith("Do Pass Executive"))
    assert (committee.vote.yes, committee.vote.no) == (9, 4)


def test_a_bill_nobody_tracks_is_stored_without_history() -> None:
    body = (RESPONSES / "IL_billstatus_HB5234_104GA.xml").read_bytes()
    (raw,) = parse(make_spider(triage=lambda t, s: "no"), body)
    assert raw.get("actions") is None and raw["title"] == "LANDLORD-TENANT FEES"


def test_a_malformed_file_is_an_error_of_that_bill() -> None:
    spider = make_spider()
    body = (RESPONSES / "IL_billstatus_HB5234_104GA.xml").read_bytes()
    assert parse(spider, body[: len(body) // 2]) == []
    assert spider.failed_ids == {"10400HB5234.xml"}
    assert parse(spider, b"<html><body>Service unavailable</body></html>", "10400HB0001.xml") == []
    assert spider.failed_ids == {"10400HB5234.xml", "10400HB0001.xml"}


def test_the_folder_listing() -> None:
    folders = ILGAFolders(
        build_corpus(104, n_other=2), real_file_changed=datetime(2026, 6, 29, 0, 4)
    )
    entries = listing_entries(folders.listing("/").decode())
    assert entries["10400HB5234.xml"] == "2026-06-29T00:04"
    assert len(entries) == 5
    assert listed_time(" 2/5/2026 12:30 PM ") == "2026-02-05T12:30"
    assert listed_time("2026-02-05 15:05") == "2026-02-05T15:05"
    spider = make_spider()
    url = f"{FOLDER}/"
    response = HtmlResponse(
        url=url, body=b"<html><body>maintenance</body></html>", request=scrapy.Request(url)
    )
    assert list(spider.parse_listing(response)) == []
    assert "no bill files found" in spider.fatal_error
