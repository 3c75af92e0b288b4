"""Digest runs: record (compose each due digest and, in one transaction with it, advance the
high-water marks of the subscriptions it covers), then send the outbox. See docs/email.md for
why this delivers each event once."""

from __future__ import annotations

import logging
from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from storage import mail as db
from storage.db import session_scope
from storage.mail_models import Subscriber, Subscription
from storage.models import utcnow
from tracker.config import Config
from tracker.mail import digest, messages, settings
from tracker.mail.filters import EventView, Filters
from tracker.mail.schedule import is_due
from tracker.mail.sender import SendReport, send_pending
from tracker.mail.tokens import MissingSecretKey

log = logging.getLogger(__name__)
RECORD_BATCH = 500


@dataclass
class RecordReport:
    subscribers: int = 0  # confirmed subscribers considered
    due: int = 0  # of them with at least one subscription due
    composed: int = 0  # digests recorded in the outbox
    empty: int = 0  # due, but nothing new matched: no mail
    waiting: int = 0  # an earlier digest is still unsent: new events wait for the next one
    conflicts: int = 0  # batches another run recorded first

    def summary_line(self) -> str:
        return (
            f"digests: {self.composed} composed, {self.empty} with nothing new, "
            f"{self.waiting} waiting on an unsent digest ({self.due} of {self.subscribers} due)"
        )


@dataclass
class Composed:
    subject: str
    text: str
    html: str
    event_ids: list[int]
    links: dict[str, str]


def to_view(row: tuple) -> EventView:
    """An EventView from a storage.mail.events_between row (same field order)."""
    values = list(row)
    values[9] = values[9] or ""  # title
    values[11] = frozenset(t for t in (values[11] or "").split(",") if t)  # ",287g,detainers,"
    values[17] = values[17] or ""  # summary
    return EventView(*values)


def compose(
    config: Config,
    who: Subscriber,
    subs: Sequence[Subscription],
    events: Sequence[EventView],
    already: Set[int] = frozenset(),
) -> Composed | None:
    """The combined digest of SUBS for their new events (EVENTS sorted by id), leaving out the
    ids in ALREADY (mailed by another of the subscriber's subscriptions), or None."""
    matched: dict[int, EventView] = {}
    for sub in subs:
        flt = Filters.from_columns(sub)
        for ev in events:
            if ev.id in already:
                continue
            if ev.id > sub.last_event_id and ev.id not in matched and flt.matches(ev):
                matched[ev.id] = ev
    if not matched:
        return None
    chosen = [matched[k] for k in sorted(matched)]
    links = settings.unsubscribe_links(config, who.id, who.token_version)
    subject, text, html = digest.render(
        config,
        email=who.email,
        events=chosen,
        filters=[f"{Filters.from_columns(s).describe()} ({s.frequency})" for s in subs],
        unsubscribe_url=links["page"],
        manage_url=settings.manage_link(config, who.id, who.token_version),
    )
    return Composed(subject, text, html, [e.id for e in chosen], links)


def _load(
    engine: Engine, frequency: str | None, subscriber_id: int | None = None
) -> tuple[int, dict[int, tuple[Subscriber, list[Subscription]]], set[int]]:
    with session_scope(engine) as session:
        fence = db.event_fence(session)  # commits (and releases the lock) as the block ends
    with session_scope(engine) as session:
        by_subscriber: dict[int, tuple[Subscriber, list[Subscription]]] = {}
        for sub, who in db.confirmed_subscriptions(session, frequency, subscriber_id):
            by_subscriber.setdefault(who.id, (who, []))[1].append(sub)
        waiting = db.subscribers_with_pending_digest(session)
    return fence, by_subscriber, waiting


def _already(engine: Engine, due: Sequence[tuple[Subscriber, list[Subscription]]]) -> dict:
    """Events newer than each subscriber's due marks that an earlier digest already mailed it
    (through another subscription with a different schedule: a daily and a weekly one)."""
    above = {who.id: min(s.last_event_id for s in subs) for who, subs in due}
    ids = list(above)
    out: dict[int, set[int]] = {}
    with session_scope(engine) as session:
        for start in range(0, len(ids), RECORD_BATCH):
            chunk = {i: above[i] for i in ids[start : start + RECORD_BATCH]}
            out.update(db.covered_events(session, chunk))
    return out


