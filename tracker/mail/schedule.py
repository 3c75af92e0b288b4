"""When a digest is due: daily at or after the subscriber's local send hour, weekly on their
weekday (Monday by default). A run that was missed (machine off) catches up at the next run,
once, because due-ness compares the last digest with the most recent slot, not with "now"."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def last_slot(
    now: datetime, frequency: str, timezone: str, hour: int, weekday: int = 0
) -> datetime:
    """The most recent scheduled send time at or before NOW (aware, in the subscriber's zone)."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = now.astimezone(zone)
    slot = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if frequency == "weekly":
        slot -= timedelta(days=(local.weekday() - weekday) % 7)
        if slot > local:
            slot -= timedelta(days=7)
    elif slot > local:
        slot -= timedelta(days=1)
    # Wall-clock arithmetic across a DST change: re-attach the zone so the offset is right.
    return slot.replace(tzinfo=None).replace(tzinfo=zone)


def is_due(sub, now: datetime) -> bool:  # noqa: ANN001 - storage.mail_models.Subscription
    """True when a scheduled slot has passed since the last digest (or since subscribing)."""
    since = sub.last_digest_at or sub.confirmed_at or sub.created_at
    slot = last_slot(now, sub.frequency, sub.timezone, sub.send_hour, sub.send_weekday)
    return since < slot
