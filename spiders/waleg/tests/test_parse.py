"""The Washington spider's parse methods on recorded replies in the services' documented shapes
(the help pages' SOAP 1.1 templates, filled with a bill's values), asserting every field."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import scrapy
from lxml import etree
from scrapy.http import XmlResponse
from scrapy.utils.test import get_crawler

from spiders.waleg.spider import TZ, WashingtonSpider, actor_of, base_identifier, biennium_of
from spiders.waleg.wsl import NS, SOAP_NS, WslError, parse_rows, request_parts
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/wa"


def reply(name: str, url: str = f"{API}/LegislationService.asmx") -> XmlResponse:
    return XmlResponse(url=url, body=(RESPONSES / name).read_bytes(), request=scrapy.Request(url))


def make_spider(triage=lambda title, summary: "candidate", **args) -> WashingtonSpider:
    crawler = get_crawler(WashingtonSpider)
    spider = WashingtonSpider.from_crawler(
        crawler,
        api_url=API,
        biennium="2025-26",
        jurisdiction="Washington",
        level="state",
        state="WA",
        **args,
    )
    spider._triage = triage
    return spider


def test_soap_request_follows_the_documented_envelope() -> None:
    url, method, headers, body = request_parts(
        "https://wslwebservices.leg.wa.gov",
        "LegislationService",
        "GetLegislation",
        {"biennium": "2025-26", "billNumber": "1001"},
        "soap",
    )
    assert (url, method) == ("https://wslwebservices.leg.wa.gov/LegislationService.asmx", "POST")
    assert headers["SOAPAction"] == '"http://WSLWebServices.leg.wa.gov/GetLegislation"'
    assert headers["Content-Type"] == "text/xml; charset=utf-8"
    call = etree.fromstring(body).find(f"{{{SOAP_NS}}}Body/{{{NS}}}GetLegislation")
    assert [(c.tag, c.text) for c in call] == [
        (f"{{{NS}}}biennium", "2025-26"),
        (f"{{{NS}}}billNumber", "1001"),
    ]
    # The help page's template for GetLegislationByYear has the same envelope.
    doc = (RESPONSES / "WA_asmx_docpage_excerpts.txt").read_text()
    assert 'SOAPAction: "http://WSLWebServices.leg.wa.gov/GetLegislationByYear"' in doc
    assert '<GetLegislationByYear xmlns="http://WSLWebServices.leg.wa.gov/">' in doc


def test_get_request_is_the_plain_http_form() -> None:
    url, method, headers, body = request_parts(
        "https://wslwebservices.leg.wa.gov",
        "LegislationService",
        "GetLegislativeStatusChangesByDateRange",
        {
            "biennium": "2025-26",
            "beginDate": "2025-01-01T00:00:00",
            "endDate": "2025-02-01T00:00:00",
        },
        "get",
    )
    assert method == "GET" and body is None and headers == {}
    assert url == (
        "https://wslwebservices.leg.wa.gov/LegislationService.asmx/"
        "GetLegislativeStatusChangesByDateRange?biennium=2025-26"
        "&beginDate=2025-01-01T00%3A00%3A00&endDate=2025-02-01T00%3A00%3A00"
    )


def test_a_window_of_status_changes_asks_for_each_bill_once() -> None:
    spider = make_spider()
    spider._windows = spider.plan_windows(datetime(2025, 4, 1, tzinfo=TZ))
    requests = list(spider.parse_window(reply("GetLegislativeStatusChangesByDateRange.xml"), 0))
    bills = [r for r in requests if "GetLegislation?" in r.url]
    numbers = [r.cb_kwargs["number"] for r in bills]
    # HB 1001 and SB 5002 appear twice in the window; SGA 9001 is an appointment, not a bill.
    assert numbers == [1001, 5002, 5101, 1003]
    assert all(r.cb_kwargs["biennium"] == "2025-26" for r in bills)
    # The next window follows; the listing is not complete yet.
    (following,) = [r for r in requests if "ByDateRange" in r.url]
    assert "beginDate=2024-12-02T00%3A00%3A00" in following.url
    assert not spider.listing_complete


def test_legislation_becomes_an_item_keyed_by_biennium_and_number() -> None:
    spider = make_spider()
    (request,) = list(
        spider.parse_legislation(reply("GetLegislation_1001_soap.xml"), "2025-26", 1001)
    )
    assert "GetLegislativeStatusChangesByBillNumber?billNumber=1001&biennium=2025-26" in request.url
    assert "beginDate=2024-11-01T00%3A00%3A00&endDate=2026-12-31T00%3A00%3A00" in request.url
    item = request.cb_kwargs["item"]
    assert item == {
        "source": "waleg",
        "jurisdiction": "Washington",
        "level": "state",
        "state": "WA",
        "vocabulary": "waleg",
        "precedence": 10,
        "session": "2025-26",
        "session_start_year": 2025,
        "session_end_year": 2026,
        # The active version is SHB 1001; the bill is HB 1001.
        "identifier": "HB 1001",
        "platform_id": "2025-26/1001",
        "url": "https://app.leg.wa.gov/billsummary?BillNumber=1001&Year=2025&Initiative=false",
        "title": "Concerning the Keep Washington Working act",
        "summary": "AN ACT Relating to immigration enforcement by state and local agencies",
        "measure_type": "House Bill",
        "raw_status": "H Passed 3rd",
        "introduced_date": "2024-12-01",
        "modified": "2026-03-07T00:00:00",
    }
    history = list(
        spider.parse_history(reply("GetLegislativeStatusChangesByBillNumber_1001.xml"), item)
    )
    (done,) = history
    actions = done["actions"]
    assert len(actions) == 11
    assert actions[0] == {
        "date": "2025-01-11",
        "occurred_at": None,
        "actor": "House",
        "actor_kind": "chamber",
        "description": "Prefiled for introduction.",
        "text": "HB 1001",
        "classification": ["H Prefiled"],
        "vote": None,
    }
    assert actions[-1]["description"].startswith("Third reading, passed")
    assert actions[-1]["text"] == "SHB 1001"
    assert actions[-1]["vote"] == {
        "motion": "Third reading, passed",
        "result": "pass",
        "yes": 56,
        "no": 40,
        "other": 2,
    }
    stored = validate_item(done)
    assert stored.actions[-1].vote.yes == 56


def test_a_bill_the_triage_rejects_is_stored_without_its_history() -> None:
    spider = make_spider(triage=lambda title, summary: "no")
    (item,) = list(spider.parse_legislation(reply("GetLegislation_1001_soap.xml"), "2025-26", 1001))
    assert item["identifier"] == "HB 1001" and "actions" not in item


def test_a_soap_fault_is_a_clear_error_not_a_crash() -> None:
    with pytest.raises(WslError, match="SOAP fault: System.ArgumentException: Expects biennium"):
        parse_rows((RESPONSES / "fault_soap.xml").read_bytes(), "Legislation")
    spider = make_spider()
    assert list(spider.parse_legislation(reply("fault_soap.xml"), "2025-26", 1001)) == []
    assert spider.failed_ids == {"2025-26/1001"}


def test_a_cut_off_listing_fails_the_crawl() -> None:
    spider = make_spider()
    spider._windows = spider.plan_windows(datetime(2025, 4, 1, tzinfo=TZ))
    body = (RESPONSES / "GetLegislativeStatusChangesByDateRange.xml").read_bytes()
    url = f"{API}/LegislationService.asmx/GetLegislativeStatusChangesByDateRange"
    cut = XmlResponse(url=url, body=body[: len(body) // 2], request=scrapy.Request(url))
    assert list(spider.parse_window(cut, 0)) == []
    assert "malformed XML" in spider.fatal_error
    assert not spider.listing_complete


@pytest.mark.parametrize(
    ("bill_id", "base"),
    [
        ("HB 1000", "HB 1000"),
        ("SHB 2402", "HB 2402"),
        ("ESHB 2196", "HB 2196"),
        ("2ESSB 5000", "SB 5000"),
        ("E2SHB 1000", "HB 1000"),
        ("SSB 5100", "SB 5100"),
        ("ESB 5200", "SB 5200"),
        ("SB 5300", "SB 5300"),
        ("SJM 8000", "SJM 8000"),
        ("HJR 4200", "HJR 4200"),
        ("SHJR 4201", "HJR 4201"),
        ("HI 1", "HI 1"),
    ],
)
def test_versions_of_a_bill_share_its_identifier(bill_id: str, base: str) -> None:
    assert base_identifier(bill_id) == base


def test_who_acted_and_which_biennium() -> None:
    assert actor_of("H Rules R") == ("House", "chamber")
    assert actor_of("HRules 3C") == ("House", "chamber")
    assert actor_of("S Passed 3rd") == ("Senate", "chamber")
    assert actor_of("Gov Signed") == ("Governor", "executive")
    assert actor_of("C 45 L 25") == ("Governor", "executive")
    assert actor_of(None) == (None, None)
    assert biennium_of(date(2026, 5, 1)) == "2025-26"
    assert biennium_of(date(2027, 1, 1)) == "2027-28"
