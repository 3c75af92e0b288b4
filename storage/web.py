"""Read-only queries behind the web pages, the JSON API and the exports.

Search is LIKE over lower(title), lower(summary) and lower(identifier), each word of the query
required somewhere: portable across SQLite and PostgreSQL with no extra index or migration, and
fast enough for the tens of thousands of measures this tracker holds (a full-text index can come
in a later revision if that ever changes). Rows come back as plain dicts, ready for templates,
JSON and CSV alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.feeds import FeedFilter, latest_events_statement
from storage.models import Action, CrawlRun, Hearing, Jurisdiction, Measure, Source

SORTS = ("latest", "introduced", "title")


@dataclass(frozen=True)
class MeasureQuery:
    """Filters of the measures list; None means "any". Values are already validated."""

    q: str | None = None
    state: str | None = None
    place: str | None = None  # jurisdiction slug
    level: str | None = None
    topic: str | None = None
    stance: str | None = None
    status: str | None = None
    year: int | None = None
    relevant: bool | None = True
    sort: str = "latest"


@dataclass(frozen=True)
class EventQuery:
    """Filters of the latest-changes list and the events API (the same as the feeds')."""

    state: str | None = None
    place: str | None = None
    level: str | None = None
    topic: str | None = None
    stance: str | None = None
    kind: str | None = None
    measure_id: int | None = None
    before: int | None = None  # Event.id: keyset pagination, newest first


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split(",") if v]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column, needle: str):  # noqa: ANN001, ANN202 - SQL expression
    return func.lower(func.coalesce(column, "")).like(f"%{_like_escape(needle.lower())}%", "\\")


def _tagged(column, tag: str):  # noqa: ANN001, ANN202 - SQL expression
    return column.like(f"%,{_like_escape(tag)},%", "\\")


_MEASURE_COLUMNS = (
    Measure.id,
    Measure.uid,
    Measure.session,
    Measure.identifier,
    Measure.title,
    Measure.summary,
    Measure.measure_type,
    Measure.status,
    Measure.status_date,
    Measure.introduced_date,
    Measure.latest_action_date,
    Measure.relevant,
    Measure.category,
    Measure.topics,
    Measure.stance,
    Measure.confidence,
    Measure.provisions,
    Measure.url,
    Measure.text_url,
    Measure.first_seen_at,
    Measure.updated_at,
    Jurisdiction.name.label("jurisdiction"),
    Jurisdiction.slug.label("jurisdiction_slug"),
    Jurisdiction.state,
    Jurisdiction.level,
)


def _measure_row(row) -> dict:  # noqa: ANN001 - SQLAlchemy Row
    data = dict(row._mapping)
    data["topics"] = _split(data["topics"])
    data["provisions"] = _split(data["provisions"])
    return data


def _measure_filters(query: MeasureQuery) -> list:
    where = []
    if query.relevant is not None:
        where.append(Measure.relevant == query.relevant)
    if query.q:
        for word in query.q.split()[:10]:
            where.append(
                or_(
                    _contains(Measure.title, word),
                    _contains(Measure.summary, word),
                    _contains(Measure.identifier, word),
                )
            )
    if query.state:
        where.append(Jurisdiction.state == query.state)
    if query.place:
        where.append(Jurisdiction.slug == query.place)
    if query.level:
        where.append(Jurisdiction.level == query.level)
    if query.topic:
        where.append(_tagged(Measure.topics, query.topic))
    if query.stance:
        where.append(Measure.stance == query.stance)
    if query.status:
        where.append(Measure.status == query.status)
    if query.year:
        day = func.coalesce(Measure.introduced_date, Measure.latest_action_date)
        where.append(and_(day >= date(query.year, 1, 1), day <= date(query.year, 12, 31)))
    return where


def _measure_order(sort: str) -> list:
    if sort == "introduced":
        return [Measure.introduced_date.desc().nulls_last(), Measure.id.desc()]
    if sort == "title":
        return [func.lower(Measure.title), Measure.id]
    return [Measure.latest_action_date.desc().nulls_last(), Measure.id.desc()]


def _measures_select(query: MeasureQuery):  # noqa: ANN202 - Select
    return (
        select(*_MEASURE_COLUMNS)
        .join(Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id)
        .where(*_measure_filters(query))
    )


