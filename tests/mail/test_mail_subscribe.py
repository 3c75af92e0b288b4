"""Double opt-in: validation, rate limits, signed and expiring links, and who gets mail."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from click.testing import CliRunner
from itsdangerous import TimestampSigner

from storage import mail as db
from storage.db import session_scope
from storage.models import utcnow
from tests.mail.helpers import env_engine, link, parts
from tests.seeding import make_item, store_raw
from tracker.cli import main
from tracker.mail import service, tokens
from tracker.mail.run import run_digests


def test_bad_address_gets_clear_error_and_no_mail(mail_env, smtp):
    result = CliRunner().invoke(main, ["subscribe", "not-an-address"])
    assert result.exit_code == 2
    assert "not a valid email address" in result.output
    result = CliRunner().invoke(main, ["subscribe", "a@example.org", "--topic", "bowling"])
    assert result.exit_code == 2 and "topics" in result.output and "bowling" in result.output
    result = CliRunner().invoke(main, ["subscribe", "a@example.org", "--timezone", "Mars/Base"])
    assert result.exit_code == 2 and "time zone" in result.output
    assert smtp.messages() == []


def test_refuses_without_secret_key(mail_env, smtp, monkeypatch):
    monkeypatch.delenv("TRACKER_SECRET_KEY")
    result = CliRunner().invoke(main, ["subscribe", "a@example.org"])
    assert result.exit_code == 2 and "TRACKER_SECRET_KEY" in result.output
    assert smtp.messages() == []


def test_repeated_requests_do_not_send_a_burst(mail_env, smtp):
    config, engine = env_engine()
    start = utcnow()
    statuses = [
        service.request_subscription(engine, config, "A@example.org", now=start).status,
        service.request_subscription(engine, config, "a@EXAMPLE.org", now=start).status,
        service.request_subscription(
            engine, config, "a@example.org", {"topics": "287g"}, now=start + timedelta(minutes=1)
        ).status,
    ]
    assert statuses == ["confirmation_sent", "already_sent", "already_sent"]
    assert len(smtp.messages()) == 1
    # Past the 10-minute window a new one goes, but never more than 5 a day.
    for i in range(1, 8):
        service.request_subscription(
            engine, config, "a@example.org", now=start + i * timedelta(minutes=11)
        )
    assert len(smtp.messages()) == 5
    result = CliRunner().invoke(main, ["subscribe", "a@example.org"])
    assert "No new email was sent" in result.output


def test_a_confirmation_confirms_what_its_mail_listed(mail_env, smtp):
    config, engine = env_engine()
    start = utcnow()
    service.request_subscription(engine, config, "a@example.org", {"states": "IL"}, now=start)
    service.request_subscription(engine, config, "a@example.org", {"states": "TX"}, now=start)
    (first,) = smtp.messages()
    token = link(parts(first)[0], "/confirm").split("token=")[1]
    assert service.confirm(engine, config, token).status == "confirmed"
    with session_scope(engine) as session:
        subs = db.subscriptions_of(session, 1)
    assert [(s.states, s.confirmed_at is not None) for s in subs] == [
        (",IL,", True),
        (",TX,", False),
    ]
    # Asked again later, the request gets its own mail, listing it, and its link confirms it.
    later = start + timedelta(minutes=11)
    service.request_subscription(engine, config, "a@example.org", {"states": "TX"}, now=later)
    text, _ = parts(smtp.messages()[-1])
    assert "TX" in text or "Texas" in text
    service.confirm(engine, config, link(text, "/confirm").split("token=")[1])
    with session_scope(engine) as session:
        assert all(s.confirmed_at for s in db.subscriptions_of(session, 1))


def test_tampered_and_expired_links_are_refused(mail_env, smtp, monkeypatch):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org")
    text, _ = parts(smtp.messages()[0])
    token = link(text, "/confirm").split("token=")[1]
    with pytest.raises(service.TokenError, match="not valid"):
        service.confirm(engine, config, token[:-2] + ("AA" if token[-2:] != "AA" else "BB"))
    with pytest.raises(
        service.TokenError, match="not valid"
    ):  # an unsubscribe token confirms nothing
        service.confirm(engine, config, tokens.make_token("test-secret-key", "unsubscribe", 1, 1))
    old = int(time.time()) - 8 * 24 * 3600
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: old)
    stale = tokens.make_token(config.secret_key, tokens.CONFIRM, 1, 1)
    monkeypatch.undo()
    with pytest.raises(service.TokenError, match="expired"):
        service.confirm(engine, config, stale)
    with session_scope(engine) as session:
        assert db.subscriber_by_email(session, "a@example.org").status == "pending"
    # An unsubscribe link never expires.
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: old - 300 * 24 * 3600)
    old_unsub = tokens.make_token(config.secret_key, tokens.UNSUBSCRIBE, 1, 1)
    monkeypatch.undo()
    assert service.unsubscribe(engine, config, old_unsub).status == "unsubscribed"


def test_old_confirm_link_cannot_resubscribe_after_leaving(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org")
    text, _ = parts(smtp.messages()[0])
    confirm_token = link(text, "/confirm").split("token=")[1]
    service.confirm(engine, config, confirm_token)
    unsub = tokens.make_token(config.secret_key, tokens.UNSUBSCRIBE, 1, 1)
    service.unsubscribe(engine, config, unsub)
    with pytest.raises(service.TokenError, match="no longer valid"):
        service.confirm(engine, config, confirm_token)
    store_raw(engine, make_item())
    assert run_digests(engine, config, force=True)[1].sent == 0
    assert len(smtp.messages()) == 1


def test_pending_address_gets_no_digest(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org")
    store_raw(engine, make_item())
    recorded, sent = run_digests(engine, config, force=True)
    assert recorded.composed == 0 and sent.sent == 0
    assert [m["Subject"] for m in smtp.messages()] == ["Confirm your email alerts"]


def test_without_smtp_url_messages_become_eml_files(tracker_env):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    store_raw(engine, make_item())
    result = CliRunner().invoke(main, ["digest", "send", "--force"])
    assert result.exit_code == 0, result.output
    files = list(config.outbox_dir.glob("*.eml"))
    assert len(files) == 1 and b"O2012-4984" in files[0].read_bytes()
    assert CliRunner().invoke(main, ["digest", "send", "--force"]).exit_code == 0
    assert len(list(config.outbox_dir.glob("*.eml"))) == 1


def test_cli_preview_prints_without_sending(mail_env, smtp):
    runner = CliRunner()
    assert runner.invoke(main, ["subscribe", "a@example.org", "--confirmed"]).exit_code == 0
    result = runner.invoke(main, ["digest", "preview", "a@example.org"])
    assert result.exit_code == 0 and "Nothing new for a@example.org" in result.output
    _config, engine = env_engine()
    store_raw(engine, make_item())
    result = runner.invoke(main, ["digest", "preview", "A@example.org"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Subject: 1 update: new in Chicago, IL: O2012-4984")
    assert (
        "== Chicago, IL ==" in result.output
        and "Unsubscribe: http://tracker.test/" in result.output
    )
    assert smtp.messages() == []
    result = runner.invoke(main, ["digest", "preview", "nobody@example.org"])
    assert "No subscriber nobody@example.org" in result.output


def test_backfill_starts_with_recent_events(mail_env, smtp):
    _config, engine = env_engine()
    store_raw(engine, make_item())  # happened before anyone subscribed
    runner = CliRunner()
    assert runner.invoke(main, ["subscribe", "new@example.org", "--confirmed"]).exit_code == 0
    result = runner.invoke(
        main, ["subscribe", "operator@example.org", "--confirmed", "--backfill-days", "7"]
    )
    assert result.exit_code == 0, result.output
    assert runner.invoke(main, ["digest", "send", "--force"]).exit_code == 0
    # The plain subscription starts after the newest event; the backfilled one gets the week.
    assert smtp.messages("new@example.org") == []
    (msg,) = smtp.messages("operator@example.org")
    assert "O2012-4984" in parts(msg)[0]
