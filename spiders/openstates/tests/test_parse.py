"""The Open States spider's parsing, fed the recorded v3 bills: every field of what it yields."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import scrapy
from scrapy.http import HtmlResponse, TextResponse
from scrapy.utils.test import get_crawler

from spiders.openstates.spider import OpenStatesSpider, check_query
from storage.repository import TrackedMeasure
from tests.billtexts import RECORDED_PAGE
from tracker.classify import triage
from tracker.items import validate_item
from tracker.status import map_action

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/openstates"
NY = "ocd-jurisdiction/country:us/state:ny/government"


def fixture(name: str):
    return json.loads((RESPONSES / name).read_text())


def response(url: str, body: object | str, status: int = 200) -> TextResponse:
    text = body if isinstance(body, str) else json.dumps(body)
    return TextResponse(
        url=url, body=text.encode(), encoding="utf-8", status=status, request=scrapy.Request(url)
    )


def make_spider(**args) -> OpenStatesSpider:
    crawler = get_crawler(OpenStatesSpider)
    spider = OpenStatesSpider.from_crawler(
        crawler,
        api_url=API,
        jurisdiction_id=NY,
        jurisdiction="New York",
        level="state",
        state="NY",
        **args,
    )
    spider._triage = triage
    return spider


def test_a_recorded_bill_becomes_an_item_with_every_field() -> None:
    spider = make_spider(texts="no")  # the text's own test is below
    (listing,) = spider.plan()
    page = fixture("openstates_v3_bills_page_with_includes.json")
    (item,) = list(spider.parse_page(response(f"{API}/bills", page), listing=listing, page=1))
    assert item == {
        "source": "openstates",
        "jurisdiction": "New York",
        "level": "state",
        "state": "NY",
        "vocabulary": "ocd",
        "precedence": 50,
        "session": "2025-2026",
        "identifier": "A 10774",
        "platform_id": "ocd-bill/c8a7ca6f-8145-4899-86c7-495df9111834",
        "url": "https://openstates.org/ny/bills/2025-2026/A10774/",
        "text_url": "https://www.nysenate.gov/legislation/bills/2025/A10774",
        "title": "Prohibits the employment of certain immigration and customs enforcement "
        "agents or officers in certain state and local positions",
        "summary": "Prohibits certain immigration and customs enforcement agents or officers from "
        "holding employment as a state employee, an employee of a political subdivision, a law "
        "enforcement officer, or a teacher; defines terms.",
        "measure_type": "bill",
        "raw_status": "REFERRED TO GOVERNMENTAL EMPLOYEES",
        "introduced_date": "2026-04-01",
        "actions": [
            {
                "date": "2026-04-01",
                "occurred_at": None,
                "actor": "Assembly",
                "actor_kind": "chamber",
                "description": "REFERRED TO GOVERNMENTAL EMPLOYEES",
                "classification": ["referral-committee"],
            }
        ],
        "modified": "2026-06-18T17:07:03.990770+00:00",
    }
    bill = validate_item(item)
    # The raw spellings stay; the tracker keys the measure (tracker/identity.py).
    assert (bill.session, bill.identifier) == ("2025-2026", "A 10774")
    # Its OCD classification places it on the ladder.
    assert map_action("ocd", bill.actions[0], "state").step == "in_committee"
    # One page, read to the end: the cursor may move to the newest change on it.
    assert listing.done and spider.listing_complete
    assert spider.new_cursor == "2026-06-18T17:07:03.990770+00:00"


def test_a_bill_without_includes_or_actions_keeps_the_empty_fields_empty() -> None:
    spider = make_spider()
    (listing,) = spider.plan()
    bill = fixture("OPENSTATES_bill_compact_MA_HD6143.json")
    page = {"results": [bill], "pagination": {"per_page": 20, "page": 1, "max_page": 1,
                                             "total_items": 1}}  # fmt: skip
    (item,) = list(spider.parse_page(response(f"{API}/bills", page), listing=listing, page=1))
    assert item["identifier"] == "HD 6143" and item["session"] == "194th"
    assert item["url"] == "https://openstates.org/ma/bills/194th/HD6143/"
    assert item["measure_type"] == "proposed bill"
    # "" from the API is no date and no status; no `actions` key in the reply is no history.
    assert item["introduced_date"] is None and item["raw_status"] is None
    assert item["actions"] is None and item["summary"] is None and item["text_url"] is None
    assert validate_item(item).actions is None


def test_the_first_listing_asks_for_everything_the_plan_says() -> None:
    spider = make_spider()
    spider.cursor = "2026-06-18T17:07:03.990770+00:00"
    spider.tracked = [
        TrackedMeasure("ocd-bill/1", "A 10774", "2025-2026"),
        TrackedMeasure("ocd-bill/2", "S 12", "2025-2026"),
    ]
    tracked, discovery = spider.plan()
    first = spider.page_request(tracked, 1)
    assert first.headers["X-API-KEY"] == b""  # the key comes from OPENSTATES_API_KEY
    query = first.url.split("?", 1)[1]
    assert "identifier=A+10774&identifier=S+12" in query
    # Overlap of an hour before the cursor, written as the API compares it.
    assert "updated_since=2026-06-18+16%3A07%3A03" in query
    assert "sort=updated_asc" in query and "per_page=20" in query and "page=1" in query
    for name in ("actions", "abstracts", "sources", "versions"):
        assert f"include={name}" in query
    assert tracked.wanted == {"ocd-bill/1", "ocd-bill/2"}
    assert discovery.params[0][0] == "q" and ("action_since" in dict(discovery.params))


def test_tracked_refresh_ignores_the_same_identifier_in_another_session() -> None:
    spider = make_spider()
    spider.tracked = [TrackedMeasure("ocd-bill/other", "A 10774", "2023-2024")]
    tracked, _ = spider.plan()
    page = fixture("openstates_v3_bills_page_with_includes.json")
    out = list(spider.parse_page(response(f"{API}/bills", page), listing=tracked, page=1))
    assert [type(x) for x in out] == [scrapy.Request]  # no item; discovery comes next
    assert "q=" in out[0].url


def test_paging_goes_on_until_max_page() -> None:
    spider = make_spider()
    (listing,) = spider.plan()
    bill = fixture("openstates_v3_bill.json")
    page = {"results": [bill], "pagination": {"per_page": 20, "page": 1, "max_page": 3,
                                             "total_items": 41}}  # fmt: skip
    out = list(spider.parse_page(response(f"{API}/bills", page), listing=listing, page=1))
    assert out[0]["identifier"] == "A 10774"
    assert "page=2" in out[1].url and "per_page=20" in out[1].url
    assert not listing.done and not spider.listing_complete
    assert listing.newest == bill["updated_at"]


@pytest.mark.parametrize(
    "body",
    ['{"results": [{"id": "ocd-bill/1", "identi', '{"detail": "Not Found"}', "[]", "<html>"],
)
def test_a_malformed_page_fails_the_crawl_with_a_clear_message(body) -> None:
    spider = make_spider()
    (listing,) = spider.plan()
    assert list(spider.parse_page(response(f"{API}/bills", body), listing=listing, page=1)) == []
    assert spider.fatal_error and "bills matching" in spider.fatal_error
    assert not spider.listing_complete and spider.new_cursor is None


def test_a_broken_bill_is_an_error_kept_for_next_time_the_rest_goes_on() -> None:
    spider = make_spider()
    (listing,) = spider.plan()
    good = fixture("openstates_v3_bill.json")
    broken = {"id": "ocd-bill/broken", "identifier": "A 1", "title": "x", "actions": "oops"}
    page = {"results": [broken, {"title": "no id"}, good],
            "pagination": {"per_page": 20, "page": 1, "max_page": 1, "total_items": 3}}  # fmt: skip
    out = list(spider.parse_page(response(f"{API}/bills", page), listing=listing, page=1))
    assert [i["identifier"] for i in out] == ["A 10774"]
    assert spider.failed_ids == {"ocd-bill/broken"}
    assert spider.fatal_error is None and spider.listing_complete


@pytest.mark.parametrize("query", ["HB 1", "sb1234", "287(g)", "AB 4 immigration", "  "])
def test_a_query_the_api_would_read_as_a_bill_number_is_refused(query) -> None:
    with pytest.raises(ValueError, match="bill identifier"):
        check_query(query)
    with pytest.raises(ValueError, match="bill identifier"):
        make_spider(queries=query)


@pytest.mark.parametrize("query", ['"287(g)" agreements', "immigration enforcement", "sanctuary"])
def test_word_queries_pass(query) -> None:
    assert check_query(query) == query


def test_a_candidate_waits_for_its_newest_text_from_the_legislature() -> None:
    spider = make_spider()
    (listing,) = spider.plan()
    page = fixture("openstates_v3_bills_page_with_includes.json")
    (request,) = list(spider.parse_page(response(f"{API}/bills", page), listing=listing, page=1))
    # The recorded bill is a candidate: its newest version's web page is asked for next.
    assert isinstance(request, scrapy.Request)
    assert request.url == "https://www.nysenate.gov/legislation/bills/2025/A10774"
    text = HtmlResponse(request.url, body=RECORDED_PAGE, encoding="utf-8", request=request)
    (item,) = list(request.callback(text, **request.cb_kwargs))
    assert item["identifier"] == "A 10774"
    assert item["text_url"] == request.url
    assert (
        "may not limit or restrict the enforcement of federal immigration laws" in item["full_text"]
    )


def test_text_links_prefer_the_newest_version_and_know_page_from_pdf() -> None:
    versions = [
        {"date": "2026-01-01", "links": [{"url": "old.html", "media_type": "text/html"}]},
        {
            "date": "2026-03-01",
            "links": [
                {"url": "new.doc", "media_type": "application/msword"},
                {"url": "new.pdf", "media_type": "application/pdf"},
            ],
        },
        {"date": "2026-02-01", "links": []},
    ]
    assert OpenStatesSpider.text_links(versions) == (None, "new.pdf")
    versions[1]["links"].append({"url": "new.html", "media_type": "text/html"})
    assert OpenStatesSpider.text_links(versions) == ("new.html", "new.pdf")
    assert OpenStatesSpider.text_links([]) == (None, None)
