"""The feed URLs of the web app: /feeds/... in RSS and Atom, and /feeds/opml.

Feed readers poll; most polls find nothing new. So every response carries an ETag and a
Last-Modified, and a conditional request whose validators still match gets 304 from one index
lookup, before any feed is built.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_tz
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse, Response
from sqlalchemy.engine import Engine

from storage.db import session_scope
from tracker.config import Config
from tracker.feeds.build import MEDIA_TYPES
from tracker.feeds.params import FeedParamError
from tracker.feeds.service import (
    FeedNotFound,
    Validators,
    feed_marker,
    render,
    resolve,
    validators,
)
from tracker.web.deps import get_config, get_engine

router = APIRouter(prefix="/feeds", tags=["feeds"])
EngineDep = Annotated[Engine, Depends(get_engine)]
ConfigDep = Annotated[Config, Depends(get_config)]

CACHE_CONTROL = "public, max-age=300"
OPML_TYPE = "text/x-opml; charset=utf-8"

# What the OpenAPI document says the feeds answer (they are XML, not JSON).
_TEXT = {"text/plain": {"schema": {"type": "string"}}}
_XML = {"schema": {"type": "string"}}
FEED_RESPONSES: dict[int | str, dict] = {
    200: {
        "description": "The feed (RSS 2.0 or Atom 1.0, by the name's extension)",
        "content": {"application/rss+xml": _XML, "application/atom+xml": _XML},
    },
    304: {"description": "Not modified since the client's copy (ETag / Last-Modified)"},
    400: {"description": "A filter or header the feed cannot use", "content": _TEXT},
    404: {"description": "No such feed", "content": _TEXT},
}
OPML_RESPONSES: dict[int | str, dict] = {
    200: {"description": "OPML 2.0 list of the standard feeds", "content": {"text/x-opml": _XML}},
    304: {"description": "Not modified (ETag)"},
    400: {"description": "Unknown format", "content": _TEXT},
}


class BadConditional(ValueError):
    """A conditional header that is a date in form but none a server can compare with."""


def if_modified_since(request: Request) -> datetime | None:
    """The If-Modified-Since date; None when absent or not an HTTP date at all (RFC 9110 says to
    ignore those); BadConditional for a date out of every calendar's range (year 99999, offsets
    of days), which would otherwise overflow the comparison."""
    raw = request.headers.get("if-modified-since")
    parsed = parsedate_tz(raw) if raw else None
    if parsed is None:
        return None
    try:
        since = datetime(*parsed[:6], tzinfo=UTC) - timedelta(seconds=parsed[9] or 0)
        if not -86400 < (parsed[9] or 0) < 86400:
            raise ValueError("offset")
    except (ValueError, OverflowError) as exc:
        raise BadConditional(
            "If-Modified-Since is not a usable date (years 1 to 9999, offsets under a day)"
        ) from exc
    return since


def _etag_matches(header: str, etag: str) -> bool:
    # Weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; "*" matches any current feed.
    tags = [t.strip() for t in header.split(",")]
    return any(t == "*" or t.removeprefix("W/") == etag for t in tags)


def not_modified(request: Request, v: Validators) -> bool:
    """True when the client's copy is current (If-None-Match wins over If-Modified-Since)."""
    inm = request.headers.get("if-none-match")
    if inm is not None:
        return _etag_matches(inm, v.etag)
    since = if_modified_since(request)
    return since is not None and v.last_modified <= since


def _brief(exc: Exception, limit: int = 500) -> str:
    """An error message that quotes the request, cut short: never echo kilobytes back."""
    text = str(exc)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _headers(v: Validators) -> dict[str, str]:
    return {
        "ETag": v.etag,
        "Last-Modified": format_datetime(v.last_modified, usegmt=True),
        "Cache-Control": CACHE_CONTROL,
    }


def _serve(request: Request, path: str, engine: Engine, config: Config) -> Response:
    now = datetime.now(UTC)
    try:
        if_modified_since(request)  # refuse an unusable date before any work
    except BadConditional as exc:
        return PlainTextResponse(f"Bad request: {exc}\n", status_code=400)
    try:
        with session_scope(engine) as session:
            spec, fmt, limit = resolve(session, path, request.query_params.multi_items())
            marker, rows = feed_marker(session, spec, limit, now)
            if rows is None:
                early = validators(spec, fmt, limit, config.public_url, marker)
                if not_modified(request, early):
                    return Response(status_code=304, headers=_headers(early))
            body, v = render(session, spec, fmt, limit, config.public_url, now, rows)
    except FeedNotFound as exc:
        return PlainTextResponse(f"Not found: {_brief(exc)}\n", status_code=404)
    except FeedParamError as exc:
        return PlainTextResponse(f"Bad request: {_brief(exc)}\n", status_code=400)
    if not_modified(request, v):
        return Response(status_code=304, headers=_headers(v))
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=_headers(v))


# HEAD answers like GET; only GET is described in the OpenAPI document (one operation id each).
@router.api_route("/opml", methods=["GET", "HEAD"], include_in_schema=False)
@router.head("/feeds.opml", include_in_schema=False)
@router.get(
    "/feeds.opml",
    summary="OPML list of standard feeds",
    response_class=Response,
    responses=OPML_RESPONSES,
)
def opml(
    request: Request,
    engine: EngineDep,
    config: ConfigDep,
    format: str = "atom",  # noqa: A002 - the query parameter's public name
) -> Response:
    """Every standard feed in one OPML 2.0 file (Atom links; `?format=rss` for RSS links)."""
    from tracker.feeds.opml import build_opml
    from tracker.feeds.standard import standard_specs

    if format not in MEDIA_TYPES:
        return PlainTextResponse("Bad request: format is rss or atom\n", status_code=400)
    with session_scope(engine) as session:
        body = build_opml(standard_specs(session), config.public_url, format)
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    inm = request.headers.get("if-none-match")
    if inm is not None and _etag_matches(inm, etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=OPML_TYPE, headers=headers)


@router.head("/{name}", include_in_schema=False)
@router.get(
    "/{name}",
    summary="A feed: all, enacted, hearings, events",
    response_class=Response,
    responses=FEED_RESPONSES,
)
def feed(
    name: str,
    request: Request,
    engine: EngineDep,
    config: ConfigDep,
) -> Response:
    """`/feeds/all.atom`, `/feeds/enacted.rss`, `/feeds/hearings.atom`, `/feeds/events.atom?...`."""
    return _serve(request, name, engine, config)


@router.head("/{group}/{name}", include_in_schema=False)
@router.get(
    "/{group}/{name}",
    summary="A feed per state, place, topic, stance",
    response_class=Response,
    responses=FEED_RESPONSES,
)
def grouped_feed(
    group: str,
    name: str,
    request: Request,
    engine: EngineDep,
    config: ConfigDep,
) -> Response:
    """`/feeds/state/TX.atom`, `/feeds/place/{slug}.rss`, `/feeds/topic/287g.atom`, ..."""
    return _serve(request, f"{group}/{name}", engine, config)
