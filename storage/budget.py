"""Request budgets kept in the database, so that every process crawling one API key counts
against the same numbers (Open States' free tier allows 10 requests a minute and 250 a day;
LegiScan's 30,000 a month)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from storage.models import ApiUsage

_USAGE = ApiUsage.__table__  # type: ignore[attr-defined]


class _Full(Exception):
    pass


def _where(budget: str, window: str, starts: datetime) -> sa.ColumnElement[bool]:
    return sa.and_(_USAGE.c.budget == budget, _USAGE.c.window == window, _USAGE.c.starts == starts)


def spend(
    engine: Engine, budget: str, windows: dict[str, tuple[datetime, int]], n: int = 1
) -> str | None:
    """Count N requests in every window if none would pass its limit; otherwise count nothing
    and return the name of the first window that is full. WINDOWS maps a window name to its
    (start, limit). Each count is a conditional UPDATE, so two processes cannot both take the
    last request, and a refusal rolls back what the other windows counted."""
    full: str | None = None
    try:
        with engine.begin() as conn:
            for window, (starts, limit) in windows.items():
                exists = conn.execute(
                    sa.select(_USAGE.c.id).where(_where(budget, window, starts))
                ).first()
                if exists is None:
                    try:
                        with conn.begin_nested():
                            conn.execute(
                                sa.insert(_USAGE).values(
                                    budget=budget, window=window, starts=starts, used=0
                                )
                            )
                    except sa.exc.IntegrityError:
                        pass  # another process opened the window first
                counted = conn.execute(
                    sa.update(_USAGE)
                    .where(_where(budget, window, starts), _USAGE.c.used + n <= limit)
                    .values(used=_USAGE.c.used + n)
                )
                if counted.rowcount == 0:
                    full = window
                    raise _Full
    except _Full:
        return full
    return None


def used(engine: Engine, budget: str, window: str, starts: datetime) -> int:
    with engine.connect() as conn:
        value = conn.execute(
            sa.select(_USAGE.c.used).where(_where(budget, window, starts))
        ).scalar()
    return int(value or 0)