def search_measures(
    engine: Engine, query: MeasureQuery, limit: int, offset: int = 0
) -> tuple[list[dict], int]:
    """One page of matching measures and how many match in all."""
    with Session(engine) as session:
        total = session.execute(
            select(func.count())
            .select_from(Measure)
            .join(Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id)
            .where(*_measure_filters(query))
        ).scalar_one()
        rows = session.execute(
            _measures_select(query)
            .order_by(*_measure_order(query.sort))
            .limit(limit)
            .offset(offset)
        )
        return [_measure_row(r) for r in rows], total


def iter_measures(engine: Engine, query: MeasureQuery, batch: int = 1000) -> Iterator[dict]:
    """Every matching measure in order, fetched in batches (exports of any size)."""
    offset = 0
    while True:
        rows, _ = search_measures(engine, query, batch, offset)
        yield from rows
        if len(rows) < batch:
            return
        offset += batch


def get_measure(engine: Engine, measure_id: int) -> dict | None:
    """A measure with its jurisdiction, actions (history order) and hearings (by start)."""
    with Session(engine) as session:
        row = session.execute(
            select(*_MEASURE_COLUMNS, Measure.why, Measure.raw_status)
            .join(Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id)
            .where(Measure.id == measure_id)
        ).first()
        if row is None:
            return None
        measure = _measure_row(row)
        measure["actions"] = [
            dict(a._mapping)
            for a in session.execute(
                select(
                    Action.id,
                    Action.date,
                    Action.occurred_at,
                    Action.actor,
                    Action.description,
                    Action.text,
                    Action.ladder_step,
                    Action.vote,
                )
                .where(Action.measure_id == measure_id)
                .order_by(Action.position, Action.id)
            )
        ]
        measure["hearings"] = [
            dict(h._mapping)
            for h in session.execute(
                select(
                    Hearing.id, Hearing.starts_at, Hearing.body, Hearing.location, Hearing.status
                )
                .where(Hearing.measure_id == measure_id)
                .order_by(Hearing.starts_at)
            )
        ]
        return measure


def latest_events(engine: Engine, query: EventQuery, limit: int) -> list[dict]:
    """The newest events matching QUERY (by Event.id, newest first), with their measure: the
    feeds' own query (storage/feeds.py), so a page and its feed always list the same events."""

    def one(value: str | None) -> tuple[str, ...]:
        return (value,) if value else ()

    feed_filter = FeedFilter(
        states=one(query.state),
        jurisdictions=one(query.place),
        levels=one(query.level),
        topics=one(query.topic),
        stances=one(query.stance),
        kinds=one(query.kind),
        measure_id=query.measure_id,
        before_id=query.before,
    )
    with Session(engine) as session:
        stmt = latest_events_statement(session, feed_filter, limit)
        rows = []
        for event, measure, jur in session.exec(stmt) if stmt is not None else []:
            rows.append(
                {
                    "id": event.id,
                    "uid": event.uid,
                    "kind": event.kind,
                    "measure_id": event.measure_id,
                    "status_from": event.status_from,
                    "status_to": event.status_to,
                    "occurred_on": event.occurred_on,
                    "seen_at": event.seen_at,
                    "summary": event.summary,
                    "state": event.state,
                    "level": event.level,
                    "identifier": measure.identifier,
                    "title": measure.title,
                    "status": measure.status,
                    "stance": measure.stance,
                    "topics": _split(measure.topics),
                    "jurisdiction": jur.name,
                    "jurisdiction_slug": jur.slug,
                }
            )
        return rows


def _enacted_counts():  # noqa: ANN202 - the two aggregate columns, by stance
    enacted = and_(Measure.relevant.is_(True), Measure.status == "enacted")
    return (
        func.sum(case((and_(enacted, Measure.stance == "protective"), 1), else_=0)).label(
            "protective"
        ),
        func.sum(case((and_(enacted, Measure.stance == "restrictive"), 1), else_=0)).label(
            "restrictive"
        ),
        func.sum(case((Measure.relevant.is_(True), 1), else_=0)).label("tracked"),
    )


