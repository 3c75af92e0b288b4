"""Apply a vocabulary's rules: one action (or a raw platform status) to a step on the ladder."""

from __future__ import annotations

import re

from tracker.status.ladder import PASSAGE, Mapped
from tracker.status.vocabulary import ActionLike, get

_CHAMBER_IN_TEXT = re.compile(r"\b(senate|house|assembly|council)\b", re.I)


def map_action(
    vocabulary: str, action: ActionLike, level: str, measure_type: str | None = None
) -> Mapped:
    """The step ACTION maps to in VOCABULARY, with who acted, ready for derive_status."""
    step, kind = get(vocabulary).map_action(action, level, measure_type)
    actor = action.actor
    if step == PASSAGE and not actor:
        found = _CHAMBER_IN_TEXT.search(action.description)
        actor = found.group(1).lower() if found else None
    return Mapped(date=action.date, step=step, actor=actor, actor_kind=kind)  # type: ignore[arg-type]


def map_raw_status(vocabulary: str, raw_status: str | None) -> str | None:
    """The step a platform's own status field names; used only where no history was fetched."""
    if not raw_status:
        return None
    return get(vocabulary).map_raw_status(raw_status)
