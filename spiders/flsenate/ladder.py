"""Florida's bill history actions (flsenate.gov): the "flsenate" vocabulary.

One history cell holds several actions separated by bullets; the spider splits them and strips
the journal cite ("-HJ 123"), so each row below sees one action: "Referred to Judiciary;
Appropriations Committee", "Favorable with CS by Rules", "CS passed; YEAS 28 NAYS 10",
"Ordered enrolled", "Approved by Governor", "Chapter No. 2025-123". Rows are tried before the
shared free-text table (tracker/status/rules/text.py).
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

FL_ACTIONS: list[tuple[str, str | None]] = [
    # Amendments and motions pass or fail without deciding the bill.
    (r"^amendment|amendments? .*(adopted|failed|withdrawn)|motion to .* (failed|adopted)", None),
    # A bill laid on the table because its companion passed lives on in the companion.
    (r"laid on table|substituted|companion bill", None),
    (r"approved by governor|chapter no\.|became law without", "enacted"),
    (r"vetoed by governor|\bveto(ed)?\b", "vetoed"),
    (r"presented to governor|signed by officers", "sent_to_executive"),
    (r"ordered enrolled|\benrolled\b", "passed_legislature"),
    (
        r"died in|died on calendar|died in messages|indefinitely postponed|"
        r"withdrawn (from|prior to)|withdrawn$",
        "failed",
    ),
    (r"^(cs )?(passed|adopted)|^(cs )?passed as amended|^concurred", PASSAGE),
    (r"^unfavorable by", None),
    (r"favorable( with cs)? by|reported out of", "passed_committee"),
    (r"^cs by .*read 1st time|read (2nd|3rd|second|third) time|placed on .*calendar", None),
    (r"in messages|^received|retained on calendar|temporarily postponed", None),
    (r"referred to|now in|on committee agenda", "in_committee"),
    (r"^filed|^introduced|1st reading|read 1st time|prefiled", "introduced"),
]

ACTIONS: list[tuple[str, str | None]] = FL_ACTIONS + text.ACTIONS


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="flsenate",
        map_action=map_action,
        # The bill list's "last action" text is the only status Florida shows.
        map_raw_status=lambda raw: table_status(ACTIONS, raw),
    )
)
