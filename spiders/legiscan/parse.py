"""LegiScan JSON into the tracker's item fields: envelopes, master lists, bills, roll calls.

Pure functions, no Scrapy: the spider and the dataset reader share them, and tests call them on
the recorded payloads directly.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from spiders.documents import TEXT_KINDS

# LegiScan's chamber letters ("body", history "chamber"): rendered as the chamber's name.
CHAMBERS = {"H": "House", "S": "Senate", "A": "Assembly", "J": "Joint"}

# Roll call `vote_text` onto the tracker's member votes.
MEMBER_VOTES = {"yea": "yes", "aye": "yes", "nay": "no", "no": "no", "nv": "not voting"}
MEMBER_VOTES |= {"absent": "absent", "excused": "excused", "abstain": "abstain"}


class LegiScanError(ValueError):
    """A reply that is not what was asked for: an ERROR envelope, a malformed body, a shape we
    cannot read. The message says which, in one line."""


def envelope(text: str | bytes, key: str, what: str) -> Any:
    """The payload under KEY of a LegiScan reply, or LegiScanError.

    LegiScan answers HTTP 200 for failures too: {"status": "ERROR", "alert": {"message": ...}}.
    """
    try:
        body = json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise LegiScanError(f"{what}: malformed JSON ({exc})") from None
    if not isinstance(body, dict):
        raise LegiScanError(f"{what}: expected a JSON object, got {type(body).__name__}")
    status = str(body.get("status") or "").upper()
    if status != "OK":
        alert = body.get("alert")
        message = alert.get("message") if isinstance(alert, dict) else None
        raise LegiScanError(f"{what}: LegiScan answered {status or 'no status'}: {message or body}")
    if key not in body:
        raise LegiScanError(f"{what}: reply has no {key!r}")
    return body[key]


def as_int(value: Any) -> int | None:
    """LegiScan mixes "1" and 1 for the same field."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def masterlist_rows(masterlist: Any, what: str) -> Iterator[dict[str, Any]]:
    """The bill rows of a master list: an OBJECT keyed "session", "0", "1", ..., not an array."""
    if isinstance(masterlist, list):  # tolerate the array shape, should it ever come
        values = masterlist
    elif isinstance(masterlist, dict):
        values = [v for k, v in masterlist.items() if k != "session"]
    else:
        raise LegiScanError(f"{what}: masterlist is a {type(masterlist).__name__}")
    for row in values:
        if isinstance(row, dict) and as_int(row.get("bill_id")) is not None:
            yield row


def current_sessions(sessions: Any, this_year: int) -> list[dict[str, Any]]:
    """The sessions a crawl follows: those LegiScan does not mark as prior, ending this year or
    later (a session that ended last year still takes vetoes and signatures into January)."""
    if not isinstance(sessions, list):
        raise LegiScanError("session list: 'sessions' is not a list")
    chosen = []
    for row in sessions:
        if not isinstance(row, dict) or as_int(row.get("session_id")) is None:
            continue
        end = as_int(row.get("year_end")) or as_int(row.get("year_start")) or 0
        if not as_int(row.get("prior")) and end >= this_year - 1:
            chosen.append(session_info(row))
    return chosen


def session_info(row: Mapping[str, Any]) -> dict[str, Any]:
    """The session fields an item carries, from a session list row or a bill's `session`."""
    return {
        "session_id": as_int(row.get("session_id")),
        "session_name": row.get("session_name") or row.get("session_title") or "",
        "year_start": as_int(row.get("year_start")),
        "year_end": as_int(row.get("year_end")),
        "special": as_int(row.get("special")) or 0,
    }


def session_fields(session: Mapping[str, Any]) -> dict[str, Any]:
    start, end = session.get("year_start"), session.get("year_end")
    return {
        # LegiScan's session id is its stable name for the session; identity keys it by years.
        "session": str(session.get("session_id") or session.get("session_name")),
        "session_start_year": start or None,
        "session_end_year": end or start or None,
        "session_special": 1 if session.get("special") else None,
    }