def list_places(engine: Engine, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Jurisdictions (all, or a LIMIT-long page) with their tracked and enacted
    (protective/restrictive) measure counts."""
    stmt = (
        select(
            Jurisdiction.id,
            Jurisdiction.name,
            Jurisdiction.slug,
            Jurisdiction.state,
            Jurisdiction.level,
            Jurisdiction.latitude,
            Jurisdiction.longitude,
            *_enacted_counts(),
        )
        .outerjoin(Measure, Measure.jurisdiction_id == Jurisdiction.id)
        .group_by(Jurisdiction.id)
        .order_by(Jurisdiction.state, Jurisdiction.name, Jurisdiction.id)
        .offset(offset)
        .limit(limit)
    )
    with Session(engine) as session:
        return [
            {**dict(r._mapping)}
            | {k: int(r._mapping[k] or 0) for k in ("protective", "restrictive", "tracked")}
            for r in session.execute(stmt)
        ]


def get_place(engine: Engine, slug: str) -> dict | None:
    with Session(engine) as session:
        row = session.execute(
            select(
                Jurisdiction.id,
                Jurisdiction.name,
                Jurisdiction.slug,
                Jurisdiction.state,
                Jurisdiction.level,
                Jurisdiction.latitude,
                Jurisdiction.longitude,
            ).where(Jurisdiction.slug == slug)
        ).first()
        return dict(row._mapping) if row else None


def state_counts(engine: Engine) -> dict[str, dict[str, int]]:
    """Per state (all levels inside it): enacted protective/restrictive and tracked counts."""
    stmt = (
        select(Jurisdiction.state, *_enacted_counts())
        .join(Measure, Measure.jurisdiction_id == Jurisdiction.id)
        .group_by(Jurisdiction.state)
    )
    with Session(engine) as session:
        return {
            r.state: {
                "protective": int(r.protective or 0),
                "restrictive": int(r.restrictive or 0),
                "tracked": int(r.tracked or 0),
            }
            for r in session.execute(stmt)
        }


def facets(engine: Engine) -> dict:
    """What the filter forms offer: states and places that exist, and the span of years."""
    with Session(engine) as session:
        states = [s for (s,) in session.execute(select(Jurisdiction.state).distinct()) if s]
        places = [
            dict(r._mapping)
            for r in session.execute(
                select(Jurisdiction.slug, Jurisdiction.name, Jurisdiction.state).order_by(
                    Jurisdiction.name
                )
            )
        ]
        day = func.coalesce(Measure.introduced_date, Measure.latest_action_date)
        low, high = session.execute(select(func.min(day), func.max(day))).one()
    years = list(range(_year(high), _year(low) - 1, -1)) if low and high else []
    return {"states": sorted(states), "places": places, "years": years}


def _year(value: date | str) -> int:
    return value.year if isinstance(value, date) else int(str(value)[:4])


def source_health(engine: Engine) -> list[dict]:
    """Each source with its last success, last error, its latest crawl run's counts and its open
    health incidents (tracker/health.py)."""
    latest_run = (
        select(CrawlRun.source_id, func.max(CrawlRun.id).label("run_id"))
        .group_by(CrawlRun.source_id)
        .subquery()
    )
    stmt = (
        select(
            Source.id.label("source_id"),
            Source.name,
            Source.spider,
            Source.last_success_at,
            Source.last_error_at,
            Source.last_error,
            Jurisdiction.name.label("jurisdiction"),
            Jurisdiction.slug.label("jurisdiction_slug"),
            CrawlRun.started_at,
            CrawlRun.finished_at,
            CrawlRun.outcome,
            CrawlRun.items_seen,
            CrawlRun.relevant,
            CrawlRun.new,
            CrawlRun.changed,
            CrawlRun.events,
            CrawlRun.errors,
            CrawlRun.message,
        )
        .join(Jurisdiction, Jurisdiction.id == Source.jurisdiction_id)
        .outerjoin(latest_run, latest_run.c.source_id == Source.id)
        .outerjoin(CrawlRun, CrawlRun.id == latest_run.c.run_id)
        .order_by(Source.name)
    )
    from storage.ops import open_incidents

    with Session(engine) as session:
        rows = [dict(r._mapping) for r in session.execute(stmt)]
        flags: dict[int, list] = {}
        for incident in open_incidents(session):
            flags.setdefault(incident.source_id, []).append(incident)
    for row in rows:
        row["incidents"] = flags.get(row.pop("source_id"), [])
    return rows
