"""What a subscription asks for: a filter over events. Empty fields match anything.

Matching happens in Python over a batch of events loaded once per digest run: a run has at most a
few thousand new events but may have many thousands of subscriptions, so one query for the events
and a cheap test per pair beats one query per subscription.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields

from tracker.domain import LEVELS, STANCES, TOPICS
from tracker.events import KINDS
from tracker.labels import STATE_NAMES

# Event kinds a subscriber may pick, plus "status_change": any event that moved the ladder.
FILTER_KINDS = tuple(KINDS) + ("status_change",)
FREQUENCIES = ("daily", "weekly")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")


class FilterError(ValueError):
    """A filter value we do not know; the message says which and what is allowed."""


@dataclass(frozen=True)
class EventView:
    """The facts of one event a filter and a digest need (event, measure and place joined)."""

    id: int
    uid: str
    kind: str
    state: str
    level: str
    jurisdiction: str
    jurisdiction_slug: str
    measure_id: int
    identifier: str
    title: str
    url: str | None
    topics: frozenset[str]
    stance: str | None
    status: str | None
    status_from: str | None
    status_to: str | None
    occurred_on: object  # date | None
    summary: str


@dataclass(frozen=True)
class Filters:
    states: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @classmethod
    def build(cls, **values: Iterable[str] | str | None) -> Filters:
        """Normalized, validated filters; strings may hold several values separated by commas."""
        unknown = set(values) - {f.name for f in fields(cls)}
        if unknown:
            raise FilterError(f"unknown filter field(s): {', '.join(sorted(unknown))}")
        out: dict[str, tuple[str, ...]] = {}
        for name, raw in values.items():
            typed = _split(raw)
            items = _norm(name, typed)
            ok, allowed = _RULES[name]
            bad = [t for t, v in zip(typed, items, strict=True) if not ok(v)]
            if bad:
                shown = ", ".join(repr(b[:40]) for b in bad[:5])  # never echo a whole form
                shown += f" and {len(bad) - 5} more" if len(bad) > 5 else ""
                raise FilterError(f"{name}: {shown} not allowed ({allowed})")
            out[name] = tuple(sorted(set(items)))
        return cls(**out)

    @classmethod
    def from_columns(cls, row: object) -> Filters:
        """Filters of a stored Subscription (delimited columns)."""
        return cls(**{f.name: _undelimit(getattr(row, f.name)) for f in fields(cls)})

    def columns(self) -> dict[str, str]:
        """The delimited column values to store (",TX,CA," like Measure.topics)."""
        return {f.name: _delimit(getattr(self, f.name)) for f in fields(self)}

    def matches(self, ev: EventView) -> bool:
        if self.states and ev.state not in self.states:
            return False
        if self.jurisdictions and ev.jurisdiction_slug not in self.jurisdictions:
            return False
        if self.levels and ev.level not in self.levels:
            return False
        if self.topics and not ev.topics.intersection(self.topics):
            return False
        if self.stances and ev.stance not in self.stances:
            return False
        return not self.kinds or any(_kind_matches(k, ev) for k in self.kinds)

    def describe(self) -> str:
        """One line for people: "TX · county · 287g · hearing", or "everything"."""
        parts = [", ".join(getattr(self, f.name)) for f in fields(self) if getattr(self, f.name)]
        return " · ".join(parts) if parts else "every tracked measure"


_KIND_ALIASES = {
    "hearings": "hearing",
    "status": "status_change",
    "statuses": "status_change",
    "new": "new_measure",
    "actions": "action",
    "titles": "title",
}


_RULES = {
    "states": (lambda v: v in STATE_NAMES, "two-letter codes of states and territories, like TX"),
    "jurisdictions": (lambda v: bool(_SLUG.match(v)), "slugs like chicago-il"),
    "levels": (LEVELS.__contains__, ", ".join(LEVELS)),
    "topics": (TOPICS.__contains__, ", ".join(TOPICS)),
    "stances": (STANCES.__contains__, ", ".join(STANCES)),
    "kinds": (FILTER_KINDS.__contains__, ", ".join(FILTER_KINDS)),
}


def _kind_matches(kind: str, ev: EventView) -> bool:
    if kind == "status_change":
        return (
            ev.kind in ("action", "status")
            and bool(ev.status_to)
            and ev.status_to != ev.status_from
        )
    return ev.kind == kind


def _split(raw: Iterable[str] | str | None) -> list[str]:
    if raw is None:
        return []
    values = [raw] if isinstance(raw, str) else list(raw)
    return [part.strip() for v in values for part in str(v).split(",") if part.strip()]


def _norm(name: str, items: list[str]) -> list[str]:
    if name == "states":
        return [v.upper() for v in items]
    if name == "topics":
        return [v.lower().replace("(", "").replace(")", "") for v in items]
    if name == "kinds":
        return [_KIND_ALIASES.get(v.lower(), v.lower()) for v in items]
    return [v.lower() for v in items]


def _delimit(values: tuple[str, ...]) -> str:
    return f",{','.join(values)}," if values else ""


def _undelimit(value: str | None) -> tuple[str, ...]:
    return tuple(v for v in (value or "").split(",") if v)
