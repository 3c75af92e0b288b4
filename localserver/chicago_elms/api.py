"""A local Chicago eLMS API: matters and meetings in eLMS's shapes, paged 100 at a time, with
the offset ceiling, and a small model that changes between crawls.

    state = ElmsState.build(n_matters=260, relevant=6, today=date.today())
    server = LocalServer(); server.mount("/elms", ElmsAPI(state)); server.start()
    # the spider's api_url is server.url("/elms")

Routes (as on api.chicityclerkelms.chicago.gov):
    GET /matter?filter=&sort=&top=&skip=     {data: [...], meta: {skip, top, count, pages}}
    GET /matter/{matterId}                   one matter with its actions and their votes
    GET /meeting?filter=&sort=&top=&skip=    meetings (agenda null in the listing, as recorded)
    GET /meeting/{meetingId}                 one meeting with its agenda

The meeting listing follows the recorded reply (tests/responses/chicago_elms_meeting.json). The
matter and agenda shapes follow the documented fields (matterId, recordNumber, title, type,
introductionDate, status, actions[{actionName, actionDate, actionByName, actionText, votes,
sort}]); the vote rows ({voterName, vote}) and the agenda groups are documented-but-unverified.
Errors are JSON `{"message": ...}`: 400 for a bad query or an offset past the ceiling, 404 for an
unknown id.
"""

from __future__ import annotations

import json
import math
import random
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from localserver.chicago_elms.query import QueryError, parse_filter, sort_rows
from localserver.server import Reply

PAGE_MAX = 100
OFFSET_MAX = 100_000
COUNCIL = "City Council"
COMMITTEES = [
    "Committee on Immigrant and Refugee Rights",
    "Committee on Public Safety",
    "Committee on Finance",
    "Committee on License and Consumer Protection",
    "Committee on Housing and Real Estate",
]
LOCATION = "City Council Chamber, 2nd Fl, City Hall, 121 N LaSalle St - Chicago, IL 60602"
ALDERS = [
    "La Spata, Daniel",
    "Hopkins, Brian",
    "Dowell, Pat",
    "Robinson, Lamont J.",
    "Yancy, Desmon C.",
    "Hall, Michelle A.",
    "Mitchell, Gregory I.",
    "Harris, Michelle A.",
    "Beale, Anthony",
    "Chico, Peter",
]
RELEVANT_TITLES = [
    (
        "Ordinance",
        "Amendment of Municipal Code Chapter 2-173 regarding Welcoming City Ordinance "
        "limits on cooperation with federal civil immigration enforcement",
    ),
    (
        "Ordinance",
        "Amendment of Municipal Code Section 2-173-042 to prohibit city agents from honoring "
        "civil immigration detainers issued by U.S. Immigration and Customs Enforcement",
    ),
    (
        "Resolution",
        "Call for hearing on enforcement of Welcoming City Ordinance protections for immigrant "
        "and refugee residents during federal immigration raids",
    ),
    (
        "Ordinance",
        "Amendment of Municipal Code Chapter 2-173 to bar use of city facilities by "
        "Immigration and Customs Enforcement for civil immigration enforcement",
    ),
    (
        "Resolution",
        "Resolution opposing federal immigration detention and deportation of Chicago "
        "residents and supporting legal representation for immigrants facing removal",
    ),
    (
        "Ordinance",
        "Amendment of Municipal Code Chapter 2-173 prohibiting sharing of city databases with "
        "federal immigration authorities for civil immigration enforcement",
    ),
]
BACKGROUND = [
    "Sidewalk cafe permit for {name} at {n} W Division St",
    "Grant of privilege in public way for {name} at {n} N Clark St",
    "Zoning Reclassification Map No. {n}-G at {n} W Belmont Ave",
    "Handicapped parking permit No. {n}",
    "Appointment of {name} as member of Commission on Chicago Landmarks",
    "Refund of fees for {name}",
    "Loading zone at {n} S Halsted St",
    "Congratulations extended to {name} on retirement",
]
NAMES = ["Ramirez", "Kowalski", "Johnson", "Nguyen", "Okafor", "Schmidt", "Patel", "Garcia"]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128))).upper()


