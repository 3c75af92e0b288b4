"""Links the pages share: the feed that matches a set of filters, the measures list for a place."""

from __future__ import annotations

from urllib.parse import urlencode

FEED_FILTERS = ("state", "place", "level", "topic", "stance", "kind")


def feed_url(filters: dict, fmt: str = "atom") -> str:
    """The feed of the events matching FILTERS (the same filters the latest-changes page has)."""
    params = [(k, filters[k]) for k in FEED_FILTERS if filters.get(k)]
    query = f"?{urlencode(params)}" if params else ""
    return f"/feeds/events.{fmt}{query}"


def measure_feed_url(measure_id: int, fmt: str = "atom") -> str:
    return f"/feeds/measure/{measure_id}.{fmt}"
