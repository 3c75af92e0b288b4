"""What the demo prints about the state bill both aggregators report: one measure, every source
that reported it (with its own spelling), one merged history and the measure's events.

Read straight from the database the demo's crawls wrote, so what it shows is what was stored.
"""

from __future__ import annotations

from sqlmodel import Session, select

from storage.db import get_engine
from storage.models import Action, Event, Jurisdiction, Measure, MeasureSource, Source


def describe_shared_measure(db_url: str, raw_identifier: str) -> list[str]:
    """Lines about every measure a source knows as RAW_IDENTIFIER (the demo expects one)."""
    with Session(get_engine(db_url)) as s:
        ids = sorted(
            set(
                s.exec(
                    select(MeasureSource.measure_id).where(
                        MeasureSource.identifier == raw_identifier
                    )
                )
            )
        )
        if not ids:
            return [f"no measure stored for {raw_identifier}"]
        lines = []
        if len(ids) > 1:
            lines.append(f"{raw_identifier} is stored as {len(ids)} measures (expected one)")
        for measure_id in ids:
            lines += _describe(s, measure_id)
        return lines


def _describe(s: Session, measure_id: int) -> list[str]:
    measure = s.get(Measure, measure_id)
    assert measure is not None
    jurisdiction = s.get(Jurisdiction, measure.jurisdiction_id)
    links = s.exec(
        select(MeasureSource, Source)
        .where(MeasureSource.measure_id == measure_id, MeasureSource.source_id == Source.id)
        .order_by(MeasureSource.precedence)
    ).all()
    actions = s.exec(
        select(Action).where(Action.measure_id == measure_id).order_by(Action.position)
    ).all()
    events = s.exec(select(Event).where(Event.measure_id == measure_id).order_by(Event.id)).all()
    place = jurisdiction.name if jurisdiction else "?"
    lines = [
        f"{place} {measure.identifier} (session {measure.session}), {measure.status or '-'}: "
        f"one measure from {len(links)} sources",
    ]
    for link, source in links:
        lines.append(
            f"  {source.name:<14} as {link.identifier!r:<8} session {link.session!r:<8} {link.url}"
        )
    lines.append(f"  history: {len(actions)} actions, each stored once")
    for action in actions:
        lines.append(f"    {action.date}  {action.actor or '-':<8} {action.description}")
    kinds = [e.kind for e in events]
    lines.append(
        f"  events: {len(events)} ({kinds.count('new_measure')} new measure, "
        f"{kinds.count('action')} action)"
    )
    for event in events:
        lines.append(f"    {event.kind:<12} {event.summary}")
    return lines
