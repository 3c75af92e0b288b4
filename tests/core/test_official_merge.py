"""One bill reported by a state's official site and by an aggregator is one measure: the
official item (as the state's spider yields it) and an item shaped like Open States' (vocabulary
"ocd", "AB 4" for "AB4", "20132014" for the official session's spelling, precedence 50) stored
through the real Store: one measure, one merged history, one new_measure event, the official
title kept, whichever arrives first."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
import scrapy
from scrapy.http import TextResponse, XmlResponse
from scrapy.utils.test import get_crawler
from sqlmodel import Session, select

from storage.models import Action, Event, Measure, MeasureSource
from tracker.classify import classify
from tracker.items import validate_item
from tracker.store import Store, chamber_of

SPIDERS = Path(__file__).resolve().parents[2] / "spiders"
TITLE = "Enacts the New York for All Act"
SUMMARY = (
    "Prohibits state and local officers from honoring civil immigration detainers or sharing "
    "information with federal immigration enforcement without a judicial warrant."
)


def respond(url: str, body: bytes) -> TextResponse:
    return TextResponse(url=url, body=body, encoding="utf-8", request=scrapy.Request(url))


def official_ny() -> dict:
    """The New York spider's item for the real S609-2017 response, given an immigration title."""
    from spiders.nysenate.spider import NYSenateSpider

    spider = NYSenateSpider.from_crawler(
        get_crawler(NYSenateSpider),
        source="official-ny",
        api_key="k",
        session_year="2017",
    )
    spider._triage = lambda title, summary: "candidate"
    sample = json.loads((SPIDERS / "nysenate/tests/responses/NY_bill_S609-2017.json").read_text())
    sample["result"].update(title=TITLE, summary=SUMMARY)
    body = json.dumps(sample).encode()
    (item,) = spider.parse_bill(respond("http://x/bills/2017/S609", body), "S609-2017", True)
    return item


def openstates_ny() -> dict:
    return {
        "source": "openstates-ny",
        "jurisdiction": "New York",
        "level": "state",
        "state": "NY",
        "session": "2017-2018",
        "identifier": "S 609",
        "platform_id": "ocd-bill/0f3a1c2e-1111-2222-3333-444455556666",
        "url": "https://www.nysenate.gov/legislation/bills/2017/S609",
        "title": "Relates to the New York for All act; immigration enforcement",
        "summary": SUMMARY,
        "vocabulary": "ocd",
        "precedence": 50,
        "actions": [
            {
                "date": "2017-01-04",
                "actor": "upper",
                "description": "REFERRED TO JUDICIARY",
                "classification": ["referral-committee"],
            },
            {  # an action only the aggregator has
                "date": "2017-01-10",
                "actor": "upper",
                "description": "NOTICE OF COMMITTEE CONSIDERATION - REQUESTED",
                "classification": [],
            },
        ],
    }


def official_ca() -> dict:
    """The California spider's item for AB 4 of 2013-14, read from a PUBINFO zip."""
    from localserver.calegislature.downloads import Bill, build_zip
    from spiders.calegislature.pubinfo import Extract
    from spiders.calegislature.spider import CALegislatureSpider

    bill = Bill(
        2013,
        "AB",
        4,
        "State government: federal immigration policy enforcement.",
        "Prohibits detaining an individual on an immigration hold.",
        date(2012, 12, 3),
    )
    stamp = datetime(2012, 12, 3, 18, 0)
    bill.version("Introduced", date(2012, 12, 3), stamp)
    bill.act("Read first time. To print.", date(2012, 12, 3), stamp)
    bill.act(
        "Referred to Coms. on PUB. S. and JUD.", date(2013, 1, 14), stamp, secondary="Committee"
    )
    bill.act("Approved by the Governor.", date(2013, 10, 5), stamp, location="Governor")
    extract = Extract()
    extract.read_zip(build_zip([bill]), "pubinfo_2013.zip")
    spider = CALegislatureSpider.from_crawler(
        get_crawler(CALegislatureSpider), source="official-ca"
    )
    spider._triage = lambda title, summary: "candidate"
    spider.extract = extract
    (item,) = spider.items()
    assert (item["identifier"], item["platform_id"]) == ("AB4", "201320140AB4")
    return item


def openstates_ca() -> dict:
    return {
        "source": "openstates-ca",
        "jurisdiction": "California",
        "level": "state",
        "state": "CA",
        "session": "20132014",
        "identifier": "AB 4",
        "platform_id": "ocd-bill/7e0b1f4c-aaaa-bbbb-cccc-ddddeeeeffff",
        "title": "Trust Act",
        "vocabulary": "ocd",
        "precedence": 50,
        "actions": [
            {
                "date": "2013-01-14",
                "actor": "lower",
                "description": "Referred to Coms. on PUB. S. and JUD",
                "classification": ["referral-committee"],
            },
            {
                "date": "2013-10-05",
                "actor": "executive",
                "description": "Approved by the Governor",
                "classification": ["executive-signature"],
            },
            {  # only the aggregator has it
                "date": "2013-10-05",
                "actor": "executive",
                "description": "Chaptered by Secretary of State - Chapter 570, Statutes of 2013.",
                "classification": ["became-law"],
            },
        ],
    }


