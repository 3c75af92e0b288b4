"""Apply the rule tables: one action (or a raw platform status) to a step on the ladder."""

from __future__ import annotations

import re
from functools import cache
from typing import Protocol

from tracker.status.ladder import PASSAGE, Mapped
from tracker.status.rules import legiscan, legistar, ocd, text

_CHAMBER_IN_TEXT = re.compile(r"\b(senate|house|assembly|council)\b", re.I)
_RESOLUTION = re.compile(r"resolution|proclamation|memorial|motion", re.I)


class ActionLike(Protocol):
    date: object
    actor: str | None
    actor_kind: str | None
    description: str
    classification: list[str]
    passed: bool | None


@cache
def _compiled(table: tuple[tuple[str, str | None], ...]) -> list[tuple[re.Pattern, str | None]]:
    return [(re.compile(p, re.I), step) for p, step in table]


def _first(table: list[tuple[str, str | None]], value: str) -> tuple[bool, str | None]:
    for pattern, step in _compiled(tuple(table)):
        if pattern.search(value):
            return True, step
    return False, None


def _legistar(action: ActionLike, measure_type: str | None) -> tuple[str | None, str | None]:
    body = action.actor or ""
    if re.search(legistar.COMMITTEE_BODY, body, re.I):
        kind = "committee"
    elif re.search(r"\b(mayor|county executive|executive)\b", body, re.I):
        kind = "executive"
    else:
        kind = "legislature"  # a council or board is one chamber
    _, step = _first(legistar.ACTIONS, action.description)
    if step == PASSAGE and action.passed is False:
        step = "failed"
    if step in (PASSAGE, "passed_committee") and kind == "executive":
        return "enacted", kind  # "APPROVED" by the Mayor (San Francisco) is the signature
    if step in (PASSAGE, "passed_committee") and kind == "committee":
        return "passed_committee", kind
    if step == "passed_committee" and kind == "legislature" and action.passed is not False:
        # "Recommended for adoption" is a committee's words, even when the clerk files it
        # under the council; it moves the measure out of committee, not through the council.
        return "passed_committee", kind
    if step == PASSAGE and _RESOLUTION.search(measure_type or ""):
        return "enacted", kind  # a resolution adopted by the council takes effect
    return step, kind


def _ocd(action: ActionLike) -> str | None:
    present = set(action.classification)
    for name, step in ocd.CLASSIFICATIONS:
        if name in present:
            return step
    return None


def _legiscan(action: ActionLike) -> str | None:
    for code in action.classification:
        if code.isdigit() and int(code) in legiscan.PROGRESS_EVENTS:
            return legiscan.PROGRESS_EVENTS[int(code)]
    return None


def map_action(
    vocabulary: str, action: ActionLike, level: str, measure_type: str | None = None
) -> Mapped:
    """The step ACTION maps to in VOCABULARY, with who acted, ready for derive_status."""
    actor, kind = action.actor, action.actor_kind
    if vocabulary == "legistar":
        step, kind = _legistar(action, measure_type)
    elif vocabulary == "ocd":
        step = _ocd(action)
    elif vocabulary == "legiscan":
        step = _legiscan(action)
        if step is None and not action.classification:
            step = _text(action)
    elif vocabulary == "text":
        step = _text(action)
    else:
        raise ValueError(f"unknown action vocabulary {vocabulary!r}")
    if step == PASSAGE and not actor:
        found = _CHAMBER_IN_TEXT.search(action.description)
        actor = found.group(1).lower() if found else None
    return Mapped(date=action.date, step=step, actor=actor, actor_kind=kind)  # type: ignore[arg-type]


def _text(action: ActionLike) -> str | None:
    _, step = _first(text.ACTIONS, action.description)
    if step == PASSAGE and action.passed is False:
        return "failed"
    return step


def map_raw_status(vocabulary: str, raw_status: str | None) -> str | None:
    """The step a platform's own status field names; used only where no history was fetched."""
    if not raw_status:
        return None
    if vocabulary == "legiscan" and raw_status.strip().isdigit():
        return legiscan.STATUS_CODES.get(int(raw_status))
    table = legistar.STATUS_NAMES if vocabulary == "legistar" else text.ACTIONS
    _, step = _first(table, raw_status)
    return "passed_chamber" if step == PASSAGE else step
