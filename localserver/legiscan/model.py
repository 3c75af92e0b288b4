"""The LegiScan API as a platform of the local server: one endpoint, `op=` dispatch, LegiScan's
envelopes, a session dataset ZIP built in memory, and bills that can change between two crawls.

    sim = LegiScanAPI(key="k")
    sim.add_session(build_session("TX", 2131, n_bills=500))
    server.mount("/legiscan", sim)      # api_url = server.url("legiscan") + "/"
    sim.change(bill_id, "Referred to State Affairs", chamber="S")   # new row, new change_hash

Operations: getSessionList, getMasterList, getMasterListRaw, getBill, getRollCall,
getDatasetList, getDataset. Failures come as LegiScan sends them: HTTP 200 with
{"status": "ERROR", "alert": {"message": ...}} (bad key, unknown operation or id, a wrong
access_key), or one set on purpose with `sim.errors[op] = "message"`. Generic faults (429, 5xx,
malformed bodies) are the server's (localserver/server.py).

Shapes follow LegiScan's real dataset payloads (data/LEGISCAN_dataset_*.json, saved from public
dataset files) and the documented list replies (see docs/sources/legiscan.md for which are
unverified).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import threading
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from localserver.server import Reply, json_type

DATA = Path(__file__).with_name("data")


# LegiScan's mime_id of a text (1 HTML, 2 PDF; 3 and up other formats), as in its bills' `texts`
MIME_IDS = {"text/html": 1, "application/pdf": 2}


def sample(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def change_hash(bill: dict[str, Any]) -> str:
    body = {k: v for k, v in bill.items() if k != "change_hash"}
    return hashlib.md5(json.dumps(body, sort_keys=True).encode()).hexdigest()  # noqa: S324


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def ok(key: str, value: Any) -> bytes:
    return _json({"status": "OK", key: value})


def error(message: str) -> bytes:
    return _json({"status": "ERROR", "alert": {"message": message}})


@dataclass
class Session:
    """One legislative session with its bills, roll calls and people, keyed by LegiScan ids."""

    state: str
    state_id: int
    session_id: int
    session_name: str
    year_start: int
    year_end: int
    special: int = 0
    prior: int = 0
    bills: dict[int, dict[str, Any]] = field(default_factory=dict)
    roll_calls: dict[int, dict[str, Any]] = field(default_factory=dict)
    people: dict[int, dict[str, Any]] = field(default_factory=dict)

    def row(self) -> dict[str, Any]:
        """The session as getSessionList lists it."""
        return {
            "session_id": self.session_id,
            "state_id": self.state_id,
            "year_start": self.year_start,
            "year_end": self.year_end,
            "prefile": 0,
            "sine_die": 0,
            "prior": self.prior,
            "special": self.special,
            "session_tag": "Special Session" if self.special else "Regular Session",
            "session_title": self.session_name,
            "session_name": self.session_name,
            "dataset_hash": self.dataset_hash(),
            "session_hash": self.dataset_hash()[:8],
            "name": self.session_name,
        }

    def inner(self) -> dict[str, Any]:
        """The session object embedded in bills and master lists."""
        return {
            "session_id": self.session_id,
            "session_name": self.session_name,
            "session_title": self.session_name,
            "year_start": self.year_start,
            "year_end": self.year_end,
            "special": self.special,
        }

    def dataset_hash(self) -> str:
        joined = "".join(sorted(b["change_hash"] for b in self.bills.values()))
        return hashlib.md5(joined.encode()).hexdigest()  # noqa: S324

    def folder(self) -> str:
        name = self.session_name.replace(" ", "_")
        return f"{self.state}/{self.year_start}-{self.year_end}_{name}"


class LegiScanAPI:
    """LegiScan's single endpoint (`/?key=...&op=...`), mounted on the local server."""

    def __init__(self, key: str = "test-key") -> None:
        self.key = key
        self.sessions: dict[int, Session] = {}
        self.errors: dict[str, str] = {}  # op -> an ERROR envelope's message, on purpose
        self.lock = threading.Lock()
        self._datasets: dict[int, tuple[str, bytes]] = {}  # session_id -> (hash, reply)
        self.copies: dict[int, tuple[str, bytes]] = {}  # doc_id -> (mime, document)

    # --- the model ----------------------------------------------------------------------

    def add_session(self, session: Session) -> Session:
        with self.lock:
            self.sessions[session.session_id] = session
        return session

    def bill(self, bill_id: int) -> dict[str, Any]:
        for session in self.sessions.values():
            if bill_id in session.bills:
                return session.bills[bill_id]
        raise KeyError(bill_id)

    def change(
        self,
        bill_id: int,
        action: str,
        chamber: str = "",
        day: str | None = None,
        progress: int | None = None,
        status: int | None = None,
    ) -> dict[str, Any]:
        """A new history row on BILL_ID (and a progress event, a status), with a new hash."""
        with self.lock:
            bill = self.bill(bill_id)
            day = day or date.today().isoformat()
            bill["history"].append(
                {
                    "date": day,
                    "action": action,
                    "chamber": chamber,
                    "chamber_id": {"H": 13, "S": 14}.get(chamber, 0),
                    "importance": 1,
                }
            )
            if progress is not None:
                bill["progress"].append({"date": day, "event": progress})
            if status is not None:
                bill["status"], bill["status_date"] = status, day
            bill["change_hash"] = change_hash(bill)
            return bill

    # --- the endpoint ---------------------------------------------------------------------

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        params = dict(parse_qsl(urlsplit(target).query))
        op = params.get("op", "")
        if params.get("key") != self.key:
            return 200, error("Invalid API key"), json_type()
        if op in self.errors:
            return 200, error(self.errors[op]), json_type()
        handler = getattr(self, f"op_{op}", None)
        if handler is None:
            return 200, error(f"Unknown operation: {op}"), json_type()
        with self.lock:
            try:
                return 200, handler(params), json_type()
            except LookupError as exc:
                return 200, error(str(exc.args[0]) if exc.args else "Unknown id"), json_type()

    def _session(self, params: dict[str, str]) -> Session:
        found = self.sessions.get(_int(params.get("id")))
        if found is None:
            raise LookupError(f"Unknown session id: {params.get('id')}")
        return found

    def op_getSessionList(self, params: dict[str, str]) -> bytes:  # noqa: N802 - LegiScan's name
        state = params.get("state", "").upper()
        rows = [s.row() for s in self.sessions.values() if s.state == state]
        return ok("sessions", sorted(rows, key=lambda r: -r["session_id"]))

    def _masterlist(self, params: dict[str, str], raw: bool) -> bytes:
        session = self._session(params)
        listing: dict[str, Any] = {"session": session.inner()}
        for i, bill in enumerate(session.bills.values()):
            row = {"bill_id": bill["bill_id"], "number": bill["bill_number"]}
            row["change_hash"] = bill["change_hash"]
            if not raw:
                last = bill["history"][-1] if bill["history"] else {}
                row |= {
                    "url": bill["url"],
                    "status_date": bill["status_date"],
                    "status": bill["status"],
                    "last_action_date": last.get("date"),
                    "last_action": last.get("action"),
                    "title": bill["title"],
                    "description": bill["description"],
                }
            listing[str(i)] = row
        return ok("masterlist", listing)

    def op_getMasterList(self, params: dict[str, str]) -> bytes:  # noqa: N802
        return self._masterlist(params, raw=False)

    def op_getMasterListRaw(self, params: dict[str, str]) -> bytes:  # noqa: N802
        return self._masterlist(params, raw=True)

    def op_getBill(self, params: dict[str, str]) -> bytes:  # noqa: N802
        try:
            return ok("bill", self.bill(_int(params.get("id"))))
        except KeyError:
            raise LookupError(f"Unknown bill id: {params.get('id')}") from None

    def keep_copy(self, doc_id: int, mime: str, document: bytes) -> None:
        """LegiScan's own copy of a text (add_text's DOC_ID), which getBillText sends."""
        with self.lock:
            self.copies[doc_id] = (mime, document)

    def op_getBillText(self, params: dict[str, str]) -> bytes:  # noqa: N802
        """The document Base64 in JSON, with the fields of a bill's `texts` row."""
        doc_id = _int(params.get("id"))
        if doc_id not in self.copies:
            raise LookupError(f"Unknown document id: {params.get('id')}")
        mime, document = self.copies[doc_id]
        return ok(
            "text",
            {
                "doc_id": doc_id,
                "mime": mime,
                "mime_id": MIME_IDS.get(mime, 3),
                "text_size": len(document),
                "text_hash": hashlib.md5(document).hexdigest(),  # noqa: S324 - a checksum
                "doc": base64.b64encode(document).decode("ascii"),
            },
        )

    def op_getRollCall(self, params: dict[str, str]) -> bytes:  # noqa: N802
        for session in self.sessions.values():
            found = session.roll_calls.get(_int(params.get("id")))
            if found is not None:
                return ok("roll_call", found)
        raise LookupError(f"Unknown roll call id: {params.get('id')}")

    def access_key(self, session: Session) -> str:
        return hashlib.sha1(f"{self.key}:{session.session_id}".encode()).hexdigest()[:24]  # noqa: S324

    def op_getDatasetList(self, params: dict[str, str]) -> bytes:  # noqa: N802
        state = params.get("state", "").upper()
        rows = []
        for session in self.sessions.values():
            if state and session.state != state:
                continue
            _, reply = self._dataset(session)
            rows.append(
                {
                    "state_id": session.state_id,
                    "session_id": session.session_id,
                    "special": session.special,
                    "year_start": session.year_start,
                    "year_end": session.year_end,
                    "session_name": session.session_name,
                    "session_title": session.session_name,
                    "dataset_hash": session.dataset_hash(),
                    "dataset_date": date.today().isoformat(),
                    "dataset_size": len(reply),
                    "access_key": self.access_key(session),
                }
            )
        return ok("datasetlist", rows)

    def op_getDataset(self, params: dict[str, str]) -> bytes:  # noqa: N802
        session = self._session(params)
        if params.get("access_key") != self.access_key(session):
            raise LookupError("Invalid access_key for dataset")
        return self._dataset(session)[1]

    def _dataset(self, session: Session) -> tuple[str, bytes]:
        """The session's ZIP, Base64 in JSON with slashes escaped (as PHP's json_encode does),
        rebuilt only when a bill changed."""
        digest = session.dataset_hash()
        cached = self._datasets.get(session.session_id)
        if cached and cached[0] == digest:
            return cached
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            folder = session.folder()
            for bill in session.bills.values():
                archive.writestr(f"{folder}/bill/{bill['bill_number']}.json", _json({"bill": bill}))
            for roll_id, call in session.roll_calls.items():
                archive.writestr(f"{folder}/vote/{roll_id}.json", _json({"roll_call": call}))
            for pid, person in session.people.items():
                archive.writestr(f"{folder}/people/{pid}.json", _json({"person": person}))
        zipped = buffer.getvalue()
        payload = {
            "state_id": session.state_id,
            "session_id": session.session_id,
            "session_name": session.session_name,
            "dataset_hash": digest,
            "dataset_date": date.today().isoformat(),
            "dataset_size": len(zipped),
            "mime_type": "application/zip",
            "zip": base64.b64encode(zipped).decode(),
        }
        reply = json.dumps({"status": "OK", "dataset": payload}).replace("/", "\\/").encode()
        self._datasets[session.session_id] = (digest, reply)
        return digest, reply


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


