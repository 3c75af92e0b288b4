"""Texas bill-history actions ("Filed", "Referred to State Affairs", "Reported favorably w/o
amendment(s)", "Passed to engrossment", "Sent to the Governor", "Effective on 9/1/25") onto the
ladder: the "txlege" vocabulary.

Texas' own rows come first: "Passed to engrossment" is the second reading, not the chamber's
passage; "Filed without the Governor's signature" makes law; the rest falls through to the
shared free-text table (tracker/status/rules/text.py).
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

TX_ACTIONS: list[tuple[str, str | None]] = [
    (r"passed to engrossment|passed to third reading", None),
    (r"withdrawn from schedule|laid on the table subject to call", None),
    (r"conference committee report|committee report sent to calendars", None),
    (r"^signed in the (house|senate)", None),
    (r"filed without the governor'?s signature|^effective (on|immediately)", "enacted"),
    (r"^reported engrossed$", None),
    (r"^(received from|sent to) the (house|senate)", None),
]

ACTIONS: list[tuple[str, str | None]] = TX_ACTIONS + text.ACTIONS


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="txlege",
        map_action=map_action,
        # The status field is the last action line ("06/20/2025 E Effective immediately").
        map_raw_status=lambda raw: table_status(ACTIONS, raw.split(" ", 2)[-1]),
    )
)
