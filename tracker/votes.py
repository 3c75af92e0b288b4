"""Roll calls in one shape: each member's vote as one of a few words, and the tally.

Councils write votes many ways ("Yea", "Aye", "Y", "Nay", "Present", "Absent", "Excused",
"Recused"); the spiders hand the source's words here so every measure page and the API show the
same words and a tally that adds up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

VOTE_WORDS: list[tuple[str, str]] = [
    (r"^(yea|yeas|aye|ayes|yes|y|affirmative|for|approve[ds]?|in favou?r)$", "yes"),
    (r"^(nay|nays|no|noes|n|negative|against|oppose[ds]?)$", "no"),
    (r"^(abstain(ed|s)?|abstention|present|recus(e|ed|al)|conflict)$", "abstain"),
    (r"^(absent|a)$", "absent"),
    (r"^(excused|excused absence|e)$", "excused"),
    (r"^(not voting|did not vote|nv|no vote|non[- ]?voting)$", "not voting"),
]


def member_vote(word: object) -> str:
    """The normalized vote for the source's word; 'other' for what no table knows."""
    text = re.sub(r"\s+", " ", str(word or "")).strip().lower().rstrip(".")
    for pattern, vote in VOTE_WORDS:
        if re.match(pattern, text):
            return vote
    return "other"


def roll_call(
    members: Iterable[tuple[object, object]],
    motion: str | None = None,
    passed: bool | None = None,
) -> dict[str, Any] | None:
    """A VoteItem dict from (name, source word) pairs; None when there is no member's vote.

    The result is the source's own verdict where it gives one (a passed flag), else the tally's.
    """
    rows = [
        {"name": str(name).strip(), "vote": member_vote(word)}
        for name, word in members
        if name and str(name).strip()
    ]
    if not rows:
        return None
    yes = sum(1 for r in rows if r["vote"] == "yes")
    no = sum(1 for r in rows if r["vote"] == "no")
    won = yes > no if passed is None else passed
    return {
        "motion": motion,
        "result": "pass" if won else "fail",
        "yes": yes,
        "no": no,
        "other": len(rows) - yes - no,
        "members": rows,
    }
