"""Sending the outbox: oldest first, one connection per run, each message marked sent the moment
the server accepted it (its own tiny transaction), so a crash can repeat at most the one message
in flight. Temporary failures back off; a permanent refusal of an address suppresses it."""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine

from storage import mail as db
from storage.db import session_scope
from storage.models import utcnow
from tracker.config import Config
from tracker.mail import settings
from tracker.mail.transport import FileTransport, Rejected, SmtpTransport, Unavailable

log = logging.getLogger(__name__)

BATCH = 500
BACKOFF_FIRST = timedelta(minutes=2)
BACKOFF_MAX = timedelta(hours=6)
# How long a send run holds the messages of a batch; a run that died frees them after this.
LEASE = timedelta(minutes=30)
# Which subscriber states may still receive each kind of message at send time.
_ALLOWED = {"digest": {"confirmed"}, "confirmation": {"pending", "confirmed"}}


@dataclass
class SendReport:
    sent: int = 0
    deferred: int = 0
    suppressed: int = 0
    failed: int = 0
    cancelled: int = 0
    error: str | None = None  # why the run stopped early (server unreachable)

    def summary_line(self) -> str:
        line = (
            f"sent {self.sent}, deferred {self.deferred}, suppressed {self.suppressed}, "
            f"failed {self.failed}, cancelled {self.cancelled}"
        )
        return f"{line} (stopped: {self.error})" if self.error else line


def backoff(attempts: int) -> timedelta:
    """2, 4, 8 ... minutes after each failed attempt, at most 6 hours."""
    return min(BACKOFF_MAX, BACKOFF_FIRST * (2 ** max(0, attempts)))


def transport_for(config: Config) -> SmtpTransport | FileTransport:
    if config.smtp_url:
        return SmtpTransport(config.smtp_url)
    return FileTransport(config.outbox_dir)


def connections(config: Config) -> int:
    """SMTP connections used at once (TRACKER_SMTP_CONNECTIONS, default 4); one for files."""
    if not config.smtp_url:
        return 1
    try:
        return max(1, min(16, int(os.environ.get("TRACKER_SMTP_CONNECTIONS", "4"))))
    except ValueError:
        return 4


def send_pending(
    engine: Engine,
    config: Config,
    *,
    now: datetime | None = None,
    ignore_backoff: bool = False,
    ids: Sequence[int] | None = None,
    transport: SmtpTransport | FileTransport | None = None,
) -> SendReport:
    """Send every pending message that is due (or only IDS), oldest first. Never raises for
    delivery problems: they are recorded on the messages and summed up in the report.

    Messages go in batches of BATCH, each batch over one reused connection; up to
    connections(config) batches are in flight at once (SMTP is a chatty protocol, so one
    connection spends most of its time waiting for replies). When the server is unreachable
    the run stops: the rest stays pending for the next run.
    """
    now = now or utcnow()
    run = _Run(engine, config, now, transport)
    workers = 1 if transport is not None else connections(config)
    after = 0
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="smtp") as pool:
        slots = threading.Semaphore(workers)
        futures = []
        while not run.stopped.is_set():
            with session_scope(engine) as session:
                rows = db.sendable(session, now, BATCH, ignore_backoff, ids, after)
            if not rows:
                break
            after = rows[-1][0]
            slots.acquire()
            future = pool.submit(run.batch, rows)
            future.add_done_callback(lambda _f: slots.release())
            futures.append(future)
        for future in futures:
            future.result()
    return run.report


class _Run:
    """One send run: the shared report and stop flag of its batches."""

    def __init__(self, engine: Engine, config: Config, now: datetime, transport) -> None:  # noqa: ANN001
        self.engine, self.config, self.now = engine, config, now
        self.transport = transport
        self.sender = settings.envelope_sender(config)
        self.report = SendReport()
        self.lock = threading.Lock()
        self.stopped = threading.Event()

    def count(self, field: str) -> None:
        with self.lock:
            setattr(self.report, field, getattr(self.report, field) + 1)

    def stop(self, oid: int, attempts: int, error: str) -> None:
        """Keep the message for later and end the run: the fault is not the recipient's."""
        with session_scope(self.engine) as session:
            db.defer(session, [oid], error, self.now + backoff(attempts))
        with self.lock:
            self.report.deferred += 1
            self.report.error = error
        self.stopped.set()
        log.warning("outbox: %s; message %s deferred", error, oid)

    def batch(self, rows: list[tuple]) -> None:
        engine = self.engine
        owner = uuid.uuid4().hex
        with session_scope(engine) as session:
            owned = db.claim(session, [r[0] for r in rows], owner, self.now, utcnow() + LEASE)
        if not owned:
            return
        transport = self.transport or transport_for(self.config)
        mark_sent = db.SentMarker(engine)
        try:
            for oid, subscriber_id, kind, to, raw, attempts, status, message_id in rows:
                if self.stopped.is_set():
                    return
                if oid not in owned:  # another send run has it
                    continue
                if status not in _ALLOWED.get(kind, ()):
                    with session_scope(engine) as session:
                        db.finish(session, oid, "cancelled", f"subscriber is {status}")
                    self.count("cancelled")
                    continue
                try:
                    if isinstance(transport, FileTransport):
                        transport.send(self.sender, to, raw, message_id)
                    else:
                        transport.send(self.sender, to, raw)
                except Rejected as exc:
                    if exc.permanent and exc.policy:  # e.g. "550 5.7.1 relaying denied"
                        self.stop(oid, attempts, f"the server refuses to send for us: {exc}")
                        return
                    with self.lock:
                        _rejected(engine, self.report, oid, subscriber_id, attempts, exc, self.now)
                    continue
                except Unavailable as exc:
                    self.stop(oid, attempts, str(exc))
                    return
                mark_sent(oid, utcnow())
                self.count("sent")
        finally:
            mark_sent.close()
            with session_scope(engine) as session:
                db.release(session, owner)
            if self.transport is None:
                transport.close()


def _rejected(
    engine: Engine,
    report: SendReport,
    oid: int,
    subscriber_id: int,
    attempts: int,
    exc: Rejected,
    now: datetime,
) -> None:
    with session_scope(engine) as session:
        if not exc.permanent:
            db.defer(session, [oid], f"temporary rejection: {exc}", now + backoff(attempts))
            report.deferred += 1
        elif exc.recipient:
            reason = f"permanent rejection of the address: {exc}"
            db.finish(session, oid, "suppressed", reason)
            db.suppress_subscriber(session, subscriber_id, reason)
            report.suppressed += 1
        else:
            db.finish(session, oid, "failed", f"message refused: {exc}")
            report.failed += 1
    log.warning("outbox: message %s rejected: %s", oid, exc)
