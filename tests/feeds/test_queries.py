"""The feed queries: the shortcut for rare filters gives what the plain walk gives, and the cheap
marker behind 304s names the same newest event the built feed shows."""

from __future__ import annotations

import pytest

from storage import feeds as q
from storage.db import session_scope
from storage.feeds import FeedFilter
from tests.feeds.helpers import seed

FILTERS = [
    FeedFilter(),
    FeedFilter(states=("TX",)),
    FeedFilter(states=("TX",), topics=("287g",)),
    FeedFilter(states=("TX",), levels=("county",), topics=("287g",), stances=("protective",)),
    FeedFilter(states=("TX", "IL"), stances=("restrictive", "protective")),
    FeedFilter(jurisdictions=("chicago-il",), topics=("detainers",)),
    FeedFilter(jurisdictions=("chicago-il", "california"), kinds=("new_measure",)),
    FeedFilter(states=("CA",), topics=("detainers",), enacted_only=True),
    FeedFilter(topics=("287g",)),
    FeedFilter(stances=("unclear",)),
    FeedFilter(states=("NY",), topics=("sanctuary",)),
    FeedFilter(enacted_only=True),
]


def _ids(engine, f: FeedFilter) -> list[str]:
    with session_scope(engine) as session:
        return [r.event.uid for r in q.latest_events(session, f, 50)]


def test_rare_filter_shortcut_matches_the_plain_walk(any_engine, monkeypatch):
    seed(any_engine)
    shortcut = {f: _ids(any_engine, f) for f in FILTERS}
    monkeypatch.setattr(q, "CANDIDATE_MAX", 0)  # every filter walks events newest first
    plain = {f: _ids(any_engine, f) for f in FILTERS}
    assert shortcut == plain
    assert shortcut[FeedFilter(states=("TX",), topics=("287g",))]  # not vacuous
    assert len(shortcut[FeedFilter()]) == 4


@pytest.mark.parametrize("f", FILTERS, ids=repr)
def test_marker_names_the_newest_event_the_feed_shows(engine, f):
    seed(engine)
    with session_scope(engine) as session:
        rows = q.latest_events(session, f, 50)
        assert q.newest_event_marker(session, f) == q.marker_of(rows)
