"""Arizona's official item and Open States' report of the same bill are one measure: the
official title and history lead, the aggregator's extra action merges in."""

from __future__ import annotations

from pathlib import Path

import scrapy
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler
from sqlmodel import Session, select

from spiders.azleg.spider import ArizonaSpider
from storage.models import Action, Event, Measure, MeasureSource
from tests.seeding import store_raw

RESPONSES = Path(__file__).with_name("responses")


def official_item() -> dict:
    """HB2001 as the spider parses the recorded bill object."""
    crawler = get_crawler(ArizonaSpider)
    spider = ArizonaSpider.from_crawler(crawler, source="official-az")
    spider._triage = lambda title, summary: "no"  # the title decides; no text needed here
    url = "https://apps.azleg.gov/api/Bill/?billNumber=HB2001&sessionId=130&legislativeBody=H"
    body = (RESPONSES / "bill_HB2001.json").read_bytes()
    response = TextResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))
    (item,) = spider.parse_bill(response, "HB2001")
    return item


def open_states_item(official: dict) -> dict:
    """The same bill as an Open States-shaped item: "HB 2001" in session "57th-2nd-regular",
    OCD classifications, a title of its own, the official actions and one more."""
    actions = [
        {"date": a["date"], "actor": a["actor"], "description": a["description"]}
        for a in official["actions"]
    ]
    actions.append(
        {
            "date": "2026-02-02",
            "actor": "House",
            "description": "Referred to House JUD Committee",
            "classification": ["referral-committee"],
        }
    )
    return {
        "source": "openstates-az",
        "jurisdiction": "Arizona",
        "level": "state",
        "state": "AZ",
        "vocabulary": "ocd",
        "precedence": 50,
        "session": "57th-2nd-regular",
        "identifier": "HB 2001",
        "platform_id": "ocd-bill/0b7c7e6e-0000-4000-8000-000000002001",
        "title": "Immigration enforcement; state cooperation",
        "actions": actions,
    }


def test_official_and_aggregator_make_one_measure(any_engine) -> None:
    official = official_item()
    store_raw(any_engine, official, open_states_item(official))

    with Session(any_engine) as s:
        (measure,) = s.exec(select(Measure)).all()
        assert (measure.session, measure.identifier) == ("2026", "HB 2001")
        assert measure.title == "immigration enforcement; state cooperation"  # official leads
        links = s.exec(select(MeasureSource).order_by(MeasureSource.precedence)).all()
        assert [(ln.session, ln.identifier, ln.precedence) for ln in links] == [
            ("57th-2nd-regular", "HB2001", 10),
            ("57th-2nd-regular", "HB 2001", 50),
        ]
        actions = s.exec(select(Action).where(Action.measure_id == measure.id)).all()
        assert len(actions) == len(official["actions"]) + 1
        events = s.exec(select(Event).order_by(Event.id)).all()
        assert [e.kind for e in events if e.kind == "new_measure"] == ["new_measure"]
        assert [(e.kind, e.occurred_on.isoformat()) for e in events[1:]] == [
            ("action", "2026-02-02")
        ]
        assert measure.status == "vetoed"
