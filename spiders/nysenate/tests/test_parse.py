"""The New York spider's parse methods on the real Open Legislation responses (S609-2017 and the
error envelope of issue 16), asserting every field of what it yields."""

from __future__ import annotations

import json
from pathlib import Path

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from spiders.nysenate.spider import NYSenateSpider, session_year
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/api/3"


def response(url: str, body: bytes) -> TextResponse:
    return TextResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))


def make_spider(triage=lambda title, summary: "candidate", **args) -> NYSenateSpider:
    crawler = get_crawler(NYSenateSpider)
    spider = NYSenateSpider.from_crawler(
        crawler,
        api_url=API,
        api_key="k",
        session_year="2017",
        jurisdiction="New York",
        level="state",
        state="NY",
        **args,
    )
    spider._triage = triage
    return spider


def test_the_session_year_is_the_odd_first_year() -> None:
    assert session_year("2018") == 2017
    assert session_year(2017) == 2017
    assert NYSenateSpider.requires_env == ("NYSENATE_API_KEY",)
    assert NYSenateSpider.precedence == 10


def test_a_full_bill_becomes_one_item_with_every_field() -> None:
    spider = make_spider()
    body = (RESPONSES / "NY_bill_S609-2017.json").read_bytes()
    (raw,) = list(spider.parse_bill(response(f"{API}/bills/2017/S609", body), "S609-2017", False))
    item = validate_item(raw)
    assert item.source == "nysenate" and item.vocabulary == "nysenate"
    assert (item.jurisdiction, item.level, item.state) == ("New York", "state", "NY")
    assert item.precedence == 10
    assert item.session == "2017"
    assert (item.session_start_year, item.session_end_year) == (2017, 2018)
    assert item.identifier == "S609A"  # the print number as published; identity drops the A
    assert item.platform_id == "S609-2017"
    assert item.url == "https://www.nysenate.gov/legislation/bills/2017/S609"
    assert item.title == "@Relates to training requirements for home inspector licensing"
    assert item.summary.startswith("Relates to training requirements for home inspector")
    assert item.measure_type == "Bill"
    assert item.raw_status == "In Senate Committee"
    assert item.introduced_date.isoformat() == "2017-01-04"
    # The active amendment's text (A), not the original's.
    assert "AT LEAST THIRTY-TWO HOURS" not in item.full_text
    assert "2017-2018 Regular Sessions" in item.full_text
    assert [(a.date.isoformat(), a.actor, a.description, a.text) for a in item.actions] == [
        ("2017-01-04", "Senate", "REFERRED TO JUDICIARY", None),
        ("2017-01-18", "Senate", "AMEND (T) AND RECOMMIT TO JUDICIARY", "Amendment A"),
        ("2017-01-18", "Senate", "PRINT NUMBER 609A", "Amendment A"),
    ]
    assert all(a.actor_kind == "chamber" and a.vote is None for a in item.actions)


def test_a_floor_vote_goes_on_the_passage_of_that_day() -> None:
    spider = make_spider()
    bill = json.loads((RESPONSES / "NY_bill_S609-2017.json").read_text())["result"]
    bill["actions"]["items"].append(
        {"date": "2017-03-01", "chamber": "SENATE", "sequenceNo": 4, "text": "PASSED SENATE"}
    )
    members = {
        "AYE": {"items": [{"shortName": "BOYLE"}, {"shortName": "GOLDEN"}], "size": 2},
        "AYEWR": {"items": [{"shortName": "AVELLA"}], "size": 1},
        "NAY": {"items": [{"shortName": "KRUEGER"}], "size": 1},
        "EXC": {"items": [{"shortName": "HANNON"}], "size": 1},
    }
    bill["votes"] = {
        "items": [
            {
                "version": "A",
                "voteType": "FLOOR",
                "voteDate": "2017-03-01",
                "committee": None,
                "memberVotes": {"items": members, "size": 4},
            }
        ],
        "size": 1,
    }
    actions = spider.actions(bill)
    vote = actions[-1]["vote"]
    assert (vote["yes"], vote["no"], vote["other"]) == (3, 1, 1)
    assert {"name": "HANNON", "vote": "excused"} in vote["members"]
    assert vote["motion"] == "Floor vote"
    assert all("vote" not in a for a in actions[:-1])


def test_a_bill_nobody_tracks_keeps_no_history_when_it_only_changed() -> None:
    spider = make_spider(triage=lambda title, summary: "no")
    body = (RESPONSES / "NY_bill_S609-2017.json").read_bytes()
    (raw,) = list(spider.parse_bill(response(f"{API}/bills/2017/S609", body), "S609-2017", False))
    assert raw.get("actions") is None and raw.get("full_text") is None


def test_the_error_envelope_is_a_clear_failure_of_that_bill() -> None:
    spider = make_spider()
    body = (RESPONSES / "NY_error_response_issue16.json").read_bytes()
    out = list(spider.parse_bill(response(f"{API}/bills/2017/S609", body), "S609-2017", False))
    assert out == []
    assert spider.failed_ids == {"S609-2017"}


def test_an_error_envelope_on_the_listing_fails_the_crawl() -> None:
    spider = make_spider()
    body = (RESPONSES / "NY_error_response_issue16.json").read_bytes()
    assert list(spider.parse_listing(response(f"{API}/bills/2017", body))) == []
    assert "error 100" in spider.fatal_error
    assert "Make sure that the query is valid" in spider.fatal_error
    assert not spider.listing_complete
