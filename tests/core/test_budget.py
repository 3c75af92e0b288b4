"""Request budgets are shared through the database and never overspent."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tracker.budget import Budget, BudgetError, parse_limits, parse_speed


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
