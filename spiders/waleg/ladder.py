"""Washington's bill history lines (`HistoryLine`) and status codes (`Status`): the "waleg"
vocabulary.

History lines are the Legislature's own sentences ("First reading, referred to Labor &
Commerce.", "Third reading, passed; yeas, 83; nays, 13; absent, 0; excused, 2.",
"Governor signed."). The rows below are the phrasings the shared free-text table gets wrong or
misses; everything else falls through to tracker/status/rules/text.py.
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

WA_ACTIONS: list[tuple[str, str | None]] = [
    # A committee's report: the majority's "do pass" moves the bill out of committee; a
    # minority report or a "do not pass" does not end it.
    (r"minority;|majority; do not pass|without recommendation", None),
    (r"majority;.*do pass", "passed_committee"),
    # The Governor's hand and the floor votes decide even when a line says more.
    (r"governor partially vetoed|partial veto", "enacted"),
    (r"governor signed|chapter \d+, \d{4} laws|without (the )?governor'?s? signature", "enacted"),
    (r"governor vetoed", "vetoed"),
    (r"delivered to (the )?governor", "sent_to_executive"),
    (r"final passage|concurred in (house|senate) amendments", "passed_legislature"),
    (r"third reading, passed|^adopted\.?$", PASSAGE),
    (r"third reading, failed", "failed"),
    # Amendments, substitutions and calendar moves change no step ("Floor amendment(s)
    # adopted." is not the bill's passage).
    (r"amendment\(?s?\)? (were |was )?(adopted|not adopted|withdrawn|offered|ruled)", None),
    (r"substitute bill (be )?substituted|bill substituted", None),
    (r"refuses to concur|asks? (the )?(house|senate) to recede|recede", None),
    (r"placed on (second|third|2nd|3rd) reading|rules suspended|relieved of further", None),
    (r"returned to (the )?(house |senate )?rules committee", None),
    (r"by resolution, (reintroduced|returned)|retained in present status", None),
    (r"\b(speaker|president) signed\b", None),
    # Out of the policy committee towards the floor.
    (r"passed to (the )?rules committee", "passed_committee"),
    (r"first reading, referred|referred to", "in_committee"),
    (r"public hearing|executive action taken|scheduled for", "in_committee"),
    (r"prefiled for introduction|^introduced", "introduced"),
]

ACTIONS: list[tuple[str, str | None]] = WA_ACTIONS + text.ACTIONS

# `Status` codes ("H Rules R", "HRules 3C", "S Passed 3rd", "C 45 L 25"), used only for bills
# whose history was not fetched.
STATUS_CODES: list[tuple[str, str | None]] = [
    (r"^c \d+ l \d+|gov(ernor)? signed|partial veto|became law", "enacted"),
    (r"veto", "vetoed"),
    (r"del(ivered)? to gov", "sent_to_executive"),
    (r"passed 3rd|passed third", "passed_chamber"),
    (r"^[hs] ?rules|2nd reading|3rd reading|^[hs] ?(spec )?cal", "passed_committee"),
    (r"prefile|^[hs] ?introduced", "introduced"),
    (r"^[hs] ", "in_committee"),
]


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="waleg",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(STATUS_CODES, raw),
    )
)
