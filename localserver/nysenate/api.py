"""A local Open Legislation API v3 (legislation.nysenate.gov/api/3): real response shapes, a small
model of bills that can change between two crawls.

Every bill is built from the real response for S609-2017 (data/NY_bill_S609-2017.json): the same
fields, the same nesting, with the print number, title, summary, actions and votes replaced.
Mounted on localserver.server.LocalServer at any prefix; the routes below the prefix are the
API's own:

    GET /api/3/bills/{sessionYear}?limit=&offset=           bill-info list (summary view)
    GET /api/3/bills/{sessionYear}/{printNo}                 one bill, every amendment
    GET /api/3/bills/updates/{from}[/{to}]?limit=&offset=    update-token list (processed times)

Every request must carry `key=`; a wrong or missing key is answered with 401 and the API's error
envelope. `error_next` makes the next answer the real error body (NY_error_response_issue16.json).
"""

from __future__ import annotations

import copy
import json
import re
import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from localserver.server import Reply, json_type

DATA = Path(__file__).with_name("data")
SAMPLE = json.loads((DATA / "NY_bill_S609-2017.json").read_text(encoding="utf-8"))
ERROR = (DATA / "NY_error_response_issue16.json").read_bytes()

# The fields of the summary view ("bill-info"): everything up to programInfo (docs/api/bills.rst).
INFO_FIELDS = (
    "basePrintNo",
    "session",
    "basePrintNoStr",
    "printNo",
    "billType",
    "title",
    "activeVersion",
    "year",
    "publishedDateTime",
    "substitutedBy",
    "sponsor",
    "summary",
    "signed",
    "adopted",
    "vetoed",
    "status",
    "milestones",
    "programInfo",
)

STATUS_DESC = {
    "INTRODUCED": "Introduced",
    "IN_SENATE_COMM": "In Senate Committee",
    "IN_ASSEMBLY_COMM": "In Assembly Committee",
    "SENATE_FLOOR": "Senate Floor Calendar",
    "ASSEMBLY_FLOOR": "Assembly Floor Calendar",
    "PASSED_SENATE": "Passed Senate",
    "PASSED_ASSEMBLY": "Passed Assembly",
    "DELIVERED_TO_GOV": "Delivered to Governor",
    "SIGNED_BY_GOV": "Signed by Governor",
    "VETOED": "Vetoed",
}


@dataclass
class Bill:
    """One bill of the model: its base print number, what it says and what happened to it."""

    base: str  # "S609"
    session: int  # 2017
    title: str
    summary: str
    full_text: str
    published: str  # "2017-01-04T10:45:46"
    processed: str  # the last time Open Legislation processed a change to it
    status: str = "IN_SENATE_COMM"
    committee: str | None = "Judiciary"
    version: str = ""  # the active amendment letter
    actions: list[dict[str, Any]] = field(default_factory=list)  # {date, chamber, text, version}
    votes: list[dict[str, Any]] = field(default_factory=list)  # the API's vote objects

    @property
    def chamber(self) -> str:
        return "SENATE" if self.base.startswith("S") else "ASSEMBLY"

    def bill_id(self, version: str) -> dict[str, Any]:
        return {
            "basePrintNo": self.base,
            "session": self.session,
            "basePrintNoStr": f"{self.base}-{self.session}",
            "printNo": self.base + version,
            "version": version,
        }

    def full(self) -> dict[str, Any]:
        """The default bill response's `result`, in the real sample's shape."""
        out = copy.deepcopy(SAMPLE["result"])
        versions = sorted({a.get("version", "") for a in self.actions} | {"", self.version})
        status = {
            "statusType": self.status,
            "statusDesc": STATUS_DESC.get(self.status, self.status.title()),
            "actionDate": self.actions[-1]["date"] if self.actions else self.published[:10],
            "committeeName": self.committee,
            "billCalNo": None,
        }
        out.update(
            basePrintNo=self.base,
            session=self.session,
            basePrintNoStr=f"{self.base}-{self.session}",
            printNo=self.base + self.version,
            billType={
                "chamber": self.chamber,
                "desc": self.chamber.title(),
                "resolution": False,
            },
            title=self.title,
            activeVersion=self.version,
            year=self.session,
            publishedDateTime=self.published,
            summary=self.summary,
            signed=self.status == "SIGNED_BY_GOV",
            vetoed=self.status == "VETOED",
            status=status,
            milestones={"items": [status], "size": 1},
            previousVersions={"items": [], "size": 0},
        )
        template = SAMPLE["result"]["amendments"]["items"][""]
        amendments = {}
        for version in versions:
            amendment = copy.deepcopy(template)
            amendment.update(self.bill_id(version))
            amendment["publishDate"] = self.published[:10]
            amendment["fullText"] = self.full_text
            amendment["memo"] = f" BILL NUMBER:  {self.base}{version}\n"
            amendments[version] = amendment
        out["amendments"] = {"items": amendments, "size": len(amendments)}
        out["amendmentVersions"] = {"items": versions, "size": len(versions)}
        out["publishStatusMap"] = {
            "items": {
                v: {"version": v, "published": True, "effectDateTime": self.published}
                for v in versions
            },
            "size": len(versions),
        }
        out["actions"] = {
            "items": [
                {
                    "billId": self.bill_id(a.get("version", "")),
                    "date": a["date"],
                    "chamber": a["chamber"],
                    "sequenceNo": i + 1,
                    "text": a["text"],
                }
                for i, a in enumerate(self.actions)
            ],
            "size": len(self.actions),
        }
        out["votes"] = {"items": copy.deepcopy(self.votes), "size": len(self.votes)}
        return out

    def info(self) -> dict[str, Any]:
        full = self.full()
        return {k: full[k] for k in INFO_FIELDS if k in full}


