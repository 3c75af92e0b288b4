"""Illinois bill-status actions ("Filed with the Clerk by Rep. ...", "Do Pass Executive;
009-004-000", "Third Reading - Passed; 041-015-001", "Governor Approved", "Public Act . . .
104-0514") onto the ladder: the "ilga" vocabulary.

Illinois' own rows come first: amendment lines ("House Committee Amendment No. 1 Adopted in
Housing Committee") and calendar placements move nothing. The shared free-text table
(tracker/status/rules/text.py) handles the rest.
"""

from __future__ import annotations

from tracker.status.rules import text
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    register,
    table_status,
    text_step,
)

IL_ACTIONS: list[tuple[str, str | None]] = [
    (r"amendment no\.?\s*\d+", None),
    (r"^placed on calendar", None),
    (r"^rule \d+-\d+.*deadline", None),
    (r"sponsor", None),  # added, removed or changed sponsors
    (r"^assigned to|^re-assigned to", "in_committee"),  # "Assigned to Executive" (a committee)
    (r"^governor approved|^governor certifies", "enacted"),
    (r"^(house|senate) concurs", "passed_legislature"),
]

ACTIONS: list[tuple[str, str | None]] = IL_ACTIONS + text.ACTIONS


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="ilga",
        map_action=map_action,
        # The status field is the last action's text.
        map_raw_status=lambda raw: table_status(ACTIONS, raw),
    )
)
