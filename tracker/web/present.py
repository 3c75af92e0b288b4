"""How a stored measure is shown: ladder steps, votes, hearings ahead. Decisions, not SQL."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime

from storage.models import utcnow
from tracker.status.ladder import LABELS, LADDER, OUTCOMES

# Tallies as councils and legislatures write them: "Yeas 41, Nays 9", "Ayes: 7", "passed 8-1".
_TALLY = re.compile(
    r"\b(?:yeas?|ayes?|nays?|noes|abstain\w*|absent|excused|roll call)\b"
    r"|\b\d{1,3}\s*[-–]\s*\d{1,3}\b",
    re.IGNORECASE,
)
_VOTE_WORDS = re.compile(r"\bvot(?:e|ed|ing)\b|\broll call\b", re.IGNORECASE)


@dataclass(frozen=True)
class Step:
    code: str
    label: str
    state: str  # done | current | todo


def ladder_steps(status: str | None, actions: list[dict]) -> tuple[list[Step], str | None]:
    """The ladder as steps (done/current/todo) and the terminal outcome, if the measure has one.

    A vetoed or failed measure shows the highest step its actions reached, then the outcome.
    """
    outcome = status if status in OUTCOMES else None
    if status in LADDER:
        reached = LADDER.index(status)
    else:
        ranks = [LADDER.index(a["ladder_step"]) for a in actions if a.get("ladder_step") in LADDER]
        reached = max(ranks) if ranks else -1
    steps = []
    for i, code in enumerate(LADDER):
        state = "done" if i < reached else "current" if i == reached else "todo"
        if outcome and i == reached:
            state = "done"
        steps.append(Step(code, LABELS[code], state))
    return steps, outcome


def roll_call(action: dict) -> dict | None:
    """The action's stored roll call (JSON: motion, result, yes, no, other, members), or None
    when there is none or it cannot be read."""
    raw = action.get("vote")
    if not raw:
        return None
    try:
        vote = json.loads(raw) if isinstance(raw, str) else dict(raw)
    except (ValueError, TypeError):
        return None
    if not isinstance(vote, dict):
        return None
    members = [m for m in vote.get("members") or [] if isinstance(m, dict) and m.get("name")]
    return {
        "motion": vote.get("motion"),
        "result": vote.get("result") if vote.get("result") in ("pass", "fail") else None,
        "yes": int(vote.get("yes") or 0),
        "no": int(vote.get("no") or 0),
        "other": int(vote.get("other") or 0),
        "members": [{"name": str(m["name"]), "vote": str(m.get("vote") or "")} for m in members],
    }


def votes(actions: list[dict]) -> list[dict]:
    """Actions that record a vote: a roll call stored with them (each member's vote and the
    tally, as `roll_call`), or a tally or the word vote in their text or description."""
    found = []
    for action in actions:
        call = roll_call(action)
        words = f"{action.get('description') or ''} {action.get('text') or ''}"
        if call or _TALLY.search(words) or _VOTE_WORDS.search(words):
            found.append({**action, "roll_call": call})
    return found


def split_hearings(hearings: list[dict], now: datetime | None = None) -> tuple[list, list]:
    """(hearings ahead, soonest first; past hearings, latest first)."""
    now = now or utcnow()
    ahead = [h for h in hearings if _aware(h["starts_at"]) >= now]
    past = [h for h in hearings if _aware(h["starts_at"]) < now]
    return ahead, list(reversed(past))


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo else value.replace(tzinfo=UTC)