@dataclass
class ElmsState:
    """The matters and meetings one eLMS holds, and the requests it answered."""

    matters: dict[str, dict[str, Any]] = field(default_factory=dict)
    meetings: dict[str, dict[str, Any]] = field(default_factory=dict)
    relevant_ids: list[str] = field(default_factory=list)
    offset_max: int = OFFSET_MAX
    lock: threading.Lock = field(default_factory=threading.Lock)
    rng: random.Random = field(default_factory=lambda: random.Random(7))

    # --- building -------------------------------------------------------------------------

    @classmethod
    def build(cls, n_matters: int = 260, relevant: int = 6, today: date | None = None):
        """N_MATTERS matters introduced over the last two years, RELEVANT of them about
        immigration enforcement, each with a referral and some with a passage roll call."""
        today = today or date.today()
        state = cls()
        rng = state.rng
        start = datetime.combine(today - timedelta(days=730), time(15), UTC)
        slots = sorted(rng.sample(range(n_matters), min(relevant, n_matters)))
        for i in range(n_matters):
            intro = start + timedelta(days=(730 * i) // max(n_matters, 1))
            if i in slots:
                mtype, title = RELEVANT_TITLES[slots.index(i) % len(RELEVANT_TITLES)]
            else:
                mtype = rng.choice(["Ordinance", "Order", "Resolution"])
                title = rng.choice(BACKGROUND).format(
                    name=rng.choice(NAMES), n=rng.randint(10, 9999)
                )
            matter = state.add_matter(title, mtype, intro)
            if i in slots:
                state.relevant_ids.append(matter["matterId"])
                if len(state.relevant_ids) % 2 == 0:
                    state.advance(
                        matter["matterId"],
                        "Recommended to Pass",
                        COMMITTEES[0],
                        when=intro + timedelta(days=30),
                    )
        return state

    def add_matter(self, title: str, mtype: str, intro: datetime) -> dict[str, Any]:
        prefix = {"Ordinance": "O", "Resolution": "R", "Order": "Or"}.get(mtype, "M")
        number = len(self.matters) + 1
        matter = {
            "matterId": _guid(self.rng),
            "recordNumber": f"{prefix}{intro.year}-{number:07d}",
            "legacyRecordNumber": None,
            "title": title,
            "shortTitle": title[:60],
            "type": mtype,
            "status": "In Committee",
            "subStatus": "Referred",
            "controllingBody": COMMITTEES[number % len(COMMITTEES)],
            "filingSponsor": ALDERS[number % len(ALDERS)],
            "fileYear": intro.year,
            "introductionDate": _stamp(intro),
            "finalActionDate": None,
            "actions": [
                {
                    "actionName": "Referred",
                    "actionDate": _stamp(intro),
                    "actionByName": COUNCIL,
                    "actionText": f"Referred to {COMMITTEES[number % len(COMMITTEES)]}",
                    "votes": [],
                    "sort": 1,
                }
            ],
            "sponsors": [{"sponsorName": ALDERS[number % len(ALDERS)], "sponsorType": "Filing"}],
            "attachments": [],
        }
        with self.lock:
            self.matters[matter["matterId"]] = matter
        return matter

    def advance(
        self,
        matter_id: str,
        action: str,
        body: str = COUNCIL,
        when: datetime | None = None,
        votes: dict[str, str] | None = None,
        status: str | None = None,
    ) -> dict[str, Any]:
        """Record an action (with a roll call when VOTES maps names to words)."""
        with self.lock:
            matter = self.matters[matter_id]
            when = when or datetime.now(UTC).replace(microsecond=0)
            row = {
                "actionName": action,
                "actionDate": _stamp(when),
                "actionByName": body,
                "actionText": None,
                "votes": [{"voterName": n, "vote": v} for n, v in (votes or {}).items()],
                "sort": len(matter["actions"]) + 1,
            }
            matter["actions"].append(row)
            if status:
                matter["status"] = status
            if action in ("Passed", "Adopted"):
                matter["finalActionDate"] = row["actionDate"]
            return row

    def roll_call(self, nays: int = 0) -> dict[str, str]:
        return {name: ("Nay" if i < nays else "Yea") for i, name in enumerate(ALDERS)}

    def add_meeting(
        self, starts: datetime, body: str, matter_ids: list[str], status: str = "Scheduled"
    ) -> str:
        meeting_id = _guid(self.rng)
        items = [
            {
                "lineId": _guid(self.rng),
                "matterId": mid,
                "recordNumber": self.matters[mid]["recordNumber"],
                "title": self.matters[mid]["title"],
                "sort": n,
            }
            for n, mid in enumerate(matter_ids, 1)
        ]
        with self.lock:
            self.meetings[meeting_id] = {
                "meetingId": meeting_id,
                "status": status,
                "bodyId": _guid(self.rng),
                "body": body,
                "comment": "",
                "bodyAbbreviation": body.split()[-1],
                "location": LOCATION,
                "videoLink": "",
                "transcriptLink": "",
                "date": _stamp(starts),
                "files": [],
                "agenda": {"groups": [{"name": "Matters", "sort": 1, "items": items}]},
                "attendance": None,
            }
        return meeting_id

    def update_meeting(self, meeting_id: str, **fields: Any) -> None:
        with self.lock:
            meeting = self.meetings[meeting_id]
            if isinstance(fields.get("date"), datetime):
                fields["date"] = _stamp(fields["date"])
            meeting.update(fields)

    # --- answering ------------------------------------------------------------------------

    def listing(self, rows: list[dict[str, Any]], params: dict[str, str], strip: str) -> Reply:
        fields = set().union(*(r.keys() for r in rows)) if rows else {"date"}
        try:
            top = int(params.get("top", PAGE_MAX))
            skip = int(params.get("skip", 0))
        except ValueError:
            return _error(400, "top and skip must be integers")
        if skip > self.offset_max:
            return _error(400, f"skip must not exceed {self.offset_max}")
        try:
            keep = parse_filter(params.get("filter"), fields)
            chosen = sort_rows([r for r in rows if keep(r)], params.get("sort"), fields)
        except QueryError as exc:
            return _error(400, str(exc))
        top = max(1, min(top, PAGE_MAX))
        page = [{k: v for k, v in r.items() if k != strip} for r in chosen[skip : skip + top]]
        if strip == "agenda":
            page = [{**r, "agenda": None} for r in page]
        meta = {
            "skip": skip,
            "top": top,
            "count": len(chosen),
            "pages": math.ceil(len(chosen) / top),
        }
        return 200, json.dumps({"data": page, "meta": meta}).encode(), {}


def _error(status: int, message: str) -> Reply:
    return status, json.dumps({"message": message}).encode(), {}


class ElmsAPI:
    """The eLMS API as a platform of the local server."""

    def __init__(self, state: ElmsState) -> None:
        self.state = state

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        split = urlsplit(target)
        parts = [p for p in split.path.split("/") if p]
        params = dict(parse_qsl(split.query, keep_blank_values=True))
        if method not in ("GET", "HEAD") or not parts:
            return _error(404, f"No route for {method} {split.path}")
        with self.state.lock:
            matters = [json.loads(json.dumps(m)) for m in self.state.matters.values()]
            meetings = [json.loads(json.dumps(m)) for m in self.state.meetings.values()]
        resource = parts[0].lower()
        if resource == "matter" and len(parts) == 1:
            return self.state.listing(matters, params, strip="actions")
        if resource == "matter" and len(parts) == 2:
            found = next((m for m in matters if m["matterId"].lower() == parts[1].lower()), None)
            if found is None:
                return _error(404, f"Matter {parts[1]} not found")
            return 200, json.dumps(found).encode(), {}
        if resource == "meeting" and len(parts) == 1:
            return self.state.listing(meetings, params, strip="agenda")
        if resource == "meeting" and len(parts) == 2:
            found = next((m for m in meetings if m["meetingId"].lower() == parts[1].lower()), None)
            if found is None:
                return _error(404, f"Meeting {parts[1]} not found")
            return 200, json.dumps(found).encode(), {}
        return _error(404, f"No route for {method} {split.path}")
