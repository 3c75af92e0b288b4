"""A local DC Council LIMS: the public search and details endpoints the site's own pages call,
in LIMS's shapes, with a small model of bills that change between crawls.

    state = LimsState.build(n_bills=240, relevant=5)
    server = LocalServer(); server.mount("/lims", LimsAPI(state)); server.start()
    # the spider's api_url is server.url("/lims")

Routes:
    POST /api/Search/LegislationSearch          JSON body: councilPeriodId {ids}, pagination
                                                {pageIndex, pageSize}, sort, hearingDate
                                                {startDate, endDate} (optional)
         -> {pagination: {pageIndex, pageSize, totalCount}, searchResults: {results: [...]}}
    GET  /api/Search/GetLegislationDetails/{number}   one bill (the recorded reply's shape)

Every bill is built on the recorded details reply (data/dc_lims_legislation_details.json). The
search body and result rows follow public code that calls the live endpoint; the hearing entries
(`type` "PublicHearing" with data {hearingDate, committeeName, location, status}) and member
votes are documented-but-unverified. Errors: 400 `{"message": ...}` for a bad body, 404 for an
unknown number.
"""

from __future__ import annotations

import copy
import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from localserver.server import Reply

TEMPLATE = json.loads(
    (Path(__file__).with_name("data") / "dc_lims_legislation_details.json").read_text()
)
PAGE_MAX = 250
MEMBERS = [
    "Mendelson, Phil",
    "Nadeau, Brianne K.",
    "Allen, Charles",
    "Bonds, Anita",
    "Pinto, Brooke",
    "Parker, Zachary",
    "Frumin, Matthew",
    "Henderson, Christina",
    "Felder, Wendell",
    "Lewis George, Janeese",
    "White, Robert C. Jr.",
    "McDuffie, Kenyan R.",
    "Parker, Robert",
]
RELEVANT_TITLES = [
    "Sanctuary Values Amendment Act of 2025",
    "Limits on Cooperation with Federal Civil Immigration Enforcement Amendment Act of 2025",
    "Immigrant Legal Defense Fund Establishment Act of 2025",
    "Prohibition on Honoring Civil Immigration Detainers Amendment Act of 2025",
    "Prohibiting Use of District Resources for Federal Civil Immigration Enforcement Temporary "
    "Amendment Act of 2025",
]
BACKGROUND = [
    "Closing of a Public Alley in Square {n}, S.O. 25-{n}, Act of 2025",
    "{name} Recreation Center Designation Act of 2025",
    "Real Property Tax Relief for Lot {n} in Square {n} Act of 2025",
    "Sense of the Council in Recognition of {name} Day Resolution of 2025",
    "Contract No. CW{n} Approval and Payment Authorization Emergency Act of 2025",
]
NAMES = ["Anacostia", "Benning", "Takoma", "Shaw", "Brookland", "Petworth", "Navy Yard"]


def _day(moment: date) -> tuple[str, str]:
    return moment.strftime("%b %d, %Y"), datetime.combine(moment, time()).isoformat()


