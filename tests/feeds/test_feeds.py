"""Feeds as a reader sees them: every standard feed parses, items say what changed, ids are stable,
filters combine, bad parameters are refused clearly."""

from __future__ import annotations

import html
import json
from datetime import date
from urllib.parse import urlsplit

import pytest
from sqlmodel import select

from storage.db import dispose_engines, get_engine, session_scope
from storage.models import Event, Measure
from tests.feeds.helpers import (
    PUBLIC_URL,
    california_enacted,
    chicago,
    entry_ids,
    feeds_app,
    parse_feed,
    parse_strict,
    seed,
)
from tests.seeding import actions_until, store_raw
from tracker.domain import TOPICS
from tracker.feeds.export import export_feeds

ATOM = "{http://www.w3.org/2005/Atom}"


def test_every_standard_feed_parses_strictly(any_engine, tmp_path):
    seed(any_engine)
    report = export_feeds(any_engine, PUBLIC_URL, tmp_path)
    feeds = [p for p in report.files if p.suffix in (".rss", ".atom")]
    # all, enacted, hearings, 3 stances, 10 topics, 3 states, 4 places; each in two formats
    assert len(feeds) == 2 * (3 + 3 + len(TOPICS) + 3 + 4)
    for path in feeds:
        parsed = parse_feed(path.read_bytes())
        assert parsed.version == ("rss20" if path.suffix == ".rss" else "atom10"), path
    everything = parse_feed((tmp_path / "all.atom").read_bytes())
    assert len(everything.entries) == 4  # one "now tracked" item per measure
    assert {e.title.split(":")[0] for e in everything.entries} == {
        "Chicago, IL O2012-4984",
        "Travis County, TX R-2024-17",
        "Harris County, TX R-2024-99",
        "California AB 4",
    }


def test_feed_level_fields(engine, tmp_path):
    seed(engine)
    export_feeds(engine, PUBLIC_URL, tmp_path)
    rss = parse_strict((tmp_path / "state" / "TX.rss").read_bytes())
    channel = rss.find("channel")
    assert channel.findtext("ttl") == "60"
    self_link = channel.find(f"{ATOM}link[@rel='self']")
    assert self_link.get("href") == f"{PUBLIC_URL}/feeds/state/TX.rss"
    atom = parse_feed((tmp_path / "state" / "TX.atom").read_bytes())
    assert atom.feed.title.startswith("Texas")
    assert [lk.href for lk in atom.feed.links if lk.rel == "self"] == [
        f"{PUBLIC_URL}/feeds/state/TX.atom"
    ]
    with session_scope(engine) as session:
        newest = max(e.seen_at for e in session.exec(select(Event)).all() if e.state == "TX")
    assert atom.feed.updated_parsed[:6] == newest.utctimetuple()[:6]


def test_an_item_says_what_changed_with_links_and_evidence(engine):
    store_raw(engine, chicago())
    moved = actions_until(
        date(2012, 7, 25), [("Referred", "City Council"), ("Passed", "Committee on Finance")]
    )
    store_raw(engine, chicago(actions=moved))
    with session_scope(engine) as session:
        measure = session.exec(select(Measure)).one()
        event = session.exec(select(Event).where(Event.kind == "action")).one()
    body = _get(engine, "/feeds/place/chicago-il.atom")
    entry = parse_feed(body).entries[0]
    assert entry.id == f"urn:uuid:{event.uid}"
    assert entry.title == (
        "Chicago, IL O2012-4984: Welcoming City Ordinance: limits honoring of civil immigration "
        "detainers — Passed (In committee → Passed committee)"
    )
    hrefs = {lk.href for lk in entry.links}
    assert f"{PUBLIC_URL}/measures/{measure.id}" in hrefs
    assert measure.url in hrefs
    content = entry.content[0].value
    for expected in (
        "In committee → Passed committee",
        "Committee on Finance",
        "2012-07-26",  # the date of the action
        event.seen_at.strftime("%Y-%m-%d %H:%M UTC"),  # when we saw it
        "ICE detainers",
        "Protective",
        "Official page",
    ):
        assert expected in content, expected
    evidence = json.loads(measure.why)
    assert evidence  # the classifier said why; every reason is in the item
    for reason in evidence:
        assert reason in html.unescape(content), reason
    assert {t.term for t in entry.tags} >= {"detainers", "stance:protective"}


