"""From a feed URL to a feed: which feed a path names, its validators, and its bytes.

Shared by the web routes and the static export, so a served feed and an exported one are the same
document. Validators (ETag, Last-Modified) come from the newest event the feed shows, so a
conditional request is answered from one index lookup without building anything.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlmodel import Session

from storage import feeds as q
from storage.feeds import FeedMarker, FeedRow
from tracker.feeds.build import EMPTY_UPDATED, FORMATS, build_feed
from tracker.feeds.hearings import hearing_rows
from tracker.feeds.params import SLUG, FeedParamError, check_no_overlap, parse_query
from tracker.feeds.standard import (
    FeedSpec,
    spec_all,
    spec_enacted,
    spec_events,
    spec_hearings,
    spec_measure,
    spec_place,
    spec_stance,
    spec_state,
    spec_topic,
    with_extra,
)
from tracker.labels import STANCE_LABELS, STATE_NAMES

# Bump when the feed documents change shape, so caches holding the old shape are refreshed.
FEED_VERSION = "1"


def _is_id(text: str) -> bool:
    """A plausible row id: digits that fit a 64-bit integer column."""
    return text.isascii() and text.isdigit() and len(text) <= 18


class FeedNotFound(LookupError):
    """No such feed (unknown path, state, place, topic, stance or measure)."""


@dataclass(frozen=True)
class Validators:
    etag: str  # quoted strong ETag
    last_modified: datetime  # aware UTC, whole seconds


def _single(session: Session, group: str | None, name: str) -> FeedSpec:
    from tracker.classify import TOPICS

    if group is None:
        singles = {
            "all": spec_all,
            "enacted": spec_enacted,
            "hearings": spec_hearings,
        }
        if name in singles:
            return singles[name]()
        raise FeedNotFound(f"no feed named {name!r}")
    if group == "state":
        if name.upper() not in STATE_NAMES:
            raise FeedNotFound(f"unknown state {name!r}")
        return spec_state(name)
    if group == "place":
        jurisdiction = q.jurisdiction_by_slug(session, name) if SLUG.fullmatch(name) else None
        if jurisdiction is None:
            raise FeedNotFound(f"unknown place {name!r}")
        return spec_place(jurisdiction)
    if group == "topic":
        if name not in TOPICS:
            raise FeedNotFound(f"unknown topic {name!r}; topics: {', '.join(TOPICS)}")
        return spec_topic(name)
    if group == "stance":
        if name not in STANCE_LABELS:
            raise FeedNotFound(f"unknown stance {name!r}; stances: {', '.join(STANCE_LABELS)}")
        return spec_stance(name)
    if group == "measure":
        found = q.measure_heading(session, int(name)) if _is_id(name) else None
        if found is None:
            raise FeedNotFound(f"unknown measure {name!r}")
        return spec_measure(*found)
    raise FeedNotFound(f"no feeds under /feeds/{group}/")


def resolve(
    session: Session, path: str, query: Iterable[tuple[str, str]]
) -> tuple[FeedSpec, str, int]:
    """(spec, format, limit) for a path under /feeds/ such as "state/TX.atom" and its query.

    Raises FeedNotFound (404) for a feed that does not exist, FeedParamError (400) for a query
    the feeds do not understand.
    """
    stem, dot, fmt = path.rpartition(".")
    if not dot or fmt not in FORMATS:
        raise FeedNotFound("feeds end in .rss or .atom")
    group, slash, name = stem.rpartition("/")
    if "/" in group:
        raise FeedNotFound(f"no feed at /feeds/{path}")
    parsed = parse_query(query)
    unknown = sorted(
        set(parsed.filter.jurisdictions)
        - set(q.jurisdiction_ids(session, parsed.filter.jurisdictions))
    )
    if unknown:
        raise FeedParamError(f"unknown place {', '.join(map(repr, unknown))}")
    if (
        parsed.filter.measure_id is not None
        and q.measure_heading(session, parsed.filter.measure_id) is None
    ):
        raise FeedParamError(f"unknown measure {parsed.filter.measure_id}")
    if not slash and name == "events":
        return spec_events(parsed.filter, parsed.query), fmt, parsed.limit
    spec = _single(session, group if slash else None, name)
    check_no_overlap(spec.filter, parsed.filter)
    return with_extra(spec, parsed.filter, parsed.query), fmt, parsed.limit


def validators(spec: FeedSpec, fmt: str, limit: int, public_url: str, marker: FeedMarker):
    """ETag and Last-Modified for SPEC whose newest shown event is MARKER."""
    key = json.dumps(
        [
            FEED_VERSION,
            fmt,
            limit,
            public_url,
            spec.stem,
            list(spec.query),
            asdict(spec.filter),
            marker.newest_id,
            marker.extra,
        ],
        sort_keys=True,
        default=str,
    )
    etag = '"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'
    seen = marker.newest_seen or EMPTY_UPDATED
    seen = seen.replace(tzinfo=UTC) if seen.tzinfo is None else seen.astimezone(UTC)
    return Validators(etag, seen.replace(microsecond=0))


def feed_rows(session: Session, spec: FeedSpec, limit: int, now: datetime) -> list[FeedRow]:
    """The items of SPEC: newest events first, or hearings ahead soonest first."""
    if spec.filter.hearings_ahead:
        return hearing_rows(session, spec.filter, limit, now)
    return q.latest_events(session, spec.filter, limit)


def feed_marker(
    session: Session, spec: FeedSpec, limit: int, now: datetime
) -> tuple[FeedMarker, list[FeedRow] | None]:
    """The marker, and the rows when finding the marker needed them anyway (hearings ahead)."""
    if spec.filter.hearings_ahead:
        rows = hearing_rows(session, spec.filter, limit, now)
        return q.marker_of(rows, ordered=True), rows
    return q.newest_event_marker(session, spec.filter), None


def render(
    session: Session,
    spec: FeedSpec,
    fmt: str,
    limit: int,
    public_url: str,
    now: datetime,
    rows: list[FeedRow] | None = None,
) -> tuple[bytes, Validators]:
    """The feed document and the validators of exactly what it contains."""
    if rows is None:
        rows = feed_rows(session, spec, limit, now)
    marker = q.marker_of(rows, ordered=spec.filter.hearings_ahead)
    body = build_feed(rows, spec.meta(fmt, public_url, limit), fmt, public_url)
    return body, validators(spec, fmt, limit, public_url, marker)
