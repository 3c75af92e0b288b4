"""The server-rendered pages: latest changes, measures, a measure, places, map, compare, status."""

from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse

from storage import web as db
from tracker.budget import budgeted, describe
from tracker.classify import PROVISIONS
from tracker.labels import STATE_NAMES
from tracker.status.ladder import OUTCOMES
from tracker.web import export, present, usmap
from tracker.web.deps import ConfigDep, EngineDep
from tracker.web.links import feed_url, measure_feed_url
from tracker.web.params import (
    PAGE_SIZE,
    event_query,
    measure_query,
    output_format,
    page_number,
)
from tracker.web.templating import templates

router = APIRouter(include_in_schema=False)
EVENTS_PER_PAGE = 50
COMPARE_LIMIT = 200


def _params(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items() if v}


@router.get("/", response_class=HTMLResponse)
def latest(request: Request, engine: EngineDep) -> Response:
    params = _params(request)
    query = event_query(params)
    events = db.latest_events(engine, query, EVENTS_PER_PAGE + 1)
    more = len(events) > EVENTS_PER_PAGE
    events = events[:EVENTS_PER_PAGE]
    filters = {k: v for k, v in params.items() if k != "before"}
    return templates.TemplateResponse(
        request,
        "latest.html",
        {
            "events": events,
            "filters": filters,
            "older": events[-1]["id"] if more and events else None,
            "feed_atom": feed_url(filters, "atom"),
            "feed_rss": feed_url(filters, "rss"),
            "facets": db.facets(engine),
        },
    )


@router.get("/measures", response_class=HTMLResponse)
def measures(
    request: Request,
    engine: EngineDep,
    config: ConfigDep,
) -> Response:
    params = _params(request)
    query = measure_query(params)
    fmt = output_format(params)
    if fmt != "html":
        rows = (export.public_row(r, config.public_url) for r in db.iter_measures(engine, query))
        name = "measures." + fmt
        if fmt == "csv":
            body, media = export.csv_lines(rows), "text/csv; charset=utf-8"
        else:
            body, media = export.json_chunks(rows), "application/json"
        return StreamingResponse(
            body,
            media_type=media,
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    page = page_number(params)
    rows, total = db.search_measures(engine, query, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    pages = max(1, -(-total // PAGE_SIZE))
    filters = {k: v for k, v in params.items() if k not in ("page", "format")}
    return templates.TemplateResponse(
        request,
        "measures.html",
        {
            "measures": rows,
            "total": total,
            "page": page,
            "pages": pages,
            "filters": filters,
            "facets": db.facets(engine),
        },
    )


@router.get("/measures/{measure_id}", response_class=HTMLResponse)
def measure(measure_id: int, request: Request, engine: EngineDep) -> Response:
    row = db.get_measure(engine, measure_id) if 0 < measure_id < 2**62 else None
    if row is None:
        raise HTTPException(404, "No measure with that number.")
    steps, outcome = present.ladder_steps(row["status"], row["actions"])
    ahead, past = present.split_hearings(row["hearings"])
    return templates.TemplateResponse(
        request,
        "measure.html",
        {
            "m": row,
            "steps": steps,
            "outcome": outcome,
            "votes": present.votes(row["actions"]),
            "hearings_ahead": ahead,
            "hearings_past": past,
            "events": db.latest_events(engine, db.EventQuery(measure_id=measure_id), 20),
            "feed_atom": measure_feed_url(measure_id, "atom"),
            "feed_rss": measure_feed_url(measure_id, "rss"),
        },
    )


@router.get("/places", response_class=HTMLResponse)
def places(request: Request, engine: EngineDep) -> Response:
    rows = db.list_places(engine)
    return templates.TemplateResponse(
        request, "places.html", {"places": rows, "names": STATE_NAMES}
    )


@router.get("/places/{slug}", response_class=HTMLResponse)
def place(slug: str, request: Request, engine: EngineDep) -> Response:
    row = db.get_place(engine, slug) if len(slug) <= 120 else None
    if row is None:
        raise HTTPException(404, "No place with that name.")
    query = db.MeasureQuery(place=slug)
    rows, total = db.search_measures(engine, query, PAGE_SIZE)
    enacted, _ = db.search_measures(engine, db.MeasureQuery(place=slug, status="enacted"), 100)
    events = db.latest_events(engine, db.EventQuery(place=slug), 10)
    return templates.TemplateResponse(
        request,
        "place.html",
        {
            "place": row,
            "state_name": STATE_NAMES.get(row["state"], row["state"]),
            "measures": rows,
            "total": total,
            "enacted": enacted,
            "events": events,
            "feed_atom": feed_url({"place": slug}, "atom"),
        },
    )


@router.get("/map", response_class=HTMLResponse)
def us_map(request: Request, engine: EngineDep) -> Response:
    tiles = usmap.build_tiles(db.state_counts(engine), db.list_places(engine))
    return templates.TemplateResponse(
        request,
        "map.html",
        {"tiles": tiles, "view_box": usmap.view_box()},
    )


@router.get("/compare", response_class=HTMLResponse)
def compare(request: Request, engine: EngineDep) -> Response:
    params = _params(request)
    include_pending = params.get("pending") == "1"
    base = measure_query({k: v for k, v in params.items() if k in ("state", "topic", "stance")})
    # Enacted law by default; with pending=1 also what is still moving (not vetoed or failed).
    query = replace(base, status=None if include_pending else "enacted")
    rows, total = db.search_measures(engine, query, COMPARE_LIMIT)
    if include_pending:
        rows = [r for r in rows if r["status"] not in OUTCOMES]
    found = {p for r in rows for p in r["provisions"]}
    columns = [p for p in PROVISIONS if p in found]
    return templates.TemplateResponse(
        request,
        "compare.html",
        {
            "measures": rows,
            "total": total,
            "limit": COMPARE_LIMIT,
            "columns": columns,
            "filters": params,
            "include_pending": include_pending,
            "facets": db.facets(engine),
        },
    )


@router.get("/status", response_class=HTMLResponse)
def status(request: Request, engine: EngineDep) -> Response:
    sources = db.source_health(engine)
    # Each keyed API's shared request budget (Open States, LegiScan), for the platforms crawled.
    budgets = sorted(
        {(s["spider"], describe(s["spider"], engine)) for s in sources if budgeted(s["spider"])}
    )
    return templates.TemplateResponse(
        request, "status.html", {"sources": sources, "budgets": budgets}
    )