def test_ids_survive_recrawl_restart_and_rebuild(sqlite_url, tmp_path):
    engine = get_engine(sqlite_url)
    items = seed(engine)
    first = entry_ids(_get(engine, "/feeds/all.atom"))
    assert len(first) == 4
    results = store_raw(engine, *items.values())  # the same crawl again
    assert sum(r.events for r in results) == 0
    assert entry_ids(_get(engine, "/feeds/all.atom")) == first
    dispose_engines()  # a restart: new engine, new connections, same file
    assert entry_ids(_get(get_engine(sqlite_url), "/feeds/all.atom")) == first
    other = get_engine(f"sqlite:///{tmp_path / 'rebuilt.db'}")  # the same crawl into a new DB
    store_raw(other, *items.values())
    assert sorted(entry_ids(_get(other, "/feeds/all.atom"))) == sorted(first)


def test_a_new_action_is_exactly_one_new_item(any_engine):
    seed(any_engine)
    before = {path: entry_ids(_get(any_engine, path)) for path in _paths()}
    longer = actions_until(
        date(2012, 7, 25), [("Referred", "City Council"), ("Passed", "Committee on Finance")]
    )
    store_raw(any_engine, chicago(actions=longer))
    for path in _paths():
        after = entry_ids(_get(any_engine, path))
        added = [i for i in after if i not in before[path]]
        assert len(added) == 1, path
        assert after[0] == added[0]  # newest first
        assert after[1:] == before[path], path  # nothing else changed or vanished


def _paths() -> list[str]:
    return [
        "/feeds/all.atom",
        "/feeds/all.rss",
        "/feeds/place/chicago-il.rss",
        "/feeds/state/IL.atom",
        "/feeds/topic/detainers.atom",
        "/feeds/stance/protective.rss",
    ]


def test_filters_combine(any_engine):
    seed(any_engine)
    query = "state=TX&level=county&topic=287g&stance=protective"
    entries = parse_feed(_get(any_engine, f"/feeds/events.atom?{query}")).entries
    assert [e.title.split(":")[0] for e in entries] == ["Travis County, TX R-2024-17"]
    either = parse_feed(
        _get(any_engine, "/feeds/events.rss?state=TX&stance=protective,restrictive")
    )
    assert len(either.entries) == 2
    narrowed = parse_feed(_get(any_engine, "/feeds/state/TX.atom?stance=restrictive"))
    assert [e.title.split(":")[0] for e in narrowed.entries] == ["Harris County, TX R-2024-99"]
    assert parse_feed(_get(any_engine, "/feeds/events.atom?state=NY")).entries == []


def test_enacted_feed_has_only_enactments(any_engine):
    seed(any_engine)
    entries = parse_feed(_get(any_engine, "/feeds/enacted.atom")).entries
    assert [e.title.split(":")[0] for e in entries] == ["California AB 4"]
    assert "Enacted" in entries[0].title


