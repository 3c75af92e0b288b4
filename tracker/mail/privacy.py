"""Keeping subscriber data to the minimum, and answering a person's request to see or erase it.

What is stored and for how long is written down in docs/privacy.md. In short: an address, what it
asked for and the mails sent to it, while it is subscribed; once it has left (or bounced for good,
or never confirmed) for longer than TRACKER_SUBSCRIBER_RETENTION_DAYS, all of it is deleted. A
bounced address is kept only as a keyed hash (HMAC with TRACKER_SECRET_KEY), which is enough to
refuse it again and useless for learning the address.

Deleted subscribers leave a row holding no personal data, so that their id is never reused: links
in old mails name subscribers by id and must never reach someone new.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from storage import mail as db
from storage.db import session_scope
from storage.mail_models import Subscriber
from storage.models import utcnow
from tracker.config import Config
from tracker.mail.addresses import normalize_email
from tracker.mail.filters import Filters
from tracker.mail.tokens import MissingSecretKey

RETENTION_ENV = "TRACKER_SUBSCRIBER_RETENTION_DAYS"
DEFAULT_RETENTION_DAYS = 30


def retention() -> timedelta:
    """How long an address that left is kept (TRACKER_SUBSCRIBER_RETENTION_DAYS, default 30)."""
    raw = os.environ.get(RETENTION_ENV, "").strip()
    if not raw:
        return timedelta(days=DEFAULT_RETENTION_DAYS)
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 5):
        raise ValueError(f"{RETENTION_ENV} must be a whole number of days, not {raw[:20]!r}")
    return timedelta(days=int(raw))


def suppression_key(config: Config, email: str) -> str:
    """What a bounced address is kept as: a keyed hash, never the address."""
    if not config.secret_key:
        raise MissingSecretKey()
    digest = hmac.new(config.secret_key.encode(), email.encode(), hashlib.sha256).hexdigest()
    return f"suppressed:{digest}"


def suppressed_tombstone(session, config: Config, email: str) -> Subscriber | None:  # noqa: ANN001
    """The kept hash of EMAIL, if mail to it bounced for good before it was forgotten."""
    return db.subscriber_by_email(session, suppression_key(config, email))


def is_suppressed(engine: Engine, config: Config, email: str) -> bool:
    with session_scope(engine) as session:
        return suppressed_tombstone(session, config, normalize_email(email)) is not None


def _erase(session, config: Config, who: Subscriber) -> None:  # noqa: ANN001
    if who.status == "suppressed":
        key = suppression_key(config, who.email)
        if db.subscriber_by_email(session, key) is None:
            db.erase_subscriber(session, who, key, "suppressed")
            return
    db.erase_subscriber(session, who, f"erased:{who.id}", "erased")


@dataclass(frozen=True)
class PurgeReport:
    erased: int
    kept_as_hash: int

    def summary_line(self) -> str:
        return (
            f"forgot {self.erased} address(es) past the retention time; "
            f"{self.kept_as_hash} of them bounced and are kept only as a hash"
        )


def purge(engine: Engine, config: Config, now: datetime | None = None) -> PurgeReport:
    """Forget every address whose retention time is over (see the module docstring)."""
    before = (now or utcnow()) - retention()
    erased = hashed = 0
    with session_scope(engine) as session:
        for who in db.expired_subscribers(session, before):
            hashed += who.status == "suppressed"
            _erase(session, config, who)
            erased += 1
    return PurgeReport(erased, hashed)


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def export(engine: Engine, config: Config, email: str) -> dict | None:
    """Everything kept about EMAIL, for its owner (None when nothing is)."""
    address = normalize_email(email)
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, address)
        if who is None:
            return None
        return {
            "email": who.email,
            "status": who.status,
            "created_at": _when(who.created_at),
            "confirmed_at": _when(who.confirmed_at),
            "unsubscribed_at": _when(who.unsubscribed_at),
            "suppressed_at": _when(who.suppressed_at),
            "suppressed_reason": who.suppressed_reason,
            "last_confirmation_sent_at": _when(who.last_confirmation_sent_at),
            "subscriptions": [
                {
                    **{k: list(v) for k, v in vars(Filters.from_columns(s)).items()},
                    "frequency": s.frequency,
                    "timezone": s.timezone,
                    "send_hour": s.send_hour,
                    "created_at": _when(s.created_at),
                    "confirmed_at": _when(s.confirmed_at),
                    "last_digest_at": _when(s.last_digest_at),
                }
                for s in db.subscriptions_of(session, who.id)
            ],
            "messages": [
                {
                    "kind": m.kind,
                    "subject": m.subject,
                    "status": m.status,
                    "created_at": _when(m.created_at),
                    "sent_at": _when(m.sent_at),
                }
                for m in db.outbox_rows(session, who.id)
            ],
        }


def delete(engine: Engine, config: Config, email: str) -> bool:
    """Erase EMAIL and everything about it (a person's request); False when nothing was kept."""
    address = normalize_email(email)
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, address)
        if who is None:
            return False
        db.erase_subscriber(session, who, f"erased:{who.id}", "erased")
        return True
