"""Feeds over real HTTP (uvicorn on 127.0.0.1): conditional GET, HEAD, OPML, hearings ahead, and
the web app serving the same router."""

from __future__ import annotations

import time
from datetime import date, timedelta
from email.utils import format_datetime, parsedate_to_datetime

import pytest
from lxml import etree

from tests.feeds.helpers import (
    PUBLIC_URL,
    chicago,
    entry_ids,
    feeds_app,
    future,
    hearing,
    parse_feed,
    seed,
    texas_county_protective,
)
from tests.seeding import actions_until, store_raw
from tracker.domain import TOPICS


@pytest.fixture
def engine(any_engine):  # noqa: ANN001, ANN201 - fixtures
    """Every feed served over HTTP on SQLite and on PostgreSQL in turn."""
    return any_engine


def test_conditional_get_gives_304_until_something_happens(engine, serve, client):
    seed(engine)
    base = serve(feeds_app(engine))
    url = f"{base}/feeds/all.atom"
    first = client.get(url)
    assert first.status_code == 200
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert first.headers["content-type"] == "application/atom+xml; charset=utf-8"

    by_etag = client.get(url, headers={"If-None-Match": etag})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    assert by_etag.headers["etag"] == etag
    assert client.get(url, headers={"If-None-Match": f'W/{etag}, "other"'}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    earlier = parsedate_to_datetime(modified) - timedelta(days=1)
    since_earlier = client.get(url, headers={"If-Modified-Since": format_datetime(earlier, True)})
    assert since_earlier.status_code == 200
    assert client.get(url, headers={"If-None-Match": '"stale"'}).status_code == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110 13.2.2)
    both = client.get(url, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified})
    assert both.status_code == 200

    time.sleep(1.1)  # Last-Modified has whole seconds: let the new event fall in a later one
    longer = actions_until(
        date(2012, 7, 25), [("Referred", "City Council"), ("Passed", "Committee on Finance")]
    )
    store_raw(engine, chicago(actions=longer))
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 200
    assert again.headers["etag"] != etag
    new_ids = set(entry_ids(again.content)) - set(entry_ids(first.content))
    assert len(new_ids) == 1
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 200
    assert client.get(url, headers={"If-None-Match": again.headers["etag"]}).status_code == 304


def test_a_change_elsewhere_keeps_other_feeds_unmodified(engine, serve, client):
    seed(engine)
    base = serve(feeds_app(engine))
    texas = client.get(f"{base}/feeds/state/TX.rss")
    longer = actions_until(
        date(2012, 7, 25), [("Referred", "City Council"), ("Passed", "Committee on Finance")]
    )
    store_raw(engine, chicago(actions=longer))  # an Illinois event
    unchanged = client.get(
        f"{base}/feeds/state/TX.rss", headers={"If-None-Match": texas.headers["etag"]}
    )
    assert unchanged.status_code == 304
    illinois = client.get(f"{base}/feeds/state/IL.rss")
    assert len(parse_feed(illinois.content).entries) == 2


def test_empty_feed_is_valid_and_stable(engine, serve, client):
    base = serve(feeds_app(engine))
    first = client.get(f"{base}/feeds/stance/unclear.atom")
    assert first.status_code == 200
    parsed = parse_feed(first.content)
    assert parsed.entries == []
    assert parsed.feed.updated.startswith("2000-01-01")  # fixed, not "now"
    time.sleep(1.1)
    second = client.get(f"{base}/feeds/stance/unclear.atom")
    assert second.content == first.content
    assert second.headers["etag"] == first.headers["etag"]


def test_head_answers_without_a_body(engine, serve, client):
    seed(engine)
    base = serve(feeds_app(engine))
    head = client.head(f"{base}/feeds/all.rss")
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["etag"] == client.get(f"{base}/feeds/all.rss").headers["etag"]


def test_opml_lists_every_standard_feed_and_each_one_works(engine, serve, client):
    seed(engine)
    base = serve(feeds_app(engine, public_url="http://tracker.test"))
    response = client.get(f"{base}/feeds/opml")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/x-opml")
    root = etree.fromstring(response.content)
    assert root.get("version") == "2.0"
    urls = [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]
    assert len(urls) == 3 + 3 + len(TOPICS) + 3 + 4
    assert f"{PUBLIC_URL}/feeds/place/travis-county-tx.atom" in urls
    for url in urls:
        local = url.replace(PUBLIC_URL, base)
        assert client.get(local).status_code == 200, url
    rss = etree.fromstring(client.get(f"{base}/feeds/opml?format=rss").content)
    assert all(o.get("xmlUrl").endswith(".rss") for o in rss.iter("outline") if o.get("xmlUrl"))


def test_hearings_ahead_soonest_first_moved_shown_once_past_left_out(engine, serve, client):
    soon, later, past = future(3), future(10), future(-5)
    store_raw(
        engine,
        chicago(hearings=[hearing("h-1", later), hearing("h-old", past)]),
        texas_county_protective(hearings=[hearing("t-1", future(20))]),
    )
    store_raw(engine, texas_county_protective(hearings=[hearing("t-1", soon)]))  # moved
    base = serve(feeds_app(engine))
    entries = parse_feed(client.get(f"{base}/feeds/hearings.atom").content).entries
    assert [e.title.split(":")[0] for e in entries] == [
        "Travis County, TX R-2024-17",
        "Chicago, IL O2012-4984",
    ]
    assert "moved" in entries[0].title
    assert "City Hall, Room 201" in entries[0].content[0].value
    texas = parse_feed(client.get(f"{base}/feeds/events.rss?hearings=1&state=TX").content)
    assert len(texas.entries) == 1


def test_the_web_app_serves_the_feeds(tracker_env_any, serve, client):
    from tracker.config import engine as config_engine
    from tracker.config import load_config
    from tracker.web.app import create_app

    config = load_config()
    seed(config_engine(config))
    base = serve(create_app(config))
    response = client.get(f"{base}/feeds/all.atom")
    assert response.status_code == 200
    assert len(parse_feed(response.content).entries) == 4
    etag = response.headers["etag"]
    assert client.get(f"{base}/feeds/all.atom", headers={"If-None-Match": etag}).status_code == 304
