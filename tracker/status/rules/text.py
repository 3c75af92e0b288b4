"""Free action text of state sites without a classification ("Read first time and referred to
Committee on Judiciary", "Passed Senate", "Chaptered by Secretary of State")."""

from tracker.status.ladder import OVERRIDE, PASSAGE
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    register,
    table_status,
    text_step,
)

ACTIONS: list[tuple[str, str | None]] = [
    (r"veto (was )?(overrid|overturn)|overrid(e|den)|override", OVERRIDE),
    (r"veto (was )?sustained|vetoed|\bveto\b", "vetoed"),
    (
        r"chaptered|signed by (the )?governor|approved by (the )?governor|became law|"
        r"law without (the )?(governor'?s? )?signature|\bact no\b|public act|session law|"
        r"effective date",
        "enacted",
    ),
    (
        r"(sent|presented|delivered|transmitted|enrolled and presented) to (the )?governor|"
        r"to governor|to executive",
        "sent_to_executive",
    ),
    (
        r"died|failed|defeated|withdrawn|tabled|indefinitely postponed|stricken|"
        r"held in committee without|do not pass|lost",
        "failed",
    ),
    (
        r"enrolled|concurred|passed both|final passage in both|sent to enrolling",
        "passed_legislature",
    ),
    (
        r"do pass|reported (out )?(favorably|with|as amended)|recommend(ed)? (for )?passage|"
        r"ordered reported|reported from committee|favorabl",
        "passed_committee",
    ),
    (r"passed|third reading.*(adopted|passed)|adopted", PASSAGE),
    (r"referred|re-referred|hearing|committee|in committee|assigned", "in_committee"),
    (r"introduced|first reading|read first time|prefiled|pre-filed|filed|reading 1", "introduced"),
]


def _map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


register(
    Vocabulary(
        name="text",
        map_action=_map_action,
        map_raw_status=lambda raw: table_status(ACTIONS, raw),
    )
)
