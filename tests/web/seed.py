"""A small, varied tracker database built through the real store path, shared by the web tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage.db import session_scope
from storage.models import CrawlRun, Jurisdiction, Measure
from storage.repository import ensure_source
from tests.seeding import actions_until, make_item, store_raw

HOSTILE_TITLE = (
    '<script>alert("x")</script> ]]> <img src=x onerror=alert(1)> "Trust" Act: '
    "limits honoring immigration detainers & 287(g)"
)


def chicago_ordinance(**overrides) -> dict:
    """Chicago's Welcoming City Ordinance: protective, enacted, with a hearing still ahead."""
    item = make_item(
        actions=actions_until(
            date(2012, 7, 25),
            [
                ("Introduced", "City Council"),
                ("Referred", "Committee on Human Relations"),
                ("Recommended to Pass", "Committee on Human Relations"),
                ("Passed", "City Council"),
                ("Signed by Mayor", "Office of the Mayor"),
            ],
        ),
        text_url="https://chicago.legistar.com/View.ashx?M=F&ID=1001",
        hearings=[
            {
                "key": "meeting-ahead",
                "starts_at": (datetime.now(UTC) + timedelta(days=10)).replace(microsecond=0),
                "body": "Committee on Human Relations",
                "location": "City Hall, Room 201",
            }
        ],
    )
    item["actions"][3]["vote"] = ROLL_CALL
    item.update(overrides)
    return item


# The Council's roll call on the ordinance, as a spider hands it over (tracker/votes.py).
ROLL_CALL = {
    "motion": "Passed",
    "result": "pass",
    "yes": 2,
    "no": 1,
    "other": 1,
    "members": [
        {"name": "Moreno, Proco Joe", "vote": "yes"},
        {"name": "Burke, Edward M.", "vote": "yes"},
        {"name": "Balcer, James A.", "vote": "no"},
        {"name": "Cochran, Willie B.", "vote": "absent"},
    ],
}


def seed(engine: Engine) -> dict[str, int]:
    """Store the test measures; returns their ids by short name."""
    items = {
        "chicago": chicago_ordinance(),
        "texas": make_item(
            source="texas",
            jurisdiction="Texas",
            level="state",
            state="TX",
            session="85R",
            identifier="SB 4",
            platform_id="tx-sb4",
            url="https://capitol.texas.gov/BillLookup/History.aspx?LegSess=85R&Bill=SB4",
            title="Relating to the enforcement of state and federal immigration laws and "
            "prohibiting sanctuary city policies; requires jails to comply with immigration "
            "detainers",
            summary="Prohibits local entities from adopting sanctuary policies, requires "
            "compliance with ICE detainer requests, and penalizes officials.",
            measure_type="Bill",
            actions=actions_until(
                date(2017, 1, 20),
                [
                    ("Introduced", "Senate"),
                    ("Passed", "Senate"),
                    ("Passed", "House"),
                    ("Signed by the Governor", "Governor"),
                ],
            ),
        ),
        "nyc": make_item(
            source="nyc",
            jurisdiction="New York City, NY",
            state="NY",
            session="2024",
            identifier="Int 0214-2024",
            platform_id="nyc-214",
            url="https://legistar.council.nyc.gov/LegislationDetail.aspx?ID=214",
            title="A Local Law to prohibit agreements under section 287(g) with federal "
            "immigration authorities",
            summary="Bars the city from entering 287(g) agreements with ICE.",
            actions=actions_until(
                date(2024, 3, 1),
                [
                    ("Introduced by Council", "City Council"),
                    ("Referred to Comm by Council", "City Council"),
                ],
            ),
        ),
        "hostile": make_item(
            source="test-source",
            identifier="O2013-0001",
            platform_id="1002",
            session="2013",
            title=HOSTILE_TITLE,
            url="https://chicago.legistar.com/LegislationDetail.aspx?ID=1002",
            actions=actions_until(date(2013, 2, 1), [("Introduced", "City Council")]),
        ),
        "wildlife": make_item(
            source="test-source",
            identifier="R2013-0100",
            platform_id="1100",
            session="2013",
            title="Resolution designating a wildlife and bird sanctuary at Montrose Point",
            summary="Designates a bird sanctuary.",
            actions=actions_until(date(2013, 5, 1), [("Adopted", "City Council")]),
        ),
    }
    store_raw(engine, *items.values())
    # A later crawl sees one more action on the NYC bill: one more event.
    later = dict(items["nyc"])
    later["actions"] = items["nyc"]["actions"] + [
        {
            "date": "2024-04-15",
            "description": "Hearing Held by Committee",
            "actor": "Committee on Public Safety",
            "text": "Vote: 7 Affirmative, 1 Negative",
        }
    ]
    store_raw(engine, later)
    ids: dict[str, int] = {}
    with session_scope(engine) as session:
        for name, item in items.items():
            ids[name] = session.exec(
                select(Measure.id).where(Measure.identifier == item["identifier"])
            ).one()
        chicago = session.exec(select(Jurisdiction).where(Jurisdiction.name == "Chicago, IL")).one()
        chicago.latitude, chicago.longitude = 41.88, -87.63
        texas = session.exec(select(Jurisdiction).where(Jurisdiction.name == "Texas")).one()
        source = ensure_source(session, "texas-legislature", "texas", texas.id)
        ok = ensure_source(session, "chicago-legistar", "legistar", chicago.id)
        ok.last_success_at = datetime.now(UTC)
        source.last_error_at = datetime.now(UTC)
        source.last_error = "HTTP 503 from <capitol.texas.gov>"
        session.add(
            CrawlRun(
                source_id=source.id,
                outcome="failed",
                items_seen=12,
                relevant=3,
                new=1,
                changed=0,
                events=1,
                errors=1,
                finished_at=datetime.now(UTC),
            )
        )
    return ids
