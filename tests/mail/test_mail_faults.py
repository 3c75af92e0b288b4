"""Faults: the SMTP server down, the process killed between recording and sending, a recipient
refused for good or for now. Mail is delayed, never lost, never sent twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta

from click.testing import CliRunner

from storage import mail as db
from storage.db import session_scope
from storage.models import utcnow
from tests.mail.helpers import env_engine, parts
from tests.seeding import actions_until, make_item, store_raw
from tracker.cli import main
from tracker.mail import service
from tracker.mail.run import record_digests, run_digests
from tracker.mail.sender import send_pending

HISTORY = [("Introduced", "City Council"), ("Referred", "Clerk"), ("Passed", "City Council")]


def _subscribers(config, engine, *emails):
    for email in emails:
        service.request_subscription(engine, config, email, {"states": "IL"}, confirmed=True)


def _outbox(engine):
    with session_scope(engine) as session:
        return db.outbox_rows(session)


def test_smtp_down_then_back(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "a@example.org", "b@example.org")
    store_raw(engine, make_item())
    smtp.stop()

    recorded, sent = run_digests(engine, config, force=True)
    assert recorded.composed == 2 and sent.sent == 0 and sent.error
    rows = _outbox(engine)
    assert [r.status for r in rows] == ["pending", "pending"]
    assert rows[0].attempts == 1 and rows[0].next_attempt_at > utcnow()
    assert "cannot reach" in rows[0].last_error

    result = CliRunner().invoke(main, ["digest", "send"])
    assert result.exit_code == 1 and "retried" in result.output  # still down: says so, keeps all

    smtp.start()
    # Both messages failed once: they wait out their back-off, then go.
    assert send_pending(engine, config).sent == 0 and smtp.messages() == []
    later = send_pending(engine, config, now=utcnow() + timedelta(hours=7))
    assert later.sent == 2
    assert sorted(m["To"] for m in smtp.messages()) == ["a@example.org", "b@example.org"]
    # Nothing is sent twice, and no new digest repeats the events.
    assert run_digests(engine, config, force=True)[1].sent == 0
    assert len(smtp.messages()) == 2


def test_killed_between_recording_and_sending(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "a@example.org")
    store_raw(engine, make_item())
    script = (
        "import os\n"
        "from tracker.config import engine, load_config\n"
        "from tracker.mail.run import record_digests\n"
        "config = load_config()\n"
        "report = record_digests(engine(config), config, force=True)\n"
        "assert report.composed == 1, report\n"
        "os._exit(1)  # killed before sending\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=dict(os.environ), timeout=60)
    assert done.returncode == 1
    assert smtp.messages() == []
    assert [r.status for r in _outbox(engine)] == ["pending"]

    # After the restart: the recorded digest goes out once; the events are not composed again.
    result = CliRunner().invoke(main, ["digest", "send", "--force"])
    assert result.exit_code == 0, result.output
    assert "0 composed" in result.output
    result = CliRunner().invoke(main, ["digest", "send", "--force"])
    assert result.exit_code == 0, result.output
    (msg,) = smtp.messages()
    text, _ = parts(msg)
    assert "O2012-4984" in text
    assert msg["Message-ID"] == _outbox(engine)[0].message_id


def test_permanent_rejection_suppresses_only_that_address(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "a@example.org", "gone@example.org", "c@example.org")
    smtp.handler.refuse["gone@example.org"] = "550 5.1.1 <gone@example.org>: no such user"
    store_raw(engine, make_item())

    _recorded, sent = run_digests(engine, config, force=True)
    assert sent.sent == 2 and sent.suppressed == 1
    assert sorted(m["To"] for m in smtp.messages()) == ["a@example.org", "c@example.org"]
    with session_scope(engine) as session:
        gone = db.subscriber_by_email(session, "gone@example.org")
    assert gone.status == "suppressed" and "550" in gone.suppressed_reason
    row = next(r for r in _outbox(engine) if r.to == "gone@example.org")
    assert row.status == "suppressed" and "no such user" in row.last_error

    # Later digests go to the others only; the suppressed address is not even composed for.
    store_raw(engine, make_item(actions=actions_until(date(2024, 3, 1), HISTORY)))
    recorded, sent = run_digests(engine, config, force=True)
    assert recorded.composed == 2 and sent.sent == 2
    assert len(smtp.messages("gone@example.org")) == 0
    # A new public request for it is refused with a clear reason, and mails nothing.
    try:
        service.request_subscription(engine, config, "gone@example.org")
        raise AssertionError("a suppressed address was accepted")
    except service.SubscribeError as exc:
        assert "refused permanently" in str(exc)
    assert len(smtp.messages("gone@example.org")) == 0


def test_temporary_rejection_is_retried(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "busy@example.org")
    smtp.handler.refuse["busy@example.org"] = "451 4.2.1 mailbox busy, try later"
    store_raw(engine, make_item())
    _recorded, sent = run_digests(engine, config, force=True)
    assert sent.deferred == 1 and sent.suppressed == 0
    (row,) = _outbox(engine)
    assert row.status == "pending" and "451" in row.last_error
    del smtp.handler.refuse["busy@example.org"]
    assert send_pending(engine, config, now=utcnow() + timedelta(minutes=5)).sent == 1
    assert len(smtp.messages("busy@example.org")) == 1
    with session_scope(engine) as session:
        assert db.subscriber_by_email(session, "busy@example.org").status == "confirmed"


def test_confirmation_kept_while_smtp_down(mail_env, smtp):
    config, engine = env_engine()
    smtp.stop()
    result = service.request_subscription(engine, config, "new@example.org")
    assert result.status == "confirmation_queued"
    smtp.start()
    # Only a confirmation for a pending address: the digest run delivers it, nothing else.
    store_raw(engine, make_item())
    _recorded, sent = run_digests(engine, config, force=True)
    assert sent.sent == 1
    (msg,) = smtp.messages("new@example.org")
    assert msg["Subject"] == "Confirm your email alerts"


def test_record_covers_high_water_marks(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "a@example.org")
    store_raw(engine, make_item())
    record_digests(engine, config, force=True)
    (row,) = _outbox(engine)
    covers = json.loads(row.covers)
    with session_scope(engine) as session:
        (sub,) = db.subscriptions_of(session, row.subscriber_id)
        top = db.max_event_id(session)
    assert covers["events"] == [top] and covers["marks"] == {str(sub.id): top}
    assert sub.last_event_id == top


def test_concurrent_send_runs_send_each_message_once(mail_env, smtp):
    import threading

    config, engine = env_engine()
    _subscribers(config, engine, *[f"r{i}@example.org" for i in range(60)])
    store_raw(engine, make_item())
    assert record_digests(engine, config, force=True).composed == 60
    reports = []
    threads = [
        threading.Thread(target=lambda: reports.append(send_pending(engine, config)))
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [m["Message-ID"] for m in smtp.messages()]
    assert len(ids) == 60 and len(set(ids)) == 60
    assert sum(r.sent for r in reports) == 60


def test_lease_of_a_dead_run_expires(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "a@example.org")
    store_raw(engine, make_item())
    record_digests(engine, config, force=True)
    (row,) = _outbox(engine)
    with session_scope(engine) as session:  # a run that claimed the message and died
        db.claim(session, [row.id], "dead-run", utcnow(), utcnow() + timedelta(minutes=30))
    assert send_pending(engine, config).sent == 0 and smtp.messages() == []
    assert send_pending(engine, config, now=utcnow() + timedelta(minutes=31)).sent == 1
    assert len(smtp.messages()) == 1


def test_relay_denied_is_our_problem_not_the_recipients(mail_env, smtp):
    config, engine = env_engine()
    _subscribers(config, engine, "a@example.org", "b@example.org")
    for address in ("a@example.org", "b@example.org"):
        smtp.handler.refuse[address] = "550 5.7.1 Relaying denied"
    store_raw(engine, make_item())
    _recorded, sent = run_digests(engine, config, force=True)
    assert sent.suppressed == 0 and sent.sent == 0 and "refuses to send for us" in sent.error
    with session_scope(engine) as session:
        statuses = {
            db.subscriber_by_email(session, a).status for a in ("a@example.org", "b@example.org")
        }
    assert statuses == {"confirmed"}
    assert {r.status for r in _outbox(engine)} == {"pending"}
    smtp.handler.refuse.clear()
    assert send_pending(engine, config, now=utcnow() + timedelta(hours=7)).sent == 2
