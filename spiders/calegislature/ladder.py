"""California's history lines ("Read third time. Passed. Ordered to the Senate.", "In committee:
Referred to suspense file.", "Chaptered by Secretary of State - Chapter 495, Statutes of 2017.")
and bill_tbl's measure_state onto the ladder: the "calegislature" vocabulary.

California's own rows come first; the shared free-text table (tracker/status/rules/text.py)
handles the rest ("Approved by the Governor.", "Vetoed by Governor.", "Referred to Com. on JUD.").
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

CA_ACTIONS: list[tuple[str, str | None]] = [
    # Printing and calendar lines that mention a committee or a reading without moving the bill.
    (r"^from printer", None),
    (
        r"^(read second time|read third time)( and amended)?\. ordered to (second|third) reading",
        None,
    ),
    (r"refused passage", "failed"),
    (r"withdrawn from committee", "in_committee"),
    (r"consideration of governor'?s veto", None),
    (r"ordered to engrossing and enrolling|to engrossing and enrolling", "passed_legislature"),
    (
        r"^from committee:? (do pass|be ordered to (second|third) reading|be adopted|"
        r"amend,? and do pass|with (the )?recommendation)",
        "passed_committee",
    ),
]

ACTIONS: list[tuple[str, str | None]] = CA_ACTIONS + text.ACTIONS

# bill_tbl.measure_state
STATUS: list[tuple[str, str | None]] = [
    (r"^chaptered", "enacted"),
    (r"^vetoed", "vetoed"),
    (r"^enrolled", "passed_legislature"),
    (r"^(failed|died)", "failed"),
    (r"^amended", None),  # amended in either house: no step by itself
    (r"^introduced", "introduced"),
]


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="calegislature",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(STATUS, raw),
    )
)