def test_measure_feed_and_limit(any_engine):
    store_raw(any_engine, california_enacted(actions=california_enacted()["actions"][:1]))
    store_raw(any_engine, california_enacted())
    with session_scope(any_engine) as session:
        mid = session.exec(select(Measure.id)).one()
    entries = parse_feed(_get(any_engine, f"/feeds/measure/{mid}.atom")).entries
    assert len(entries) == 4  # now tracked + three later actions
    one = parse_feed(_get(any_engine, f"/feeds/measure/{mid}.rss?limit=1"))
    assert [e.id for e in one.entries] == [entries[0].id]
    capped = parse_strict(_get(any_engine, "/feeds/all.atom?limit=100000"))
    self_href = capped.find(f"{ATOM}link[@rel='self']").get("href")
    assert urlsplit(self_href).query == "limit=500"


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/feeds/events.atom?topic=287h", 400, "'287h'"),
        ("/feeds/events.atom?state=XX", 400, "'XX'"),
        ("/feeds/events.atom?stance=friendly", 400, "'friendly'"),
        ("/feeds/events.atom?level=village", 400, "'village'"),
        ("/feeds/events.atom?kind=vote", 400, "'vote'"),
        ("/feeds/events.atom?topc=287g", 400, "unknown parameter 'topc'"),
        ("/feeds/events.atom?limit=many", 400, "limit"),
        ("/feeds/events.atom?limit=0", 400, "limit"),
        ("/feeds/events.atom?place=atlantis", 400, "'atlantis'"),
        ("/feeds/events.atom?measure=99999", 400, "99999"),
        ("/feeds/events.atom?enacted=1&hearings=1", 400, "cannot be combined"),
        ("/feeds/state/TX.atom?state=CA", 400, "already filters"),
        ("/feeds/all.json", 404, ".rss or .atom"),
        ("/feeds/state/XX.atom", 404, "'XX'"),
        ("/feeds/place/atlantis.rss", 404, "'atlantis'"),
        ("/feeds/place/a%00b.rss", 404, "unknown place"),
        ("/feeds/events.rss?place=a%00b", 400, "unknown place"),
        ("/feeds/topic/weather.atom", 404, "'weather'"),
        ("/feeds/measure/99999.atom", 404, "'99999'"),
        ("/feeds/measure/" + "9" * 40 + ".atom", 404, "unknown measure"),
        ("/feeds/events.atom?measure=" + "9" * 40, 400, "unknown measure"),
        ("/feeds/events.atom?measure=x", 400, "whole number"),
        ("/feeds/nothing.atom", 404, "'nothing'"),
    ],
)
def test_bad_requests_are_refused_clearly(any_engine, url, status, message):
    seed(any_engine)
    response = _client(any_engine).get(url)
    assert response.status_code == status
    assert message in response.text


def _client(engine):
    from fastapi.testclient import TestClient

    return TestClient(feeds_app(engine))


def _get(engine, url: str) -> bytes:
    response = _client(engine).get(url)
    assert response.status_code == 200, response.text
    kind = "application/atom+xml" if ".atom" in url else "application/rss+xml"
    assert response.headers["content-type"] == f"{kind}; charset=utf-8"
    return response.content


def test_a_measure_that_stops_being_relevant_says_so_once(tracker_env):
    from sqlalchemy import text

    from tracker.config import engine as config_engine
    from tracker.config import load_config
    from tracker.reclassify import reclassify_all

    engine = config_engine(load_config())
    seed(engine)
    with session_scope(engine) as session:
        chicago_id = session.exec(
            select(Measure.id).where(Measure.identifier == "O2012-4984")
        ).one()
        before = entry_ids(_get(engine, f"/feeds/measure/{chicago_id}.atom"))
        session.execute(
            text("UPDATE measure SET title = :t, summary = :s WHERE id = :id"),
            {
                "t": "Renovation of the municipal ice rink",
                "s": "Repairs the rink roof.",
                "id": chicago_id,
            },
        )
    reclassify_all(load_config())
    place = parse_feed(_get(engine, "/feeds/place/chicago-il.atom")).entries
    assert len(place) == 1
    assert "No longer tracked" in place[0].title
    everything = parse_feed(_get(engine, "/feeds/all.atom")).entries
    assert [e.id for e in everything].count(place[0].id) == 1
    assert len(everything) == 4  # three tracked measures and the one that left
    measure_feed = entry_ids(_get(engine, f"/feeds/measure/{chicago_id}.atom"))
    assert measure_feed == [place[0].id, *before]
