"""Feed test helpers: measures stored through the real pipeline, strict feed parsing, the app."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import feedparser
from fastapi import FastAPI
from lxml import etree
from sqlalchemy.engine import Engine

from tests.seeding import actions_until, make_item, store_raw
from tracker.config import load_config

PUBLIC_URL = "http://tracker.test"


def chicago(**overrides) -> dict:
    return make_item(**overrides)


def texas_county_protective(**overrides) -> dict:
    item = make_item(
        jurisdiction="Travis County, TX",
        level="county",
        state="TX",
        session="2024",
        identifier="R-2024-17",
        platform_id="2001",
        url="https://travis.example.gov/R-2024-17",
        title="Resolution ending the county's 287(g) agreement with ICE",
        summary="Terminates the sheriff's 287(g) agreement and bars deputizing jail staff as "
        "immigration agents.",
        measure_type="Resolution",
        actions=actions_until(date(2024, 3, 1), [("Referred", "Commissioners Court")]),
    )
    item.update(overrides)
    return item


def texas_county_restrictive(**overrides) -> dict:
    item = make_item(
        jurisdiction="Harris County, TX",
        level="county",
        state="TX",
        session="2024",
        identifier="R-2024-99",
        platform_id="3001",
        url="https://harris.example.gov/R-2024-99",
        title="Resolution requiring the sheriff to enter a 287(g) agreement with ICE",
        summary="Requires the sheriff to enter into a 287(g) agreement and honor all "
        "immigration detainers.",
        measure_type="Resolution",
        actions=actions_until(date(2024, 4, 1), [("Referred", "Commissioners Court")]),
    )
    item.update(overrides)
    return item


def california_enacted(**overrides) -> dict:
    item = make_item(
        jurisdiction="California",
        level="state",
        state="CA",
        session="20132014",
        identifier="AB 4",
        platform_id="ca-ab4",
        url="https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201320140AB4",
        title="TRUST Act: state and local law enforcement, immigration detainers",
        summary="Prohibits law enforcement from detaining an individual on an immigration "
        "hold after the individual becomes eligible for release unless conditions are met.",
        measure_type="Bill",
        vocabulary="text",
        actions=actions_until(
            date(2013, 10, 1),
            [
                ("Introduced", "Assembly"),
                ("Passed the Assembly", "Assembly"),
                ("Passed the Senate", "Senate"),
                ("Signed by the Governor", "Governor"),
            ],
        ),
    )
    item.update(overrides)
    return item


def hearing(key: str, starts_at: datetime, **overrides) -> dict:
    value = {
        "key": key,
        "starts_at": starts_at.isoformat(),
        "body": "Committee on Finance",
        "location": "City Hall, Room 201",
    }
    value.update(overrides)
    return value


def seed(engine: Engine) -> dict[str, dict]:
    """Four measures in three states, of every stance and level; returns the raw items."""
    items = {
        "chicago": chicago(),
        "travis": texas_county_protective(),
        "harris": texas_county_restrictive(),
        "california": california_enacted(),
    }
    store_raw(engine, *items.values())
    return items


def parse_strict(body: bytes) -> etree._Element:
    """Parse with lxml's strict parser (no recovery): raises on any malformed XML."""
    return etree.fromstring(body, etree.XMLParser(recover=False, resolve_entities=False))


def parse_feed(body: bytes) -> feedparser.FeedParserDict:
    """feedparser result, asserting it found nothing wrong (no bozo) and strict XML parses too."""
    parse_strict(body)
    parsed = feedparser.parse(body)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


def entry_ids(body: bytes) -> list[str]:
    return [e.id for e in parse_feed(body).entries]


def feeds_app(engine: Engine, public_url: str = PUBLIC_URL) -> FastAPI:
    """The feeds router on a bare app with the state the web app's dependencies read."""
    from tracker.feeds.routes import router

    config = load_config(
        {
            "TRACKER_DATABASE_URL": str(engine.url.render_as_string(False)),
            "TRACKER_PUBLIC_URL": public_url,
        }
    )
    app = FastAPI()
    app.state.config = config
    app.state.engine = engine
    app.include_router(router)
    return app


def future(days: int) -> datetime:
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0)