def _events(engine: Engine, after: int, fence: int) -> list[EventView]:
    if after >= fence:
        return []
    with session_scope(engine) as session:
        return [to_view(r) for r in db.events_between(session, after, fence)]


def record_digests(
    engine: Engine,
    config: Config,
    *,
    now: datetime | None = None,
    frequency: str | None = None,
    force: bool = False,
) -> RecordReport:
    """Compose every due digest and record it with its high-water marks (batches of
    RECORD_BATCH subscribers, each batch one transaction). force ignores the schedule."""
    if not config.secret_key:
        raise MissingSecretKey()
    now = now or utcnow()
    report = RecordReport()
    fence, by_subscriber, waiting = _load(engine, frequency)
    report.subscribers = len(by_subscriber)
    due: list[tuple[Subscriber, list[Subscription]]] = []
    for who, subs in by_subscriber.values():
        ready = [s for s in subs if force or is_due(s, now)]
        if not ready:
            continue
        report.due += 1
        if who.id in waiting:
            report.waiting += 1
            continue
        due.append((who, ready))
    if not due:
        return report
    events = _events(engine, min(s.last_event_id for _, subs in due for s in subs), fence)
    already = _already(engine, due)
    for start in range(0, len(due), RECORD_BATCH):
        batch = due[start : start + RECORD_BATCH]
        rows, marks, composed, empty = [], [], 0, 0
        for who, subs in batch:
            digest_ = compose(config, who, subs, events, already.get(who.id, frozenset()))
            new_marks = [(s.id, s.last_event_id, max(fence, s.last_event_id)) for s in subs]
            marks.extend(new_marks)
            if digest_ is None:
                empty += 1
                continue
            message_id = messages.new_message_id(config, "digest")
            rows.append(
                {
                    "subscriber_id": who.id,
                    "kind": "digest",
                    "message_id": message_id,
                    "subject": messages.clean_subject(digest_.subject),
                    "to": who.email,
                    "raw": messages.build(
                        config,
                        to=who.email,
                        subject=digest_.subject,
                        text=digest_.text,
                        html=digest_.html,
                        message_id=message_id,
                        subscriber_id=who.id,
                        token_version=who.token_version,
                        links=digest_.links,
                    ),
                    "covers": db.covers_json(digest_.event_ids, {m[0]: m[2] for m in new_marks}),
                    "high_water": fence,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
            )
            composed += 1
        try:
            with session_scope(engine) as session:
                db.insert_outbox(session, rows)
                db.advance_marks(session, marks, now)
        except db.ConcurrentDigest as exc:
            log.warning("digest batch skipped: %s", exc)
            report.conflicts += 1
            continue
        report.composed += composed
        report.empty += empty
    return report


def run_digests(
    engine: Engine,
    config: Config,
    *,
    now: datetime | None = None,
    frequency: str | None = None,
    force: bool = False,
) -> tuple[RecordReport, SendReport]:
    """Record what is due, then send everything pending (older leftovers first)."""
    recorded = record_digests(engine, config, now=now, frequency=frequency, force=force)
    sent = send_pending(engine, config, now=now, ignore_backoff=force)
    return recorded, sent


def preview(engine: Engine, config: Config, email: str) -> tuple[Composed | None, str]:
    """What the next digest for EMAIL would say (nothing recorded, nothing sent)."""
    from tracker.mail.addresses import normalize_email

    address = normalize_email(email)
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, address)
    if who is None:
        return None, f"No subscriber {address}."
    if who.status != "confirmed":
        return None, f"{address} is {who.status}: no digest would be sent."
    fence, by_subscriber, _ = _load(engine, None, who.id)
    if who.id not in by_subscriber:
        return None, f"{address} has no confirmed subscription."
    subs = by_subscriber[who.id][1]
    events = _events(engine, min(s.last_event_id for s in subs), fence)
    already = _already(engine, [(who, subs)]).get(who.id, frozenset())
    composed = compose(config, who, subs, events, already)
    if composed is None:
        return None, f"Nothing new for {address} since the last digest."
    return composed, ""
