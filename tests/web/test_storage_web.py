"""The page and API queries give the same answers on SQLite and PostgreSQL."""

from __future__ import annotations

from storage import web as db
from tests.web.seed import seed


def test_queries_on_each_backend(any_engine):
    ids = seed(any_engine)
    rows, total = db.search_measures(any_engine, db.MeasureQuery(q="WELCOMING"), 10)
    assert total == 1 and rows[0]["id"] == ids["chicago"]
    assert rows[0]["topics"] == ["sanctuary", "detainers"]
    _, total = db.search_measures(any_engine, db.MeasureQuery(q="50%"), 10)
    assert total == 0
    _, total = db.search_measures(any_engine, db.MeasureQuery(topic="287g", year=2024), 10)
    assert total == 1
    titles = [
        r["title"] for r in db.search_measures(any_engine, db.MeasureQuery(sort="title"), 10)[0]
    ]
    assert titles == sorted(titles, key=str.lower)
    latest = db.search_measures(any_engine, db.MeasureQuery(sort="latest"), 10)[0]
    assert latest[0]["identifier"] == "Int 0214-2024"
    assert len(list(db.iter_measures(any_engine, db.MeasureQuery(relevant=None), batch=2))) == 5

    measure = db.get_measure(any_engine, ids["chicago"])
    assert [a["description"] for a in measure["actions"]][0] == "Introduced"
    assert measure["hearings"][0]["starts_at"].tzinfo is not None

    events = db.latest_events(any_engine, db.EventQuery(), 100)
    assert [e["id"] for e in events] == sorted((e["id"] for e in events), reverse=True)
    older = db.latest_events(any_engine, db.EventQuery(before=events[1]["id"]), 100)
    assert [e["id"] for e in older] == [e["id"] for e in events[2:]]
    assert {e["state"] for e in db.latest_events(any_engine, db.EventQuery(state="TX"), 9)} == {
        "TX"
    }

    places = {p["slug"]: p for p in db.list_places(any_engine)}
    assert places["chicago-il"]["protective"] == 1 and places["chicago-il"]["tracked"] == 2
    counts = db.state_counts(any_engine)
    assert counts["TX"]["restrictive"] == 1 and counts["IL"]["protective"] == 1
    facets = db.facets(any_engine)
    assert facets["states"] == ["IL", "NY", "TX"] and facets["years"][0] == 2024
    health = {s["name"]: s for s in db.source_health(any_engine)}
    assert health["texas-legislature"]["items_seen"] == 12
    assert health["chicago-legistar"]["outcome"] is None
