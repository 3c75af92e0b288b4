"""Granicus Legistar: action names (MatterHistoryActionName), the passed flag, matter status names.

Every Legistar client names its actions a little differently; these cover the common names seen in
public Legistar data (Chicago, Seattle, NYC, Philadelphia, San Francisco, Madison and others).
"""

import re

from tracker.status.ladder import OVERRIDE, PASSAGE
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    first_match,
    register,
    table_status,
)

# Bodies whose action is a committee's, not the whole council's.
COMMITTEE_BODY = r"\b(committee|subcommittee|commission|task force|working group)\b"

# (action-name pattern, step). The passed flag then refines PASSAGE: 0 means the vote failed.
ACTIONS: list[tuple[str, str | None]] = [
    (r"veto (was )?(overrid|overturn)|override (of )?(the )?veto|veto override", OVERRIDE),
    (r"veto (was )?sustained", "vetoed"),
    (r"\bvetoed\b|\bveto\b", "vetoed"),
    (
        r"(signed|approved|executed) by (the )?(mayor|county executive|executive|president)",
        "enacted",
    ),
    (r"became (law|effective)|without (the )?(mayor'?s? )?signature|\benacted\b", "enacted"),
    (r"^signed\b|mayor'?s? signature", "enacted"),
    (
        r"(sent|transmitted|presented|forwarded|delivered) to (the )?"
        r"(mayor|county executive|executive|president)",
        "sent_to_executive",
    ),
    (
        r"recommend(ed)? (to )?(not|do not) pass|do not pass|recommended for rejection|"
        r"unfavorabl",
        "failed",
    ),
    (r"failed|defeated|not (passed|adopted)|rejected|\blost\b|\bdied\b", "failed"),
    (r"withdrawn|tabled|laid on the table|placed on file|stricken|expired", "failed"),
    (
        r"recommend|do pass|reported (out )?favorabl|approved (by|in) committee|"
        r"forwarded with|favorabl",
        "passed_committee",
    ),
    (r"passed|adopted|approved|\bpass\b|concurred", PASSAGE),
    (r"referred|re-referred|assigned|committed to|sent to committee", "in_committee"),
    (r"hearing|held in committee|discussed|laid over|continued|deferred|amended", "in_committee"),
    (r"introduced|introduction|\bfiled\b|received|submitted|first reading|intro", "introduced"),
]

# MatterStatusName, used only for measures whose history was not fetched.
STATUS_NAMES: list[tuple[str, str | None]] = [
    (r"veto", "vetoed"),
    (r"failed|defeated|withdrawn|tabled|placed on file|expired|dead|lost", "failed"),
    (r"enacted|signed|approved by mayor|became law|effective|adopted", "enacted"),
    (r"mayor|executive", "sent_to_executive"),
    (r"passed", "passed_legislature"),
    (r"committee|referred|hearing", "in_committee"),
    (r"introduced|filed|pending|draft|agenda ready|^new$", "introduced"),
]

_RESOLUTION = re.compile(r"resolution|proclamation|memorial|motion", re.I)


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    """A council is one chamber; the body that acted and the passed flag refine the step.

    Each place's path to the ladder: an ordinance passed by the council moves to
    passed_legislature and is enacted by the executive's signature ("APPROVED" by the Mayor in
    San Francisco) or a "became law" row; a resolution adopted by the council takes effect on
    adoption, so its passage is enacted.
    """
    body = action.actor or ""
    if re.search(COMMITTEE_BODY, body, re.I):
        kind = "committee"
    elif re.search(r"\b(mayor|county executive|executive)\b", body, re.I):
        kind = "executive"
    else:
        kind = "legislature"  # a council or board is one chamber
    _, step = first_match(ACTIONS, action.description)
    if step == PASSAGE and action.passed is False:
        step = "failed"
    if step in (PASSAGE, "passed_committee") and kind == "executive":
        return "enacted", kind  # "APPROVED" by the Mayor (San Francisco) is the signature
    if step in (PASSAGE, "passed_committee") and kind == "committee":
        return "passed_committee", kind
    if step == "passed_committee" and kind == "legislature" and action.passed is not False:
        # "Recommended for adoption" is a committee's words, even when the clerk files it
        # under the council; it moves the measure out of committee, not through the council.
        return "passed_committee", kind
    if step == PASSAGE and _RESOLUTION.search(measure_type or ""):
        return "enacted", kind  # a resolution adopted by the council takes effect
    return step, kind


VOCABULARY = register(
    Vocabulary(
        name="legistar",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(STATUS_NAMES, raw),
    )
)
