"""Storing measures: upserts, appended actions, the derived status and the change events, on
SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage import repository as repo
from storage.db import session_scope
from storage.models import Action, Event, Hearing, Measure, MeasureSource, Source
from tests.seeding import actions_until, make_item, store_raw, store_raw_batch
from tracker.classify import classify
from tracker.items import validate_item
from tracker.store import Store

pytestmark = pytest.mark.usefixtures("any_engine")


def events(engine) -> list[Event]:
    with Session(engine) as s:
        return list(s.exec(select(Event).order_by(Event.id)))


def measure(engine, identifier: str = "O2012-4984") -> Measure:
    with Session(engine) as s:
        return s.exec(select(Measure).where(Measure.identifier == identifier)).one()


HISTORY = [
    ("Introduced", "City Council"),
    ("Referred", "City Council"),
    ("Hearing held", "Committee on Public Safety"),
    ("Recommended to Pass", "Committee on Public Safety"),
    ("Passed", "City Council"),
]


def test_first_sight_of_a_measure_with_a_long_history_is_one_event(any_engine) -> None:
    item = make_item(actions=actions_until(date(2012, 7, 1), HISTORY))
    (result,) = store_raw(any_engine, item)
    assert result.new and result.events == 1
    (event,) = events(any_engine)
    assert event.kind == "new_measure"
    assert event.status_to == "passed_legislature"
    stored = measure(any_engine)
    assert stored.status == "passed_legislature"
    assert stored.status_date == date(2012, 7, 5)
    assert stored.relevant and "detainers" in stored.topics
    with Session(any_engine) as s:
        assert len(s.exec(select(Action).where(Action.measure_id == stored.id)).all()) == 5


def test_restoring_an_identical_item_writes_nothing(any_engine) -> None:
    item = make_item(actions=actions_until(date(2012, 7, 1), HISTORY))
    store_raw(any_engine, item)
    before = measure(any_engine)
    (again,) = store_raw(any_engine, item)
    assert (again.new, again.changed, again.events) == (False, False, 0)
    assert len(events(any_engine)) == 1
    assert measure(any_engine).updated_at == before.updated_at


def test_each_new_action_is_one_event_with_the_status_change(any_engine) -> None:
    store_raw(any_engine, make_item(actions=actions_until(date(2012, 7, 1), HISTORY[:2])))
    grown = make_item(actions=actions_until(date(2012, 7, 1), HISTORY[:2] + [HISTORY[3]]))
    (result,) = store_raw(any_engine, grown)
    assert result.changed and result.events == 1
    event = events(any_engine)[-1]
    assert event.kind == "action"
    assert (event.status_from, event.status_to) == ("in_committee", "passed_committee")
    assert event.occurred_on == date(2012, 7, 3)
    assert "Recommended to Pass" in event.summary and "→" in event.summary
    # A new action that does not move the status is still news, without a status change.
    more = make_item(
        actions=actions_until(
            date(2012, 7, 1), HISTORY[:2] + [HISTORY[3], ("Amended", "City Council")]
        )
    )
    (result,) = store_raw(any_engine, more)
    event = events(any_engine)[-1]
    assert result.events == 1 and event.kind == "action"
    assert event.status_from is None and event.status_to is None


def test_two_new_actions_are_two_events_with_their_own_steps(any_engine) -> None:
    store_raw(any_engine, make_item(actions=actions_until(date(2012, 7, 1), HISTORY[:2])))
    store_raw(any_engine, make_item(actions=actions_until(date(2012, 7, 1), HISTORY)))
    new = [e for e in events(any_engine) if e.kind == "action"]
    assert [(e.status_from, e.status_to) for e in new] == [
        (None, None),
        ("in_committee", "passed_committee"),
        ("passed_committee", "passed_legislature"),
    ]


def test_title_change_is_an_event(any_engine) -> None:
    store_raw(any_engine, make_item())
    (result,) = store_raw(
        any_engine,
        make_item(title="Welcoming City Ordinance (amended): limits civil immigration detainers"),
    )
    kinds = [e.kind for e in events(any_engine)]
    assert kinds == ["new_measure", "title"]
    assert "Welcoming City Ordinance (amended)" in events(any_engine)[-1].summary


def test_unrelated_measures_are_stored_without_events(any_engine) -> None:
    item = make_item(
        identifier="O2012-1",
        title="Zoning reclassification of 1200 W Madison St",
        summary=None,
        actions=None,
        raw_status="Passed",
    )
    (result,) = store_raw(any_engine, item)
    assert result.new and result.events == 0
    stored = measure(any_engine, "O2012-1")
    assert stored.relevant is False
    assert stored.status == "passed_legislature"  # from the platform's own status
    assert events(any_engine) == []


def test_a_measure_becoming_relevant_is_announced_once(any_engine) -> None:
    store_raw(
        any_engine,
        make_item(title="Amendment of Chapter 2-173 of the Municipal Code", summary=None),
    )
    assert events(any_engine) == []
    store_raw(any_engine, make_item())
    assert [e.kind for e in events(any_engine)] == ["new_measure"]


def test_event_ids_are_stable_for_the_same_change(any_engine, tmp_path) -> None:
    item = make_item(actions=actions_until(date(2012, 7, 1), HISTORY))
    store_raw(any_engine, item)
    first = [e.uid for e in events(any_engine)]
    with session_scope(any_engine) as s:  # rebuild from scratch: the same change, the same id
        for table in (Event, Action, Hearing, MeasureSource, Measure):
            for row in s.exec(select(table)):
                s.delete(row)
    store_raw(any_engine, item)
    assert [e.uid for e in events(any_engine)] == first


def test_duplicate_actions_in_one_history_are_kept_apart(any_engine) -> None:
    twice = [("Amended", "City Council"), ("Amended", "City Council")]
    acts = [{**a, "date": "2012-07-01"} for a in actions_until(date(2012, 7, 1), twice)]
    store_raw(any_engine, make_item(actions=acts))
    with Session(any_engine) as s:
        assert len(s.exec(select(Action)).all()) == 2


def test_hearings_become_events_when_scheduled_moved_and_cancelled(any_engine) -> None:
    hearing = {
        "key": "ev-1",
        "starts_at": "2026-12-01T10:00:00-06:00",
        "body": "Committee on Public Safety",
        "location": "City Hall, Room 201",
    }
    store_raw(any_engine, make_item(hearings=[hearing]))
    store_raw(any_engine, make_item(hearings=[hearing]))
    store_raw(
        any_engine, make_item(hearings=[{**hearing, "starts_at": "2026-12-02T10:00:00-06:00"}])
    )
    store_raw(
        any_engine,
        make_item(
            hearings=[{**hearing, "starts_at": "2026-12-02T10:00:00-06:00", "status": "cancelled"}]
        ),
    )
    hearing_events = [e for e in events(any_engine) if e.kind == "hearing"]
    assert [json.loads(e.detail)["change"] for e in hearing_events] == ["moved", "cancelled"]
    # The first store announced the measure; its scheduled hearing rides on that event.
    assert [e.kind for e in events(any_engine)][0] == "new_measure"
    with Session(any_engine) as s:
        (row,) = s.exec(select(Hearing)).all()
        assert row.status == "cancelled" and row.location == "City Hall, Room 201"


def test_a_measure_is_unique_per_jurisdiction_session_identifier(any_engine) -> None:
    store_raw(any_engine, make_item())
    with pytest.raises(IntegrityError), session_scope(any_engine) as s:
        existing = s.exec(select(Measure)).one()
        s.add(
            Measure(
                uid="other",
                jurisdiction_id=existing.jurisdiction_id,
                session=existing.session,
                identifier=existing.identifier,
                title="x",
            )
        )
    store_raw(any_engine, make_item(session="2013"))  # same number, next year: another measure
    with Session(any_engine) as s:
        assert len(s.exec(select(Measure)).all()) == 2


def test_hostile_title_is_stored_clean_and_bounded(any_engine) -> None:
    hostile = "<script>alert(1)</script> ]]> \x00\x07 immigration detainers " + "x" * 5_000_000
    store_raw(any_engine, make_item(title=hostile))
    stored = measure(any_engine)
    assert "\x00" not in stored.title and "\x07" not in stored.title
    assert len(stored.title) <= 2_000
    assert stored.title.startswith(
        "<script>alert(1)</script> ]]>"
    )  # kept as text; escaping is the output's job


def test_each_measure_remembers_its_source_when_two_share_a_place(any_engine) -> None:
    with session_scope(any_engine) as s:
        jur = repo.ensure_jurisdiction(s, "Chicago, IL", "city", "IL")
        a = repo.ensure_source(s, "chicago-legistar", "legistar", jur.id).id
        b = repo.ensure_source(s, "chicago-elms", "elms", jur.id).id
    store = Store(any_engine)  # one store, as in one crawl process
    for source, ident in (("chicago-legistar", "O-1"), ("chicago-elms", "O-2")):
        item = validate_item(make_item(source=source, identifier=ident, title="Parking rules"))
        store.store(item, classify(item.title))
    with Session(any_engine) as s:
        got = {m.identifier: m.source_id for m in s.exec(select(Measure))}
        assert got == {"O-1": a, "O-2": b}
        assert len(s.exec(select(Source)).all()) == 2


def test_a_council_vote_that_failed_stays_failed_in_the_stored_status(any_engine) -> None:
    """The passed flag decides a Legistar vote; the stored history must keep that verdict when
    the status is derived again on the next crawl."""
    acts = [
        {"date": "2012-07-25", "description": "Referred", "actor": "City Council"},
        {"date": "2012-07-26", "description": "Passed", "actor": "City Council", "passed": False},
    ]
    store_raw(any_engine, make_item(actions=acts))
    assert measure(any_engine).status == "failed"
    more = [*acts, {"date": "2012-07-27", "description": "Tabled motion noted", "actor": "Clerk"}]
    store_raw(any_engine, make_item(actions=more))
    assert measure(any_engine).status == "failed"


def test_an_unrelated_new_measure_keeps_its_history_and_status(any_engine) -> None:
    """Written in bulk with the rest of its batch, an unrelated measure's fetched history is kept
    whole, with the status it leads to; if it turns relevant later, that history is announced
    once and nothing is stored twice."""
    unrelated = make_item(
        identifier="O2012-77",
        platform_id="77",
        title="Amendment of Chapter 2-173 of the Municipal Code",
        summary=None,
        actions=actions_until(date(2012, 7, 1), HISTORY),
    )
    neighbour = make_item(identifier="O2012-78", platform_id="78", title="Zoning", summary=None)
    results = store_raw_batch(any_engine, unrelated, neighbour)
    assert [(r.new, r.events) for r in results] == [(True, 0), (True, 0)]
    stored = measure(any_engine, "O2012-77")
    assert not stored.relevant
    assert stored.status == "passed_legislature"
    assert stored.status_date == date(2012, 7, 5)
    assert stored.latest_action_date == date(2012, 7, 5)
    with Session(any_engine) as s:
        rows = s.exec(
            select(Action).where(Action.measure_id == stored.id).order_by(Action.position)
        ).all()
    assert [(a.position, a.description, a.actor) for a in rows] == [
        (i, d, a) for i, (d, a) in enumerate(HISTORY)
    ]
    assert rows[-1].ladder_step is not None and rows[0].vocabulary == "legistar"
    assert events(any_engine) == []

    more = [*HISTORY, ("Approved by Mayor", "Mayor")]
    (result,) = store_raw(
        any_engine, make_item(identifier="O2012-77", actions=actions_until(date(2012, 7, 1), more))
    )
    assert result.events == 1
    (event,) = events(any_engine)
    assert event.kind == "new_measure"
    with Session(any_engine) as s:
        assert len(s.exec(select(Action).where(Action.measure_id == stored.id)).all()) == 6
