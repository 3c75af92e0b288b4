"""The status ladder: one ordered scale for every legislature, and the rules that map each source's
own vocabulary onto it. Status is derived from actions only; an unmapped action is kept and shown
but never moves the status."""

from tracker.status.ladder import (
    LADDER,
    OUTCOMES,
    STATUSES,
    Mapped,
    derive_status,
    is_terminal,
    rank,
)
from tracker.status.mapping import map_action, map_raw_status

__all__ = [
    "LADDER",
    "OUTCOMES",
    "STATUSES",
    "Mapped",
    "derive_status",
    "is_terminal",
    "map_action",
    "map_raw_status",
    "rank",
]
