"""SQL of unattended operation: crawl leases, run history for health checks, health incidents.
Callers own the transaction (session_scope) unless a function says otherwise."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from storage.models import CrawlRun, Jurisdiction, Source, utcnow
from storage.ops_models import CrawlLease, HealthIncident

COUNTS = ("items_seen", "relevant", "new", "changed", "events", "errors")

_LEASE = CrawlLease.__table__  # type: ignore[attr-defined]


def acquire_lease(
    engine: Engine, source: str, holder: str, ttl: timedelta, now: datetime | None = None
) -> bool:
    """Take SOURCE's crawl lease for TTL; False when another holder has it and it has not expired.

    Each attempt is its own short transaction: an insert (the primary key makes a second one
    fail on every backend), else an update that only succeeds on an expired lease. The database
    decides, so this holds across processes and machines that share it.
    """
    now = now or utcnow()
    values = {"source": source, "holder": holder, "acquired_at": now, "expires_at": now + ttl}
    try:
        with engine.begin() as conn:
            conn.execute(sa.insert(_LEASE).values(**values))
        return True
    except IntegrityError:
        pass
    with engine.begin() as conn:
        taken = conn.execute(
            sa.update(_LEASE)
            .where(_LEASE.c.source == source, _LEASE.c.expires_at < now)
            .values(**values)
        )
        return taken.rowcount == 1


def release_lease(engine: Engine, source: str, holder: str) -> None:
    with engine.begin() as conn:
        conn.execute(sa.delete(_LEASE).where(_LEASE.c.source == source, _LEASE.c.holder == holder))


def lease_holder(engine: Engine, source: str) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(_LEASE.c.holder).where(_LEASE.c.source == source)).scalar()


def runs_since(session: Session, source_name: str, first_id: int) -> list[CrawlRun]:
    """SOURCE_NAME's crawl runs with id >= FIRST_ID, oldest first."""
    return list(
        session.exec(
            select(CrawlRun)
            .join(Source, Source.id == CrawlRun.source_id)
            .where(Source.name == source_name, CrawlRun.id >= first_id)
            .order_by(CrawlRun.id)
        )
    )


def max_run_id(session: Session) -> int:
    return session.exec(select(sa.func.coalesce(sa.func.max(CrawlRun.id), 0))).one()


def recent_runs(session: Session, source_id: int, limit: int) -> list[CrawlRun]:
    """The source's LIMIT newest finished runs, newest first."""
    return list(
        session.exec(
            select(CrawlRun)
            .where(CrawlRun.source_id == source_id, CrawlRun.outcome != "running")
            .order_by(CrawlRun.id.desc())  # type: ignore[union-attr]
            .limit(limit)
        )
    )


_WHEN = sa.func.coalesce(CrawlRun.scheduled_for, CrawlRun.started_at)


def latest_window(session: Session, source_name: str, outcome: str | None = None):
    """When SOURCE_NAME's newest crawl (of OUTCOME, if given) was due: its scheduled window, or
    its start for crawls run by hand. None when it never ran."""
    query = (
        select(sa.func.max(_WHEN))
        .join(Source, Source.id == CrawlRun.source_id)
        .where(Source.name == source_name)
    )
    if outcome:
        query = query.where(CrawlRun.outcome == outcome)
    value = session.exec(query).one()
    if isinstance(value, str):  # SQLite returns coalesce() of two timestamps as text
        value = datetime.fromisoformat(value)
    return value


def set_window(session: Session, source_name: str, first_id: int, window: datetime) -> None:
    for run in runs_since(session, source_name, first_id):
        run.scheduled_for = window
    session.flush()


def sources_with_places(session: Session) -> list[tuple[Source, Jurisdiction]]:
    return list(
        session.exec(
            select(Source, Jurisdiction)
            .join(Jurisdiction, Jurisdiction.id == Source.jurisdiction_id)
            .order_by(Source.name)
        )
    )


def open_incidents(session: Session, source_id: int | None = None) -> list[HealthIncident]:
    query = select(HealthIncident).where(HealthIncident.closed_at.is_(None))  # type: ignore[union-attr]
    if source_id is not None:
        query = query.where(HealthIncident.source_id == source_id)
    return list(session.exec(query.order_by(HealthIncident.id)))


def open_incident(session: Session, source_id: int, kind: str, detail: str, now: datetime):
    row = HealthIncident(source_id=source_id, kind=kind, detail=detail, opened_at=now)
    session.add(row)
    session.flush()
    return row


def close_incident(session: Session, incident: HealthIncident, now: datetime) -> None:
    incident.closed_at = now
    session.add(incident)
    session.flush()


def mark_notified(session: Session, incident_id: int, now: datetime) -> None:
    row = session.get(HealthIncident, incident_id)
    if row is not None:
        row.notified_at = now
        session.flush()


def fail_running(
    session: Session, source_name: str, first_id: int, message: str, node: str | None
) -> int:
    """Mark SOURCE_NAME's runs (id >= FIRST_ID) that did not succeed as failed with MESSAGE: a
    crawl stopped from outside either never reached its own bookkeeping or recorded only that it
    was shut down, and the reason belongs in its history. Returns how many."""
    from storage.repository import finish_run

    stuck = [r for r in runs_since(session, source_name, first_id) if r.outcome != "succeeded"]
    for run in stuck:
        finish_run(
            session,
            run.id,  # type: ignore[arg-type]
            "failed",
            message,
            **{key: getattr(run, key) for key in COUNTS},
        )
        run.node = node
    session.flush()
    return len(stuck)


def record_failed_run(
    session: Session, source_name: str, message: str, node: str | None, started_at: datetime
) -> CrawlRun | None:
    """A failed run for a crawl that died before it could record one (it never opened)."""
    from storage.repository import finish_run

    source = session.exec(select(Source).where(Source.name == source_name)).first()
    if source is None:
        return None
    run = CrawlRun(
        source_id=source.id,  # type: ignore[arg-type]
        started_at=started_at,
        cursor_before=source.cursor,
        node=node,
    )
    session.add(run)
    session.flush()
    return finish_run(session, run.id, "failed", message)  # type: ignore[arg-type]


def set_node(session: Session, source_name: str, first_id: int, node: str) -> None:
    for run in runs_since(session, source_name, first_id):
        if run.node is None:
            run.node = node
    session.flush()


def source_by_name(session: Session, name: str) -> Source | None:
    return session.exec(select(Source).where(Source.name == name)).first()


def fail_orphaned_runs(session: Session, started_before: datetime, message: str) -> list[str]:
    """Runs still 'running' that started before STARTED_BEFORE and whose source nobody holds a
    lease on: their process is gone (a power cut, kill -9). Marked failed; returns the sources."""
    from storage.repository import finish_run

    held = set(session.exec(select(CrawlLease.source)).all())
    rows = session.exec(
        select(CrawlRun, Source.name)
        .join(Source, Source.id == CrawlRun.source_id)
        .where(CrawlRun.outcome == "running", CrawlRun.started_at < started_before)
    ).all()
    names = []
    for run, name in rows:
        if name in held:
            continue
        finish_run(session, run.id, "failed", message, **{k: getattr(run, k) for k in COUNTS})  # type: ignore[arg-type]
        names.append(name)
    return names
