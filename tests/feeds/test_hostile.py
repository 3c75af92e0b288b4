"""Whatever a source sends, or whatever odd text the database holds, every feed stays valid XML,
markup shows as text, control characters are gone and long fields are cut."""

from __future__ import annotations

import html
import json
import re

from sqlalchemy import text
from sqlmodel import select

from storage.db import session_scope
from storage.models import Measure
from tests.feeds.helpers import PUBLIC_URL, chicago, feeds_app, future, hearing, parse_feed
from tests.seeding import store_raw
from tracker.feeds.export import export_feeds

SCRIPT = "<script>alert('x')</script>"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FIVE_MB = 5 * 1024 * 1024


def _hostile_items() -> list[dict]:
    base = "Welcoming City Ordinance limiting civil immigration detainers"
    return [
        chicago(identifier="H-1", platform_id="h1", title=f"{SCRIPT} {base}"),
        chicago(identifier="H-2", platform_id="h2", title=f"{base} ]]> <![CDATA[ x ]]>"),
        chicago(
            identifier="H-3",
            platform_id="h3",
            title=f"{base}\x00 with NUL\x01\x02\x08\x0b\x0c\x1b and\x7f\x85 controls",
        ),
        chicago(identifier="H-4", platform_id="h4", title=base + " padding" * (FIVE_MB // 8)),
        chicago(
            identifier="H-5",
            platform_id="h5",
            title=base,
            actions=[
                {"date": "2012-07-25", "description": f"Referred {SCRIPT}\x00", "actor": "<b>x</b>"}
            ],
            hearings=[hearing("hx", future(5), location=f"Room ]]> {SCRIPT}\x07")],
        ),
    ]


def _check_feed(body: bytes) -> list:
    parsed = parse_feed(body)  # strict XML parser and feedparser, no bozo
    decoded = body.decode("utf-8")
    assert not CONTROL.search(decoded)
    for entry in parsed.entries:
        assert len(entry.title) < 1_000
    return parsed.entries


def test_hostile_titles_from_a_source(any_engine, tmp_path):
    store_raw(any_engine, *_hostile_items())
    report = export_feeds(any_engine, PUBLIC_URL, tmp_path)
    feeds = [p for p in report.files if p.suffix in (".rss", ".atom")]
    assert feeds
    for path in feeds:
        _check_feed(path.read_bytes())
    for name in ("all.atom", "all.rss"):
        entries = _check_feed((tmp_path / name).read_bytes())
        assert len(entries) == 5
        titles = " ".join(e.title for e in entries)
        if name.endswith(".atom"):
            assert SCRIPT in titles  # an Atom text title shows markup as text, it is not dropped
            assert "]]>" in titles
        else:  # many readers render an RSS title as HTML: tags are stripped, their text stays
            assert "<script" not in titles and "alert('x')" in titles
            assert "<![CDATA[" not in titles
        assert "with NUL and controls" in titles
        shown = [e for e in entries if "alert('x')" in e.title]
        assert shown
        for entry in shown:
            # the body is HTML whose *text* holds the tags: a reader shows them, runs nothing
            assert html.escape(SCRIPT, quote=False) in entry.summary.replace("&#x27;", "'")
    hearings = _check_feed((tmp_path / "hearings.atom").read_bytes())
    assert len(hearings) == 1
    assert "Room ]]&gt; &lt;script&gt;" in hearings[0].content[0].value


def test_odd_text_already_in_the_database(engine):
    """Rows written by an older version or by hand, bypassing the store's cleaning."""
    store_raw(engine, chicago())
    huge = "x" * FIVE_MB
    with session_scope(engine) as session:
        measure = session.exec(select(Measure)).one()
        session.execute(
            text(
                "UPDATE measure SET title = :title, why = :why, url = :url, topics = :topics"
                " WHERE id = :id"
            ),
            {
                "title": f"bad\x00title\x1b ]]> {SCRIPT} {huge}",
                "why": json.dumps(["\x01evidence <b>bold</b>", huge, 42]),
                "url": "javascript:alert(1)",
                "topics": ",detainers,\x02weird,",
                "id": measure.id,
            },
        )
        session.execute(
            text("UPDATE event SET summary = :s, detail = :d"),
            {"s": f"changed\x00\x0b {SCRIPT}", "d": "{not json"},
        )
    client = _client(engine)
    for url in ("/feeds/all.atom", "/feeds/all.rss", "/feeds/topic/detainers.atom"):
        response = client.get(url)
        assert response.status_code == 200
        assert len(response.content) < 200_000  # five megabytes went in, a bounded feed came out
        entries = _check_feed(response.content)
        assert len(entries) == 1
        assert "javascript:" not in response.text  # not a link to follow
    atom = parse_feed(client.get("/feeds/all.atom").content).entries[0]
    assert "evidence <b>bold</b>" in html.unescape(atom.content[0].value)


def _client(engine):
    from fastapi.testclient import TestClient

    return TestClient(feeds_app(engine))
