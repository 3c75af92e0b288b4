"""Items of the hearings-ahead feed: one per hearing still to come, soonest first.

A hearing announced after the measure was first seen has its own hearing event, which is the item.
A hearing already on the agenda when the measure was first seen rode on the "now tracked" event
and has none; its item is the announcement the store would have written, with the same stable id
(`tracker.events.event_uid` of the same key, time and change), built from the Hearing row.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlmodel import Session

from storage import feeds as q
from storage.feeds import FeedFilter, FeedRow, UpcomingHearing
from storage.models import Event, Hearing, Measure
from tracker import events as ev


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def announcement(hearing: Hearing, measure: Measure) -> Event:
    """The hearing event the store would have written for HEARING (transient, never saved)."""
    starts = _utc(hearing.starts_at)
    change = "cancelled" if hearing.status == "cancelled" else "scheduled"
    return Event(
        uid=ev.event_uid(
            measure.uid, "hearing", f"{hearing.key}\x1f{starts.isoformat()}\x1f{change}"
        ),
        measure_id=measure.id,  # type: ignore[arg-type]
        jurisdiction_id=measure.jurisdiction_id,
        state="",
        level="",
        kind="hearing",
        occurred_on=starts.date(),
        seen_at=_utc(hearing.first_seen_at),
        summary=ev.hearing_summary(change, starts, hearing.body, hearing.location),
        detail=json.dumps(
            {
                "change": change,
                "starts_at": starts.isoformat(),
                "body": hearing.body,
                "location": hearing.location,
            }
        ),
    )


def _row(upcoming: UpcomingHearing) -> FeedRow:
    event = upcoming.event or announcement(upcoming.hearing, upcoming.measure)
    return FeedRow(event, upcoming.measure, upcoming.jurisdiction)


def hearing_rows(session: Session, f: FeedFilter, limit: int, now: datetime) -> list[FeedRow]:
    """Feed rows for the hearings ahead matching F."""
    return [_row(u) for u in q.hearings_ahead(session, f, limit, now)]
