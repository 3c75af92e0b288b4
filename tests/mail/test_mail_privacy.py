"""What we keep about subscribers, for how long, and how an operator answers a person's request
to see or erase their data (docs/privacy.md)."""

from __future__ import annotations

import json
from datetime import timedelta

from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import inspect, text

from storage import mail as db
from storage.db import session_scope
from storage.models import utcnow
from tests.mail.helpers import csrf, env_engine, link, parts
from tests.seeding import make_item, store_raw
from tracker.cli import main
from tracker.mail import privacy, service
from tracker.mail.run import run_digests
from tracker.web.app import create_app

MAIL_TABLES = ("subscriber", "subscription", "outbox")


def _everything_stored(engine) -> str:  # noqa: ANN001
    """Every value in the mail tables, as one string to search."""
    out = []
    with engine.connect() as conn:
        for table in MAIL_TABLES:
            for row in conn.execute(text(f"SELECT * FROM {table}")):  # noqa: S608 - our names
                out.extend(
                    v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row
                )
    return "\n".join(out)


def _subscribed(config, engine, smtp, email: str = "a@example.org") -> None:  # noqa: ANN001
    service.request_subscription(engine, config, email, {"states": "IL"})
    text_, _ = parts(smtp.messages(email)[-1])
    service.confirm(engine, config, link(text_, "/confirm").split("token=")[1])


def test_no_client_address_is_stored(mail_env, smtp):
    config, engine = env_engine()
    client = TestClient(create_app(config), client=("198.51.100.23", 40000))
    token = csrf(client.get("/subscribe").text)
    form = {"email": "a@example.org", "frequency": "daily", "timezone": "UTC", "csrf_token": token}
    assert client.post("/subscribe", data=form).status_code == 200
    stored = _everything_stored(engine)
    assert "a@example.org" in stored
    assert "198.51.100.23" not in stored
    for table in MAIL_TABLES:
        columns = {c["name"] for c in inspect(engine).get_columns(table)}
        assert not {"ip", "client", "user_agent", "remote_addr"} & columns, table


def test_export_prints_what_is_kept_about_an_address(mail_env, smtp):
    config, engine = env_engine()
    _subscribed(config, engine, smtp)
    store_raw(engine, make_item())
    run_digests(engine, config, force=True)
    result = CliRunner().invoke(main, ["subscribers", "export", "A@Example.org"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["email"] == "a@example.org" and data["status"] == "confirmed"
    assert [s["states"] for s in data["subscriptions"]] == [["IL"]]
    kinds = sorted(m["kind"] for m in data["messages"])
    assert kinds == ["confirmation", "digest"]
    assert all("subject" in m and "sent_at" in m for m in data["messages"])
    missing = CliRunner().invoke(main, ["subscribers", "export", "nobody@example.org"])
    assert missing.exit_code == 1 and "nobody@example.org" in missing.output


def test_delete_erases_the_address_everywhere(mail_env, smtp):
    config, engine = env_engine()
    _subscribed(config, engine, smtp)
    _subscribed(config, engine, smtp, "other@example.org")
    store_raw(engine, make_item())
    run_digests(engine, config, force=True)
    result = CliRunner().invoke(main, ["subscribers", "delete", "a@example.org"])
    assert result.exit_code == 0, result.output
    assert "a@example.org" in result.output
    stored = _everything_stored(engine)
    assert "a@example.org" not in stored and "other@example.org" in stored
    assert CliRunner().invoke(main, ["subscribers", "export", "a@example.org"]).exit_code == 1
    again = CliRunner().invoke(main, ["subscribers", "delete", "a@example.org"])
    assert again.exit_code == 1
    # Erased means forgotten: the address can ask for alerts again like anyone new.
    status = service.request_subscription(engine, config, "a@example.org").status
    assert status == "confirmation_sent"


def test_purge_forgets_who_left_after_the_retention_time(mail_env, smtp, monkeypatch):
    monkeypatch.setenv("TRACKER_SUBSCRIBER_RETENTION_DAYS", "30")
    config, engine = env_engine()
    for email in ("left-long-ago@example.org", "left-today@example.org", "stays@example.org"):
        _subscribed(config, engine, smtp, email)
    long_ago = utcnow() - timedelta(days=31)
    with session_scope(engine) as session:
        for email, when in (
            ("left-long-ago@example.org", long_ago),
            ("left-today@example.org", utcnow()),
        ):
            who = db.subscriber_by_email(session, email)
            service._leave(session, who, when)
    service.request_subscription(
        engine, config, "never-confirmed@example.org", now=long_ago - timedelta(days=1)
    )
    service.request_subscription(engine, config, "bounced@example.org", confirmed=True)
    with session_scope(engine) as session:
        bounced = db.subscriber_by_email(session, "bounced@example.org")
        db.suppress_subscriber(session, bounced.id, "550 5.1.1 no such user", long_ago)

    result = CliRunner().invoke(main, ["subscribers", "purge"])
    assert result.exit_code == 0, result.output
    stored = _everything_stored(engine)
    for gone in ("left-long-ago", "never-confirmed", "bounced"):
        assert f"{gone}@example.org" not in stored, gone
    for kept in ("left-today", "stays"):
        assert f"{kept}@example.org" in stored, kept

    # The bounced address is kept only as a keyed hash, which still stops mail to it.
    assert privacy.is_suppressed(engine, config, "Bounced@example.org")
    before = len(smtp.messages())
    client = TestClient(create_app(config))
    token = csrf(client.get("/subscribe").text)
    form = {"email": "bounced@example.org", "frequency": "daily", "timezone": "UTC",
            "csrf_token": token}  # fmt: skip
    assert client.post("/subscribe", data=form).status_code == 200
    assert len(smtp.messages()) == before
    assert "bounced@example.org" not in _everything_stored(engine)


def test_retention_is_configurable(mail_env, smtp, monkeypatch):
    config, engine = env_engine()
    _subscribed(config, engine, smtp)
    with session_scope(engine) as session:
        service._leave(session, db.subscriber_by_email(session, "a@example.org"), utcnow())
    monkeypatch.setenv("TRACKER_SUBSCRIBER_RETENTION_DAYS", "0")
    assert CliRunner().invoke(main, ["subscribers", "purge"]).exit_code == 0
    assert "a@example.org" not in _everything_stored(engine)
    monkeypatch.setenv("TRACKER_SUBSCRIBER_RETENTION_DAYS", "soon")
    result = CliRunner().invoke(main, ["subscribers", "purge"])
    assert result.exit_code == 2 and "TRACKER_SUBSCRIBER_RETENTION_DAYS" in result.output
