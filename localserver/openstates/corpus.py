"""Bills in the Open States v3 shape, for the local API: the recorded New York bill (with the
includes the real API adds: actions, abstracts, sources, versions) and generated ones built the
same way, immigration-related and background, so paging, discovery and changes can be shown.

Every bill here is the *full* object; the API removes what a request did not `include`.
"""

from __future__ import annotations

import json
import uuid
from copy import deepcopy
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")
NAMESPACE = uuid.UUID("6f1c3c57-4a3e-4a53-9d1e-3b1f6d0a5e21")

# Two-letter code -> (name, ocd-jurisdiction id, lower chamber, upper chamber, session)
STATES: dict[str, tuple[str, str, str, str, str]] = {
    "NY": ("New York", "state:ny", "Assembly", "Senate", "2025-2026"),
    "TX": ("Texas", "state:tx", "House", "Senate", "89"),
    "MA": ("Massachusetts", "state:ma", "House", "Senate", "194th"),
    "CA": ("California", "state:ca", "Assembly", "Senate", "20252026"),
    "IL": ("Illinois", "state:il", "House", "Senate", "104th"),
    "FL": ("Florida", "state:fl", "House", "Senate", "2026"),
    "DC": ("District of Columbia", "district:dc", "Council", "Council", "26"),
    "PR": ("Puerto Rico", "territory:pr", "House", "Senate", "2025-2028"),
}

RELEVANT_TITLES = [
    (
        "Relating to cooperation between local law enforcement and federal immigration authorities",
        "Prohibits state and local law enforcement agencies from honoring immigration detainer "
        "requests without a judicial warrant.",
    ),
    (
        "Relating to the enforcement of federal immigration law by local governments",
        "Requires counties to enter into 287(g) agreements with U.S. Immigration and Customs "
        "Enforcement.",
    ),
    (
        "Establishing the keep families together act",
        "Limits the sharing of personal information with federal immigration enforcement "
        "agencies; creates sanctuary protections for schools and hospitals.",
    ),
    (
        "Relating to driver's licenses for undocumented residents",
        "Allows residents to obtain a driver's license regardless of immigration status.",
    ),
    (
        "Relating to in-state tuition for noncitizen students",
        "Repeals eligibility of certain noncitizen students for resident tuition rates.",
    ),
    (
        "Prohibiting sanctuary policies in municipalities",
        "Prohibits local governments from adopting sanctuary policies; authorizes the attorney "
        "general to seek penalties.",
    ),
]
# Bills that mention immigration (the discovery query finds them) without being about it.
MENTION_TITLES = [
    ("Recognizing Immigrant Heritage Month", "Designates June as Immigrant Heritage Month."),
    ("Relating to a memorial to immigrant workers of the railroads", "Creates a memorial."),
    ("Honoring the centennial of the immigration museum", "Honors a museum."),
    (
        "Relating to employment of immigrant nurses",
        "Workforce grants for internationally trained immigrant nurses.",
    ),
]
BACKGROUND_TITLES = [
    ("Relating to school bus safety inspections", "Requires annual inspections of school buses."),
    ("Designating the state fossil", "Designates a state fossil."),
    ("Relating to the licensing of barbers", "Amends barber licensing fees."),
    ("Relating to property tax exemptions for veterans", "Expands a homestead exemption."),
    ("Relating to rural broadband grants", "Creates a grant program for rural broadband."),
    ("Relating to the regulation of drones over state parks", "Limits drones in state parks."),
]

# (description, OCD classifications, which organization acts: lower | upper | executive)
HISTORY = [
    ("Introduced and referred to committee on Judiciary", ["introduction", "referral-committee"]),
    ("Reported favorably from committee", ["committee-passage-favorable"]),
    ("Read third time and passed", ["reading-3", "passage"]),
    ("Received from other chamber; referred to State Affairs", ["referral-committee"]),
    ("Passed", ["passage"]),
    ("Sent to the Governor", ["executive-receipt"]),
    ("Signed by the Governor", ["executive-signature"]),
]


