"""The tables. Dates the legislature recorded are calendar dates in the body's own time zone;
every other timestamp is an aware UTC datetime (SQLModel stores them as UTC on every backend)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC now: the one timestamp convention of the database."""
    return datetime.now(UTC)


class Jurisdiction(SQLModel, table=True):
    """A legislature, council or county board."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)  # "Seattle, WA", "California"
    level: str = Field(index=True)  # state | county | city
    state: str = Field(index=True)  # two-letter postal code
    slug: str = Field(unique=True)
    latitude: float | None = None
    longitude: float | None = None


class Source(SQLModel, table=True):
    """One crawlable endpoint for a jurisdiction, with how far its crawls got."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    spider: str
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", index=True)
    # Platform cursor (e.g. Legistar MatterLastModifiedUtc of the newest matter fully stored).
    cursor: str | None = None
    # JSON: platform ids that failed and are asked for again next crawl, with attempt counts.
    retry_state: str | None = Field(default=None, sa_column=Column(Text))
    last_success_at: datetime | None = None
    last_error_at: datetime | None = None
    last_error: str | None = Field(default=None, sa_column=Column(Text))


class Measure(SQLModel, table=True):
    """A bill, ordinance or resolution; every one seen is kept, relevant or not."""

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "session", "identifier", name="uq_measure_identity"),
        Index("ix_measure_relevant_latest", "relevant", "latest_action_date"),
        Index("ix_measure_platform", "jurisdiction_id", "platform_id"),
        # Feeds filtered by place and topic/stance list candidates from the index alone.
        Index("ix_measure_feed_filter", "jurisdiction_id", "stance", "topics"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)  # stable public id: "{jurisdiction slug}/{session}/{identifier}"
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id", index=True)
    source_id: int | None = Field(default=None, foreign_key="source.id")
    session: str
    identifier: str = Field(index=True)
    platform_id: str | None = None
    url: str | None = None
    text_url: str | None = None
    measure_type: str | None = None
    title: str = Field(sa_column=Column(Text, nullable=False))
    summary: str | None = Field(default=None, sa_column=Column(Text))
    full_text: str | None = Field(default=None, sa_column=Column(Text))
    raw_status: str | None = None
    status: str | None = Field(default=None, index=True)  # the ladder step
    status_date: date | None = None
    introduced_date: date | None = None
    latest_action_date: date | None = Field(default=None, index=True)
    # Classification, stored so a better classifier can decide again without a re-crawl.
    relevant: bool = Field(default=False, index=True)
    category: str | None = None  # relevant | other_immigration | none
    topics: str = ""  # ",287g,detainers," (delimited so LIKE '%,287g,%' works on every backend)
    stance: str | None = Field(default=None, index=True)
    confidence: float | None = None
    why: str | None = Field(default=None, sa_column=Column(Text))  # JSON list
    provisions: str = ""  # delimited like topics
    classifier_version: str | None = None
    # Hash of the item as last stored: an identical re-crawl is recognised without a diff.
    content_hash: str | None = None
    first_seen_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Action(SQLModel, table=True):
    """One entry of a measure's history, appended and never rewritten."""

    __table_args__ = (UniqueConstraint("measure_id", "key", name="uq_action_key"),)

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(foreign_key="measure.id", index=True)
    key: str  # content fingerprint, stable across re-crawls
    position: int  # order within the history
    date: date
    occurred_at: datetime | None = None  # UTC, when the source gives a time of day
    actor: str | None = None
    description: str = Field(sa_column=Column(Text, nullable=False))
    text: str | None = Field(default=None, sa_column=Column(Text))  # motions, tallies, notes
    classification: str = ""  # the platform's own classification, delimited
    ladder_step: str | None = None  # the step this action maps to, or None when unmapped
    # Who reported it first, and in whose words: merged histories keep each action's vocabulary.
    source_id: int | None = Field(default=None, foreign_key="source.id")
    vocabulary: str | None = None
    # JSON roll call where the source gives one: motion, result, tallies, each member's vote.
    vote: str | None = Field(default=None, sa_column=Column(Text))
    first_seen_at: datetime = Field(default_factory=utcnow)


