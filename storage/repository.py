"""Queries and writes the crawl pipeline needs. Callers own the transaction (session_scope)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from storage.models import (
    Action,
    CrawlRun,
    Event,
    Hearing,
    Jurisdiction,
    Measure,
    MeasureSource,
    Source,
    utcnow,
)


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def ensure_jurisdiction(
    session: Session,
    name: str,
    level: str,
    state: str,
    latitude: float | None = None,
    longitude: float | None = None,
) -> Jurisdiction:
    """The jurisdiction named NAME, created on first sight and kept in step with the registry."""
    row = session.exec(select(Jurisdiction).where(Jurisdiction.name == name)).first()
    if row is None:
        row = Jurisdiction(name=name, level=level, state=state, slug=slugify(name))
        session.add(row)
    row.level, row.state = level, state
    if latitude is not None and longitude is not None:
        row.latitude, row.longitude = latitude, longitude
    session.flush()
    return row


def ensure_source(session: Session, name: str, spider: str, jurisdiction_id: int) -> Source:
    row = session.exec(select(Source).where(Source.name == name)).first()
    if row is None:
        row = Source(name=name, spider=spider, jurisdiction_id=jurisdiction_id)
        session.add(row)
    row.spider, row.jurisdiction_id = spider, jurisdiction_id
    session.flush()
    return row


def jurisdiction_by_name(session: Session, name: str) -> Jurisdiction | None:
    return session.exec(select(Jurisdiction).where(Jurisdiction.name == name)).first()


def find_measure_by_platform_id(
    session: Session, jurisdiction_id: int, platform_id: str
) -> Measure | None:
    return session.exec(
        select(Measure)
        .where(Measure.jurisdiction_id == jurisdiction_id, Measure.platform_id == platform_id)
        .order_by(Measure.id.desc())  # type: ignore[union-attr]
    ).first()


def source_by_name(session: Session, name: str) -> Source | None:
    return session.exec(select(Source).where(Source.name == name)).first()


def find_measure(
    session: Session, jurisdiction_id: int, session_key: str, identifier: str
) -> Measure | None:
    return session.exec(
        select(Measure).where(
            Measure.jurisdiction_id == jurisdiction_id,
            Measure.session == session_key,
            Measure.identifier == identifier,
        )
    ).first()


_MEASURE = Measure.__table__  # type: ignore[attr-defined]
_MS = MeasureSource.__table__  # type: ignore[attr-defined]
_OTHERS = _MS.alias("others")
_OTHERS_BEST = (
    sa.select(sa.func.min(_OTHERS.c.precedence))
    .where(_OTHERS.c.measure_id == _MEASURE.c.id, _OTHERS.c.source_id != sa.bindparam("src"))
    .correlate(_MEASURE)
    .scalar_subquery()
)
_HASH_QUERY = (
    sa.select(_MEASURE.c.id, _MS.c.content_hash, _MEASURE.c.relevant, _OTHERS_BEST, _MS.c.id)
    .select_from(
        _MEASURE.outerjoin(
            _MS, sa.and_(_MS.c.measure_id == _MEASURE.c.id, _MS.c.source_id == sa.bindparam("src"))
        )
    )
    .where(
        _MEASURE.c.jurisdiction_id == sa.bindparam("j"),
        _MEASURE.c.session == sa.bindparam("s"),
        _MEASURE.c.identifier == sa.bindparam("i"),
    )
)


class Known(NamedTuple):
    """What the store needs to know of a measure before writing one source's view of it."""

    id: int
    content_hash: str | None  # this source's item as last stored
    relevant: bool
    others_best: int | None  # the best (lowest) precedence among the measure's other sources
    link_id: int | None  # this source's MeasureSource row


def measure_hash(
    conn: Connection,
    jurisdiction_id: int,
    session_key: str,
    identifier: str,
    source_id: int | None = None,
) -> Known | None:
    """Enough to tell that a re-crawl of one source changed nothing, and whether this source
    leads the measure. Core, not ORM: this runs for every measure of every crawl."""
    row = conn.execute(
        _HASH_QUERY,
        {"j": jurisdiction_id, "s": session_key, "i": identifier, "src": source_id or -1},
    ).first()
    return Known(row[0], row[1], bool(row[2]), row[3], row[4]) if row else None


