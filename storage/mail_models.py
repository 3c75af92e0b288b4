"""Tables of email alerts: who asked for mail, what they asked for, and every message on its way.

The outbox is what makes delivery exactly-once in practice: a digest is recorded here together with
the advance of its subscriptions' high-water marks (one transaction), and only then sent. See
docs/email.md.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary, Text
from sqlmodel import Field, SQLModel

from storage.models import utcnow

# "erased": a row kept only so its id is never reused (old links must not reach someone new);
# its email holds "erased:<id>", or "suppressed:<keyed hash>" when mail to it bounced for good.
SUBSCRIBER_STATUSES = ("pending", "confirmed", "unsubscribed", "suppressed", "erased")
OUTBOX_STATUSES = ("pending", "sent", "failed", "suppressed", "cancelled")


class Subscriber(SQLModel, table=True):
    """One email address (stored lower-cased) and whether we may mail it. No client address or
    other trace of the request is stored (docs/privacy.md)."""

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(unique=True)
    status: str = Field(default="pending", index=True)  # see SUBSCRIBER_STATUSES
    suppressed_reason: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)
    confirmed_at: datetime | None = None
    unsubscribed_at: datetime | None = None
    suppressed_at: datetime | None = None
    # Rate limiting of confirmation mails: the last one, and how many since the window began.
    last_confirmation_sent_at: datetime | None = None
    confirmation_window_started_at: datetime | None = None
    confirmation_count: int = 0
    # Bumped when the subscriber leaves or is suppressed: old confirm/manage links stop working.
    token_version: int = 1


class Subscription(SQLModel, table=True):
    """A filter over events and when to mail what it matches. Empty filter fields match anything.

    Filter fields are delimited strings (",TX,CA,") like Measure.topics. last_event_id is the
    high-water mark: every event with a smaller or equal id was covered by an earlier digest.
    """

    id: int | None = Field(default=None, primary_key=True)
    subscriber_id: int = Field(foreign_key="subscriber.id", index=True)
    states: str = ""
    jurisdictions: str = ""  # jurisdiction slugs
    levels: str = ""
    topics: str = ""
    stances: str = ""
    kinds: str = ""  # event kinds, plus "status_change"
    frequency: str = "daily"  # daily | weekly
    timezone: str = "UTC"
    send_hour: int = 7  # local hour at or after which the digest goes out
    send_weekday: int = 0  # weekly digests: 0 = Monday
    confirmed_at: datetime | None = None  # None until the address owner confirmed this filter
    created_at: datetime = Field(default_factory=utcnow)
    last_event_id: int = 0
    last_digest_at: datetime | None = None  # when the last digest was considered (sent or empty)


class Outbox(SQLModel, table=True):
    """A composed message, kept from before it is sent until long after (the audit trail)."""

    __table_args__ = (Index("ix_outbox_status_next", "status", "next_attempt_at", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    subscriber_id: int = Field(foreign_key="subscriber.id", index=True)
    kind: str = "digest"  # digest | confirmation
    message_id: str = Field(unique=True)  # the Message-ID header, stable across retries
    subject: str = Field(sa_column=Column(Text, nullable=False))
    to: str
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # the whole MIME message
    # JSON: {"events": [ids], "marks": {subscription_id: high-water mark after this digest}}
    covers: str | None = Field(default=None, sa_column=Column(Text))
    high_water: int = 0  # the newest event id a digest could cover (the run's fence)
    status: str = Field(default="pending")  # see OUTBOX_STATUSES
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    # A send run leases the rows it is about to send, so two runs at once never send one twice.
    claimed_by: str | None = None
    claimed_until: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None
