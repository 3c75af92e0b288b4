"""Open Civic Data action classifications (Open States and pupa scrapers): the "ocd" vocabulary.

Open States gives every action a list of classifications (possibly empty); the first one found
in the table below decides. Actions with none are kept and shown but do not move the status.
"""

from tracker.status.ladder import OVERRIDE, PASSAGE
from tracker.status.rules import text
from tracker.status.vocabulary import ActionLike, StepAndKind, Vocabulary, register, table_status

# When an action carries several classifications, the one listed first here decides.
CLASSIFICATIONS: list[tuple[str, str | None]] = [
    ("veto-override-passage", OVERRIDE),
    ("veto-override-failure", "vetoed"),
    ("executive-veto", "vetoed"),
    ("executive-veto-line-item", None),  # the rest of the bill is signed: a separate action
    ("became-law", "enacted"),
    ("executive-signature", "enacted"),
    ("executive-receipt", "sent_to_executive"),
    ("enrolled", "passed_legislature"),
    ("concurrence", "passed_legislature"),
    ("passage", PASSAGE),
    ("failure", "failed"),
    ("withdrawal", "failed"),
    ("committee-failure", "failed"),
    ("committee-passage-favorable", "passed_committee"),
    ("committee-passage", "passed_committee"),
    ("committee-passage-unfavorable", None),  # reported out against: no step either way
    ("reported-out-of-committee", "passed_committee"),
    ("referral-committee", "in_committee"),
    ("referral", "in_committee"),
    ("hearing-held", "in_committee"),
    ("work-session", "in_committee"),  # a committee's working meeting on the bill (Oregon)
    ("introduction", "introduced"),
    ("filing", "introduced"),
    ("reading-1", "introduced"),
    ("reading-2", None),
    ("reading-3", None),
    ("deferral", None),
    ("carried-over", None),
    ("substitution", None),
    ("informal-passage", None),  # "passed over informally" sets the bill aside for now
    ("receipt", None),
    ("sponsorship", None),
    ("amendment-introduction", None),  # amendments move the text, not the bill
    ("amendment-passage", None),
    ("amendment-withdrawal", None),
    ("amendment-failure", None),
    ("amendment-amendment", None),
    ("amendment-deferral", None),
]


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    present = set(action.classification)
    for name, step in CLASSIFICATIONS:
        if name in present:
            return step, action.actor_kind
    return None, action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="ocd",
        map_action=map_action,
        # Open States has no bill status field; a raw status, if any, is free text.
        map_raw_status=lambda raw: table_status(text.ACTIONS, raw),
    )
)
