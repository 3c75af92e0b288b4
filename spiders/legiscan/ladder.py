"""LegiScan status codes (bill `status`) and progress event codes (`progress[].event`): the
"legiscan" vocabulary. An action that carries a progress code maps by it; LegiScan's `history`
rows carry only the state's own text, which maps through the shared free-text table."""

from tracker.status.ladder import OVERRIDE
from tracker.status.rules import text
from tracker.status.vocabulary import (
    ActionLike,
    StepAndKind,
    Vocabulary,
    register,
    table_status,
    text_step,
)

STATUS_CODES: dict[int, str | None] = {
    0: None,  # N/A, pre-filed or pre-introduction
    1: "introduced",
    2: "passed_chamber",  # engrossed
    3: "passed_legislature",  # enrolled
    4: "enacted",  # passed (signed or became law)
    5: "vetoed",
    6: "failed",
}

PROGRESS_EVENTS: dict[int, str | None] = {
    **STATUS_CODES,
    7: OVERRIDE,
    8: "enacted",  # chaptered
    9: "in_committee",  # referred
    10: "passed_committee",  # report pass
    # Report DNP: a committee report against the bill. It does not end the bill (Alaska HB1 of
    # 2011 got one and passed the House), so it moves nothing; a failure comes as its own event.
    11: None,
    12: None,  # draft
}


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    for code in action.classification:
        if code.isdigit() and int(code) in PROGRESS_EVENTS:
            return PROGRESS_EVENTS[int(code)], action.actor_kind
    if not action.classification:
        return text_step(action, text.ACTIONS), action.actor_kind
    return None, action.actor_kind


def map_raw_status(raw: str) -> str | None:
    if raw.strip().isdigit():
        return STATUS_CODES.get(int(raw))
    return table_status(text.ACTIONS, raw)


VOCABULARY = register(
    Vocabulary(name="legiscan", map_action=map_action, map_raw_status=map_raw_status)
)
