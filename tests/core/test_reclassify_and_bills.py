"""`tracker reclassify` decides again without a re-crawl and makes events only where relevance
flipped; `tracker bills` lists what is stored, with filters and JSON Lines."""

from __future__ import annotations

import json

from click.testing import CliRunner
from sqlmodel import Session, select

import tracker.reclassify as reclassify_module
from storage.db import session_scope
from storage.models import Event, Measure, Source
from tests.seeding import make_item, store_raw
from tracker.classify import classify
from tracker.cli import main
from tracker.config import engine


def kinds(eng) -> list[str]:
    with Session(eng) as s:
        return [e.kind for e in s.exec(select(Event).order_by(Event.id))]


def test_reclassify_makes_events_only_where_relevance_flipped(tracker_env_any, monkeypatch) -> None:
    eng = engine()
    relevant = make_item()
    unrelated = make_item(
        identifier="O2012-2",
        platform_id="2",
        title="Parking on Oak Street",
        summary=None,
        actions=None,
    )
    store_raw(eng, relevant, unrelated)
    with session_scope(eng) as s:
        source = s.exec(select(Source)).one()  # the store registered the crawl's source
        assert source.name == "test-source"
        source.spider = "legistar"
        assert all(m.source_id == source.id for m in s.exec(select(Measure)))
    assert kinds(eng) == ["new_measure"]

    # Same classifier: nothing changes, no events.
    result = CliRunner().invoke(main, ["reclassify"])
    assert result.exit_code == 0, result.output
    assert "2 measures classified again" in result.output and "0 changed" in result.output
    assert kinds(eng) == ["new_measure"]

    # A classifier that now reads parking rules as a 287(g) matter and the ordinance as unrelated.
    def flipped(title, summary=None, text=None, jurisdiction=None, level=None):
        if "Parking" in title:
            return classify("Ends the county's 287(g) agreement with ICE")
        return classify("Parking on Oak Street")

    monkeypatch.setattr(reclassify_module, "classify", flipped)
    result = CliRunner().invoke(main, ["reclassify"])
    assert result.exit_code == 0, result.output
    assert (
        "1 became relevant, 1 stopped being relevant, 1 queued for a history fetch" in result.output
    )
    assert kinds(eng) == ["new_measure", "relevance", "new_measure"]
    with Session(eng) as s:
        first, *made = s.exec(select(Event).order_by(Event.id)).all()
        assert all(e.seen_at > first.seen_at for e in made)  # seen now, not when last crawled
        assert "found relevant on reclassification" in made[1].summary
    with Session(eng) as s:
        parking = s.exec(select(Measure).where(Measure.identifier == "O2012-2")).one()
        assert parking.relevant and ",287g," in parking.topics
        source = s.exec(select(Source)).one()
        assert json.loads(source.retry_state)["attempts"] == {"2": 0}
    # Running it again with the same classifier is quiet.
    CliRunner().invoke(main, ["reclassify"])
    assert len(kinds(eng)) == 3


def test_bills_lists_filters_and_prints_json(tracker_env_any) -> None:
    eng = engine()
    store_raw(
        eng,
        make_item(),
        make_item(
            jurisdiction="Harris County, TX",
            level="county",
            state="TX",
            identifier="R-1",
            platform_id="9",
            title="Resolution requiring the sheriff to enter a 287(g) agreement with ICE",
            summary=None,
            measure_type="Resolution",
            actions=[
                {"date": "2025-02-01", "description": "Adopted", "actor": "Commissioners Court"}
            ],
        ),
    )
    runner = CliRunner()
    out = runner.invoke(main, ["bills", "--json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert {r["identifier"] for r in rows} == {"O2012-4984", "R-1"}
    for row in rows:
        assert {
            "jurisdiction",
            "identifier",
            "title",
            "status",
            "relevant",
            "topics",
            "stance",
            "url",
        } <= set(row)
    tx = runner.invoke(main, ["bills", "--json", "--state", "TX"])
    (row,) = [json.loads(line) for line in tx.output.splitlines()]
    assert row["stance"] == "restrictive" and "287g" in row["topics"] and row["status"] == "enacted"
    protective = runner.invoke(main, ["bills", "--stance", "protective"])
    assert "O2012-4984" in protective.output and "R-1" not in protective.output
    none = runner.invoke(main, ["bills", "--topic", "municipal_id"])
    assert none.exit_code == 0 and "No measures match." in none.output
