"""Measure identity across sources: one key per bill, whoever reports it.

A measure is (jurisdiction, session, identifier). Sources spell both differently: Open States
writes "HB 1" and sessions like "2025-2026", "89" or "194th"; LegiScan writes "HB1" and gives
session years; New York's "S609A" is amendment A of "S 609"; Texas calls its sessions "89R" and
"891". This module turns each spelling into one canonical key; the raw forms stay with each
source (storage MeasureSource). State legislatures are normalized; councils keep their own file
numbers ("Int 0218-2018", "O2012-4984"), only trimmed.

Canonical sessions: "2025" for a session whose bill numbers start afresh that year, "2025-2026"
for a legislature whose numbers run across two years, and "-S1", "-S2" for special sessions.
Which a state uses, and how its numbered legislatures map to years, is in data/sessions.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

SESSIONS_FILE = Path(__file__).with_name("data") / "sessions.toml"

_BILL = re.compile(r"^\s*([A-Za-z][A-Za-z.\s]*?)[\s.\-_]*0*(\d+)\s*([A-Za-z]?)\s*$")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class StateSessions:
    """How one legislature names its sessions."""

    state: str
    numbering: str = "biennium"  # biennium | annual (numbers restart every session year)
    first_year: str = "odd"  # a biennium starts in an odd (most) or even (New Jersey) year
    ordinal_base: int | None = None  # the Nth legislature sits from year 2N + base
    amendment_suffix: bool = False  # "S609A": a trailing letter is a version, not the bill
    called_digit: bool = False  # Texas "891": the 89th Legislature's 1st called session
    aliases: dict[str, str] = field(default_factory=dict)  # raw spelling (lower) -> key
    sessions: tuple[dict, ...] = ()  # known sessions with their dates


@cache
def _table() -> dict[str, StateSessions]:
    raw = tomllib.loads(SESSIONS_FILE.read_text(encoding="utf-8"))
    out: dict[str, StateSessions] = {}
    for state, spec in raw.items():
        aliases: dict[str, str] = {}
        for session in spec.get("sessions", []):
            for alias in session.get("aliases", []):
                aliases[alias.lower()] = session["key"]
            aliases[session["key"].lower()] = session["key"]
        out[state] = StateSessions(
            state=state,
            numbering=spec.get("numbering", "biennium"),
            first_year=spec.get("first_year", "odd"),
            ordinal_base=spec.get("ordinal_base"),
            amendment_suffix=spec.get("amendment_suffix", False),
            called_digit=spec.get("called_digit", False),
            aliases=aliases,
            sessions=tuple(spec.get("sessions", [])),
        )
    return out


def state_sessions(state: str) -> StateSessions:
    return _table().get(state.upper(), StateSessions(state=state.upper()))


def sessions_of(state: str) -> tuple[dict, ...]:
    """The known sessions of STATE with their dates (key, name, start, end, aliases)."""
    return state_sessions(state).sessions


def normalize_identifier(raw: str, level: str, state: str) -> str:
    """ "AB4", "AB-4", "A.B. 4", "ab 0004" -> "AB 4"; "S609A" -> "S 609" in New York."""
    text = _SPACES.sub(" ", raw).strip()
    if level != "state":
        return text
    found = _BILL.match(text)
    if not found:
        return text.upper()
    prefix = re.sub(r"[\s.]", "", found.group(1)).upper()
    suffix = found.group(3).upper()
    if suffix and state_sessions(state).amendment_suffix:
        suffix = ""
    return f"{prefix} {int(found.group(2))}{suffix}"


def _key(spec: StateSessions, start: int, end: int | None, special: int | None) -> str:
    if spec.numbering == "quadrennium":
        first = start - (start - 1) % 4  # 2021, 2025, 2029
        base = f"{first}-{first + 3}"
    elif spec.numbering == "biennium":
        odd_first = spec.first_year == "odd"
        first = start if (start % 2 == 1) == odd_first else start - 1
        base = f"{first}-{first + 1}"
    else:
        base = str(start)
    if special:
        # A special session's numbers start afresh: it is keyed by its own year.
        return f"{start}-S{special}"
    return base


_ORDINAL = re.compile(
    r"^(\d{1,3})(?:st|nd|rd|th)?(?:\s*legislature)?"
    r"(?:[\s\-_]*(r|regular|(\d)(?:st|nd|rd|th)?[\s\-_]*(regular|special|called|extraordinary)?"
    r"(?:[\s\-_]*session)?))?$",
    re.I,
)
_YEARS = re.compile(r"^(\d{4})\s*[-_/ ]?\s*(\d{4}|\d{2})?(.*)$")
_SPECIAL = re.compile(
    r"(?:s|special|x|extraordinary|called|ss|e)\s*(?:session)?\s*(\d)?|(\d)(?:st|nd|rd|th)?\s*"
    r"(?:special|called|extraordinary)|^([a-z])$",
    re.I,
)


def _special_number(rest: str) -> int | None:
    rest = rest.strip(" -_")
    if not rest or re.fullmatch(r"(regular|r|rs)(\s*session)?", rest, re.I):
        return None
    if re.fullmatch(r"[a-z]", rest, re.I):
        return ord(rest.lower()) - ord("a") + 1  # Florida's "2025A", "2026E": A is the first
    found = _SPECIAL.search(rest)
    if not found:
        return None
    if found.group(3):
        return ord(found.group(3).lower()) - ord("a") + 1  # Florida's "2025A", "2025B"
    return int(found.group(1) or found.group(2) or 1)


def normalize_session(
    state: str,
    raw: str,
    start_year: int | None = None,
    end_year: int | None = None,
    special: int | None = None,
) -> str:
    """The canonical session key of RAW in STATE. Sources that know the session's years (LegiScan,
    Open States' session list) pass them; the raw spelling alone is enough for the usual forms."""
    spec = state_sessions(state)
    text = _SPACES.sub(" ", str(raw)).strip()
    alias = spec.aliases.get(text.lower())
    if alias:
        return alias
    if start_year:
        return _key(spec, start_year, end_year, special or None)
    years = _YEARS.match(text)
    if years:
        start = int(years.group(1))
        return _key(spec, start, None, _special_number(years.group(3)))
    if spec.ordinal_base is not None and spec.called_digit:
        called = re.fullmatch(r"(\d{2})(\d)", text)
        if called:
            return f"{2 * int(called.group(1)) + spec.ordinal_base}-S{called.group(2)}"
    ordinal = _ORDINAL.match(text)
    if ordinal and spec.ordinal_base is not None:
        number = int(ordinal.group(1))
        start = 2 * number + spec.ordinal_base
        kind = (ordinal.group(4) or "").lower()
        index = int(ordinal.group(3)) if ordinal.group(3) else None
        if kind in ("special", "called", "extraordinary"):
            return f"{start}-S{index or 1}"
        if kind == "regular" and index and index > 1 and spec.numbering == "annual":
            start += index - 1  # Arizona's "57th-2nd-regular" sits in the second year
        return _key(spec, start, None, None)
    return text
