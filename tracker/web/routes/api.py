"""The JSON API: measures, events and places, described by Pydantic models in /openapi.json."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from pydantic import BaseModel, Field
from sqlalchemy.engine import Engine

from storage import web as db
from tracker.config import Config
from tracker.domain import Level, Stance
from tracker.web import present
from tracker.web.deps import get_config, get_engine
from tracker.web.export import public_row
from tracker.web.params import MAX_QUERY, Kind, Sort, Status, Topic, clean_query

router = APIRouter(prefix="/api", tags=["api"])
MAX_ID = 2**62
MAX_PLACES = 1000  # a page of places; more than the country's tracked councils so far

StateCode = Annotated[
    str | None, Query(pattern=r"^[A-Za-z]{2}$", description="Two-letter state code, e.g. CA")
]
PlaceSlug = Annotated[
    str | None,
    Query(pattern=r"^[a-z0-9-]{1,120}$", description="Jurisdiction slug, e.g. chicago-il"),
]


class Measure(BaseModel):
    id: int
    uid: str = Field(description="Stable public id: jurisdiction slug / session / identifier")
    jurisdiction: str
    jurisdiction_slug: str
    state: str
    level: str
    session: str
    identifier: str
    title: str
    summary: str | None
    measure_type: str | None
    status: str | None = Field(description="Step on the status ladder, or vetoed / failed")
    status_date: date | None
    introduced_date: date | None
    latest_action_date: date | None
    relevant: bool
    topics: list[str]
    stance: str | None
    provisions: list[str]
    url: str | None = Field(description="The official page")
    text_url: str | None
    page_url: str


class MeasureList(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[Measure]


class MemberVoteOut(BaseModel):
    name: str
    vote: str = Field(description="yes, no, abstain, absent, excused, not voting or other")


class VoteOut(BaseModel):
    motion: str | None
    result: str | None = Field(description="pass or fail")
    yes: int
    no: int
    other: int = Field(description="Abstained, absent, excused or not voting")
    members: list[MemberVoteOut] = Field(description="Each member's vote, where published")


class ActionOut(BaseModel):
    date: date
    actor: str | None
    description: str
    text: str | None
    ladder_step: str | None
    vote: VoteOut | None = Field(default=None, description="The roll call, where published")


class HearingOut(BaseModel):
    starts_at: datetime
    body: str | None
    location: str | None
    status: str


class MeasureDetail(Measure):
    why: list[str] = Field(description="Evidence the classifier found")
    actions: list[ActionOut]
    hearings: list[HearingOut]
    feed_url: str


class EventOut(BaseModel):
    id: int = Field(description="Increasing: use as a high-water mark")
    uid: str = Field(description="Stable UUID of this change")
    kind: str
    measure_id: int
    identifier: str
    title: str
    jurisdiction: str
    jurisdiction_slug: str
    state: str
    level: str
    status_from: str | None
    status_to: str | None
    occurred_on: date | None
    seen_at: datetime
    summary: str
    measure_url: str


class EventList(BaseModel):
    items: list[EventOut]
    next_before: int | None = Field(description="Pass as `before` for the next (older) page")


class Place(BaseModel):
    name: str
    slug: str
    state: str
    level: str
    latitude: float | None
    longitude: float | None
    tracked: int
    enacted_protective: int
    enacted_restrictive: int
    page_url: str


@router.get("/measures", response_model=MeasureList)
def list_measures(
    config: Annotated[Config, Depends(get_config)],
    engine: Annotated[Engine, Depends(get_engine)],
    q: Annotated[
        str | None, Query(max_length=MAX_QUERY, description="Words in title, summary or number")
    ] = None,
    state: StateCode = None,
    place: PlaceSlug = None,
    level: Level | None = None,
    topic: Topic | None = None,
    stance: Stance | None = None,
    status: Status | None = None,
    year: Annotated[int | None, Query(ge=1900, le=2100)] = None,
    relevant: Annotated[bool | None, Query(description="Default: tracked measures only")] = True,
    sort: Sort = "latest",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> MeasureList:
    """Measures matching the filters (the same as the /measures page), newest action first."""
    query = db.MeasureQuery(
        q=clean_query(q),
        state=state.upper() if state else None,
        place=place,
        level=level,
        topic=topic,
        stance=stance,
        status=status,
        year=year,
        relevant=relevant,
        sort=sort,
    )
    rows, total = db.search_measures(engine, query, limit, offset)
    return MeasureList(
        total=total,
        limit=limit,
        offset=offset,
        items=[Measure(**public_row(r, config.public_url)) for r in rows],
    )


@router.get(
    "/measures/{measure_id}",
    response_model=MeasureDetail,
    responses={404: {"description": "No such measure"}},
)
def get_measure(
    measure_id: Annotated[int, Path(ge=1, le=MAX_ID)],
    config: Annotated[Config, Depends(get_config)],
    engine: Annotated[Engine, Depends(get_engine)],
) -> MeasureDetail:
    """One measure with its full action history, hearings and classification evidence."""
    from tracker.web.links import measure_feed_url
    from tracker.web.templating import json_list

    row = db.get_measure(engine, measure_id)
    if row is None:
        raise HTTPException(404, "No measure with that id.")
    return MeasureDetail(
        **public_row(row, config.public_url),
        why=[str(w) for w in json_list(row["why"])],
        actions=[ActionOut(**{**a, "vote": present.roll_call(a)}) for a in row["actions"]],
        hearings=[HearingOut(**h) for h in row["hearings"]],
        feed_url=config.public_url + measure_feed_url(measure_id),
    )


@router.get("/events", response_model=EventList)
def list_events(
    config: Annotated[Config, Depends(get_config)],
    engine: Annotated[Engine, Depends(get_engine)],
    state: StateCode = None,
    place: PlaceSlug = None,
    level: Level | None = None,
    topic: Topic | None = None,
    stance: Stance | None = None,
    kind: Kind | None = None,
    measure_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    before: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Events older than this id")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> EventList:
    """Change events, newest first (the same filters as the feeds)."""
    query = db.EventQuery(
        state=state.upper() if state else None,
        place=place,
        level=level,
        topic=topic,
        stance=stance,
        kind=kind,
        measure_id=measure_id,
        before=before,
    )
    rows = db.latest_events(engine, query, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    items = [
        EventOut(
            **{k: r[k] for k in EventOut.model_fields if k in r},
            measure_url=f"{config.public_url}/measures/{r['measure_id']}",
        )
        for r in rows
    ]
    return EventList(items=items, next_before=rows[-1]["id"] if more and rows else None)


@router.get("/places", response_model=list[Place])
def list_places(
    config: Annotated[Config, Depends(get_config)],
    engine: Annotated[Engine, Depends(get_engine)],
    limit: Annotated[int, Query(ge=1, le=MAX_PLACES)] = MAX_PLACES,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> list[Place]:
    """The jurisdictions we follow (by state, then name), with their tracked and enacted
    measure counts; at most `limit` of them, after skipping `offset`."""
    return [
        Place(
            name=p["name"],
            slug=p["slug"],
            state=p["state"],
            level=p["level"],
            latitude=p["latitude"],
            longitude=p["longitude"],
            tracked=p["tracked"],
            enacted_protective=p["protective"],
            enacted_restrictive=p["restrictive"],
            page_url=f"{config.public_url}/places/{p['slug']}",
        )
        for p in db.list_places(engine, limit, offset)
    ]
