"""Arizona's bill events: the "azleg" vocabulary.

Arizona no longer publishes a list of actions: the spider rebuilds the history from the bill's
date fields (`IntroducedDate`, `House1stRead`, …), its committee and floor results
(`BillStatusAction[].Action`: DP, DPA, DPA/SE, PASSED, FAILED, …), its transmittals
(`BodyTransmittedTo`) and the Governor's action, and puts that source code in the action's
classification. The code decides; the text table is the fallback for anything else.
"""

from tracker.status.ladder import PASSAGE
from tracker.status.rules import text
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    register,
    table_status,
    text_step,
)

# (classification code, step); committee results only count as such when a committee acted.
CODES: dict[str, str | None] = {
    "PreFileDate": "introduced",
    "IntroducedDate": "introduced",
    "House1stRead": "in_committee",  # first reading assigns the committees
    "Senate1stRead": "in_committee",
    "House1stWaived": None,
    "Senate1stWaived": None,
    "House2ndRead": None,
    "Senate2ndRead": None,
    "House2ndWaived": None,
    "Senate2ndWaived": None,
    "HouseConsentCalendarDate": None,
    "SenateConsentCalendarDate": None,
    "RequestforEnactment": None,
    "VetoOverride": "enacted",
    "transmit:H": None,  # to the House: the Senate's passage is its own action
    "transmit:S": None,
    "transmit:G": "sent_to_executive",
    "transmit:SS": "passed_legislature",  # filed with the Secretary of State
    "governor:Signed": "enacted",
    "governor:Vetoed": "vetoed",
    # The Committee of the Whole's recommendation is a floor step before the vote.
    "COW": None,
    # BillStatusAction codes.
    "DP": "passed_committee",
    "DPA": "passed_committee",
    "DPA/SE": "passed_committee",
    "DPS": "passed_committee",
    "DNP": None,
    "PFC": None,  # the Rules committee's "proper for consideration"
    "C&P": None,  # "constitutional and in proper form"
    "HELD": None,
    "FP": None,
    "INTRO": None,
    "AMEND": None,
    "W/D": None,  # withdrawn from a committee: the bill goes on
    "PASSED": PASSAGE,
    "FAILED": "failed",
}
FLOOR_ONLY = {"PASSED", "FAILED"}  # on a committee these are the committee's result


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    for code in action.classification:
        if code in CODES:
            step = CODES[code]
            if code in FLOOR_ONLY and action.actor_kind == "committee":
                step = "passed_committee" if code == "PASSED" else None
            return step, action.actor_kind
    return text_step(action, text.ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="azleg",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(text.ACTIONS, raw),
    )
)
