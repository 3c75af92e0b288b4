"""Shared by the official-site merge tests (Arizona, Florida, Washington): the same bill as Open
States reports it, and the checks that both reports made one measure."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from storage.models import Action, Event, Measure, MeasureSource


def aggregator_item(
    official: dict[str, Any],
    extra: dict[str, Any],
    first_classification: list[str] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """OFFICIAL as an Open States-shaped item: its own FIELDS (source, session, identifier,
    title, ...), the official actions in OCD form (the first one classified as given), and
    EXTRA, one action the official source lacks."""
    actions = [
        {
            "date": a["date"],
            "actor": a["actor"],
            "description": a["description"],
            **({"classification": first_classification} if i == 0 and first_classification else {}),
        }
        for i, a in enumerate(official["actions"])
    ]
    return {
        "jurisdiction": official["jurisdiction"],
        "level": "state",
        "state": official["state"],
        "vocabulary": "ocd",
        "precedence": 50,
        **fields,
        "actions": [*actions, extra],
    }


def assert_one_measure(
    engine: Engine,
    official: dict[str, Any],
    *,
    key: tuple[str, str],
    title: str,
    links: list[tuple[str, str, int]],
    extra_on: str,
    status: str,
) -> list[Action]:
    """One measure under KEY (session, identifier) with the official TITLE, both source LINKS,
    every official action plus the aggregator's extra one (its only event besides the new
    measure), at STATUS; returns the measure's actions for further checks."""
    with Session(engine) as s:
        (measure,) = s.exec(select(Measure)).all()
        assert (measure.session, measure.identifier) == key
        assert measure.title == title  # the official source leads
        stored = s.exec(select(MeasureSource).order_by(MeasureSource.precedence)).all()
        assert [(ln.session, ln.identifier, ln.precedence) for ln in stored] == links
        actions = list(s.exec(select(Action).where(Action.measure_id == measure.id)).all())
        assert len(actions) == len(official["actions"]) + 1
        events = s.exec(select(Event).order_by(Event.id)).all()
        assert [e.kind for e in events if e.kind == "new_measure"] == ["new_measure"]
        assert [(e.kind, e.occurred_on.isoformat()) for e in events[1:]] == [("action", extra_on)]
        assert measure.status == status
        return actions
