"""Turning query strings into validated filters: one place decides what a filter may be.

Pages accept the raw strings an HTML form sends (an empty field means "any") and answer a bad
value with a 400 page that names it; the JSON API declares the same filters as typed parameters
so its OpenAPI description lists the allowed values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from storage.web import SORTS, EventQuery, MeasureQuery
from tracker.domain import LEVELS, STANCES, STATUSES, TOPICS
from tracker.events import KINDS
from tracker.text import clean

FORMATS = ("html", "csv", "json")
PAGE_SIZE = 25
MAX_QUERY = 200
MAX_DIGITS = 12  # no filter needs a longer number; int() of thousands of digits is slow
SHOWN = 40  # at most this much of a bad value is quoted back

Sort = Literal["latest", "introduced", "title"]
Topic = Literal[TOPICS]  # type: ignore[valid-type]
Status = Literal[STATUSES]  # type: ignore[valid-type]
Kind = Literal[tuple(KINDS)]  # type: ignore[valid-type]

_STATE = re.compile(r"^[A-Za-z]{2}$")
_SLUG = re.compile(r"^[a-z0-9-]{1,120}$")


class FilterError(ValueError):
    """A filter value the app does not know; the message says which and what is allowed."""


def shown(value: str) -> str:
    """A bad value as quoted in an error message: short, so a request is never echoed back."""
    return repr(value if len(value) <= SHOWN else value[:SHOWN] + "…")


def _one(params: Mapping[str, str], name: str) -> str | None:
    value = (params.get(name) or "").strip()
    return value or None


def _choice(params: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str | None:
    value = _one(params, name)
    if value is not None and value not in allowed:
        raise FilterError(f"Unknown {name} {shown(value)}; use one of: {', '.join(allowed)}.")
    return value


def _state(params: Mapping[str, str]) -> str | None:
    value = _one(params, "state")
    if value is not None and not _STATE.match(value):
        raise FilterError(f"Unknown state {shown(value)}; use a two-letter code such as CA.")
    return value.upper() if value else None


def _place(params: Mapping[str, str]) -> str | None:
    value = _one(params, "place")
    if value is not None and not _SLUG.match(value):
        raise FilterError(f"Unknown place {shown(value)}.")
    return value


def _int(params: Mapping[str, str], name: str, low: int, high: int) -> int | None:
    value = _one(params, name)
    if value is None:
        return None
    # ASCII digits only: str.isdigit() also accepts "²" and "①", which int() refuses.
    ok = value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS
    if not ok or not low <= int(value) <= high:
        raise FilterError(f"{name} must be a whole number from {low} to {high}.")
    return int(value)


def clean_query(q: str | None) -> str | None:
    """Search text as a LIKE pattern may use it: printable, single-line, bounded."""
    return clean(q, MAX_QUERY) or None if q else None


def measure_query(params: Mapping[str, str]) -> MeasureQuery:
    """Filters of the measures list from a form's query string."""
    q = _one(params, "q")
    if q and len(q) > MAX_QUERY:
        raise FilterError(f"The search text is too long (at most {MAX_QUERY} characters).")
    return MeasureQuery(
        q=clean_query(q),
        state=_state(params),
        place=_place(params),
        level=_choice(params, "level", LEVELS),
        topic=_choice(params, "topic", TOPICS),
        stance=_choice(params, "stance", STANCES),
        status=_choice(params, "status", STATUSES),
        year=_int(params, "year", 1900, 2100),
        sort=_choice(params, "sort", SORTS) or "latest",
    )


def event_query(params: Mapping[str, str]) -> EventQuery:
    """Filters of the latest-changes page (the feeds' filters)."""
    return EventQuery(
        state=_state(params),
        place=_place(params),
        level=_choice(params, "level", LEVELS),
        topic=_choice(params, "topic", TOPICS),
        stance=_choice(params, "stance", STANCES),
        kind=_choice(params, "kind", tuple(KINDS)),
        before=_int(params, "before", 1, 2**62),
    )


def page_number(params: Mapping[str, str]) -> int:
    return _int(params, "page", 1, 100_000) or 1


def output_format(params: Mapping[str, str]) -> str:
    return _choice(params, "format", FORMATS) or "html"