class MeasureSource(SQLModel, table=True):
    """One source's view of a measure: the same bill reported by several sources is one measure
    with one row here per source, each with its own spelling, link and change marker."""

    __table_args__ = (
        UniqueConstraint("measure_id", "source_id", name="uq_measure_source"),
        Index("ix_measure_source_platform", "source_id", "platform_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(foreign_key="measure.id", index=True)
    source_id: int = Field(foreign_key="source.id")
    platform_id: str | None = None  # the source's own id ("ocd-bill/...", LegiScan bill_id)
    identifier: str  # as this source writes it ("HB1", "S609A")
    session: str  # as this source writes it ("89R", "2025-2026", LegiScan's session id)
    url: str | None = None
    title: str | None = Field(default=None, sa_column=Column(Text))
    precedence: int = 100  # lower wins for title, summary and text
    change_hash: str | None = None  # the source's own change marker (LegiScan change_hash)
    content_hash: str | None = None  # hash of this source's item as last stored
    first_seen_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)


class ApiUsage(SQLModel, table=True):
    """Requests spent against a platform's budget in one window (a UTC minute, day or month),
    shared by every process that crawls that platform."""

    __table_args__ = (UniqueConstraint("budget", "window", "starts", name="uq_api_usage"),)

    id: int | None = Field(default=None, primary_key=True)
    budget: str  # "openstates", "legiscan": one budget per API key
    window: str  # minute | day | month
    starts: datetime
    used: int = 0


class Hearing(SQLModel, table=True):
    """A meeting where a measure is on the agenda; its changes become hearing events."""

    __table_args__ = (UniqueConstraint("measure_id", "key", name="uq_hearing_key"),)

    id: int | None = Field(default=None, primary_key=True)
    measure_id: int = Field(foreign_key="measure.id", index=True)
    key: str  # the platform's id for the agenda item or meeting
    starts_at: datetime = Field(index=True)
    body: str | None = None
    location: str | None = Field(default=None, sa_column=Column(Text))
    status: str = "scheduled"  # scheduled | cancelled
    first_seen_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Event(SQLModel, table=True):
    """An immutable change worth telling people about; feeds and digests read only these."""

    __table_args__ = (
        Index("ix_event_jurisdiction_id", "jurisdiction_id", "id"),
        Index("ix_event_state_id", "state", "id"),
        Index("ix_event_measure_id", "measure_id", "id"),
        Index("ix_event_kind_id", "kind", "id"),
        Index("ix_event_status_to_id", "status_to", "id"),  # the enacted feed
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)  # stable id: feed item ids and digest high-water marks use it
    measure_id: int = Field(foreign_key="measure.id")
    jurisdiction_id: int = Field(foreign_key="jurisdiction.id")
    state: str
    level: str
    # new_measure | action | status | title | hearing | relevance (see tracker/events.py)
    kind: str
    action_id: int | None = Field(default=None, foreign_key="action.id")
    status_from: str | None = None
    status_to: str | None = None
    occurred_on: date | None = None  # the date of the action as the legislature recorded it
    seen_at: datetime = Field(default_factory=utcnow, index=True)
    summary: str = Field(sa_column=Column(Text, nullable=False))  # one line: what changed
    detail: str | None = Field(default=None, sa_column=Column(Text))  # JSON: kind-specific facts


class CrawlRun(SQLModel, table=True):
    """One crawl of one source, kept for the operator's status page and the crawl summary."""

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
    outcome: str = "running"  # running | succeeded | failed
    items_seen: int = 0
    relevant: int = 0
    new: int = 0
    changed: int = 0
    events: int = 0
    errors: int = 0
    cursor_before: str | None = None
    cursor_after: str | None = None
    message: str | None = Field(default=None, sa_column=Column(Text))
    # Where it ran: "local" (a child process of `tracker run`) or "scrapyd <node> <job id>".
    node: str | None = None
    # The scheduled window this crawl stood for (`tracker run`); None for crawls run by hand.
    scheduled_for: datetime | None = None
