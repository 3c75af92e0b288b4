"""The Arizona spider's parse methods on the bill list page and bill API objects in the shapes
Open States' working scraper reads, asserting every field of what it yields."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

from spiders.azleg.spider import ArizonaSpider
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")
API = "https://apps.azleg.gov/api"


def make_spider(triage=lambda title, summary: "no", **args) -> ArizonaSpider:
    crawler = get_crawler(ArizonaSpider)
    args = {"session_id": "130", **args}
    spider = ArizonaSpider.from_crawler(
        crawler, jurisdiction="Arizona", level="state", state="AZ", **args
    )
    spider._triage = triage
    return spider


def bill(name: str) -> TextResponse:
    url = f"{API}/Bill/?billNumber=X"
    body = (RESPONSES / name).read_bytes()
    return TextResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))


def list_page(body: bytes) -> HtmlResponse:
    url = "https://www.azleg.gov/bills/"
    return HtmlResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))


def test_the_bill_list_despite_its_broken_comment() -> None:
    spider = make_spider()
    body = (RESPONSES / "bills_130.html").read_bytes()
    assert b"--!>" in body
    requests = list(spider.parse_bill_list(list_page(body)))
    numbers = [r.cb_kwargs["number"] for r in requests]
    assert numbers == [
        "HB2001",
        "HB2015",
        "HB2100",
        "HB2102",
        "HB2104",
        "SB1070",
        "SB1101",
        "SB1103",
        "SB1105",
    ]
    assert requests[0].url == f"{API}/Bill/?billNumber=HB2001&sessionId=130&legislativeBody=H"
    assert requests[5].url.endswith("billNumber=SB1070&sessionId=130&legislativeBody=S")
    assert spider.listing_complete


def test_a_list_of_another_session_fails_the_crawl() -> None:
    spider = make_spider(session_id="129", session="57th-1st-regular", session_year="2025")
    assert (
        list(spider.parse_bill_list(list_page((RESPONSES / "bills_130.html").read_bytes()))) == []
    )
    assert "shows session '130', not 129" in spider.fatal_error
    assert not spider.listing_complete


def test_a_cut_off_list_fails_the_crawl() -> None:
    spider = make_spider()
    body = (RESPONSES / "bills_130.html").read_bytes()
    assert list(spider.parse_bill_list(list_page(body[: len(body) // 2]))) == []
    assert "cut off" in spider.fatal_error


def test_the_bill_object_becomes_an_item_with_its_rebuilt_history() -> None:
    spider = make_spider()
    (item,) = list(spider.parse_bill(bill("bill_HB2001.json"), "HB2001"))
    actions = item.pop("actions")
    assert item == {
        "source": "azleg",
        "jurisdiction": "Arizona",
        "level": "state",
        "state": "AZ",
        "vocabulary": "azleg",
        "precedence": 10,
        "session": "57th-2nd-regular",
        "session_start_year": 2026,
        "session_end_year": 2026,
        "identifier": "HB2001",
        "platform_id": "76001",
        "url": "https://apps.azleg.gov/BillStatus/BillOverview/76001?SessionId=130",
        "title": "immigration enforcement; state cooperation",
        "introduced_date": "2026-01-27",
    }
    assert [(a["date"], a["actor"], a["description"], a["classification"]) for a in actions] == [
        ("2026-01-20", "House", "Prefiled", ["PreFileDate"]),
        ("2026-01-27", "House", "Introduced", ["IntroducedDate"]),
        ("2026-01-28", "House", "First read in the House", ["House1stRead"]),
        ("2026-01-29", "House", "Second read in the House", ["House2ndRead"]),
        ("2026-02-09", "House", "Judiciary: do pass amended", ["JUD", "DPA"]),
        ("2026-02-11", "House", "Rules: proper for consideration", ["RULES", "PFC"]),
        ("2026-02-19", "House", "House committee of the Whole: do pass amended", ["COW", "DPA"]),
        ("2026-02-20", "House", "House third reading: passed", ["THIRD", "PASSED"]),
        ("2026-02-21", "House", "Transmitted to the Senate", ["transmit:S"]),
        ("2026-02-23", "Senate", "First read in the Senate", ["Senate1stRead"]),
        ("2026-02-24", "Senate", "Second read in the Senate", ["Senate2ndRead"]),
        (
            "2026-02-26",
            "Senate",
            "Military Affairs and Public Safety: do pass",
            ["MAPS", "DP"],
        ),
        ("2026-03-10", "Senate", "Senate third reading: passed", ["THIRD", "PASSED"]),
        ("2026-03-11", "Senate", "Transmitted to the House", ["transmit:H"]),
        ("2026-03-12", None, "Transmitted to the Governor", ["transmit:G"]),
        ("2026-03-18", "Governor", "Vetoed by the Governor", ["governor:Vetoed"]),
    ]
    kinds = {a["description"]: a["actor_kind"] for a in actions}
    assert kinds["Judiciary: do pass amended"] == "committee"
    assert kinds["House third reading: passed"] == "chamber"
    assert kinds["Vetoed by the Governor"] == "executive"
    validate_item({**item, "actions": actions})


def test_a_date_field_holding_true_is_skipped() -> None:
    spider = make_spider()
    (item,) = list(spider.parse_bill(bill("bill_SB1070.json"), "SB1070"))
    assert [a["description"] for a in item["actions"]] == [
        "Introduced",
        "First read in the Senate",
        "Military Affairs and Public Safety: do pass",
    ]  # "Senate2ndRead": true says nothing about when


def test_unknown_and_malformed_bills() -> None:
    spider = make_spider()
    url = f"{API}/Bill/?billNumber=HB9999"

    def reply(text: str) -> TextResponse:
        return TextResponse(
            url=url, body=text.encode(), encoding="utf-8", request=scrapy.Request(url)
        )

    assert list(spider.parse_bill(reply("null"), "HB9999")) == []  # not a bill: skipped
    assert spider.failed_ids == set()
    assert list(spider.parse_bill(reply('{"BillId": 7, "Short'), "HB9999")) == []
    assert list(spider.parse_bill(reply("[1, 2]"), "HB9998")) == []
    assert spider.failed_ids == {"HB9999", "HB9998"}


def test_a_candidates_text_comes_from_its_newest_version() -> None:
    spider = make_spider(triage=lambda title, summary: "candidate")
    (documents,) = list(spider.parse_bill(bill("bill_SB1070.json"), "SB1070"))
    assert documents.url == f"{API}/DocType/?billStatusId=76002"
    item = documents.cb_kwargs["item"]
    url = documents.url
    body = (RESPONSES / "doctype_76002.json").read_bytes()
    reply = TextResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))
    (text,) = list(spider.parse_documents(reply, item))
    assert text.url == "https://apps.azleg.gov/legtext/57leg/2R/bills/sb1070p.htm"
    page = HtmlResponse(
        url=text.url,
        body=(RESPONSES / "text_sb1070p.htm").read_bytes(),
        encoding="utf-8",
        request=scrapy.Request(text.url),
    )
    (done,) = list(spider.parse_page_text(page, item))
    assert done["text_url"] == text.url
    assert done["full_text"].startswith("SB1070 Be it enacted by the Legislature of the State")
    assert "federal immigration laws" in done["full_text"]


def test_unreadable_documents_keep_the_bill_without_text() -> None:
    spider = make_spider(triage=lambda title, summary: "candidate")
    (documents,) = list(spider.parse_bill(bill("bill_SB1070.json"), "SB1070"))
    url = documents.url
    reply = TextResponse(
        url=url, body=b'[{"DocumentGroupName": "Bill Vers', request=scrapy.Request(url)
    )
    (kept,) = list(spider.parse_documents(reply, documents.cb_kwargs["item"]))
    assert "full_text" not in kept and kept["identifier"] == "SB1070"
    assert not spider.failed_ids
