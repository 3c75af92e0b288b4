"""When digests are due: once per local day after the send hour, weekly on the chosen weekday,
in the subscriber's own time zone, and --force whatever the schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage import mail as db
from storage.db import session_scope
from storage.mail_models import Subscription
from tests.mail.helpers import env_engine
from tests.seeding import actions_until, make_item, store_raw
from tracker.mail import service
from tracker.mail.run import run_digests
from tracker.mail.schedule import is_due, last_slot


def _sub(**kw) -> Subscription:
    base = {
        "frequency": "daily",
        "timezone": "America/Chicago",
        "send_hour": 7,
        "created_at": datetime(2024, 3, 4, 0, 0, tzinfo=UTC),
    }
    return Subscription(subscriber_id=1, **{**base, **kw})


def test_daily_due_after_local_send_hour():
    sub = _sub(last_digest_at=datetime(2024, 3, 4, 13, 0, tzinfo=UTC))  # 07:00 CST on Mar 4
    # 06:59 Chicago time on Mar 5 is 12:59 UTC: not yet; 07:00 is.
    assert not is_due(sub, datetime(2024, 3, 5, 12, 59, tzinfo=UTC))
    assert is_due(sub, datetime(2024, 3, 5, 13, 0, tzinfo=UTC))
    # Once sent that day, not again the same local day.
    sub.last_digest_at = datetime(2024, 3, 5, 13, 5, tzinfo=UTC)
    assert not is_due(sub, datetime(2024, 3, 6, 5, 0, tzinfo=UTC))  # still Mar 5 in Chicago


def test_daily_slot_follows_daylight_saving():
    # DST starts 2024-03-10 in Chicago: 07:00 local is 13:00 UTC before and 12:00 UTC after.
    before = last_slot(datetime(2024, 3, 9, 20, 0, tzinfo=UTC), "daily", "America/Chicago", 7)
    after = last_slot(datetime(2024, 3, 11, 20, 0, tzinfo=UTC), "daily", "America/Chicago", 7)
    assert before.astimezone(UTC).hour == 13 and after.astimezone(UTC).hour == 12


def test_weekly_on_monday_and_missed_runs_catch_up_once():
    sub = _sub(frequency="weekly", last_digest_at=datetime(2024, 3, 4, 13, 0, tzinfo=UTC))
    assert not is_due(sub, datetime(2024, 3, 10, 23, 0, tzinfo=UTC))  # Sunday
    assert is_due(sub, datetime(2024, 3, 11, 13, 0, tzinfo=UTC))  # Monday 07:00 CDT = 12:00 UTC
    assert is_due(sub, datetime(2024, 3, 14, 3, 0, tzinfo=UTC))  # the machine was off Monday
    sub.last_digest_at = datetime(2024, 3, 14, 3, 0, tzinfo=UTC)
    assert not is_due(sub, datetime(2024, 3, 16, 3, 0, tzinfo=UTC))


def test_new_subscription_waits_for_its_first_slot():
    sub = _sub(created_at=datetime(2024, 3, 5, 14, 0, tzinfo=UTC))  # after today's 07:00
    assert not is_due(sub, datetime(2024, 3, 5, 23, 0, tzinfo=UTC))
    assert is_due(sub, datetime(2024, 3, 6, 13, 0, tzinfo=UTC))


def test_send_respects_schedule_and_force_never_repeats(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(
        engine, config, "a@example.org", None, "weekly", "Europe/Berlin", confirmed=True
    )
    store_raw(engine, make_item())
    with session_scope(engine) as session:
        (sub,) = db.subscriptions_of(session, 1)
    created = sub.created_at
    recorded, _ = run_digests(engine, config, now=created + timedelta(minutes=1))
    # Not due yet (unless this test runs in the minute of a Monday 07:00 in Berlin).
    if not is_due(sub, created + timedelta(minutes=1)):
        assert recorded.composed == 0 and smtp.messages() == []
    recorded, _ = run_digests(engine, config, now=created + timedelta(days=8))
    assert recorded.composed == 1 and len(smtp.messages()) == 1
    # Forced again right away: nothing new, nothing sent.
    recorded, sent = run_digests(engine, config, force=True)
    assert recorded.composed == 0 and sent.sent == 0
    store_raw(engine, make_item(actions=actions_until(created.date(), [("Referred", "Clerk")])))
    recorded, sent = run_digests(engine, config, force=True)
    assert recorded.composed == 1 and len(smtp.messages()) == 2
    # The daily-only run leaves weekly subscribers alone, even forced.
    store_raw(
        engine,
        make_item(actions=actions_until(created.date(), [("Referred", "Clerk"), ("Passed", "CC")])),
    )
    recorded, _ = run_digests(engine, config, force=True, frequency="daily")
    assert recorded.composed == 0 and len(smtp.messages()) == 2


def test_daily_and_weekly_of_one_subscriber_never_repeat_an_event(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", {"states": "IL"}, confirmed=True)
    service.request_subscription(
        engine, config, "a@example.org", {"topics": "287g"}, "weekly", confirmed=True
    )
    both = make_item(identifier="O-287", title="Ordinance ending the city's 287(g) agreement")
    store_raw(engine, both)
    recorded, _ = run_digests(engine, config, force=True, frequency="daily")
    assert recorded.composed == 1
    (daily,) = smtp.messages()
    assert "O-287" in daily.get_body(("plain",)).get_content()

    # The weekly digest comes later: the event the daily one mailed is not repeated.
    recorded, _ = run_digests(engine, config, force=True, frequency="weekly")
    assert recorded.composed == 0 and len(smtp.messages()) == 1
    store_raw(
        engine,
        make_item(
            jurisdiction="Austin, TX", state="TX", identifier="R-1",
            title="Resolution prohibiting 287(g) agreements with ICE",
        ),
    )  # fmt: skip
    recorded, _ = run_digests(engine, config, force=True, frequency="weekly")
    assert recorded.composed == 1
    weekly = smtp.messages()[1].get_body(("plain",)).get_content()
    assert "R-1" in weekly and "O-287" not in weekly
