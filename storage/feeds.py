"""Queries behind the RSS and Atom feeds.

Every feed is "the newest events matching a filter", so each query walks one of the Event indexes
(jurisdiction_id, id), (state, id), (measure_id, id), (kind, id) or (status_to, id) backwards and
stops after LIMIT matches; measure-side filters (topic, stance, relevance) are checked on the way.
The marker query answers conditional GETs from the same index without loading the events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, false, func, or_, true
from sqlalchemy.orm import defer
from sqlmodel import Session, select

from storage.models import Event, Hearing, Jurisdiction, Measure

ENACTED = "enacted"
CANDIDATE_MAX = 150
RELEVANCE_KIND = "relevance"


@dataclass(frozen=True)
class FeedFilter:
    """What a feed shows; values inside one field are alternatives (OR), fields combine (AND)."""

    states: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()  # slugs
    levels: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    measure_id: int | None = None
    enacted_only: bool = False
    hearings_ahead: bool = False
    relevant_only: bool = True
    before_id: int | None = None  # keyset pagination for pages: events older than this id


class FeedRow(NamedTuple):
    """One feed item's facts: the event and, as they are now, its measure and jurisdiction."""

    event: Event
    measure: Measure
    jurisdiction: Jurisdiction


@dataclass(frozen=True)
class FeedMarker:
    """The newest event a feed shows, enough for an ETag and Last-Modified without the feed."""

    newest_id: int | None
    newest_seen: datetime | None
    extra: str = ""  # hearings ahead: which events, in order (the set changes as time passes)


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def jurisdiction_ids(session: Session, slugs: Iterable[str]) -> dict[str, int]:
    """Slug -> id for the slugs that exist."""
    wanted = sorted(set(slugs))
    if not wanted:
        return {}
    rows = session.exec(
        select(Jurisdiction.slug, Jurisdiction.id).where(Jurisdiction.slug.in_(wanted))
    )
    return {slug: jid for slug, jid in rows}


def jurisdiction_by_slug(session: Session, slug: str) -> Jurisdiction | None:
    return session.exec(select(Jurisdiction).where(Jurisdiction.slug == slug)).first()


def all_jurisdictions(session: Session) -> list[Jurisdiction]:
    """Every jurisdiction, by state then name (the per-place standard feeds)."""
    return list(session.exec(select(Jurisdiction).order_by(Jurisdiction.state, Jurisdiction.name)))


def states_present(session: Session) -> list[str]:
    """The states that have at least one jurisdiction (the per-state standard feeds)."""
    return list(session.exec(select(Jurisdiction.state).distinct().order_by(Jurisdiction.state)))


def measure_heading(session: Session, measure_id: int) -> tuple[Measure, Jurisdiction] | None:
    """A measure and its jurisdiction, for a per-measure feed's title; None when unknown."""
    row = session.exec(
        select(Measure, Jurisdiction)
        .join(Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id)
        .where(Measure.id == measure_id)
        .options(defer(Measure.full_text), defer(Measure.summary))
    ).first()
    return (row[0], row[1]) if row else None


