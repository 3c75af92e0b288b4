"""The mail tables and queries on both backends (SQLite and PostgreSQL)."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

import pytest

from storage import mail as db
from storage.db import session_scope
from tests.seeding import actions_until, make_item, store_raw
from tracker.config import load_config
from tracker.mail import service
from tracker.mail.run import record_digests
from tracker.mail.sender import send_pending


@pytest.fixture
def config(tmp_path, db_url):
    return load_config(
        {
            "TRACKER_DATA_DIR": str(tmp_path / "data"),
            "TRACKER_DATABASE_URL": db_url,
            "TRACKER_SECRET_KEY": "k",
            "TRACKER_PUBLIC_URL": "https://tracker.example.org",
        }
    )


def test_digest_cycle_on_each_backend(any_engine, config):
    engine = any_engine
    service.request_subscription(
        engine, config, "A@Example.org", {"states": ["IL"]}, confirmed=True
    )
    service.request_subscription(
        engine, config, "b@example.org", {"states": ["TX"]}, confirmed=True
    )
    store_raw(engine, make_item())
    report = record_digests(engine, config, force=True)
    assert report.composed == 1 and report.empty == 1
    sent = send_pending(engine, config)
    assert sent.sent == 1
    (eml,) = config.outbox_dir.glob("*.eml")
    msg = BytesParser(policy=policy.default).parsebytes(eml.read_bytes())
    assert msg["To"] == "a@example.org"
    assert "<https://tracker.example.org/unsubscribe/one-click?token=" in msg["List-Unsubscribe"]
    with session_scope(engine) as session:
        assert db.outbox_counts(session) == {"sent": 1}
        top = db.event_fence(session)
    with session_scope(engine) as session:
        marks = {s.subscriber_id: s.last_event_id for s, _ in db.confirmed_subscriptions(session)}
    assert marks == {1: top, 2: top}
    # Nothing new: nothing composed; a new action: composed once.
    assert record_digests(engine, config, force=True).composed == 0
    store_raw(engine, make_item(actions=actions_until(make_item_date(), [("Passed", "Council")])))
    assert record_digests(engine, config, force=True).composed == 1


def make_item_date():
    from datetime import date

    return date(2012, 7, 26)


def test_marks_advance_only_once(any_engine, config):
    engine = any_engine
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    with session_scope(engine) as session:
        (sub,) = db.subscriptions_of(session, 1)
    from storage.models import utcnow

    with session_scope(engine) as session:
        db.advance_marks(session, [(sub.id, sub.last_event_id, 5)], utcnow())
    # A second run that loaded the old mark finds it moved and records nothing.
    with pytest.raises(db.ConcurrentDigest), session_scope(engine) as session:
        db.insert_outbox(
            session,
            [
                {
                    "subscriber_id": 1,
                    "kind": "digest",
                    "message_id": "<x@y>",
                    "subject": "s",
                    "to": "a@example.org",
                    "raw": b"x",
                    "covers": None,
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": utcnow(),
                    "created_at": utcnow(),
                }
            ],
        )
        db.advance_marks(session, [(sub.id, sub.last_event_id, 6)], utcnow())
    with session_scope(engine) as session:
        assert db.outbox_rows(session) == []
        (sub,) = db.subscriptions_of(session, 1)
    assert sub.last_event_id == 5


def test_unique_lowercased_address(any_engine, config):
    service.request_subscription(any_engine, config, "Mixed@Example.ORG", confirmed=True)
    service.request_subscription(
        any_engine, config, "mixed@example.org", {"topics": "287g"}, confirmed=True
    )
    with session_scope(any_engine) as session:
        who = db.subscriber_by_email(session, "mixed@example.org")
        assert who is not None and len(db.subscriptions_of(session, who.id)) == 2
