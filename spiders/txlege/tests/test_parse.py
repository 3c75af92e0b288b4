"""The Texas spider's parsing: IIS-style FTP LIST lines, session codes, and a bill-history file
(in the element set Open States' Texas scraper reads; no real file was available), every field."""

from __future__ import annotations

import scrapy
from scrapy.http import TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from localserver.txlege.ftp import build_corpus
from spiders.txlege.spider import TXLegeSpider, list_entries, session_years
from tracker.items import validate_item

FTP = "ftp://127.0.0.1:2121"


def make_spider(triage=lambda title, summary: "candidate", **args) -> TXLegeSpider:
    spider = TXLegeSpider.from_crawler(
        get_crawler(TXLegeSpider),
        ftp_url=FTP,
        session="89R",
        jurisdiction="Texas",
        level="state",
        state="TX",
        **args,
    )
    spider._triage = triage
    return spider


def test_iis_list_lines() -> None:
    text = (
        "11-12-24  08:15AM       <DIR>          HB00001_HB00099\r\n"
        "03-04-25  04:20PM                 2345 HB00002.xml\r\n"
        "03-04-25  12:05AM                 1200 HJ00001.xml\r\n"
        "total 3\r\n"
    )
    assert list_entries(text) == [
        (True, "HB00001_HB00099", "2024-11-12T08:15"),
        (False, "HB00002.xml", "2025-03-04T16:20"),
        (False, "HJ00001.xml", "2025-03-04T00:05"),
    ]


def test_session_codes() -> None:
    assert session_years("89R") == (2025, None)
    assert session_years("891") == (2025, 1)
    assert session_years("88R") == (2023, None)
    assert session_years("junk") == (None, None)


def history(bill) -> list:
    path = bill.path
    url = f"{FTP}/{path}"
    response = XmlResponse(url=url, body=bill.xml(), request=scrapy.Request(url))
    return list(make_spider().parse_history(response, path))


def test_a_history_file_becomes_one_item_with_every_field() -> None:
    bill = build_corpus("89R", n_other=0)[0]
    bill.actions += [
        ("S030", "04/02/2025", "Passed"),
        ("E010", "06/20/2025", "Signed by the Governor"),
    ]
    (raw,) = history(bill)
    item = validate_item(raw)
    assert (item.jurisdiction, item.state, item.vocabulary, item.precedence) == (
        "Texas",
        "TX",
        "txlege",
        10,
    )
    assert item.identifier == "SB 8"
    assert item.platform_id == "bills/89R/billhistory/senate_bills/SB00001_SB00099/SB00008.xml"
    assert (item.session, item.session_start_year, item.session_special) == ("89R", 2025, None)
    assert item.url == "https://capitol.texas.gov/BillLookup/History.aspx?LegSess=89R&Bill=SB8"
    assert item.title.startswith("Relating to a requirement that certain sheriffs request")
    assert item.measure_type == "SB"
    assert item.raw_status == "06/20/2025 E Signed by the Governor"
    assert item.introduced_date.isoformat() == "2024-11-12"
    assert item.modified == "1/11/2025 09:00:00 AM"
    assert [(a.date.isoformat(), a.actor, a.actor_kind, a.description) for a in item.actions] == [
        ("2024-11-12", "Senate", "chamber", "Filed"),
        ("2025-01-11", "Senate", "chamber", "Read first time"),
        ("2025-01-11", "Senate", "chamber", "Referred to Finance"),
        ("2025-04-02", "Senate", "chamber", "Passed"),
        ("2025-06-20", "Governor", "executive", "Signed by the Governor"),
    ]


def test_joint_resolution_file_names_and_missing_bills() -> None:
    bill = build_corpus("89R", n_other=0)[0]
    bill.kind = "SJR"
    assert bill.path.endswith("senate_joint_resolutions/SJ00001_SJ00099/SJ00008.xml")
    (raw,) = history(bill)
    assert raw["identifier"] == "SJR 8"
    bill.caption = "Bill does not exist"
    assert history(bill) == []


def test_a_malformed_file_is_an_error_of_that_bill() -> None:
    spider = make_spider()
    url = f"{FTP}/bills/89R/billhistory/house_bills/HB00001_HB00099/HB00002.xml"
    body = build_corpus("89R", n_other=0)[1].xml()
    response = XmlResponse(url=url, body=body[:200], request=scrapy.Request(url))
    path = url[len(FTP) + 1 :]
    assert list(spider.parse_history(response, path)) == []
    assert spider.failed_ids == {path}


def test_a_listing_in_an_unknown_format_fails_the_crawl() -> None:
    spider = make_spider()
    url = f"{FTP}/bills/89R/billhistory/"
    spider._pending = 1
    body = b"drwxr-xr-x 2 ftp ftp 4096 Mar 04 16:20 house_bills\r\n"
    response = TextResponse(url=url, body=body, encoding="latin-1", request=scrapy.Request(url))
    assert list(spider.parse_list(response, depth=0)) == []
    assert "no entries in a format we know" in spider.fatal_error
