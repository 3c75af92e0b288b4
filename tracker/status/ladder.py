"""The ladder and how a history of mapped actions becomes one status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tracker.domain import LADDER, OUTCOMES, STATUSES

__all__ = ["LADDER", "OUTCOMES", "STATUSES"]

# Tokens a rule may return besides a status: a chamber passed the measure, or a chamber voted to
# override a veto. What they mean depends on how many chambers must act, which only the whole
# history knows.
PASSAGE = "passage"
OVERRIDE = "override"

LABELS = {
    "introduced": "Introduced",
    "in_committee": "In committee",
    "passed_committee": "Passed committee",
    "passed_chamber": "Passed one chamber",
    "passed_legislature": "Passed the legislature",
    "sent_to_executive": "Sent to the executive",
    "enacted": "Enacted",
    "vetoed": "Vetoed",
    "failed": "Failed",
}


@dataclass(frozen=True)
class Mapped:
    """One action as the deriver needs it: its date, the step or token it maps to, who acted."""

    date: date
    step: str | None
    actor: str | None = None
    actor_kind: str | None = None


def rank(status: str | None) -> int:
    """Position on the ladder; -1 for none and for the terminal outcomes."""
    return LADDER.index(status) if status in LADDER else -1


def is_terminal(status: str | None) -> bool:
    return status in OUTCOMES


def chambers_needed(level: str, state: str | None) -> int:
    """Councils, boards, Nebraska and the DC Council have one chamber; other legislatures two."""
    if level in ("city", "county") or (state or "").upper() in ("NE", "DC"):
        return 1
    return 2


def _apply(status: str | None, step: str) -> str:
    # A terminal outcome is replaced by whatever the next mapped action says (an override, a
    # reconsideration): the ladder follows the actions. On the ladder, status never goes back
    # (a second chamber's referral does not undo the first chamber's passage).
    if step in OUTCOMES or status is None or status in OUTCOMES:
        return step
    return step if rank(step) > rank(status) else status


def derive_status(
    actions: Iterable[Mapped], level: str, state: str | None = None
) -> tuple[str | None, date | None]:
    """The status after ACTIONS (in history order) and the date of the action that set it."""
    needed = chambers_needed(level, state)
    status: str | None = None
    since: date | None = None
    passed_by: set[str] = set()
    overridden_by: set[str] = set()
    for action in actions:
        step = action.step
        if step is None:
            continue
        who = (action.actor or action.actor_kind or "?").strip().lower()
        if step == PASSAGE:
            passed_by.add(who)
            full = action.actor_kind == "legislature" or len(passed_by) >= needed
            step = "passed_legislature" if full else "passed_chamber"
        elif step == OVERRIDE:
            overridden_by.add(who)
            full = action.actor_kind == "legislature" or len(overridden_by) >= needed
            if not full:
                continue  # one chamber of two voted to override: still vetoed
            step = "enacted"
        new = _apply(status, step)
        if new != status:
            status, since = new, action.date
    return status, since