def official_il() -> dict:
    """The Illinois spider's item for the real HB 5234 file, given an immigration caption."""
    from spiders.ilga.spider import ILGASpider

    spider = ILGASpider.from_crawler(get_crawler(ILGASpider), source="official-il")
    spider._triage = lambda title, summary: "candidate"
    xml = (SPIDERS / "ilga/tests/responses/IL_billstatus_HB5234_104GA.xml").read_text()
    xml = xml.replace("LANDLORD-TENANT FEES", "IMMIGRANT TENANT PROTECTION").replace(
        "Amends the Landlord and Tenant Act.",
        # a landlord's own disclosure would be housing law (other_immigration, DOMAIN.md); the
        # police sharing tenants' data is what makes the measure tracked
        "Amends the Immigrant Tenant Protection Act. Prohibits law enforcement agencies from "
        "sharing tenants' information with federal immigration enforcement.",
    )
    url = "http://x/104/BillStatus/XML/10400HB5234.xml"
    response = respond(url, xml.encode())
    (item,) = spider.parse_bill(response, "10400HB5234.xml")
    return item


def openstates_il() -> dict:
    return {
        "source": "openstates-il",
        "jurisdiction": "Illinois",
        "level": "state",
        "state": "IL",
        "session": "104th",
        "identifier": "HB 5234",
        "platform_id": "ocd-bill/3c1d2e3f-0000-1111-2222-333344445555",
        "title": "LANDLORD-TENANT FEES; immigrant tenants",
        "summary": "Prohibits law enforcement agencies from sharing tenants' information with"
        " federal immigration enforcement.",
        "vocabulary": "ocd",
        "precedence": 50,
        "actions": [
            {
                "date": "2026-02-05",
                "actor": "lower",
                "description": "Filed with the Clerk by Rep. Nabeela Syed",
                "classification": ["introduction"],
            },
            {
                "date": "2026-06-26",
                "actor": "lower",
                "description": "Governor Approved",
                "classification": ["executive-signature"],
            },
            {  # only the aggregator has it
                "date": "2026-02-11",
                "actor": "lower",
                "description": "Added Chief Co-Sponsor Rep. Kam Buckner",
                "classification": [],
            },
        ],
    }


def official_tx() -> dict:
    """The Texas spider's item for SB 8 (89R), read from a bill-history file."""
    from localserver.txlege.ftp import build_corpus
    from spiders.txlege.spider import TXLegeSpider

    bill = build_corpus("89R", n_other=0)[0]
    spider = TXLegeSpider.from_crawler(get_crawler(TXLegeSpider), source="official-tx")
    spider._triage = lambda title, summary: "candidate"
    url = f"ftp://127.0.0.1:2121/{bill.path}"
    response = XmlResponse(url=url, body=bill.xml(), request=scrapy.Request(url))
    (item,) = spider.parse_history(response, bill.path)
    return item


def openstates_tx() -> dict:
    return {
        "source": "openstates-tx",
        "jurisdiction": "Texas",
        "level": "state",
        "state": "TX",
        "session": "89",
        "identifier": "SB 8",
        "platform_id": "ocd-bill/9d8c7b6a-1234-5678-9abc-def012345678",
        "title": "Relating to 287(g) agreements of sheriffs",
        "vocabulary": "ocd",
        "precedence": 50,
        "actions": [
            {
                "date": "2024-11-12",
                "actor": "upper",
                "description": "Filed",
                "classification": ["filing"],
            },
            {
                "date": "2025-01-11",
                "actor": "upper",
                "description": "Referred to Finance",
                "classification": ["referral-committee"],
            },
            {  # only the aggregator has it
                "date": "2025-02-20",
                "actor": "upper",
                "description": "Scheduled for public hearing on . . .",
                "classification": [],
            },
        ],
    }


CASES = {
    "TX": (official_tx, openstates_tx, "SB 8", "2025", 4),
    "IL": (official_il, openstates_il, "HB 5234", "2025-2026", 34),
    "NY": (official_ny, openstates_ny, "S 609", "2017-2018", 4),
    "CA": (official_ca, openstates_ca, "AB 4", "2013-2014", 4),
}


def words(text: str) -> str:
    """A description without case or punctuation, as the store compares them."""
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def store(engine, raw: dict):
    item = validate_item(raw)
    cls = classify(item.title, item.summary, item.full_text, item.jurisdiction, item.level)
    return Store(engine).store(item, cls)


@pytest.mark.parametrize(
    "official_first", [True, False], ids=["official-first", "aggregator-first"]
)
@pytest.mark.parametrize("state", sorted(CASES))
def test_official_and_aggregator_make_one_measure(any_engine, state, official_first) -> None:
    make_official, make_aggregator, identifier, session, n_actions = CASES[state]
    official, aggregator = make_official(), make_aggregator()
    for raw in [official, aggregator] if official_first else [aggregator, official]:
        store(any_engine, raw)
    with Session(any_engine) as s:
        (measure,) = s.exec(select(Measure)).all()
        assert (measure.identifier, measure.session) == (identifier, session)
        assert measure.title == official["title"]  # the official site leads (precedence 10)
        assert measure.relevant
        links = s.exec(select(MeasureSource)).all()
        assert sorted(link.identifier for link in links) == sorted(
            [official["identifier"], aggregator["identifier"]]
        )
        actions = s.exec(select(Action).where(Action.measure_id == measure.id)).all()
        descriptions = [words(a.description) for a in actions]
        assert len(actions) == n_actions  # shared actions once, each source's own added
        assert len({(a.date, chamber_of(a.actor), words(a.description)) for a in actions}) == len(
            actions
        )
        for action in official["actions"] + aggregator["actions"]:
            assert words(action["description"]) in descriptions
        events = s.exec(select(Event)).all()
        kinds = [e.kind for e in events]
        assert kinds.count("new_measure") == 1