# --- generated sessions in the shape of the real AK HB1 dataset file -------------------------

RELEVANT_TITLES = [
    (
        "Immigration Enforcement",
        "Relating to the enforcement by certain governmental entities of state and federal laws "
        "governing immigration and to the duties of law enforcement agencies concerning certain "
        "arrested persons.",
    ),
    (
        "287(g) Agreements",
        "Relating to agreements between local law enforcement agencies and federal immigration "
        "authorities under Section 287(g) of the Immigration and Nationality Act.",
    ),
    (
        "Immigration Detainers",
        "Relating to compliance by county jails with immigration detainer requests issued by "
        "United States Immigration and Customs Enforcement.",
    ),
    (
        "Sanctuary Policies Prohibited",
        "Relating to the prohibition of sanctuary city policies that limit cooperation with "
        "federal immigration enforcement.",
    ),
    (
        "Illegal Entry Offense",
        "Relating to the creation of the criminal offense of illegal entry into this state by "
        "a person who is an alien and to the removal of such persons.",
    ),
    (
        "Immigrant Protection Act",
        "Prohibits state and local law enforcement from sharing information with federal "
        "immigration authorities for civil immigration enforcement.",
    ),
]

_SUBJECTS = [
    "the licensing and regulation of",
    "the taxation of",
    "the registration of",
    "the inspection of",
    "fees charged for",
    "the disposal of",
    "reporting requirements for",
    "the funding of",
    "the financing of",
    "the designation of",
]
_THINGS = [
    "motor vehicle dealers",
    "plumbers",
    "water utilities",
    "oil and gas wells",
    "public school buses",
    "county roads",
    "state parks",
    "veterinary clinics",
    "agricultural cooperatives",
    "hospital districts",
    "electric cooperatives",
    "barber shops",
    "municipal golf courses",
    "groundwater conservation districts",
    "amusement rides",
    "timber harvests",
    "public libraries",
    "rural fire departments",
    "junior college districts",
    "livestock auctions",
]


