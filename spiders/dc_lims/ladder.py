"""DC Council LIMS: history entry types and action words onto the ladder.

The District's path (the place's own rule, applied below): the Council is one chamber and votes
on a bill twice. Introduction, then referral to a committee (or "Retained by the Council"); a
committee's markup moves it out of committee; the first reading is its first vote
(`passed_committee` on this ladder: out of committee, not yet passed); the final reading passes
the Council (`passed_legislature`). The bill goes to the Mayor (`sent_to_executive`); the Mayor's
signature, or the Council's override of a veto, or the Mayor's silence, makes it an act
(`enacted`): an emergency act takes effect then, a temporary or permanent act after the
congressional review period, which rarely ends in disapproval (then `failed`). A resolution takes
effect on adoption (`enacted`).
"""

from tracker.status.ladder import OVERRIDE
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    first_match,
    register,
    table_status,
)

# The history entry's `type` (carried in the action's classification), first match wins.
TYPES: list[tuple[str, str | None]] = [
    (r"^introduction$", "introduced"),
    (r"referral|retained", "in_committee"),
    (r"hearing|roundtable", "in_committee"),
    (r"committeemarkup|committeeaction|committeereport", "passed_committee"),
    (r"transmittedtomayor", "sent_to_executive"),
    (r"vetoed|veto$", "vetoed"),
    (r"signed|enacted|withoutsignature|deemedapproved", "enacted"),
    (r"disapproved|withdrawn|deemedwithdrawn|tabled", "failed"),
]

# The action's words (a meeting's "Final Reading, Approved"; free text otherwise).
ACTIONS: list[tuple[str, str | None]] = [
    (r"veto (was )?overrid|override", OVERRIDE),
    (r"\bvetoed\b", "vetoed"),
    (r"disapproved|failed|not approved|rejected|tabled|withdrawn", "failed"),
    (r"final reading|second reading|final vote", "passed_legislature"),
    (r"first reading", "passed_committee"),
    (r"adopted|adoption", "enacted"),
    (r"signed by the mayor|enacted|became (law|effective)", "enacted"),
    (r"transmitted to (the )?mayor", "sent_to_executive"),
    (r"mark-?up|reported (out )?favorabl|committee (approved|action)", "passed_committee"),
    (r"public hearing|roundtable|referred|retained by the council", "in_committee"),
    (r"introduced", "introduced"),
]

# The bill's `status` field, used only when the history was not fetched.
STATUS_NAMES: list[tuple[str, str | None]] = [
    (r"veto", "vetoed"),
    (r"withdrawn|disapproved|expired|tabled|failed", "failed"),
    (r"law|act |act$|enacted|signed|adopted|effective", "enacted"),
    (r"mayor", "sent_to_executive"),
    (r"final reading|passed", "passed_legislature"),
    (r"first reading", "passed_committee"),
    (r"committee|hearing|review|referred", "in_committee"),
    (r"introduced|pending", "introduced"),
]


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    kinds = [c.replace(" ", "").lower() for c in action.classification]
    actor = (action.actor or "").lower()
    who = "executive" if "mayor" in actor else "committee" if "committee" in actor else None
    if "meetingvoting" in kinds or not kinds:
        matched, step = first_match(ACTIONS, action.description)
        if step in ("passed_legislature", "passed_committee") and action.passed is False:
            step = "failed"
        if step == "passed_legislature" and (measure_type or "").lower() == "resolution":
            step = "enacted"  # a resolution takes effect on adoption
        return step, who or "legislature"
    for kind in kinds:
        matched, step = first_match(TYPES, kind)
        if matched:
            return step, who or "legislature"
    _, step = first_match(ACTIONS, action.description)
    return step, who or "legislature"


VOCABULARY = register(
    Vocabulary(
        name="dc_lims",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(STATUS_NAMES, raw),
    )
)