_BATCH_QUERY = (
    sa.select(
        _MEASURE.c.session,
        _MEASURE.c.identifier,
        _MEASURE.c.id,
        _MS.c.content_hash,
        _MEASURE.c.relevant,
        _OTHERS_BEST,
        _MS.c.id,
    )
    .select_from(
        _MEASURE.outerjoin(
            _MS, sa.and_(_MS.c.measure_id == _MEASURE.c.id, _MS.c.source_id == sa.bindparam("src"))
        )
    )
    .where(
        _MEASURE.c.jurisdiction_id == sa.bindparam("j"),
        _MEASURE.c.identifier.in_(sa.bindparam("ids", expanding=True)),
    )
)


def measure_hashes(
    conn: Connection, jurisdiction_id: int, source_id: int, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], Known]:
    """measure_hash for many (session, identifier) keys of one jurisdiction in one query."""
    keys = set(keys)
    identifiers = sorted({identifier for _, identifier in keys})
    found: dict[tuple[str, str], Known] = {}
    for start in range(0, len(identifiers), 500):  # stay under every backend's parameter limit
        rows = conn.execute(
            _BATCH_QUERY,
            {"j": jurisdiction_id, "src": source_id, "ids": identifiers[start : start + 500]},
        )
        for row in rows:
            key = (row[0], row[1])
            if key in keys:
                found[key] = Known(row[2], row[3], bool(row[4]), row[5], row[6])
    return found


_INSERT_MEASURES = sa.insert(_MEASURE).returning(_MEASURE.c.id, sort_by_parameter_order=True)


def insert_measure_rows(conn: Connection, rows: list[dict]) -> list[int]:
    """Insert many measures in one statement; their ids in the order of ROWS."""
    if not rows:
        return []
    if conn.dialect.name == "postgresql":
        ids = dict(_unnest_insert(conn, _MEASURE, rows, returning=(_MEASURE.c.uid,)))
        return [ids[row["uid"]] for row in rows]
    return [row[0] for row in conn.execute(_INSERT_MEASURES, rows)]


def insert_source_links(conn: Connection, rows: list[dict]) -> None:
    if rows:
        _insert_many(conn, _MS, rows)


def insert_action_rows(conn: Connection, rows: list[dict]) -> None:
    """New measures' histories in one statement."""
    if rows:
        _insert_many(conn, Action.__table__, rows)  # type: ignore[attr-defined]


def _insert_many(conn: Connection, table: sa.Table, rows: list[dict]) -> None:
    if conn.dialect.name == "postgresql":
        _unnest_insert(conn, table, rows)
    else:
        conn.execute(sa.insert(table), rows)


def _unnest_insert(
    conn: Connection, table: sa.Table, rows: list[dict], returning: tuple = ()
) -> list[tuple[str, int]]:
    """PostgreSQL: INSERT ... SELECT FROM unnest(one array per column) [RETURNING key, id].

    A multi-row VALUES statement has one placeholder per cell, and the driver parses every one
    of them on every statement (half of a big first crawl's time on PostgreSQL); one array per
    column is one placeholder per column, whatever the number of rows."""
    columns = list(rows[0])
    arrays = [
        sa.cast(
            sa.bindparam(f"a_{name}", [row[name] for row in rows], type_=ARRAY(table.c[name].type)),
            ARRAY(table.c[name].type),
        )
        for name in columns
    ]
    source = sa.select(sa.func.unnest(*arrays).table_valued(*columns).render_derived())
    statement = sa.insert(table).from_select(columns, source)
    if returning:
        return [(r[0], r[1]) for r in conn.execute(statement.returning(*returning, table.c.id))]
    conn.execute(statement)
    return []


_INSERT_LINK = sa.insert(_MS)
_UPDATE_LINK = sa.update(_MS).where(_MS.c.id == sa.bindparam("link_id_"))


def write_source_link(conn: Connection, link_id: int | None, values: dict) -> None:
    """Insert or update one source's view of a measure (MeasureSource)."""
    if link_id is None:
        conn.execute(_INSERT_LINK, values)
    else:
        conn.execute(_UPDATE_LINK, {**values, "link_id_": link_id})