def jurisdiction_id(code: str) -> str:
    return f"ocd-jurisdiction/country:us/{STATES[code][1]}/government"


def org(code: str, which: str) -> dict[str, str]:
    name, _, lower, upper, _ = STATES[code]
    label, classification = {
        "lower": (lower, "lower" if lower != "Council" else "legislature"),
        "upper": (upper, "upper" if upper != "Council" else "legislature"),
        "executive": ("Governor" if code != "DC" else "Mayor", "executive"),
    }[which]
    ident = uuid.uuid5(NAMESPACE, f"{code}/{label}")
    return {"id": f"ocd-organization/{ident}", "name": label, "classification": classification}


def stamp(moment: datetime) -> str:
    """updated_at and created_at as the API writes them."""
    return moment.astimezone(UTC).isoformat()


def make_action(code: str, which: str, day: date, description: str, classes: list[str], order: int):
    return {
        "id": str(uuid.uuid5(NAMESPACE, f"{code}/{day}/{description}/{order}")),
        "organization": org(code, which),
        "description": description,
        "date": day.isoformat(),
        "classification": list(classes),
        "order": order,
        "related_entities": [],
    }


def refresh_computed(bill: dict[str, Any]) -> None:
    """The computed fields Open States keeps from the actions."""
    actions = bill.get("actions") or []
    dates = [a["date"][:10] for a in actions]
    bill["first_action_date"] = min(dates) if dates else ""
    bill["latest_action_date"] = max(dates) if dates else ""
    last = max(actions, key=lambda a: (a["date"], a["order"])) if actions else None
    bill["latest_action_description"] = last["description"] if last else ""
    passed = [a["date"][:10] for a in actions if "passage" in a["classification"]]
    bill["latest_passage_date"] = max(passed) if passed else ""


def make_bill(
    code: str,
    number: int,
    title: str,
    abstract: str,
    steps: int,
    first_day: date,
    updated: datetime,
    chamber: str = "lower",
) -> dict[str, Any]:
    name, _, lower, _, session = STATES[code]
    prefix = ("A" if lower == "Assembly" else "HB") if chamber == "lower" else "SB"
    if code == "DC":
        prefix = "B26-"
    identifier = f"{prefix} {number}" if not prefix.endswith("-") else f"{prefix}{number:04d}"
    bill_uuid = uuid.uuid5(NAMESPACE, f"{code}/{session}/{identifier}")
    other = "upper" if chamber == "lower" else "lower"
    actions = []
    for order, (description, classes) in enumerate(HISTORY[:steps], start=1):
        which = chamber if order <= 3 else other if order <= 5 else "executive"
        day = first_day + timedelta(days=9 * (order - 1))
        actions.append(make_action(code, which, day, description, classes, order))
    slug = identifier.replace(" ", "")
    bill = {
        "id": f"ocd-bill/{bill_uuid}",
        "session": session,
        "jurisdiction": {"id": jurisdiction_id(code), "name": name, "classification": "state"},
        "from_organization": org(code, chamber),
        "identifier": identifier,
        "title": title,
        "classification": ["bill"],
        "subject": [],
        "extras": {},
        "created_at": stamp(updated - timedelta(days=30)),
        "updated_at": stamp(updated),
        "openstates_url": f"https://openstates.org/{code.lower()}/bills/{session}/{slug}/",
        "first_action_date": "",
        "latest_action_date": "",
        "latest_action_description": "",
        "latest_passage_date": "",
        "abstracts": [{"abstract": abstract, "note": ""}] if abstract else [],
        "actions": actions,
        "sources": [{"url": f"https://legislature.example/{code.lower()}/{slug}", "note": ""}],
        "versions": [
            {
                "note": "Introduced",
                "date": first_day.isoformat(),
                "links": [
                    {
                        "url": f"https://legislature.example/{code.lower()}/{slug}.pdf",
                        "media_type": "application/pdf",
                    },
                    {
                        "url": f"https://legislature.example/{code.lower()}/{slug}.html",
                        "media_type": "text/html",
                    },
                ],
            }
        ],
    }
    refresh_computed(bill)
    return bill