class NYSenateAPI:
    """The Open Legislation API as a platform of the local server."""

    def __init__(self, bills: list[Bill], key: str = "test-key") -> None:
        self.bills = {(b.session, b.base): b for b in bills}
        self.key = key
        self.error_next = 0  # answer this many requests with the real error envelope
        self.lock = threading.Lock()

    # --- the model ----------------------------------------------------------------------------

    def bill(self, base: str, session: int) -> Bill:
        return self.bills[(session, base)]

    def add_action(
        self, base: str, session: int, text: str, on: str, processed: str, chamber: str = ""
    ) -> None:
        """The legislature records an action; Open Legislation processes it at PROCESSED."""
        with self.lock:
            bill = self.bill(base, session)
            bill.actions.append(
                {"date": on, "chamber": chamber or bill.chamber, "text": text, "version": ""}
            )
            bill.processed = processed

    # --- HTTP ---------------------------------------------------------------------------------

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        parts = urlsplit(target)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        if query.get("key") != self.key:
            return self.error(401, "Invalid or missing API key", 1)
        with self.lock:
            if self.error_next:
                self.error_next -= 1
                return 200, ERROR, json_type()
            path = [unquote(p) for p in parts.path.split("/") if p]
            if path[:3] != ["api", "3", "bills"]:
                return self.error(404, "Not found", 404)
            rest = path[3:]
            if len(rest) >= 2 and rest[0] == "updates":
                return self.updates(rest[1], rest[2] if len(rest) > 2 else None, query)
            if len(rest) == 1 and rest[0].isdigit():
                return self.listing(int(rest[0]), query)
            if len(rest) == 2 and rest[0].isdigit():
                return self.one(int(rest[0]), rest[1])
            return self.error(404, "Not found", 404)

    @staticmethod
    def error(status: int, message: str, code: int) -> Reply:
        body = {
            "success": False,
            "message": message,
            "responseType": "error",
            "errorCode": code,
            "errorData": None,
            "errorDataType": None,
        }
        return status, json.dumps(body).encode(), json_type()

    @staticmethod
    def page(items: list[Any], query: dict[str, str], kind: str) -> Reply:
        limit = max(1, min(int(query.get("limit", 100)), 1000))
        offset = max(1, int(query.get("offset", 1)))
        chunk = items[offset - 1 : offset - 1 + limit]
        body = {
            "success": True,
            "message": "",
            "responseType": kind if chunk else "empty list",
            "total": len(items),
            "offsetStart": offset if chunk else 0,
            "offsetEnd": offset + len(chunk) - 1 if chunk else 0,
            "limit": limit,
            "result": {"items": chunk, "size": len(chunk)},
        }
        return 200, json.dumps(body, indent=2).encode(), json_type()

    def listing(self, session: int, query: dict[str, str]) -> Reply:
        # The API answers a year inside a session with that session (2016 -> 2015).
        first = session if session % 2 else session - 1
        bills = sorted(
            (b for (s, _), b in self.bills.items() if s == first), key=lambda b: b.published
        )
        return self.page([b.info() for b in bills], query, "bill-info list")

    def one(self, session: int, print_no: str) -> Reply:
        first = session if session % 2 else session - 1
        base = re.sub(r"[A-Z]$", "", print_no.upper()) if print_no[-1:].isalpha() else print_no
        bill = self.bills.get((first, base.upper()))
        if bill is None:
            return self.error(404, f"Bill {print_no}-{session} not found", 1)
        body = {
            "success": True,
            "message": f"Data for bill {bill.base}-{bill.session}",
            "responseType": "bill",
            "result": bill.full(),
        }
        return 200, json.dumps(body, indent=2, ensure_ascii=False).encode(), json_type()

    def updates(self, start: str, end: str | None, query: dict[str, str]) -> Reply:
        try:
            since = datetime.fromisoformat(start)
            until = datetime.fromisoformat(end) if end else datetime.max
        except ValueError:
            return self.error(400, f"Invalid date time: {start}", 2)
        changed = sorted(
            (
                b
                for b in self.bills.values()
                if since < datetime.fromisoformat(b.processed) <= until
            ),
            key=lambda b: b.processed,
            reverse=query.get("order", "asc").lower() == "desc",
        )
        tokens = [
            {
                "id": {
                    "basePrintNo": b.base,
                    "session": b.session,
                    "basePrintNoStr": f"{b.base}-{b.session}",
                },
                "contentType": "BILL",
                "sourceId": f"{b.processed[:10]}-{b.base}.XML-1-LDSUMM",
                "sourceDateTime": b.processed,
                "processedDateTime": b.processed,
            }
            for b in changed
        ]
        return self.page(tokens, query, "update-token list")


