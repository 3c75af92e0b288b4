"""A small biennium of Washington bills: versions, descriptions and status changes, dated around
today so a crawl's date windows find them, and changeable between two crawls (`advance`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

# Real history lines and status codes as the Legislature writes them.
HOUSE_PATH = [
    ("Prefiled for introduction.", "H Prefiled"),
    ("First reading, referred to Civil Rights & Judiciary.", "H Civil R & Judi"),
    ("Public hearing in the House Committee on Civil Rights & Judiciary at 8:00 AM.", None),
    ("CRJ - Majority; 1st substitute bill be substituted, do pass.", "H Civil R & Judi"),
    ("Minority; do not pass.", "H Civil R & Judi"),
    ("Passed to Rules Committee for second reading.", "H Rules R"),
    ("Placed on second reading by Rules Committee.", "H 2nd Reading"),
    ("1st substitute bill substituted.", "H 2nd Reading"),
    ("Floor amendment(s) adopted.", "H 2nd Reading"),
    ("Rules suspended. Placed on Third Reading.", "H 3rd Reading"),
    ("Third reading, passed; yeas, 56; nays, 40; absent, 0; excused, 2.", "H Passed 3rd"),
    ("First reading, referred to Law & Justice.", "S Law & Justice"),
    ("LAW - Majority; do pass.", "S Law & Justice"),
    ("Passed to Rules Committee for second reading.", "S Rules 2"),
    ("Third reading, passed; yeas, 29; nays, 20; absent, 0; excused, 0.", "S Passed 3rd"),
    ("Speaker signed.", "H Speaker signed"),
    ("President signed.", "S President signed"),
    ("Delivered to Governor.", "Del to Gov"),
    ("Governor signed.", "Gov Signed"),
    ("Chapter 45, 2025 Laws.", "C 45 L 25"),
]


@dataclass
class Change:
    bill_id: str
    line: str
    when: datetime
    status: str


@dataclass
class Bill:
    number: int
    prefix: str  # "HB", "SB"
    short_description: str
    long_description: str
    legal_title: str
    introduced: datetime
    versions: list[str] = field(default_factory=list)  # BillIds, oldest first
    changes: list[Change] = field(default_factory=list)

    @property
    def agency(self) -> str:
        return "House" if self.prefix.startswith("H") else "Senate"

    @property
    def long_type(self) -> str:
        return f"{self.agency} Bill"


@dataclass
class Biennium:
    biennium: str
    bills: dict[int, Bill] = field(default_factory=dict)
    fail_history: set[int] = field(default_factory=set)  # history calls that answer 500

    @property
    def first_year(self) -> int:
        return int(self.biennium[:4])

    def add(self, bill: Bill) -> Bill:
        self.bills[bill.number] = bill
        return bill

    def advance(
        self,
        number: int,
        line: str,
        status: str,
        when: datetime | None = None,
        new_version: str | None = None,
    ) -> Change:
        """The Legislature records one more action (optionally under a new version's BillId)."""
        bill = self.bills[number]
        if new_version:
            bill.versions.append(new_version)
        day = when or datetime.combine(olympia_today(), datetime.min.time())
        change = Change(bill.versions[-1], line, day, status)
        bill.changes.append(change)
        return change

    def changes_between(self, begin: datetime, end: datetime) -> list[Change]:
        rows = [c for b in self.bills.values() for c in b.changes if begin <= c.when <= end]
        return sorted(rows, key=lambda c: (c.when, c.bill_id))


RELEVANT = [
    (
        "HB",
        1001,
        "Keep Washington Working act",
        "Concerning the Keep Washington Working act",
        "AN ACT Relating to immigration enforcement by state and local agencies",
    ),
    (
        "SB",
        5002,
        "Civil immigration detainers",
        "Concerning civil immigration detainers in county jails",
        "AN ACT Relating to the honoring of civil immigration detainers",
    ),
    (
        "HB",
        1003,
        "Immigration enforcement resources",
        "Limiting the use of state and local resources for federal civil immigration enforcement",
        "AN ACT Relating to federal civil immigration enforcement",
    ),
]
BACKGROUND = [
    "Concerning timber harvest excise taxes",
    "Relating to tribal fish hatcheries",
    "Concerning ferry vessel maintenance",
    "Concerning school district levy authority",
    "Modifying apple maggot quarantine areas",
    "Concerning public utility district elections",
]


def build_biennium(today: date, background: int = 40, relevant_steps: int = 11) -> Biennium:
    """Three immigration bills part-way through the House path and BACKGROUND others, all with
    their history between prefiling and two days ago."""
    first = today.year if today.year % 2 else today.year - 1
    state = Biennium(f"{first}-{(first + 1) % 100:02d}")
    start = datetime(first - 1, 12, 1)
    stop = datetime.combine(today - timedelta(days=2), datetime.min.time())
    span = max((stop - start).days, 1)
    for k, (prefix, number, short, long, legal) in enumerate(RELEVANT):
        bill = state.add(Bill(number, prefix, short, long, legal, start))
        bill.versions.append(f"{prefix} {number}")
        steps = HOUSE_PATH[: relevant_steps - k * 3]
        if prefix.startswith("S"):
            steps = [(swap_chambers(line), swap_chambers(code)) for line, code in steps]
        for i, (line, status) in enumerate(steps):
            if line.startswith("1st substitute"):
                bill.versions.append(f"S{prefix} {number}")
            when = start + timedelta(days=span * (i + 1) // (len(steps) + 1))
            bill.changes.append(Change(bill.versions[-1], line, when, status or bill_status(bill)))
    for i in range(background):
        number = (1100 + i) if i % 2 == 0 else (5100 + i)
        prefix = "HB" if number < 5000 else "SB"
        title = f"{BACKGROUND[i % len(BACKGROUND)]} ({i})"
        introduced = start + timedelta(days=(i * span) // (background + 1))
        bill = state.add(Bill(number, prefix, title, title, f"AN ACT {title}", introduced))
        bill.versions.append(f"{prefix} {number}")
        chamber = prefix[0]
        bill.changes.append(
            Change(
                bill.versions[-1],
                "First reading, referred to Rules.",
                introduced,
                f"{chamber} Rules",
            )
        )
    return state


def olympia_today() -> date:
    """Today in Olympia: the services date actions by the Legislature's wall clock."""
    return datetime.now(ZoneInfo("America/Los_Angeles")).date()


def swap_chambers(value: str | None) -> str | None:
    """The House path as a Senate bill walks it ("H Rules R" <-> "S Rules R")."""
    if value is None:
        return None
    swapped = {"H": "S", "S": "H", "House": "Senate", "Senate": "House"}
    out = re.sub(r"\b(House|Senate)\b", lambda m: swapped[m.group(1)], value)
    return re.sub(r"^([HS])(?=\s|[A-Z])", lambda m: swapped[m.group(1)], out)


def bill_status(bill: Bill) -> str:
    return bill.changes[-1].status if bill.changes else f"{bill.prefix[0]} Prefiled"
