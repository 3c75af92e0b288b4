"""Request budgets are shared through the database and never overspent."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest

from tracker.budget import Budget, BudgetError, budgeted, describe, parse_limits, parse_speed


def test_a_budget_refuses_past_its_minute_and_day_and_counts_nothing_then(any_engine) -> None:
    budget = Budget("openstates", {"minute": 3, "day": 5}, any_engine)
    now = datetime(2026, 12, 1, 12, 0, 30, tzinfo=UTC)
    assert [budget.take(now=now) for _ in range(4)] == [None, None, None, "minute"]
    later = now + timedelta(minutes=1)
    assert [budget.take(now=later) for _ in range(3)] == [None, None, "day"]
    assert budget.remaining(now=later) == {"minute": (2, 3), "day": (5, 5)}
    assert budget.resets_at("day", now) == datetime(2026, 12, 2, tzinfo=UTC)


def test_two_handles_on_one_budget_share_the_count(any_engine) -> None:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    first = Budget("legiscan", {"month": 2}, any_engine)
    second = Budget("legiscan", {"month": 2}, any_engine)
    assert first.take(now=now) is None and second.take(now=now) is None
    assert first.take(now=now) == "month"
    assert first.resets_at("month", now) == datetime(2027, 1, 1, tzinfo=UTC)


def test_limits_from_the_environment(monkeypatch, any_engine) -> None:
    monkeypatch.setenv("TRACKER_BUDGET_OPENSTATES", "40/minute, 1000/day")
    assert Budget.for_name("openstates", any_engine).limits == {"minute": 40, "day": 1000}
    assert Budget.for_name("legiscan", any_engine).limits == {"month": 30_000}
    assert parse_limits("5/min") == {"minute": 5}
    with pytest.raises(BudgetError, match="40/minute"):
        parse_limits("lots")


def test_a_fast_clock_shortens_the_minute_for_tests_and_demos(monkeypatch, any_engine) -> None:
    monkeypatch.setenv("TRACKER_BUDGET_OPENSTATES", "3/minute,250/day,x30")
    budget = Budget.for_name("openstates", any_engine)
    assert budget.limits == {"minute": 3, "day": 250} and budget.speed == 30.0
    now = datetime(2026, 12, 1, 12, 0, 30, tzinfo=UTC)
    # 30 seconds of the budget's minute are left: one real second at 30 times the speed.
    assert budget.seconds_until_reset("minute", now) == pytest.approx(1.0)
    real = datetime.now(UTC)
    fast = budget.now()
    assert (
        fast - real.replace(hour=0, minute=0, second=0, microsecond=0)
        >= (real - real.replace(hour=0, minute=0, second=0, microsecond=0)) * 29
    )
    assert parse_speed("40/minute") == 1.0
    with pytest.raises(BudgetError, match="above 0"):
        parse_speed("10/minute,x0")


def test_each_budget_is_told_in_words_for_sources_and_status(any_engine) -> None:
    now = datetime(2026, 12, 1, 12, 0, 30, tzinfo=UTC)
    budget = Budget.for_name("openstates", any_engine)
    for _ in range(3):
        assert budget.take(now=now) is None
    assert describe("openstates", any_engine, now) == (
        "today 3 of 250 (resets 2026-12-02 00:00 UTC), this minute 3 of 10"
    )
    assert describe("legiscan", any_engine, now) == (
        "this month 0 of 30,000 (resets 2027-01-01 00:00 UTC)"
    )
    assert budgeted("openstates") and budgeted("legiscan") and not budgeted("legistar")


def test_sources_and_the_status_page_say_what_each_key_has_spent(tracker_env) -> None:
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from storage.db import get_engine
    from tracker.cli import main
    from tracker.config import load_config
    from tracker.web.app import create_app

    engine = get_engine(load_config().database_url)
    budget = Budget.for_name("openstates", engine)
    # The listing reads the real clock: spend early in a minute, so that minute is the one
    # listed even on a loaded machine (it once turned between the two).
    now = datetime.now(UTC)
    if now.second >= 40:
        time.sleep(60.5 - now.second - now.microsecond / 1e6)
    assert budget.take(2) is None
    listed = CliRunner().invoke(main, ["sources"])
    assert listed.exit_code == 0, listed.output
    rows = {line.split()[0]: line for line in listed.output.splitlines()[1:]}
    assert (
        "today 2 of 250" in rows["openstates-tx"] and "this minute 2 of 10" in rows["openstates-tx"]
    )
    assert "this month 0 of 30,000" in rows["legiscan-tx"]
    assert "of 250" not in rows["seattle"]

    # /status lists the budgets of the platforms that have crawled.
    from storage import repository as repo
    from storage.db import session_scope

    with session_scope(engine) as session:
        jur = repo.ensure_jurisdiction(session, "Texas", "state", "TX")
        repo.ensure_source(session, "openstates-tx", "openstates", jur.id)
    page = TestClient(create_app()).get("/status")
    assert page.status_code == 200
    assert "openstates</strong>: today 2 of 250" in page.text