def _measure_conditions(f: FeedFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if f.topics:
        conds.append(or_(*(Measure.topics.like(f"%,{t},%") for t in f.topics)))
    if f.stances:
        conds.append(Measure.stance.in_(f.stances))
    return conds


def _place_ids(session: Session, f: FeedFilter) -> list[int]:
    """Ids of the jurisdictions a place filter (states, slugs, levels) allows."""
    stmt = select(Jurisdiction.id)
    if f.jurisdictions:
        stmt = stmt.where(Jurisdiction.slug.in_(f.jurisdictions))
    if f.states:
        stmt = stmt.where(Jurisdiction.state.in_(f.states))
    if f.levels:
        stmt = stmt.where(Jurisdiction.level.in_(f.levels))
    return sorted(session.exec(stmt))


def _candidate_measures(session: Session, f: FeedFilter) -> list[int] | None:
    """Measures a place-and-topic/stance filter allows, when they are few; else None.

    A rare combination (county measures in Vermont about U-visas) would make the event-first
    walk read every event of the state; listing the few matching measures of those places first
    and taking their newest events is cheaper. Common combinations fill a feed quickly
    event-first, so past CANDIDATE_MAX the caller walks events as usual.
    """
    if not (f.topics or f.stances) or not (f.states or f.jurisdictions):
        return None
    cache = session.info.setdefault("feed_candidates", {})  # marker and rows ask in turn
    if f not in cache:
        cache[f] = _find_candidates(session, f)
    return cache[f]


def _find_candidates(session: Session, f: FeedFilter) -> list[int] | None:
    places = _place_ids(session, f)
    if not places:
        return []
    conds = [Measure.jurisdiction_id.in_(places)]
    if f.topics:
        conds.append(or_(*(Measure.topics.like(f"%,{t},%") for t in f.topics)))
    if f.stances:
        # coalesce: keeps SQLite on the jurisdiction index, which bounds the rows read here
        conds.append(func.coalesce(Measure.stance, "").in_(f.stances))
    ids = list(session.exec(select(Measure.id).where(*conds).limit(CANDIDATE_MAX + 1)))
    return sorted(ids) if len(ids) <= CANDIDATE_MAX else None


def _event_conditions(session: Session, f: FeedFilter) -> list[ColumnElement[bool]] | None:
    """WHERE terms for events; None when the filter cannot match anything (unknown slug)."""
    conds: list[ColumnElement[bool]] = []
    candidates = _candidate_measures(session, f)
    if candidates is not None:
        if not candidates:
            return None
        conds.append(Event.measure_id.in_(candidates))  # places are implied by the measures
    elif f.jurisdictions:
        ids = sorted(jurisdiction_ids(session, f.jurisdictions).values())
        if not ids:
            return None
        conds.append(Event.jurisdiction_id.in_(ids))
    if f.states and candidates is None:
        conds.append(Event.state.in_(f.states))
    if f.levels and candidates is None:
        conds.append(Event.level.in_(f.levels))
    if f.kinds:
        conds.append(Event.kind.in_(f.kinds))
    if f.measure_id is not None:
        conds.append(Event.measure_id == f.measure_id)
    if f.enacted_only:
        conds.append(Event.status_to == ENACTED)
    if f.before_id is not None:
        conds.append(Event.id < f.before_id)
    conds.extend(_measure_conditions(f))
    if f.relevant_only:
        # A measure reclassified as not relevant keeps its "no longer tracked" event visible, so
        # subscribers learn why it went quiet; its older events drop out of the feeds.
        conds.append(or_(Measure.relevant == true(), Event.kind == RELEVANCE_KIND))
    return conds


def latest_events(session: Session, f: FeedFilter, limit: int) -> list[FeedRow]:
    """The newest LIMIT events matching F, newest first (not for hearings ahead)."""
    stmt = latest_events_statement(session, f, limit)
    if stmt is None:
        return []
    return [FeedRow(e, m, j) for e, m, j in session.exec(stmt)]


def latest_events_statement(session: Session, f: FeedFilter, limit: int):  # noqa: ANN201
    """The SELECT behind latest_events (not for hearings ahead); None when nothing can match."""
    conds = _event_conditions(session, f)
    if conds is None:
        return None
    return (
        select(Event, Measure, Jurisdiction)
        .join(Measure, Measure.id == Event.measure_id)
        .join(Jurisdiction, Jurisdiction.id == Event.jurisdiction_id)
        .where(and_(true(), *conds))
        .order_by(Event.id.desc())
        .limit(limit)
        .options(defer(Measure.full_text), defer(Measure.summary))
    )


def newest_event_marker(session: Session, f: FeedFilter) -> FeedMarker:
    """Id and seen_at of the newest matching event, read from the indexes alone where possible."""
    conds = _event_conditions(session, f)
    if conds is None:
        return FeedMarker(None, None)
    stmt = select(Event.id, Event.seen_at)
    if _needs_measure(f):
        stmt = stmt.join(Measure, Measure.id == Event.measure_id)
    row = session.exec(stmt.where(and_(true(), *conds)).order_by(Event.id.desc()).limit(1)).first()
    return FeedMarker(row[0], _aware(row[1])) if row else FeedMarker(None, None)


def _needs_measure(f: FeedFilter) -> bool:
    return bool(f.topics or f.stances or f.relevant_only)


def marker_of(rows: Sequence[FeedRow], ordered: bool = False) -> FeedMarker:
    """The marker of rows already loaded (the same value newest_event_marker gives for them).

    ORDERED (hearings ahead): the items are not simply the newest events, so the marker names
    every item in order; the set changes when a hearing passes, with no new event.
    """
    if not rows:
        return FeedMarker(None, None)
    newest = max(rows, key=lambda r: r.event.id or 0).event
    if not ordered:
        return FeedMarker(newest.id, _aware(newest.seen_at))
    extra = ",".join(r.event.uid for r in rows)
    return FeedMarker(newest.id, max(_aware(r.event.seen_at) for r in rows), extra)


class UpcomingHearing(NamedTuple):
    """A hearing still ahead, and the newest hearing event announcing it (None when the hearing
    was known when the measure was first seen and so rode on its "now tracked" event)."""

    hearing: Hearing
    measure: Measure
    jurisdiction: Jurisdiction
    event: Event | None


def hearings_ahead(
    session: Session, f: FeedFilter, limit: int, now: datetime
) -> list[UpcomingHearing]:
    """Hearings at or after NOW matching F, soonest first, each with its newest event."""
    conds: list[ColumnElement[bool]] = [Hearing.starts_at >= now]
    if f.jurisdictions:
        ids = sorted(jurisdiction_ids(session, f.jurisdictions).values())
        if not ids:
            return []
        conds.append(Measure.jurisdiction_id.in_(ids))
    if f.states:
        conds.append(Jurisdiction.state.in_(f.states))
    if f.levels:
        conds.append(Jurisdiction.level.in_(f.levels))
    if f.measure_id is not None:
        conds.append(Measure.id == f.measure_id)
    if f.enacted_only or (f.kinds and "hearing" not in f.kinds):
        conds.append(false())
    conds.extend(_measure_conditions(f))
    if f.relevant_only:
        # "IS NOT false" rather than "= true": nearly every measure is relevant, and an
        # indexable test would tempt SQLite to walk measures instead of upcoming hearings.
        conds.append(Measure.relevant.is_not(False))
    hearings = list(
        session.exec(
            select(Hearing, Measure, Jurisdiction)
            .join(Measure, Measure.id == Hearing.measure_id)
            .join(Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id)
            .where(and_(*conds))
            .order_by(Hearing.starts_at, Hearing.id)
            .limit(limit)
            .options(defer(Measure.full_text), defer(Measure.summary))
        )
    )
    if not hearings:
        return []
    measure_ids = sorted({h.measure_id for h, _, _ in hearings})
    events = session.exec(
        select(Event)
        .where(
            # kind is checked below, not here: an indexable kind test would make SQLite walk
            # every hearing event instead of the few events of these measures
            Event.measure_id.in_(measure_ids),
            # occurred_on is the hearing's local date: a day of slack covers every time zone
            or_(Event.occurred_on.is_(None), Event.occurred_on >= (now - timedelta(days=2)).date()),
        )
        .order_by(Event.id.desc())
    )
    newest: dict[tuple[int, datetime], Event] = {}
    for e in events:
        if e.kind != "hearing":
            continue
        starts = _hearing_start(e.detail)
        if starts is not None:
            newest.setdefault((e.measure_id, starts), e)
    return [
        UpcomingHearing(h, m, j, newest.get((h.measure_id, _aware(h.starts_at))))  # type: ignore[arg-type]
        for h, m, j in hearings
    ]


def _hearing_start(detail: str | None) -> datetime | None:
    try:
        value = json.loads(detail or "{}").get("starts_at")
        return datetime.fromisoformat(value).astimezone(UTC) if value else None
    except (ValueError, TypeError, AttributeError):
        return None


def max_event_id(session: Session) -> int | None:
    return session.exec(select(func.max(Event.id))).one()
