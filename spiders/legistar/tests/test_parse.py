"""The Legistar spider's parse methods, fed recorded responses (the real Chicago histories and the
platform's published schema samples), asserting every field of what it yields."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from spiders.legistar.spider import LegistarSpider, dedupe_histories
from tracker.items import validate_item

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/v1"


def fixture(name: str):
    return json.loads((RESPONSES / name).read_text())


def response(url: str, body: object | str) -> TextResponse:
    text = body if isinstance(body, str) else json.dumps(body)
    return TextResponse(url=url, body=text.encode(), encoding="utf-8", request=scrapy.Request(url))


def make_spider(triage=lambda title, summary: "no", **args) -> LegistarSpider:
    crawler = get_crawler(LegistarSpider)
    spider = LegistarSpider.from_crawler(
        crawler,
        client="chicago",
        api_url=API,
        web_url="https://chicago.legistar.com",
        timezone="America/Chicago",
        jurisdiction="Chicago, IL",
        level="city",
        state="IL",
        **args,
    )
    spider._triage = triage
    return spider


def matter(matter_id: int, modified: str, title: str, **extra) -> dict:
    row = fixture("legistar_schema_matter.json")
    row.update(
        MatterId=matter_id,
        MatterGuid=f"GUID-{matter_id}",
        MatterLastModifiedUtc=modified,
        MatterFile=f"O2013-{matter_id}",
        MatterName=title,
        MatterTitle=title,
        MatterTypeName="Ordinance",
        MatterStatusName="Passed",
        MatterIntroDate="2013-03-13T00:00:00",
        MatterRestrictViewViaWeb=False,
    )
    row.update(extra)
    return row


def test_matter_becomes_a_normalized_item_with_every_field() -> None:
    spider = make_spider()
    row = matter(
        1727,
        "2014-05-24T04:10:20.03",
        "Zoning Reclassification Map No. 3-G",
        MatterName="Zoning map change",
    )
    (item,) = list(spider.parse_listing(response(f"{API}/chicago/matters", [row]), skip=0))
    assert item == {
        "source": "chicago",
        "jurisdiction": "Chicago, IL",
        "level": "city",
        "state": "IL",
        "vocabulary": "legistar",
        "precedence": 10,
        "session": "2013",
        "identifier": "O2013-1727",
        "platform_id": "1727",
        "url": "https://chicago.legistar.com/LegislationDetail.aspx?ID=1727&GUID=GUID-1727",
        "title": "Zoning Reclassification Map No. 3-G",
        "summary": "Zoning map change",
        "measure_type": "Ordinance",
        "raw_status": "Passed",
        "introduced_date": "2013-03-13",
        "modified": "2014-05-24T04:10:20.03",
    }
    assert "actions" not in item  # not a candidate: no history fetched, stored as seen
    assert validate_item(item).actions is None


def test_candidates_get_their_history_fetched() -> None:
    spider = make_spider(triage=lambda title, summary: "candidate")
    row = matter(5, "2014-05-24T04:10:20.03", "Welcoming City Ordinance")
    (request,) = list(spider.parse_listing(response(f"{API}/chicago/matters", [row]), skip=0))
    assert request.url == f"{API}/chicago/matters/5/histories"
    histories = fixture("legistar_chicago_matter_histories_with_duplicates.json")
    # Each action with a vote (a passed flag) gets its roll call first, one after another.
    (committee_votes,) = list(
        request.callback(response(request.url, histories), **request.cb_kwargs)
    )
    assert committee_votes.url == f"{API}/chicago/eventitems/198127/votes"
    (council_votes,) = list(
        committee_votes.callback(response(committee_votes.url, []), **committee_votes.cb_kwargs)
    )
    assert council_votes.url.endswith("/votes") and council_votes.url != committee_votes.url
    yeas = [{"VotePersonName": f"Alder {n}", "VoteValueName": "Yea"} for n in range(3)]
    nay = [{"VotePersonName": "Alder 9", "VoteValueName": "Nay"}]
    (versions,) = list(
        council_votes.callback(response(council_votes.url, yeas + nay), **council_votes.cb_kwargs)
    )
    # Candidates get their text too (it settles terse titles and carries the provisions); a
    # matter without text versions is stored with its history alone.
    assert versions.url == f"{API}/chicago/matters/5/versions"
    (item,) = list(versions.callback(response(versions.url, []), **versions.cb_kwargs))
    assert "full_text" not in item
    assert [(a["date"], a["description"], a["actor"], a["passed"]) for a in item["actions"]] == [
        ("2013-03-13", "Referred", "City Council", None),
        (
            "2013-04-30",
            "Recommended to Pass",
            "Committee on Zoning, Landmarks and Building Standards",
            True,
        ),
        ("2013-05-08", "Passed", "City Council", True),
    ]
    # Local wall-clock times carry the city's zone (Chicago is UTC-5 in summer).
    assert item["actions"][1]["occurred_at"] == "2013-04-30T10:00:00-05:00"
    assert item["actions"][0]["occurred_at"] is None  # midnight means "no time given"
    # Of two duplicate "Passed" rows the one with text wins.
    assert item["actions"][2]["text"] == "On motion of , the Ordinance was Passed"
    validated = validate_item(item)
    assert validated.actions[1].occurred_at.utcoffset().total_seconds() == -5 * 3600
    # The committee's roll call was empty; the Council's is stored with its tally.
    assert item["actions"][1]["vote"] is None
    assert item["actions"][2]["vote"] == {
        "motion": "Passed",
        "result": "pass",
        "yes": 3,
        "no": 1,
        "other": 0,
        "members": [
            {"name": "Alder 0", "vote": "yes"},
            {"name": "Alder 1", "vote": "yes"},
            {"name": "Alder 2", "vote": "yes"},
            {"name": "Alder 9", "vote": "no"},
        ],
    }
    assert validated.actions[2].vote.yes == 3


def test_duplicate_history_rows_collapse_to_the_real_history() -> None:
    clean = fixture("legistar_chicago_matter_histories.json")
    dupes = fixture("legistar_chicago_matter_histories_with_duplicates.json")
    assert len(dupes) == len(clean) + 1
    kept = dedupe_histories(dupes)
    assert [r["MatterHistoryActionName"] for r in kept] == [
        r["MatterHistoryActionName"] for r in clean
    ]


def test_maybe_fetches_the_text_too() -> None:
    spider = make_spider(triage=lambda title, summary: "maybe")
    row = matter(7, "2014-05-24T04:10:20.03", "AN ORDINANCE amending Chapter 2-173")
    (histories,) = list(spider.parse_listing(response(f"{API}/chicago/matters", [row]), skip=0))
    (versions,) = list(histories.callback(response(histories.url, []), **histories.cb_kwargs))
    assert versions.url == f"{API}/chicago/matters/7/versions"
    (text_req,) = list(
        versions.callback(
            response(versions.url, [{"Key": "3", "Value": "1"}, {"Key": "12", "Value": "2"}]),
            **versions.cb_kwargs,
        )
    )
    assert text_req.url == f"{API}/chicago/matters/7/texts/12"
    body = fixture("legistar_schema_matter_text.json") | {
        "MatterTextPlain": "No city agency shall honor a civil immigration detainer."
    }
    (item,) = list(text_req.callback(response(text_req.url, body), **text_req.cb_kwargs))
    assert item["full_text"] == "No city agency shall honor a civil immigration detainer."
    assert item["actions"] == []


def test_a_full_page_asks_for_the_next_one_and_a_short_page_ends_the_listing() -> None:
    spider = make_spider()
    spider.cursor = "2014-01-01T00:00:00"
    rows = [matter(i, f"2014-05-{1 + i % 28:02d}T00:00:00", f"Item {i}") for i in range(1000)]
    out = list(spider.parse_listing(response(f"{API}/chicago/matters", rows), skip=0))
    nxt = out[-1]
    assert isinstance(nxt, scrapy.Request)
    query = parse_qs(urlparse(nxt.url).query)
    assert query["$skip"] == ["1000"] and query["$top"] == ["1000"]
    assert query["$orderby"] == ["MatterLastModifiedUtc"]
    # The overlap window (3 days by default) reaches back before the cursor.
    assert query["$filter"] == ["MatterLastModifiedUtc gt datetime'2013-12-29T00:00:00'"]
    assert spider.new_cursor is None  # not until the whole listing has arrived
    assert not spider.listing_complete
    last = [matter(2000, "2014-06-30T12:00:00", "Last item")]
    list(spider.parse_listing(response(f"{API}/chicago/matters", last), skip=1000))
    assert spider.new_cursor == "2014-06-30T12:00:00"
    assert spider.listing_complete


def test_malformed_listing_fails_the_crawl_and_keeps_the_cursor() -> None:
    spider = make_spider()
    spider.cursor = "2014-01-01T00:00:00"
    out = list(spider.parse_listing(response(f"{API}/chicago/matters", '[{"MatterId": 1,'), skip=0))
    assert out == []
    assert "malformed JSON" in spider.fatal_error
    assert spider.new_cursor is None


def test_restricted_matters_are_skipped() -> None:
    spider = make_spider()
    row = matter(9, "2014-05-24T04:10:20.03", "Closed session item", MatterRestrictViewViaWeb=True)
    assert list(spider.parse_listing(response(f"{API}/chicago/matters", [row]), skip=0)) == []


def test_a_broken_history_is_counted_and_kept_for_the_next_crawl() -> None:
    spider = make_spider(triage=lambda title, summary: "candidate")
    row = matter(11, "2014-05-24T04:10:20.03", "Welcoming City Ordinance")
    (request,) = list(spider.parse_listing(response(f"{API}/chicago/matters", [row]), skip=0))
    assert list(request.callback(response(request.url, "<html>oops"), **request.cb_kwargs)) == []
    assert spider.failed_ids == {"11"}
    assert spider.fatal_error is None  # one matter does not stop the crawl


def test_token_and_client_build_the_urls() -> None:
    spider = make_spider(token="s3cret")
    assert spider.api("matters/1/histories") == f"{API}/chicago/matters/1/histories?token=s3cret"


def test_missing_client_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="client"):
        LegistarSpider(jurisdiction="X, IL", level="city", state="IL")
