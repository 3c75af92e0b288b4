"""`tracker demo` end to end: councils and state measures from the one local server, the bill
both aggregators report stored as one measure, and the second crawl's events."""

from __future__ import annotations

from sqlmodel import Session, select

from localserver.statedemo import StateDemo
from storage.db import get_engine
from storage.models import Action, Event, Jurisdiction, Measure, MeasureSource, Source
from tracker.demo.run import run_demo


def test_demo_shows_state_measures_merged_across_aggregators(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))
    # A user's own keys must never reach the demo's servers (which accept only demo keys).
    monkeypatch.setenv("OPENSTATES_API_KEY", "users-real-openstates-key")
    monkeypatch.setenv("LEGISCAN_API_KEY", "users-real-legiscan-key")
    lines: list[str] = []

    assert run_demo(echo=lines.append) == 0
    out = "\n".join(lines)

    # Both crawls read both aggregators, and the crawl summaries say so.
    for name in ("openstates-tx", "legiscan-tx"):
        assert sum(f"{name}: ok:" in line for line in lines) == 2, out
    assert "FAILED" not in out and "failed (" not in out

    url = f"sqlite:///{tmp_path / 'demo' / 'tracker.db'}"
    with Session(get_engine(url)) as s:
        texas = s.exec(
            select(Jurisdiction).where(Jurisdiction.name == "Texas (sample session)")
        ).one()
        measures = s.exec(
            select(Measure).where(Measure.jurisdiction_id == texas.id, Measure.relevant)
        ).all()
        by_source: dict[int, set[str]] = {}
        for link, source in s.exec(
            select(MeasureSource, Source).where(MeasureSource.source_id == Source.id)
        ):
            by_source.setdefault(link.measure_id, set()).add(source.name)
        seen_by = [frozenset(by_source[m.id]) for m in measures]
        # State measures from each aggregator alone, and exactly one reported by both.
        assert frozenset({"openstates-tx"}) in seen_by
        assert frozenset({"legiscan-tx"}) in seen_by
        assert seen_by.count(frozenset({"openstates-tx", "legiscan-tx"})) == 1

        shared = s.exec(
            select(Measure).where(Measure.jurisdiction_id == texas.id, Measure.identifier == "SB 2")
        ).one()
        spellings = {
            source.name: (link.identifier, link.session)
            for link, source in s.exec(
                select(MeasureSource, Source).where(
                    MeasureSource.measure_id == shared.id, MeasureSource.source_id == Source.id
                )
            )
        }
        # Open States names the session by its legislature ("89"), LegiScan by its own number.
        legislature = str(StateDemo().legislature)
        assert spellings == {"openstates-tx": ("SB 2", legislature), "legiscan-tx": ("SB2", "2131")}

        actions = s.exec(
            select(Action).where(Action.measure_id == shared.id).order_by(Action.position)
        ).all()
        keys = [(a.date, a.actor, a.description) for a in actions]
        assert len(keys) == len(set(keys)) == 8  # seven in the session, one between crawls
        assert actions[-1].description == "Referred to State Affairs"
        assert actions[-1].actor == "House"

        events = s.exec(select(Event).where(Event.measure_id == shared.id)).all()
        assert sorted(e.kind for e in events) == ["action", "new_measure"]
        (action_event,) = [e for e in events if e.kind == "action"]
        assert "Referred to State Affairs" in action_event.summary
        # The second crawl's only state event is that action, though both aggregators report it.
        texas_events = s.exec(select(Event).where(Event.jurisdiction_id == texas.id)).all()
        assert [e.kind for e in texas_events].count("action") == 1
        assert [e.kind for e in texas_events].count("new_measure") == len(measures)

    # What the user reads: the state rows, the merged measure, and its events after each crawl.
    assert any(
        line.lstrip().startswith("Texas (sample session)") and " SB 2 " in line for line in lines
    )
    assert out.count("Texas (sample session) SB 2 (session ") == 2
    assert out.count("one measure from 2 sources") == 2
    assert "events: 1 (1 new measure, 0 action)" in out
    assert "events: 2 (1 new measure, 1 action)" in out
    assert (
        "Texas (sample session) SB2: Referred to State Affairs (House), on Open States and LegiScan"
        in out
    )
