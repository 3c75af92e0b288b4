"""What one digest says: the matched events grouped by jurisdiction, then measure, its subject
line, and its two rendered parts. Pure functions: no database, no network."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from tracker.config import Config
from tracker.events import status_label
from tracker.mail import messages
from tracker.mail.filters import EventView
from tracker.text import clean

TITLE_MAX = 300
SUMMARY_MAX = 500
HEADLINE_MAX = 70


@dataclass(frozen=True)
class Item:
    kind: str
    summary: str
    occurred_on: str
    status_change: str | None


@dataclass
class MeasureGroup:
    measure_id: int
    identifier: str
    title: str
    status: str
    official_url: str | None
    app_url: str
    items: list[Item] = field(default_factory=list)


@dataclass
class JurisdictionGroup:
    name: str
    measures: list[MeasureGroup] = field(default_factory=list)


def safe_url(url: str | None) -> str | None:
    """An http(s) link we can put in a mail, or None (javascript:, data:, junk)."""
    if not url or len(url) > 2000 or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def group(config: Config, events: Sequence[EventView]) -> list[JurisdictionGroup]:
    """Jurisdictions by name, measures by identifier, events oldest first."""
    places: dict[str, JurisdictionGroup] = {}
    measures: dict[int, MeasureGroup] = {}
    for ev in sorted(events, key=lambda e: e.id):
        place = places.setdefault(ev.jurisdiction, JurisdictionGroup(_clean(ev.jurisdiction, 200)))
        m = measures.get(ev.measure_id)
        if m is None:
            m = MeasureGroup(*_measure_fields(ev, config.public_url))
            measures[ev.measure_id] = m
            place.measures.append(m)
        m.items.append(_item(ev))
    out = sorted(places.values(), key=lambda p: p.name.lower())
    for place in out:
        place.measures.sort(key=lambda m: m.identifier.lower())
    return out


# One run renders the same few events into thousands of digests: clean each string once.
_clean = lru_cache(maxsize=8192)(clean)


@lru_cache(maxsize=4096)
def _measure_fields(ev: EventView, public_url: str) -> tuple:
    return (
        ev.measure_id,
        _clean(ev.identifier, 100),
        _clean(ev.title, TITLE_MAX),
        status_label(ev.status),
        safe_url(ev.url),
        f"{public_url}/measures/{ev.measure_id}",
    )


@lru_cache(maxsize=8192)
def _item(ev: EventView) -> Item:
    change = None
    if ev.status_to and ev.status_to != ev.status_from and ev.kind != "new_measure":
        change = f"{status_label(ev.status_from)} → {status_label(ev.status_to)}"
    return Item(
        kind=ev.kind,
        summary=_clean(ev.summary, SUMMARY_MAX),
        occurred_on=ev.occurred_on.isoformat() if ev.occurred_on else "",
        status_change=change,
    )


_PRIORITY = {"enacted": 0, "vetoed": 0, "failed": 0}


def _rank(ev: EventView) -> tuple:
    moved = bool(ev.status_to) and ev.status_to != ev.status_from and ev.kind != "new_measure"
    kind_rank = {"hearing": 2, "new_measure": 3}.get(ev.kind, 4)
    return (_PRIORITY.get(ev.status_to or "", 1) if moved else kind_rank, -ev.id)


@lru_cache(maxsize=8192)
def headline(ev: EventView) -> str:
    ident = clean(ev.identifier, 40)
    place = clean(ev.jurisdiction, 40)
    if ev.kind == "new_measure":
        text = f"new in {place}: {ident} {clean(ev.title, 80)}"
    elif ev.status_to and ev.status_to != ev.status_from:
        text = f"{ident} ({place}) {status_label(ev.status_to).lower()}"
    else:
        text = f"{ident} ({place}): {clean(ev.summary, 80)}"
    return text if len(text) <= HEADLINE_MAX else text[: HEADLINE_MAX - 1].rstrip() + "…"


def subject(events: Sequence[EventView]) -> str:
    """ "3 updates: SB 54 (California) enacted, ..." — the most important first, one per measure."""
    seen: set[int] = set()
    heads: list[str] = []
    for ev in sorted(events, key=_rank):
        if ev.measure_id not in seen:
            seen.add(ev.measure_id)
            heads.append(headline(ev))
    n = len(events)
    line = f"{n} update{'s' if n != 1 else ''}: " + ", ".join(heads)
    return line if len(line) <= messages.SUBJECT_MAX else line[: messages.SUBJECT_MAX - 1] + "…"


def render(
    config: Config,
    *,
    email: str,
    events: Sequence[EventView],
    filters: Iterable[str],
    unsubscribe_url: str,
    manage_url: str,
) -> tuple[str, str, str]:
    """(subject, text, html) of the digest for EVENTS."""
    groups = group(config, events)
    text, html = messages.render(
        "digest",
        count=len(events),
        groups=groups,
        email=email,
        filters=list(filters),
        unsubscribe_url=unsubscribe_url,
        manage_url=manage_url,
        public_url=config.public_url,
    )
    return subject(events), text, html
