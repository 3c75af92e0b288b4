"""Chicago eLMS: the City Clerk's action names and matter statuses onto the ladder.

Chicago's path (the place's own rule, applied below): the City Council is one chamber. An
ordinance or order passed by the Council takes effect unless the Mayor vetoes it (the Mayor's
signature is not part of the record and not required), so Council passage is `enacted`; a later
veto makes it `vetoed`, and an override makes it `enacted` again. A resolution takes effect on
adoption, so its adoption is `enacted` as well. A committee's recommendation moves a matter out
of committee, never through the Council.
"""

import re

from tracker.status.ladder import OVERRIDE
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    first_match,
    register,
    table_status,
)

COMMITTEE_BODY = r"\b(committee|subcommittee|commission)\b"

# (actionName pattern, step), first match wins.
ACTIONS: list[tuple[str, str | None]] = [
    (r"veto (was )?(overrid|overturn)|overrid(e|den)", OVERRIDE),
    (r"\bveto", "vetoed"),
    (r"recommended (to )?(do not pass|not to pass)|do not pass|unfavorabl", "failed"),
    (r"failed|defeated|not (passed|adopted)|rejected|\blost\b", "failed"),
    (r"withdrawn|placed on file|tabled|expired|stricken", "failed"),
    (r"recommended|recommend", "passed_committee"),
    (r"passed|adopted|approved|\bpass\b|concurred", "enacted"),
    (r"re-?referred|referred|assigned|sent to committee", "in_committee"),
    (r"held in committee|deferred|continued|hearing|amended|substitut", "in_committee"),
    (r"direct introduction|introduced|introduction|received", "introduced"),
]

# eLMS `status` (with `subStatus`), used only when the actions were not fetched.
STATUS_NAMES: list[tuple[str, str | None]] = [
    (r"veto", "vetoed"),
    (r"failed|withdrawn|placed on file|expired|do not pass", "failed"),
    (r"passed|adopted|approved|final", "enacted"),
    (r"recommended", "passed_committee"),
    (r"committee|referred|hearing", "in_committee"),
    (r"introduced|pending|^new$", "introduced"),
]


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    body = action.actor or ""
    if re.search(COMMITTEE_BODY, body, re.I):
        kind = "committee"
    elif re.search(r"\bmayor\b", body, re.I):
        kind = "executive"
    else:
        kind = "legislature"
    _, step = first_match(ACTIONS, action.description)
    if step == "enacted" and action.passed is False:
        step = "failed"
    if step in ("enacted", "passed_committee") and kind == "committee":
        return "passed_committee", kind  # a committee's "passed" is a recommendation
    return step, kind


VOCABULARY = register(
    Vocabulary(
        name="chicago_elms",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(STATUS_NAMES, raw),
    )
)
