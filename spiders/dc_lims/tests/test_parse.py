"""The LIMS spider's parse methods on the recorded details reply (real, B26-0001) and search
replies in the shape public code reads, asserting every field of what it yields."""

from __future__ import annotations

import json
from pathlib import Path

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from spiders.dc_lims.spider import DcLimsSpider, council_period, fingerprint
from tracker.items import ActionItem, validate_item
from tracker.status import map_action

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/lims"


def recorded() -> dict:
    return json.loads((RESPONSES / "dc_lims_legislation_details.json").read_text())


def response(url: str, body: object | str) -> TextResponse:
    text = body if isinstance(body, str) else json.dumps(body)
    return TextResponse(url=url, body=text.encode(), encoding="utf-8", request=scrapy.Request(url))


def make_spider(triage=lambda title, summary: "no", **args) -> DcLimsSpider:
    spider = DcLimsSpider.from_crawler(
        get_crawler(DcLimsSpider),
        api_url=API,
        council_period=26,
        jurisdiction="District of Columbia",
        level="state",
        state="DC",
        **args,
    )
    spider._triage = triage
    return spider


def test_the_recorded_details_become_an_item_with_every_field() -> None:
    spider = make_spider()
    (item,) = list(spider.parse_details(response(f"{API}/x", recorded()), "B26-0001", "abc"))
    actions = item.pop("actions")
    assert item == {
        "source": "dc_lims",
        "jurisdiction": "District of Columbia",
        "level": "state",
        "state": "DC",
        "vocabulary": "dc_lims",
        "precedence": 10,
        "session": "Council Period 26",
        "session_start_year": 2025,
        "session_end_year": 2026,
        "identifier": "B26-0001",
        "platform_id": "B26-0001",
        "url": "https://lims.dccouncil.gov/Legislation/B26-0001",
        "title": "Rent Stabilized Housing Inflation Protection Continuation Emergency "
        "Amendment Act of 2025",
        "summary": None,
        "measure_type": "Bill",
        "raw_status": "Act Published",
        "introduced_date": "2025-01-06",
        "change_hash": "abc",
        "hearings": [],
    }
    assert [(a["date"], a["actor"], a["description"]) for a in actions] == [
        (
            "2025-01-06",
            "Council",
            "B26-0001 Introduced by Councilmember R. White at Office of the Secretary",
        ),
        ("2025-01-07", "Council", "Retained by the Council"),
        ("2025-01-07", "Council", "Final Reading: Approved"),
        ("2025-01-23", "Council", "Transmitted to Mayor, Response Due on Feb 06, 2025"),
        (
            "2025-02-03",
            "Mayor",
            "Signed by the Mayor and Enacted with Act Number A26-0003, Expires on May 04, 2025",
        ),
        (
            "2025-02-07",
            "Council",
            "Act A26-0003 Published in DC Register Vol 72 and Page 001133, Expires on May 04, 2025",
        ),
    ]
    assert [a["classification"] for a in actions] == [
        ["Introduction"],
        ["CommitteeReferral"],
        ["MeetingVoting"],
        ["TransmittedToMayor"],
        ["SignedEnacted"],
        ["ActPublished"],
    ]
    assert actions[2]["passed"] is True and actions[2]["vote"] is None  # no member votes given
    assert actions[2]["text"] == "Legislative Meeting"
    validated = validate_item({**item, "actions": actions})
    steps = [map_action("dc_lims", a, "state", "Bill").step for a in validated.actions]
    assert steps == [
        "introduced",
        "in_committee",
        "passed_legislature",
        "sent_to_executive",
        "enacted",
        None,
    ]


def test_resolutions_take_effect_on_adoption_and_a_failed_reading_fails() -> None:
    def step(description: str, kinds: list[str], mtype: str = "Bill", passed=None):
        action = ActionItem(
            date="2025-01-01", description=description, classification=kinds, passed=passed
        )
        return map_action("dc_lims", action, "state", mtype).step

    assert step("Final Reading: Approved", ["MeetingVoting"], "Resolution") == "enacted"
    assert step("First Reading: Approved", ["MeetingVoting"]) == "passed_committee"
    assert step("Final Reading: Disapproved", ["MeetingVoting"], passed=False) == "failed"
    assert step("Vetoed by the Mayor", ["Vetoed"]) == "vetoed"


def test_search_rows_are_compared_with_the_stored_fingerprint() -> None:
    spider = make_spider(
        triage=lambda title, summary: "candidate" if "Sanctuary" in title else "no"
    )
    same = {"legislationNumber": "B26-0002", "title": "Alley closing", "status": "Introduced"}
    changed = {"legislationNumber": "B26-0003", "title": "Alley closing", "status": "Enacted"}
    wanted = {"legislationNumber": "B26-0004", "title": "Sanctuary Values Act", "status": "x"}
    spider.known_hashes = {"B26-0002": fingerprint(same), "B26-0003": "old"}
    body = {
        "pagination": {"pageIndex": 0, "pageSize": 100, "totalCount": 3},
        "searchResults": {"results": [same, changed, wanted, {"title": "no number"}]},
    }
    out = list(spider.parse_search(response(f"{API}/search", body), page=0))
    plain, details = out
    assert plain["identifier"] == "B26-0003" and plain["change_hash"] == fingerprint(changed)
    assert details.url == f"{API}/api/Search/GetLegislationDetails/B26-0004"
    assert details.cb_kwargs["change"] == fingerprint(wanted)
    assert spider.listing_complete
    assert spider.failed_ids == set()  # a row without a number is counted, not retried


def test_a_search_reply_without_results_fails_clearly() -> None:
    spider = make_spider()
    list(spider.parse_search(response(f"{API}/search", {"Message": "blocked"}), page=0))
    assert "no searchResults/pagination" in spider.fatal_error
    assert council_period(2025) == council_period(2026) == 26