def measure_sources(session: Session, measure_id: int) -> list[tuple[MeasureSource, Source]]:
    """Every source of a measure with its row, best precedence first."""
    return list(
        session.exec(
            select(MeasureSource, Source)
            .join(Source, Source.id == MeasureSource.source_id)  # type: ignore[arg-type]
            .where(MeasureSource.measure_id == measure_id)
            .order_by(MeasureSource.precedence, Source.name)
        )
    )


def change_hashes(session: Session, source_id: int) -> dict[str, str]:
    """Each measure's change marker as SOURCE last stored it, by the source's platform id: a
    spider without a changed-since query compares them to skip what has not changed."""
    rows = session.execute(
        sa.select(_MS.c.platform_id, _MS.c.change_hash).where(
            _MS.c.source_id == source_id,
            _MS.c.platform_id.is_not(None),
            _MS.c.change_hash.is_not(None),
        )
    )
    return {platform_id: change for platform_id, change in rows}


_INSERT_MEASURE = sa.insert(_MEASURE)
_UPDATE_MEASURE = sa.update(_MEASURE).where(_MEASURE.c.id == sa.bindparam("measure_id_"))


def write_measure_row(conn: Connection, measure_id: int | None, values: dict) -> int:
    """Insert (MEASURE_ID None) or update one measure row without the ORM: the path taken by the
    great majority of measures, which are not relevant and carry no history."""
    # Prebuilt statements with parameters (not .values(...) per call) hit SQLAlchemy's compiled
    # cache; building a statement per row cost more than the row's write.
    if measure_id is None:
        return conn.execute(_INSERT_MEASURE, values).inserted_primary_key[0]
    conn.execute(_UPDATE_MEASURE, {**values, "measure_id_": measure_id})
    return measure_id


def measure_actions(session: Session, measure_id: int) -> list[Action]:
    """A measure's history in date order (arrival order within a day): a second source's older
    action, appended later, takes its place in time, not after the outcome."""
    return list(
        session.exec(
            select(Action)
            .where(Action.measure_id == measure_id)
            .order_by(Action.date, Action.position)
        )
    )


def measure_hearings(session: Session, measure_id: int) -> list[Hearing]:
    return list(session.exec(select(Hearing).where(Hearing.measure_id == measure_id)))


def event_exists(session: Session, uid: str) -> bool:
    return session.exec(select(Event.id).where(Event.uid == uid)).first() is not None


def count_events(session: Session, measure_id: int, kind: str) -> int:
    return len(
        session.exec(
            select(Event.id).where(Event.measure_id == measure_id, Event.kind == kind)
        ).all()
    )


def add_all(session: Session, rows: Iterable[object]) -> None:
    session.add_all(list(rows))
    session.flush()


def start_run(session: Session, source: Source) -> CrawlRun:
    run = CrawlRun(source_id=source.id, cursor_before=source.cursor)  # type: ignore[arg-type]
    session.add(run)
    session.flush()
    return run


def latest_runs(session: Session, names: Iterable[str]) -> dict[str, CrawlRun]:
    """The newest crawl run of each named source (sources never crawled are absent)."""
    newest = (
        select(CrawlRun.source_id, sa.func.max(CrawlRun.id).label("run_id"))
        .group_by(CrawlRun.source_id)
        .subquery()
    )
    rows = session.exec(
        select(Source.name, CrawlRun)
        .join(newest, newest.c.source_id == Source.id)
        .join(CrawlRun, CrawlRun.id == newest.c.run_id)
        .where(Source.name.in_(list(names)))  # type: ignore[attr-defined]
    ).all()
    return {name: run for name, run in rows}


def measures_after(
    session: Session, last_id: int, limit: int
) -> Sequence[tuple[Measure, Jurisdiction]]:
    """The next LIMIT measures by id after LAST_ID, with their jurisdictions (batch walks)."""
    return session.exec(
        select(Measure, Jurisdiction)
        .join(Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id)
        .where(Measure.id > last_id)
        .order_by(Measure.id)
        .limit(limit)
    ).all()