def recorded_ny_bill() -> dict[str, Any]:
    """The recorded New York bill (A 10774), with the includes the real API adds to it: its one
    action (the sample's latest_action_description on its first_action_date), its source and
    its introduced version."""
    bill = json.loads((DATA / "openstates_v3_bill.json").read_text())
    bill = deepcopy(bill)
    bill["actions"] = [
        {
            "id": "8e5f2a52-1f3b-4bd5-8d0c-6b5e0c2a7a10",
            "organization": {
                "id": bill["from_organization"]["id"],
                "name": "Assembly",
                "classification": "lower",
            },
            "description": "REFERRED TO GOVERNMENTAL EMPLOYEES",
            "date": "2026-04-01",
            "classification": ["referral-committee"],
            "order": 1,
            "related_entities": [],
        }
    ]
    bill["sources"] = [
        {"url": "https://www.nysenate.gov/legislation/bills/2025/A10774", "note": ""},
        {
            "url": "https://assembly.state.ny.us/leg/?default_fld=&bn=A10774&term=2025"
            "&Summary=Y&Actions=Y&Text=Y",
            "note": "",
        },
    ]
    bill["versions"] = [
        {
            "note": "A10774",
            "date": "2026-04-01",
            "links": [
                {
                    "url": "https://www.nysenate.gov/legislation/bills/2025/A10774",
                    "media_type": "text/html",
                }
            ],
        }
    ]
    return bill


def recorded_ma_bill() -> dict[str, Any]:
    """The recorded Massachusetts docket (HD 6143): no actions yet, empty computed fields."""
    bill = json.loads((DATA / "OPENSTATES_bill_compact_MA_HD6143.json").read_text())
    bill.update(abstracts=[], actions=[], sources=[], versions=[])
    return bill


def build_state(
    code: str,
    relevant: int = 6,
    background: int = 30,
    mentions: int = 0,
    today: date | None = None,
    start_number: int = 100,
) -> list[dict[str, Any]]:
    """RELEVANT immigration bills (most of them relevant to the tracker, some only about
    immigration), MENTIONS that only mention it, and BACKGROUND others for one state, in the
    real shape; the recorded bills are added for New York and Massachusetts."""
    today = today or date.today()
    bills = []
    base = datetime.combine(today - timedelta(days=40), datetime.min.time(), tzinfo=UTC)
    for i in range(relevant + mentions + background):
        if i < relevant:
            pool, index = RELEVANT_TITLES, i
        elif i < relevant + mentions:
            pool, index = MENTION_TITLES, i - relevant
        else:
            pool, index = BACKGROUND_TITLES, i - relevant - mentions
        title, abstract = pool[index % len(pool)]
        if index >= len(pool):
            title = f"{title} ({index // len(pool) + 1})"
        steps = 1 + (i * 3) % len(HISTORY)
        first_day = today - timedelta(days=90 - (i % 20))
        updated = base + timedelta(hours=i, minutes=7 * i)
        chamber = "lower" if i % 3 else "upper"
        bills.append(
            make_bill(code, start_number + i, title, abstract, steps, first_day, updated, chamber)
        )
    if code == "NY":
        bills.append(recorded_ny_bill())
    if code == "MA":
        bills.append(recorded_ma_bill())
    return bills


def jurisdiction_rows() -> list[dict[str, Any]]:
    """/jurisdictions rows: the recorded list, plus the simulated states it lacks."""
    recorded = json.loads((DATA / "OPENSTATES_jurisdictions_list.json").read_text())["results"]
    rows = {row["id"]: row for row in recorded}
    for code, (name, part, *_rest) in STATES.items():
        ident = jurisdiction_id(code)
        rows.setdefault(
            ident,
            {
                "id": ident,
                "name": name,
                "classification": "state",
                "division_id": f"ocd-division/country:us/{part}",
                "url": f"https://legislature.example/{code.lower()}",
                "latest_bill_update": "2026-06-18T17:07:03.990770+00:00",
                "latest_people_update": "2026-06-01T00:00:00+00:00",
            },
        )
    return list(rows.values())