# --- a small corpus ---------------------------------------------------------------------------

RELEVANT = [
    (
        "Enacts the New York for All Act",
        "Prohibits state and local officers from inquiring about immigration status and from "
        "honoring civil immigration detainers or sharing information with federal immigration "
        "enforcement without a judicial warrant.",
    ),
    (
        "Relates to the protect our courts act",
        "Prohibits civil arrests by federal immigration authorities of persons attending court "
        "proceedings without a judicial warrant.",
    ),
    (
        "Establishes the access to representation act",
        "Establishes a right to legal counsel for persons facing removal proceedings in "
        "immigration court.",
    ),
]
OTHER = [
    ("Relates to training requirements for home inspector licensing", "Home inspectors."),
    ("Relates to the sale of fireworks", "Fireworks sales by licensed dealers."),
    ("Relates to fishing licenses for veterans", "Free fishing licenses for veterans."),
    ("Relates to school bus safety cameras", "Stop-arm cameras on school buses."),
    ("Relates to the state tree", "Designates the sugar maple as the state tree."),
]


def build_corpus(session: int = 2025, n_other: int = 40) -> list[Bill]:
    """Relevant bills with histories (one with a floor vote) among unrelated ones."""
    start = datetime(session, 1, 8, 10, 0, 0)
    bills: list[Bill] = []
    for i in range(len(RELEVANT) + n_other):
        relevant = i < len(RELEVANT)
        title, summary = RELEVANT[i] if relevant else OTHER[i % len(OTHER)]
        if not relevant:
            title = f"{title} ({i})"
        base = f"{'S' if i % 2 == 0 else 'A'}{1000 + i}"
        published = start + timedelta(hours=i)
        day = published.date()
        chamber = "SENATE" if base.startswith("S") else "ASSEMBLY"
        committee = "Judiciary" if chamber == "SENATE" else "Codes"
        actions = [
            {
                "date": day.isoformat(),
                "chamber": chamber,
                "text": f"REFERRED TO {committee.upper()}",
                "version": "",
            }
        ]
        bill = Bill(
            base=base,
            session=session,
            title=title,
            summary=summary,
            full_text=f"AN ACT {summary}",
            published=published.isoformat(),
            processed=published.isoformat(),
            status="IN_SENATE_COMM" if chamber == "SENATE" else "IN_ASSEMBLY_COMM",
            committee=committee,
            actions=actions,
        )
        if i == 0:  # an amended bill that passed the Senate, with its roll call
            later = day + timedelta(days=30)
            bill.version = "A"
            bill.actions += [
                {
                    "date": later.isoformat(),
                    "chamber": chamber,
                    "text": f"AMEND (T) AND RECOMMIT TO {committee.upper()}",
                    "version": "A",
                },
                {
                    "date": later.isoformat(),
                    "chamber": chamber,
                    "text": f"PRINT NUMBER {base[1:]}A",
                    "version": "A",
                },
                {
                    "date": (later + timedelta(days=20)).isoformat(),
                    "chamber": chamber,
                    "text": "PASSED SENATE",
                    "version": "A",
                },
                {
                    "date": (later + timedelta(days=20)).isoformat(),
                    "chamber": chamber,
                    "text": "DELIVERED TO ASSEMBLY",
                    "version": "A",
                },
            ]
            bill.status = "PASSED_SENATE"
            bill.committee = None
            bill.votes = [floor_vote(later + timedelta(days=20), "A", ayes=40, nays=22)]
        bill.processed = (published + timedelta(days=1)).isoformat()
        bills.append(bill)
    return bills


def floor_vote(on: date, version: str, ayes: int, nays: int) -> dict[str, Any]:
    """A Senate floor vote in the API's shape: members grouped by vote code."""

    def members(code: str, n: int) -> dict[str, Any]:
        items = [
            {"memberId": 400 + i, "shortName": f"{code}{i}", "sessionYear": on.year}
            for i in range(n)
        ]
        return {"items": items, "size": n}

    return {
        "version": version,
        "voteType": "FLOOR",
        "voteDate": on.isoformat(),
        "committee": None,
        "memberVotes": {
            "items": {
                "AYE": members("AYE", ayes),
                "NAY": members("NAY", nays),
                "EXC": members("EXC", 1),
            },
            "size": 3,
        },
    }