@dataclass
class LimsState:
    bills: dict[str, dict[str, Any]] = field(default_factory=dict)
    relevant: list[str] = field(default_factory=list)
    period: int = 26
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def build(cls, n_bills: int = 240, relevant: int = 5, start: date | None = None):
        state = cls()
        start = start or date(2025, 1, 6)
        every = max(n_bills // max(relevant, 1), 1)
        for i in range(n_bills):
            day = start + timedelta(days=i * 2)
            if i % every == every // 2 and len(state.relevant) < relevant:
                title = RELEVANT_TITLES[len(state.relevant) % len(RELEVANT_TITLES)]
                number = state.add_bill(title, day, kind="B")
                state.relevant.append(number)
            else:
                kind = "PR" if i % 4 == 0 else "B"
                title = BACKGROUND[i % len(BACKGROUND)].format(n=1000 + i, name=NAMES[i % 7])
                state.add_bill(title, day, kind=kind)
        return state

    def add_bill(self, title: str, introduced: date, kind: str = "B") -> str:
        with self.lock:
            number = f"{kind}{self.period}-{len(self.bills) + 1:04d}"
            bill = copy.deepcopy(TEMPLATE)
            legislation_id = 56000 + len(self.bills)
            shown, sort_date = _day(introduced)
            bill.update(
                legislationId=legislation_id,
                legislationNumber=number,
                title=title,
                statusId=2,
                status="Under Council Review",
                tag="Pending",
                actNumber=None,
                lawNumber=None,
                legislationTracker=[bill["legislationTracker"][0]],
            )
            bill["introducerSummary"]["legislationNumber"] = number
            bill["introducerSummary"]["summaryDataList"] = bill["introducerSummary"][
                "summaryDataList"
            ][:1]
            intro = copy.deepcopy(TEMPLATE["legislationHistory"][0])
            intro.update(
                legislationId=legislation_id,
                legislationNumber=number,
                date=shown,
                sortDate=sort_date,
                actionText=f"{number} Introduced by Councilmember R. White at Office of the "
                "Secretary",
                sortOrder=1,
            )
            bill["legislationHistory"] = [intro]
            self.bills[number] = bill
            return number

    def history(
        self,
        number: str,
        kind: str,
        text: str,
        data: dict | None = None,
        when: date | None = None,
        status: str | None = None,
    ) -> dict[str, Any]:
        """Append a history entry; STATUS, when given, is the bill's new status (as LIMS moves
        its status with most steps)."""
        with self.lock:
            bill = self.bills[number]
            shown, sort_date = _day(when or datetime.now(UTC).date())
            entry = {
                "legislationId": bill["legislationId"],
                "date": shown,
                "sortDate": sort_date,
                "type": kind,
                "data": data or {},
                "actionText": text,
                "actionURL": None,
                "legislationNumber": number,
                "sortOrder": len(bill["legislationHistory"]) + 1,
            }
            bill["legislationHistory"].append(entry)
            if status:
                bill["status"] = status
            return entry

    def final_reading(self, number: str, nays: int = 0, when: date | None = None) -> None:
        votes = [
            {"memberName": name, "vote": "No" if i < nays else "Yes"}
            for i, name in enumerate(MEMBERS)
        ]
        self.history(
            number,
            "MeetingVoting",
            "Legislative Meeting",
            {
                "meetingDescription": "Legislative Meeting",
                "meetingActions": [
                    {
                        "meetingAction": "Final Reading",
                        "documentType": "Enrollment",
                        "documentUrl": None,
                        "voteResult": "Approved" if nays * 2 < len(MEMBERS) else "Disapproved",
                        "additionalInformation": "",
                        "votes": votes,
                    }
                ],
            },
            when=when,
            status="Passed Final Reading",
        )

    def schedule_hearing(self, number: str, starts: datetime, committee: str) -> dict:
        return self.history(
            number,
            "PublicHearing",
            f"Public Hearing held by {committee}",
            {
                "hearingDate": starts.replace(tzinfo=None).isoformat(),
                "committeeName": committee,
                "location": "Room 412, John A. Wilson Building, 1350 Pennsylvania Ave NW",
                "hearingStatus": "Scheduled",
            },
            when=starts.date(),
        )

    def move_hearing(self, number: str, entry: dict, starts: datetime) -> None:
        with self.lock:
            shown, sort_date = _day(starts.date())
            entry.update(date=shown, sortDate=sort_date)
            entry["data"]["hearingDate"] = starts.replace(tzinfo=None).isoformat()

    def search_row(self, bill: dict[str, Any]) -> dict[str, Any]:
        intro = bill["legislationHistory"][0]
        return {
            "legislationId": bill["legislationId"],
            "legislationNumber": bill["legislationNumber"],
            "title": bill["title"],
            "status": bill["status"],
            "tag": bill["tag"],
            "introducers": intro["data"].get("introducers") or [],
            "introductionDate": intro["sortDate"],
            "legislationTextUrl": bill.get("legislationTextUrl"),
        }

    def hearing_dates(self, bill: dict[str, Any]) -> list[datetime]:
        out = []
        for entry in bill["legislationHistory"]:
            when = (entry.get("data") or {}).get("hearingDate")
            if "Hearing" in entry["type"] and when:
                out.append(datetime.fromisoformat(when))
        return out


def _json(status: int, value: Any) -> Reply:
    return status, json.dumps(value).encode(), {}


class LimsAPI:
    """LIMS's public search and details endpoints as a platform of the local server."""

    def __init__(self, state: LimsState) -> None:
        self.state = state

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        path = urlsplit(target).path.rstrip("/")
        if method == "POST" and path.lower() == "/api/search/legislationsearch":
            return self.search(body)
        prefix = "/api/search/getlegislationdetails/"
        if method in ("GET", "HEAD") and path.lower().startswith(prefix):
            number = unquote(path[len(prefix) :]).upper()
            with self.state.lock:
                bill = copy.deepcopy(self.state.bills.get(number))
            if bill is None:
                return _json(404, {"message": f"Legislation {number} not found"})
            return _json(200, bill)
        return _json(404, {"message": f"No route for {method} {path}"})

    def search(self, body: bytes) -> Reply:
        try:
            query = json.loads(body or b"{}")
            periods = query["councilPeriodId"]["ids"]
            page = query.get("pagination") or {}
            index, size = int(page.get("pageIndex", 0)), int(page.get("pageSize", 20))
        except (ValueError, KeyError, TypeError):
            return _json(400, {"message": "The request body is not a legislation search."})
        size = max(1, min(size, PAGE_MAX))
        window = query.get("hearingDate") or {}
        with self.state.lock:
            bills = [
                copy.deepcopy(b) for b in self.state.bills.values() if self.state.period in periods
            ]
        if window.get("startDate") and window.get("endDate"):
            low = datetime.fromisoformat(window["startDate"].replace("Z", ""))
            high = datetime.fromisoformat(window["endDate"].replace("Z", ""))
            bills = [b for b in bills if any(low <= d < high for d in self.state.hearing_dates(b))]
        bills.sort(key=lambda b: b["legislationNumber"])
        rows = [self.state.search_row(b) for b in bills[index * size : (index + 1) * size]]
        return _json(
            200,
            {
                "pagination": {"pageIndex": index, "pageSize": size, "totalCount": len(bills)},
                "searchResults": {"results": rows},
            },
        )
