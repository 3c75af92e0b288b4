"""API request budgets: how many requests a key may make per minute, day and month, shared by
every source and process that uses the key (counted in the database, storage/budget.py).

    budget = Budget.for_name("openstates", engine)
    full = budget.take()        # None, or "minute" / "day" / "month": the window that is full
    budget.remaining()          # {"minute": (used, limit), "day": ..., "month": ...}

Limits default to the free tiers and can be raised for paid keys with
TRACKER_BUDGET_<NAME>="40/minute,1000/day" (for example TRACKER_BUDGET_OPENSTATES). A part like
"x30" runs the budget's clock 30 times faster (a minute lasts two seconds), so tests and demos can
show a minute filling up and resetting without waiting for one; every process reading the same
setting agrees on the time.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from storage import budget as store

WINDOWS = ("minute", "day", "month")

# The free tiers: Open States 10/minute and 250/day (api-v3 rrl "default" tier); LegiScan
# 30,000 queries a month on a public key, reset on the 1st.
DEFAULT_LIMITS: dict[str, dict[str, int]] = {
    "openstates": {"minute": 10, "day": 250},
    "legiscan": {"month": 30_000},
}


class BudgetError(ValueError):
    """A budget setting that cannot be read."""


def window_start(window: str, now: datetime) -> datetime:
    now = now.astimezone(UTC)
    if window == "minute":
        return now.replace(second=0, microsecond=0)
    if window == "day":
        return now.replace(hour=0, minute=0, second=0, microsecond=0)
    return now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def window_end(window: str, now: datetime) -> datetime:
    start = window_start(window, now)
    if window == "minute":
        return start + timedelta(minutes=1)
    if window == "day":
        return start + timedelta(days=1)
    return (start + timedelta(days=32)).replace(day=1)


def parse_limits(text: str) -> dict[str, int]:
    limits: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        if _SPEED.fullmatch(part):
            continue  # the clock's speed, read by parse_speed
        count, _, window = part.partition("/")
        window = window.strip().lower().removesuffix("s")
        window = {"min": "minute", "mo": "month"}.get(window, window)
        if window not in WINDOWS or not count.strip().isdecimal():
            raise BudgetError(f"budget {text!r}: write it like '40/minute,1000/day'")
        limits[window] = int(count)
    return limits


def parse_speed(text: str) -> float:
    """The clock's speed from a budget setting ("10/minute,x30" -> 30.0); 1.0 when not given."""
    for part in (p.strip() for p in text.split(",")):
        found = _SPEED.fullmatch(part)
        if found:
            speed = float(found.group(1))
            if speed <= 0:
                raise BudgetError(f"budget {text!r}: the clock's speed must be above 0")
            return speed
    return 1.0


_SPEED = re.compile(r"x(\d+(?:\.\d+)?)", re.I)


@dataclass
class Budget:
    name: str
    limits: dict[str, int]
    engine: Engine
    speed: float = 1.0  # how much faster than real time the budget's clock runs (tests)

    @classmethod
    def for_name(cls, name: str, engine: Engine) -> Budget:
        override = os.environ.get(f"TRACKER_BUDGET_{name.upper()}")
        limits = parse_limits(override) if override else dict(DEFAULT_LIMITS.get(name, {}))
        return cls(name, limits, engine, parse_speed(override) if override else 1.0)

    def now(self) -> datetime:
        """The budget's time: real UTC time, or a faster clock that every process computes alike
        (it runs SPEED times faster from the start of the real UTC day)."""
        real = datetime.now(UTC)
        if self.speed == 1.0:
            return real
        day = real.replace(hour=0, minute=0, second=0, microsecond=0)
        return day + (real - day) * self.speed

    def seconds_until_reset(self, window: str, now: datetime | None = None) -> float:
        """Real seconds until WINDOW starts afresh."""
        now = now or self.now()
        return max(0.0, (window_end(window, now) - now).total_seconds() / self.speed)

    def take(self, n: int = 1, now: datetime | None = None) -> str | None:
        """Spend N requests; None when allowed, else the window that is full (nothing spent)."""
        now = now or self.now()
        windows = {w: (window_start(w, now), limit) for w, limit in self.limits.items()}
        return store.spend(self.engine, self.name, windows, n) if windows else None

    def remaining(self, now: datetime | None = None) -> dict[str, tuple[int, int]]:
        now = now or self.now()
        return {
            w: (store.used(self.engine, self.name, w, window_start(w, now)), limit)
            for w, limit in self.limits.items()
        }

    def resets_at(self, window: str, now: datetime | None = None) -> datetime:
        return window_end(window, now or self.now())


WINDOW_WORDS = {"minute": "this minute", "day": "today", "month": "this month"}


def describe(name: str, engine: Engine, now: datetime | None = None) -> str:
    """ "today 120 of 250, this minute 3 of 10": a budget's use in words, widest window first."""
    budget = Budget.for_name(name, engine)
    used = budget.remaining(now)
    parts = []
    for window in sorted(used, key=lambda w: -WINDOWS.index(w)):
        spent, limit = used[window]
        part = f"{WINDOW_WORDS[window]} {spent:,} of {limit:,}"
        if window != "minute":
            part += f" (resets {budget.resets_at(window, now):%Y-%m-%d %H:%M} UTC)"
        parts.append(part)
    return ", ".join(parts)


def budgeted(spider: str) -> bool:
    """Whether a platform's requests count against a budget (its key's quota)."""
    return spider in DEFAULT_LIMITS