def finish_run(session: Session, run_id: int, outcome: str, message: str | None, **counts: int):
    run = session.get(CrawlRun, run_id)
    if run is None:
        return None
    run.finished_at = utcnow()
    run.outcome = outcome
    run.message = message
    for key, value in counts.items():
        setattr(run, key, value)
    source = session.get(Source, run.source_id)
    if source is not None:
        if outcome == "succeeded":
            source.last_success_at = run.finished_at
        else:
            source.last_error_at = run.finished_at
            source.last_error = message
        run.cursor_after = source.cursor
    session.flush()
    return run


class KnownBill(NamedTuple):
    """What a source last stored of one bill, enough to decide without asking the platform again
    whether the bill changed and whether it deserves a detail request."""

    change_hash: str | None
    title: str | None  # this source's own title
    summary: str | None  # the measure's summary
    relevant: bool
    session: str  # the session as this source writes it


def known_bills(session: Session, source_id: int) -> dict[str, KnownBill]:
    """Every bill SOURCE_ID has stored, by its platform id: the stored change marker, title,
    summary and relevance (LegiScan compares its master list with this, one query a crawl)."""
    rows = session.exec(
        select(
            MeasureSource.platform_id,
            MeasureSource.change_hash,
            MeasureSource.title,
            Measure.summary,
            Measure.relevant,
            MeasureSource.session,
        )
        .join(Measure, Measure.id == MeasureSource.measure_id)  # type: ignore[arg-type]
        .where(MeasureSource.source_id == source_id, MeasureSource.platform_id.is_not(None))  # type: ignore[union-attr]
    ).all()
    return {
        str(pid): KnownBill(change_hash, title, summary, bool(relevant), sess)
        for pid, change_hash, title, summary, relevant, sess in rows
    }


def save_cursor(session: Session, source_name: str, cursor: str | None, retry_state: str | None):
    source = source_by_name(session, source_name)
    if source is None:
        raise LookupError(f"no source named {source_name!r}")
    source.cursor = cursor
    source.retry_state = retry_state
    session.flush()


def list_measures(
    session: Session,
    *,
    jurisdiction: str | None = None,
    state: str | None = None,
    topic: str | None = None,
    stance: str | None = None,
    status: str | None = None,
    relevant: bool | None = True,
    limit: int | None = None,
) -> Sequence[tuple[Measure, Jurisdiction]]:
    """Measures with their jurisdictions, newest action first, for `tracker bills`."""
    query = select(Measure, Jurisdiction).join(
        Jurisdiction, Jurisdiction.id == Measure.jurisdiction_id
    )
    if jurisdiction:
        query = query.where(
            (Jurisdiction.name == jurisdiction) | (Jurisdiction.slug == slugify(jurisdiction))
        )
    if state:
        query = query.where(Jurisdiction.state == state.upper())
    if topic:
        query = query.where(Measure.topics.contains(f",{topic},"))  # type: ignore[attr-defined]
    if stance:
        query = query.where(Measure.stance == stance)
    if status:
        query = query.where(Measure.status == status)
    if relevant is not None:
        query = query.where(Measure.relevant == relevant)
    query = query.order_by(
        Measure.latest_action_date.desc().nulls_last(),  # type: ignore[union-attr]
        Measure.id.desc(),  # type: ignore[union-attr]
    )
    if limit:
        query = query.limit(limit)
    return session.exec(query).all()


class TrackedMeasure(NamedTuple):
    platform_id: str
    identifier: str  # as the source writes it
    session: str  # as the source writes it


def tracked_by_source(session: Session, source_name: str) -> list[TrackedMeasure]:
    """The relevant measures SOURCE_NAME reports, by that source's own id and spelling: what a
    crawl refreshes first, whether or not its discovery queries would find them again."""
    rows = session.exec(
        select(MeasureSource.platform_id, MeasureSource.identifier, MeasureSource.session)
        .join(Source, Source.id == MeasureSource.source_id)
        .join(Measure, Measure.id == MeasureSource.measure_id)
        .where(
            Source.name == source_name,
            Measure.relevant == True,  # noqa: E712 - SQL comparison
            MeasureSource.platform_id.is_not(None),  # type: ignore[union-attr]
        )
        .order_by(MeasureSource.platform_id)
    ).all()
    return [TrackedMeasure(*row) for row in rows]