def background_title(i: int) -> tuple[str, str]:
    subject = _SUBJECTS[i % len(_SUBJECTS)]
    thing = _THINGS[(i // len(_SUBJECTS)) % len(_THINGS)]
    return (
        f"{thing.title()}",
        f"Relating to {subject} {thing}; providing for penalties in district {i % 150 + 1}.",
    )


STATE_IDS = {"AK": 2, "TX": 44, "US": 52}


def build_session(
    state: str,
    session_id: int,
    n_bills: int,
    relevant_every: int = 97,
    session_name: str | None = None,
    year_start: int | None = None,
    first_bill_id: int | None = None,
    votes: bool = True,
) -> Session:
    """A session of N_BILLS bills shaped like the real AK HB1 dataset file: a relevant title every
    RELEVANT_EVERY bills, the rest ordinary business; some bills with roll calls and members."""
    year = year_start or date.today().year - (date.today().year % 2 == 0)
    session = Session(
        state=state,
        state_id=STATE_IDS.get(state, 10),
        session_id=session_id,
        session_name=session_name or f"{year}-{year + 1} Regular Session",
        year_start=year,
        year_end=year + 1,
    )
    template = sample("LEGISCAN_dataset_bill_AK_HB1.json")["bill"]
    person = sample("LEGISCAN_dataset_person_8630.json")["person"]
    members = []
    for n in range(30):
        pid = session_id * 1000 + n
        session.people[pid] = {
            **person,
            "people_id": pid,
            "party": "DR"[n % 2],
            "party_id": 1 + n % 2,
            "role": "Rep" if n < 20 else "Sen",
            "role_id": 1 if n < 20 else 2,
            "name": f"Member {n + 1}",
            "committee_sponsor": 0,
            "committee_id": 0,
        }
        members.append(pid)
    start = date(year, 1, 10)
    base_id = first_bill_id or session_id * 100_000
    for i in range(n_bills):
        chamber = "H" if i % 2 == 0 else "S"
        number = f"{chamber}B{i // 2 + 1}"
        if relevant_every and i % relevant_every == 3:
            title, description = RELEVANT_TITLES[(i // relevant_every) % len(RELEVANT_TITLES)]
        else:
            title, description = background_title(i)
        bill = copy.deepcopy(template)
        bill_id = base_id + i
        day = start + timedelta(days=i % 60)
        other = "S" if chamber == "H" else "H"
        history = [
            _row(day, "Filed", chamber, 0),
            _row(day + timedelta(days=7), "Read first time", chamber, 1),
            _row(day + timedelta(days=7), "Referred to State Affairs", chamber, 1),
        ]
        progress = [{"date": str(day + timedelta(days=7)), "event": 1}]
        progress.append({"date": str(day + timedelta(days=7)), "event": 9})
        status = 1
        bill_votes: list[dict[str, Any]] = []
        if i % 5 == 3:  # a fifth of the bills pass their chamber, with a roll call
            passed_on = day + timedelta(days=40)
            history += [
                _row(day + timedelta(days=30), "Reported favorably", chamber, 1),
                _row(passed_on, "Read third time", chamber, 0),
                _row(passed_on, "Passed", chamber, 1),
                _row(passed_on + timedelta(days=2), "Received from the other chamber", other, 1),
            ]
            progress += [
                {"date": str(day + timedelta(days=30)), "event": 10},
                {"date": str(passed_on), "event": 2},
            ]
            status = 2
            if votes:
                roll_id = bill_id * 10
                yeas = members[:24] if chamber == "H" else members[20:]
                call = {
                    "roll_call_id": roll_id,
                    "bill_id": bill_id,
                    "date": str(passed_on),
                    "desc": f"{'House' if chamber == 'H' else 'Senate'} Third Reading Passed",
                    "yea": len(yeas) - 2,
                    "nay": 1,
                    "nv": 1,
                    "absent": 0,
                    "total": len(yeas),
                    "passed": 1,
                    "chamber": chamber,
                    "chamber_id": 13 if chamber == "H" else 14,
                }
                session.roll_calls[roll_id] = {
                    **call,
                    "votes": [
                        {
                            "people_id": pid,
                            "vote_id": 1 if k < len(yeas) - 2 else 2 + (k == len(yeas) - 1),
                            "vote_text": "Yea"
                            if k < len(yeas) - 2
                            else ("Nay" if k == len(yeas) - 2 else "NV"),
                        }
                        for k, pid in enumerate(yeas)
                    ],
                }
                bill_votes.append(
                    {
                        **call,
                        "url": f"https://legiscan.com/{state}/rollcall/{number}/id/{roll_id}",
                        "state_link": "",
                    }
                )
        last = history[-1]["date"]
        slug = f"{state}/bill/{number}/{year}"
        bill.update(
            {
                "bill_id": bill_id,
                "session_id": session_id,
                "session": session.inner(),
                "url": f"https://legiscan.com/{slug}",
                "state_link": f"https://capitol.example.gov/{state}/{year}/{number}",
                "status": status,
                "status_date": last,
                "progress": progress,
                "state": state,
                "state_id": session.state_id,
                "bill_number": number,
                "body": chamber,
                "current_body": other if status == 2 else chamber,
                "title": title,
                "description": description,
                "history": history,
                "sponsors": [],
                "subjects": [],
                "texts": [],
                "votes": bill_votes,
            }
        )
        bill["change_hash"] = change_hash(bill)
        session.bills[bill_id] = bill
    return session


def add_text(bill: dict[str, Any], state_link: str, mime: str, day: str | None = None) -> int:
    """A newer text of BILL on the state's site (STATE_LINK "" where the state gives none), in
    the shape of the real AK HB1 `texts` rows; its doc_id, which getBillText answers for once
    `LegiScanAPI.keep_copy` has the document."""
    doc_id = bill["bill_id"] * 10 + len(bill["texts"]) + 1
    bill["texts"].append(
        {
            "doc_id": doc_id,
            "date": day or bill["status_date"],
            "type": "Introduced" if not bill["texts"] else "Comm Sub",
            "type_id": 1 if not bill["texts"] else 2,
            "mime": mime,
            "mime_id": MIME_IDS.get(mime, 3),
            "url": f"https://legiscan.com/{bill['state']}/text/{bill['bill_number']}/id/{doc_id}",
            "state_link": state_link,
            "text_size": 0,
        }
    )
    bill["change_hash"] = change_hash(bill)
    return doc_id


def _row(day: date, action: str, chamber: str, importance: int) -> dict[str, Any]:
    return {
        "date": day.isoformat(),
        "action": action,
        "chamber": chamber,
        "chamber_id": {"H": 13, "S": 14}.get(chamber, 0),
        "importance": importance,
    }


def real_alaska_session() -> Session:
    """The real AK HB1 (27th Legislature, session 122) with its real roll call and person."""
    bill = sample("LEGISCAN_dataset_bill_AK_HB1.json")["bill"]
    session = Session("AK", 2, 122, "27th Legislature", 2011, 2012)
    session.bills[bill["bill_id"]] = bill
    call = sample("LEGISCAN_dataset_rollcall_154366.json")["roll_call"]
    session.roll_calls[call["roll_call_id"]] = call
    person = sample("LEGISCAN_dataset_person_8630.json")["person"]
    session.people[person["people_id"]] = person
    return session