def masterlist_item_fields(row: Mapping[str, Any], session: Mapping[str, Any]) -> dict[str, Any]:
    """Item fields from a (non-raw) getMasterList row: no history, which only getBill carries."""
    return {
        **session_fields(session),
        "identifier": row.get("number"),
        "platform_id": str(row["bill_id"]),
        "url": row.get("url") or None,
        "title": row.get("title") or row.get("description"),
        "summary": row.get("description") or None,
        "raw_status": str(row["status"]) if row.get("status") not in (None, "") else None,
        "change_hash": row.get("change_hash"),
        "modified": row.get("last_action_date") or row.get("status_date") or None,
    }


def bill_item_fields(bill: Mapping[str, Any]) -> dict[str, Any]:
    """Item fields of a getBill payload (or a dataset's bill file) without its history."""
    session = session_info(bill.get("session") or {"session_id": bill.get("session_id")})
    status = bill.get("status")
    progress = bill.get("progress") or []
    introduced = next(
        (p.get("date") for p in progress if isinstance(p, dict) and as_int(p.get("event")) == 1),
        None,
    )
    return {
        **session_fields(session),
        "identifier": bill.get("bill_number"),
        "platform_id": str(bill["bill_id"]),
        "url": bill.get("state_link") or bill.get("url") or None,
        "title": bill.get("title") or bill.get("description"),
        "summary": bill.get("description") or None,
        "measure_type": bill.get("bill_type") or None,
        "raw_status": str(status) if status not in (None, "") else None,
        "introduced_date": introduced,
        "change_hash": bill.get("change_hash"),
        "modified": bill.get("status_date") or None,
    }


class LatestText(NamedTuple):
    """A bill's newest readable text: the state's link as a page or a PDF (either may be
    missing), LegiScan's own copy of it (`doc_id`, one getBillText query) and LegiScan's page."""

    page: str | None
    pdf: str | None
    doc_id: int | None
    url: str | None


def latest_text(bill: Mapping[str, Any]) -> LatestText | None:
    """The bill's newest text in a form the spiders read (HTML or PDF; Word, RTF and
    WordPerfect are left out), or None.

    The state's link costs no LegiScan query; LegiScan's copy (getBillText) costs one, so it
    is read only where the state's link is missing or fails."""
    texts = [
        t for t in bill.get("texts") or [] if isinstance(t, dict) and t.get("mime") in TEXT_KINDS
    ]
    if not texts:
        return None
    newest = max(texts, key=lambda t: (str(t.get("date") or ""), as_int(t.get("doc_id")) or 0))
    link = str(newest.get("state_link") or "").strip() or None
    page = link if TEXT_KINDS[newest["mime"]] == "page" else None
    pdf = link if page is None else None
    return LatestText(page, pdf, as_int(newest.get("doc_id")), newest.get("url") or None)


