"""The eLMS spider's parse methods on recorded replies (the real meeting listing; a matter record
in the documented shape), asserting every field of what it yields."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from spiders.chicago_elms.spider import ChicagoElmsSpider, agenda_matter_ids
from tracker.items import ActionItem, validate_item
from tracker.status import map_action

RESPONSES = Path(__file__).with_name("responses")
API = "http://127.0.0.1:9/elms"


def fixture(name: str):
    return json.loads((RESPONSES / name).read_text())


def response(url: str, body: object | str) -> TextResponse:
    text = body if isinstance(body, str) else json.dumps(body)
    return TextResponse(url=url, body=text.encode(), encoding="utf-8", request=scrapy.Request(url))


def make_spider(triage=lambda title, summary: "no", **args) -> ChicagoElmsSpider:
    spider = ChicagoElmsSpider.from_crawler(
        get_crawler(ChicagoElmsSpider),
        api_url=API,
        jurisdiction="Chicago, IL",
        level="city",
        state="IL",
        **args,
    )
    spider._triage = triage
    return spider


def test_a_matter_record_becomes_an_item_with_every_field() -> None:
    spider = make_spider()
    row = fixture("chicago_elms_matter.json")
    (item,) = list(spider.parse_matter(response(f"{API}/matter/x", row), matter_id="x"))
    actions = item.pop("actions")
    assert item == {
        "source": "chicago_elms",
        "jurisdiction": "Chicago, IL",
        "level": "city",
        "state": "IL",
        "vocabulary": "chicago_elms",
        "precedence": 10,
        "session": "2024",
        "identifier": "O2024-0008421",
        "platform_id": "9C4E9A49-E10D-ED11-82E3-001DD80698CB",
        "url": "https://chicityclerkelms.chicago.gov/Matter/?matterId="
        "9C4E9A49-E10D-ED11-82E3-001DD80698CB",
        "title": row["title"],
        "summary": "Welcoming City Ordinance amendment",
        "measure_type": "Ordinance",
        "raw_status": "Passed",
        "introduced_date": "2024-01-24",
    }
    # In the clerk's order (`sort`), the unnamed row left out.
    assert [(a["date"], a["actor"], a["description"]) for a in actions] == [
        ("2024-01-24", "City Council", "Referred"),
        ("2024-03-12", "Committee on Immigrant and Refugee Rights", "Recommended to Pass"),
        ("2024-03-20", "City Council", "Passed"),
    ]
    assert actions[0]["occurred_at"] == "2024-01-24T16:00:00+00:00"
    assert actions[2]["occurred_at"] is None  # midnight: no time of day given
    assert actions[0]["text"] == "Referred to Committee on Immigrant and Refugee Rights"
    assert actions[0]["vote"] is None
    assert actions[2]["vote"] == {
        "motion": "Passed",
        "result": "pass",
        "yes": 2,
        "no": 1,
        "other": 1,
        "members": [
            {"name": "La Spata, Daniel", "vote": "yes"},
            {"name": "Hopkins, Brian", "vote": "no"},
            {"name": "Dowell, Pat", "vote": "yes"},
            {"name": "Beale, Anthony", "vote": "absent"},
        ],
    }
    validated = validate_item({**item, "actions": actions})
    assert validated.actions[2].vote.members[1].vote == "no"


def test_chicago_rules_put_passage_at_enacted_and_committee_votes_below() -> None:
    def step(description: str, actor: str = "City Council", mtype: str = "Ordinance"):
        action = ActionItem(date="2024-01-01", actor=actor, description=description)
        return map_action("chicago_elms", action, "city", mtype).step

    assert step("Passed") == "enacted"  # an ordinance passed and not vetoed takes effect
    assert step("Adopted", mtype="Resolution") == "enacted"  # on adoption
    assert step("Vetoed", actor="Mayor") == "vetoed"
    assert step("Veto Overridden") == "override"
    assert step("Recommended to Pass", actor="Committee on Finance") == "passed_committee"
    assert step("Passed", actor="Committee on Finance") == "passed_committee"
    assert step("Placed on File") == "failed"
    assert step("Referred") == "in_committee"


def test_listing_pages_and_sends_candidates_for_their_record() -> None:
    spider = make_spider(
        triage=lambda title, summary: "candidate" if "Welcoming" in title else "no", page_size=2
    )
    row = fixture("chicago_elms_matter.json")
    other = {**row, "matterId": "B", "recordNumber": "Or2024-1", "title": "Loading zone"}
    body = {"data": [row, other], "meta": {"skip": 0, "top": 2, "count": 5, "pages": 3}}
    out = list(spider.parse_listing(response(f"{API}/matter", body), skip=0, floor=None))
    detail, plain, following = out
    assert detail.url == f"{API}/matter/{row['matterId']}"
    assert plain["identifier"] == "Or2024-1" and "actions" not in plain
    query = parse_qs(urlsplit(following.url).query)
    assert query["skip"] == ["2"] and query["top"] == ["2"]
    assert query["sort"] == ["introductionDate asc"]
    assert "actions/any(a: a/actionDate ge 2023-05-15T00:00:00Z)" in query["filter"][0]
    assert not spider.listing_complete


def test_a_listing_without_data_fails_the_crawl_clearly() -> None:
    spider = make_spider()
    assert list(spider.parse_listing(response(f"{API}/matter", '{"data": [1'), 0, None)) == []
    assert "malformed JSON" in spider.fatal_error
    spider = make_spider()
    list(spider.parse_listing(response(f"{API}/matter", {"message": "nope"}), 0, None))
    assert "no data/meta" in spider.fatal_error and not spider.listing_complete


def test_the_recorded_meeting_listing_asks_for_each_agenda() -> None:
    spider = make_spider()
    recorded = fixture("chicago_elms_meeting.json")
    requests = list(spider.parse_meetings(response(f"{API}/meeting", recorded)))
    assert len(requests) == len(recorded["data"]) == 99
    assert requests[0].url == f"{API}/meeting/{recorded['data'][0]['meetingId']}"


def test_a_meeting_agenda_puts_hearings_on_its_matters() -> None:
    spider = make_spider()
    recorded = fixture("chicago_elms_meeting.json")["data"]
    cancelled = next(m for m in recorded if m["status"] == "Cancelled")
    agenda = {"groups": [{"items": [{"matterId": "M1"}, {"matterId": "M2", "sort": 2}]}]}
    assert agenda_matter_ids(agenda) == {"M1", "M2"}
    spider._agendas_pending = 1
    items = list(
        spider.parse_meeting(response(f"{API}/meeting/x", {**cancelled, "agenda": agenda}))
    )
    assert [i["platform_id"] for i in items] == ["M1", "M2"]
    assert items[0]["hearings"] == [
        {
            "key": cancelled["meetingId"],
            "starts_at": "2023-10-12T15:00:00+00:00",
            "body": "Committee on Zoning, Landmarks and Building Standards",
            "location": cancelled["location"],
            "status": "cancelled",
        }
    ]
    assert validate_item(items[0]).hearings[0].status == "cancelled"
