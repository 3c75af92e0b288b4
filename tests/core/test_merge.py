"""The same bill from several sources is one measure with one merged history."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from storage import repository as repo
from storage.models import Action, Event, Measure
from tests.seeding import store_raw

pytestmark = pytest.mark.usefixtures("any_engine")

TITLE = "Relating to the prohibition of sanctuary policies and to cooperation with ICE detainers"


def open_states(**overrides: object) -> dict:
    """Texas HB 4 as Open States reports it: "HB 4", session "89", OCD classifications."""
    item = {
        "source": "openstates-tx",
        "jurisdiction": "Texas",
        "level": "state",
        "state": "TX",
        "session": "89",
        "identifier": "HB 4",
        "platform_id": "ocd-bill/0e1c1f2a-0000-4000-8000-000000000004",
        "url": "https://openstates.org/tx/bills/89/HB4/",
        "title": TITLE,
        "vocabulary": "ocd",
        "precedence": 50,
        "actions": [
            {
                "date": "2025-01-14",
                "actor": "House",
                "description": "Filed",
                "classification": ["filing"],
            },
            {
                "date": "2025-02-20",
                "actor": "House",
                "description": "Referred to State Affairs",
                "classification": ["referral-committee"],
            },
        ],
    }
    item.update(overrides)
    return item


def legiscan(**overrides: object) -> dict:
    """The same bill as LegiScan reports it: "HB4", a numeric session with its years."""
    item = {
        "source": "legiscan-tx",
        "jurisdiction": "Texas",
        "level": "state",
        "state": "TX",
        "session": "2131",
        "session_start_year": 2025,
        "session_end_year": 2025,
        "session_special": 0,
        "identifier": "HB4",
        "platform_id": "1900004",
        "url": "https://capitol.texas.gov/BillLookup/History.aspx?LegSess=89R&Bill=HB4",
        "title": "Sanctuary policies; detainers.",
        "vocabulary": "legiscan",
        "precedence": 60,
        "change_hash": "0f9e8d7c6b5a49382716059483726150",
        "actions": [
            {"date": "2025-01-14", "actor": "House", "description": "Filed"},
            {"date": "2025-02-20", "actor": "House", "description": "Referred to State Affairs."},
            {"date": "2025-04-02", "actor": "House", "description": "Passed"},
        ],
    }
    item.update(overrides)
    return item


def test_open_states_and_legiscan_make_one_measure_with_one_history(any_engine) -> None:
    store_raw(any_engine, open_states())
    store_raw(any_engine, legiscan())
    with Session(any_engine) as s:
        (measure,) = s.exec(select(Measure)).all()
        assert (measure.session, measure.identifier) == ("2025", "HB 4")
        # Open States comes first in precedence: its title and link are the measure's.
        assert measure.title == TITLE
        assert measure.url == "https://openstates.org/tx/bills/89/HB4/"
        actions = s.exec(select(Action).order_by(Action.position)).all()
        assert [a.description for a in actions] == [
            "Filed",
            "Referred to State Affairs",
            "Passed",
        ]
        # The action only LegiScan has is kept in LegiScan's words and vocabulary.
        assert actions[-1].vocabulary == "legiscan"
        assert measure.status == "passed_chamber"
        sources = repo.measure_sources(s, measure.id)
        assert [(link.identifier, link.session, src.name) for link, src in sources] == [
            ("HB 4", "89", "openstates-tx"),
            ("HB4", "2131", "legiscan-tx"),
        ]
        assert sources[1][0].change_hash == "0f9e8d7c6b5a49382716059483726150"
        kinds = [e.kind for e in s.exec(select(Event).order_by(Event.id))]
    # One "new measure" event; the action only the second source had is one more.
    assert kinds == ["new_measure", "action"]


def test_an_action_seen_by_two_sources_makes_one_event(any_engine) -> None:
    store_raw(any_engine, open_states(), legiscan())
    signed = {"date": "2025-06-10", "actor": "Governor", "description": "Signed by the Governor"}
    store_raw(
        any_engine,
        legiscan(actions=[*legiscan()["actions"], signed]),
        open_states(
            actions=[
                *open_states()["actions"],
                {**signed, "description": "Signed by the Governor.", "classification": []},
            ]
        ),
    )
    with Session(any_engine) as s:
        events = s.exec(select(Event).where(Event.kind == "action").order_by(Event.id)).all()
        # "Passed" (LegiScan only), then the signature both report: one event, not two.
        assert len(events) == 2
        assert "Signed by the Governor" in events[1].summary
        assert events[1].status_to == "enacted"
        assert len(s.exec(select(Action)).all()) == 4


def test_a_later_source_with_a_lower_rank_does_not_take_over(any_engine) -> None:
    store_raw(any_engine, legiscan())
    with Session(any_engine) as s:
        assert s.exec(select(Measure)).one().title == "Sanctuary policies; detainers."
    # Open States ranks higher: its title replaces LegiScan's, with no second new-measure event.
    store_raw(any_engine, open_states())
    store_raw(any_engine, legiscan(title="Sanctuary policies; detainers; penalties."))
    with Session(any_engine) as s:
        assert s.exec(select(Measure)).one().title == TITLE
        kinds = [e.kind for e in s.exec(select(Event))]
    assert kinds.count("new_measure") == 1
    assert "title" in kinds  # LegiScan's short title gave way to Open States' full one


def test_an_idle_recrawl_of_either_source_writes_nothing(any_engine) -> None:
    store_raw(any_engine, open_states(), legiscan())
    again = store_raw(any_engine, open_states(), legiscan())
    assert all(not r.new and not r.changed and r.events == 0 for r in again)
