"""Tables of unattended operation: who holds a source's crawl right now, and the health incidents
an operator was told about (one mail per incident, not one per crawl). See docs/deploy.md."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from storage.models import utcnow


class CrawlLease(SQLModel, table=True):
    """A source being crawled: one row per source, held by one process on one machine until
    `expires_at` (the crawl's time limit plus a margin), so no two crawls of one source overlap,
    across processes and machines, on SQLite and PostgreSQL alike."""

    __tablename__ = "crawl_lease"

    source: str = Field(primary_key=True)
    holder: str  # host:pid of the process that took it
    acquired_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime


class HealthIncident(SQLModel, table=True):
    """A source flagged unhealthy, from the first crawl that showed it until one that did not."""

    __tablename__ = "health_incident"

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    # failing | silent | items_dropped | validation_jump (see tracker/health.py)
    kind: str
    detail: str = Field(sa_column=Column(Text, nullable=False))
    opened_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = Field(default=None, index=True)
    notified_at: datetime | None = None  # when the operator was mailed; None: not yet
