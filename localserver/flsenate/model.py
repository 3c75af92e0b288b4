"""A Florida session's bills as flsenate.gov shows them: a paged bill list and one page per bill
whose history cells pack several actions (bulleted) per date and chamber."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


def tallahassee_today() -> date:
    return datetime.now(ZoneInfo("America/New_York")).date()


@dataclass
class HistoryRow:
    day: date
    chamber: str
    actions: list[str]  # each with its journal cite, as printed ("Introduced -SJ 45")


@dataclass
class Bill:
    prefix: str  # "HB", "SB"
    number: int
    title: str
    sponsor: str
    history: list[HistoryRow] = field(default_factory=list)
    versions: list[tuple[str, date]] = field(default_factory=list)  # ("Filed", day), ("c1", day)
    text: str = ""  # the latest version's words

    def words(self) -> str:
        return self.text or (
            f"A bill to be entitled An act relating to {self.title.lower()}; amending s. 1.01, "
            "F.S.; providing an effective date. Be It Enacted by the Legislature of the State "
            "of Florida:"
        )

    @property
    def name(self) -> str:
        return f"{self.prefix} {self.number}"

    @property
    def last_action(self) -> HistoryRow | None:
        return self.history[-1] if self.history else None


@dataclass
class Session:
    session: str  # "2026", "2026A"
    bills: list[Bill] = field(default_factory=list)
    broken_pages: set[int] = field(default_factory=set)  # bill pages served without a history

    def bill(self, number: int) -> Bill:
        return next(b for b in self.bills if b.number == number)

    def advance(self, number: int, chamber: str, action: str, day: date | None = None) -> None:
        """One more action; on a day and chamber already shown it joins that row's cell."""
        bill = self.bill(number)
        day = day or tallahassee_today()
        last = bill.last_action
        if last and last.day == day and last.chamber == chamber:
            last.actions.append(action)
        else:
            bill.history.append(HistoryRow(day, chamber, [action]))


RELEVANT = [
    ("SB", 1718, "Immigration Enforcement", "Ingoglia"),
    ("HB", 1617, "Cooperation with Federal Immigration Authorities", "Borrero"),
    ("SB", 168, "Sanctuary Policies", "Gruters"),
    ("HB", 1355, "Unauthorized Aliens", "Byrd"),
]
# A terse title whose text settles it.
TEXTS = {
    1355: "A bill to be entitled An act relating to unauthorized aliens; requiring each county "
    "jail to honor immigration detainers issued by federal immigration authorities and to "
    "enter into 287(g) agreements with U.S. Immigration and Customs Enforcement; providing "
    "an effective date.",
}
BACKGROUND = [
    "Fishing Licenses",
    "Ad Valorem Taxation",
    "Public Records/Guardianship",
    "Building Codes",
    "Beach Renourishment",
    "Motor Vehicle Registration",
]

SENATE_PATH = [
    ("Senate", ["Filed"]),
    ("Senate", ["Referred to Rules; Fiscal Policy -SJ 45", "Introduced -SJ 45"]),
    ("Senate", ["On Committee agenda-- Rules, 01/20/26, 9:00 am, 412 Knott Building"]),
    ("Senate", ["Favorable with CS by Rules; YEAS 12 NAYS 7", "Now in Fiscal Policy"]),
    ("Senate", ["CS by Rules read 1st time -SJ 120", "Favorable by Fiscal Policy; YEAS 14 NAYS 5"]),
    ("Senate", ["Placed on Calendar, on 2nd reading", "Read 2nd time -SJ 210"]),
    ("Senate", ["Amendment 334512 (with title amendment) adopted -SJ 211"]),
    ("Senate", ["Read 3rd time -SJ 230", "CS passed as amended; YEAS 28 NAYS 10 -SJ 230"]),
    ("House", ["In Messages", "Received -HJ 400"]),
    ("House", ["Read 3rd time -HJ 415", "CS passed; YEAS 81 NAYS 30 -HJ 415"]),
    ("Senate", ["Ordered enrolled -SJ 520"]),
    ("Senate", ["Signed by Officers and presented to Governor -SJ 600"]),
    ("Governor", ["Approved by Governor", "Chapter No. 2026-40"]),
]


def _house(chamber: str) -> str:
    return {"Senate": "House", "House": "Senate"}.get(chamber, chamber)


def build_session(
    today: date, background: int = 60, steps: tuple[int, ...] = (8, 4, 6, 3)
) -> Session:
    """Four immigration bills part-way along the path (one enacted if STEPS says 13) and
    BACKGROUND others, all with their last action at least two days before TODAY."""
    state = Session(str(today.year))
    start = today - timedelta(days=120)
    for k, (prefix, number, title, sponsor) in enumerate(RELEVANT):
        bill = Bill(prefix, number, title, sponsor, versions=[("Filed", start)])
        bill.text = TEXTS.get(number, "")
        path = SENATE_PATH[: steps[k]]
        for i, (chamber, actions) in enumerate(path):
            day = start + timedelta(days=7 * i + k)
            chamber = chamber if prefix == "SB" else _house(chamber)
            actions = [a.replace("-SJ", "-HJ") if prefix == "HB" else a for a in actions]
            bill.history.append(HistoryRow(day, chamber, list(actions)))
            if any("Favorable with CS" in a for a in actions):
                bill.versions.append(("c1", day))
        state.bills.append(bill)
    for i in range(background):
        prefix = "HB" if i % 2 else "SB"
        number = 2000 + i * 3
        title = BACKGROUND[i % len(BACKGROUND)]
        day = start + timedelta(days=i % 60)
        chamber = "House" if prefix == "HB" else "Senate"
        bill = Bill(prefix, number, title, f"Member{i}", versions=[("Filed", day)])
        bill.history.append(HistoryRow(day, chamber, ["Filed"]))
        state.bills.append(bill)
    state.bills.sort(key=lambda b: (b.prefix != "HB", b.number))
    return state
