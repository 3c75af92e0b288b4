"""An Arizona session's bills as the bill API returns them: date fields, committee and floor
results, transmittals and the Governor's action, changeable between crawls."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo


def phoenix_today() -> date:
    return datetime.now(ZoneInfo("America/Phoenix")).date()


def stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00"


@dataclass
class Bill:
    number: str  # "HB2001"
    bill_id: int
    title: str
    dates: dict[str, Any] = field(default_factory=dict)  # "House1stRead" -> stamp (or True)
    status_actions: list[dict[str, Any]] = field(default_factory=list)
    transmitted: list[dict[str, Any]] = field(default_factory=list)
    governor: tuple[str, str] | None = None  # ("Signed", stamp)
    text: str = ""  # the introduced version's words

    def words(self) -> str:
        return (
            self.text or f"Be it enacted by the Legislature of the State of Arizona: {self.title}."
        )

    def documents(self, session: str) -> list[dict[str, Any]]:
        """What `GET /api/DocType/?billStatusId=` returns: document groups with paths."""
        stem = f"/legtext/57leg/{session}/bills/{self.number.lower()}"
        return [
            {
                "DocumentGroupName": "Bill Versions",
                "Documents": [
                    {
                        "DocumentName": f"{self.number} - Introduced",
                        "HtmlPath": f"{stem}p.htm",
                        "PdfPath": f"{stem}p.pdf",
                    }
                ],
            },
            {"DocumentGroupName": "Adopted Amendments", "Documents": []},
        ]

    def as_json(self, session_id: int) -> dict[str, Any]:
        """The object `GET /api/Bill/?billNumber=...` returns (fields Open States reads)."""
        body = "H" if self.number.startswith("H") else "S"
        keys = [
            "PreFileDate",
            "IntroducedDate",
            "House1stRead",
            "House1stWaived",
            "House2ndRead",
            "House2ndWaived",
            "HouseConsentCalendarDate",
            "Senate1stRead",
            "Senate1stWaived",
            "Senate2ndRead",
            "Senate2ndWaived",
            "SenateConsentCalendarDate",
            "RequestforEnactment",
            "VetoOverride",
        ]
        return {
            "BillId": self.bill_id,
            "SessionId": session_id,
            "Number": self.number,
            "LegislativeBody": body,
            "ShortTitle": self.title,
            **{key: self.dates.get(key) for key in keys},
            "BillStatusAction": self.status_actions,
            "FloorHeaders": [
                {"BillStatusActionId": a["BillStatusActionId"]}
                for a in self.status_actions
                if a["Committee"]["TypeName"] == "Floor"
            ],
            "BodyTransmittedTo": self.transmitted,
            "GovernorAction": self.governor[0] if self.governor else None,
            "GovernorActionDate": self.governor[1] if self.governor else None,
        }


_IDS = itertools.count(80101)


def committee(name: str, short: str, body: str, floor: bool = False) -> dict[str, Any]:
    return {
        "TypeName": "Floor" if floor else "Standing",
        "CommitteeName": name,
        "CommitteeShortName": short,
        "LegislativeBody": body,
    }


def result(day: date, code: str, comm: dict[str, Any]) -> dict[str, Any]:
    return {
        "BillStatusActionId": next(_IDS),
        "Action": code,
        "ReportDate": stamp(day),
        "Committee": comm,
    }


@dataclass
class Session:
    session_id: int
    name: str  # "57th-2nd-regular"
    bills: dict[str, Bill] = field(default_factory=dict)

    @property
    def code(self) -> str:
        """The session's part of text paths ("2R", "1R")."""
        return "2R" if "2nd" in self.name else "1R"

    def add(self, bill: Bill) -> Bill:
        self.bills[bill.number] = bill
        return bill

    def report(self, number: str, code: str, comm: dict[str, Any], day: date | None = None) -> None:
        """A committee or the floor reports on a bill (today unless DAY is given)."""
        self.bills[number].status_actions.append(result(day or phoenix_today(), code, comm))


JUDICIARY_H = committee("Judiciary", "JUD", "H")
RULES_H = committee("Rules", "RULES", "H")
COW_H = committee("Committee of the Whole", "COW", "H", floor=True)
THIRD_H = committee("Third Reading", "THIRD", "H", floor=True)
MIL_S = committee("Military Affairs and Public Safety", "MAPS", "S")
THIRD_S = committee("Third Reading", "THIRD", "S", floor=True)

RELEVANT = [
    ("HB2001", "immigration enforcement; state cooperation"),
    ("SB1070", "immigration; law enforcement; safe neighborhoods"),
    ("HB2015", "sanctuary policies; prohibition"),
]
BACKGROUND = [
    "groundwater; rural management areas",
    "liquor; spirituous; licenses",
    "appropriation; highway projects",
    "schools; teacher certification",
]


def build_session(today: date, session_id: int = 130, background: int = 30) -> Session:
    """Three immigration bills at different steps and BACKGROUND others, dated before TODAY."""
    name = {130: "57th-2nd-regular", 129: "57th-1st-regular"}.get(session_id, str(session_id))
    state = Session(session_id, name)
    start = today - timedelta(days=90)
    hb = state.add(Bill("HB2001", 76001, RELEVANT[0][1]))
    hb.dates.update(
        PreFileDate=stamp(start),
        IntroducedDate=stamp(start + timedelta(days=7)),
        House1stRead=stamp(start + timedelta(days=8)),
        House2ndRead=stamp(start + timedelta(days=9)),
    )
    hb.status_actions += [
        result(start + timedelta(days=20), "DPA", JUDICIARY_H),
        result(start + timedelta(days=22), "PFC", RULES_H),
        result(start + timedelta(days=30), "DPA", COW_H),
        result(start + timedelta(days=31), "PASSED", THIRD_H),
    ]
    hb.transmitted.append(
        {"TransmitDate": stamp(start + timedelta(days=32)), "LegislativeBody": "S"}
    )
    hb.dates["Senate1stRead"] = stamp(start + timedelta(days=40))
    sb = state.add(Bill("SB1070", 76002, RELEVANT[1][1]))
    # A title that says little; its text is about immigration enforcement by local police.
    sb.text = (
        "Be it enacted by the Legislature of the State of Arizona: a law enforcement official "
        "or agency of this state may not limit or restrict the enforcement of federal "
        "immigration laws; where reasonable suspicion exists that the person is an alien who "
        "is unlawfully present in the United States, a reasonable attempt shall be made to "
        "determine the immigration status of the person."
    )
    sb.dates.update(
        IntroducedDate=stamp(start + timedelta(days=3)),
        Senate1stRead=stamp(start + timedelta(days=4)),
    )
    # A date field holding `true` instead of a date, as the API sometimes does.
    sb.dates["Senate2ndRead"] = True
    sb.status_actions.append(result(start + timedelta(days=15), "DP", MIL_S))
    hs = state.add(Bill("HB2015", 76003, RELEVANT[2][1]))
    hs.dates.update(
        IntroducedDate=stamp(start + timedelta(days=5)),
        House1stRead=stamp(start + timedelta(days=6)),
    )
    for i in range(background):
        chamber = "HB" if i % 2 == 0 else "SB"
        number = f"{chamber}{2100 + i if chamber == 'HB' else 1100 + i}"
        bill = state.add(Bill(number, 77000 + i, BACKGROUND[i % len(BACKGROUND)]))
        bill.dates["IntroducedDate"] = stamp(start + timedelta(days=i % 60))
    return state