def text_document(body: str | bytes, what: str) -> tuple[bytes, str]:
    """The document of a getBillText reply and its media type, or LegiScanError.

    LegiScan sends the document itself, Base64 in the JSON (`text.doc`), with its `mime`."""
    found = envelope(body, "text", what)
    if not isinstance(found, dict):
        raise LegiScanError(f"{what}: 'text' is not an object")
    mime = str(found.get("mime") or "")
    if mime not in TEXT_KINDS:
        raise LegiScanError(f"{what}: a document of type {mime or 'unknown'} is not read")
    try:
        doc = base64.b64decode(str(found.get("doc") or ""), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise LegiScanError(f"{what}: the document is not Base64 ({exc})") from None
    if not doc:
        raise LegiScanError(f"{what}: the document is empty")
    return doc, mime


def actions(
    bill: Mapping[str, Any],
    roll_calls: Mapping[int, Mapping[str, Any]] | None = None,
    names: Mapping[int, str] | None = None,
) -> list[dict[str, Any]]:
    """The bill's history rows as actions: LegiScan's progress codes attached where a row of the
    same day can carry them, and its roll calls attached to the row of their day and chamber.

    ROLL_CALLS maps roll_call_id to a full roll call (a dataset's vote file, with members); a
    roll call without one keeps the bill's own tally. NAMES maps people_id to a member's name."""
    rows = [r for r in bill.get("history") or [] if isinstance(r, dict)]
    out: list[dict[str, Any]] = []
    for row in rows:
        if not row.get("date") or not (row.get("action") or "").strip():
            continue  # an undated or empty row cannot be placed in the history
        out.append(
            {
                "date": row["date"],
                "actor": CHAMBERS.get(str(row.get("chamber") or "").upper())
                or (row.get("chamber") or None),
                "description": row["action"],
                "classification": [],
                "_importance": as_int(row.get("importance")) or 0,
            }
        )
    _attach_progress(out, bill.get("progress") or [])
    _attach_votes(out, bill.get("votes") or [], roll_calls or {}, names or {})
    for action in out:
        del action["_importance"]
    return out


def _attach_progress(out: list[dict[str, Any]], progress: list[Any]) -> None:
    """Each progress event goes to an unclaimed row of its day: the important rows first, in the
    history's order. A day without rows leaves the code out: the rows' text maps on its own."""
    for event in progress:
        if not isinstance(event, dict):
            continue
        code = as_int(event.get("event"))
        day = event.get("date")
        if code is None or not day:
            continue
        free = [a for a in out if a["date"] == day and not a["classification"]]
        if not free:
            continue
        target = next((a for a in free if a["_importance"]), free[0])
        target["classification"] = [str(code)]


_WORDS = re.compile(r"[a-z0-9]+")


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def _attach_votes(
    out: list[dict[str, Any]],
    votes: list[Any],
    roll_calls: Mapping[int, Mapping[str, Any]],
    names: Mapping[int, str],
) -> None:
    """A roll call goes to the row of its day and chamber whose text is most like its own."""
    for summary in votes:
        if not isinstance(summary, dict):
            continue
        roll_id = as_int(summary.get("roll_call_id"))
        full = roll_calls.get(roll_id) if roll_id is not None else None
        call = {**summary, **(full or {})}
        day = call.get("date")
        chamber = CHAMBERS.get(str(call.get("chamber") or "").upper())
        rows = [
            a
            for a in out
            if a["date"] == day
            and a.get("vote") is None
            and (not a["actor"] or not chamber or a["actor"] == chamber)
        ]
        if not rows:
            continue
        wanted = _words(str(call.get("desc") or ""))
        best = max(rows, key=lambda a: len(wanted & _words(a["description"])))
        best["vote"] = vote_item(call, names)


def vote_item(call: Mapping[str, Any], names: Mapping[int, str] | None = None) -> dict[str, Any]:
    """A roll call as the tracker's vote: motion, result, tallies and, where given, each member."""
    names = names or {}
    members = []
    for member in call.get("votes") or []:
        if not isinstance(member, dict):
            continue
        pid = as_int(member.get("people_id"))
        text = str(member.get("vote_text") or "").strip().lower()
        members.append(
            {
                "name": names.get(pid) or member.get("name") or f"people_id {pid}",
                "vote": MEMBER_VOTES.get(text, "other"),
            }
        )
    passed = as_int(call.get("passed"))
    return {
        "motion": call.get("desc") or None,
        "result": None if passed is None else ("pass" if passed else "fail"),
        "yes": as_int(call.get("yea")) or 0,
        "no": as_int(call.get("nay")) or 0,
        "other": (as_int(call.get("nv")) or 0) + (as_int(call.get("absent")) or 0),
        "members": members,
    }


def person_name(person: Mapping[str, Any]) -> str | None:
    return person.get("name") or None
