"""New York's Open Legislation action text ("REFERRED TO JUDICIARY", "AMEND (T) AND RECOMMIT TO
JUDICIARY", "DELIVERED TO GOVERNOR", "SIGNED CHAP.123") and its status codes (BillStatusType:
IN_SENATE_COMM, PASSED_ASSEMBLY, ...), onto the ladder: the "nysenate" vocabulary.

The rows special to New York come first; anything else falls through to the shared free-text
table (tracker/status/rules/text.py), which already knows "passed", "vetoed" and the like.
"""

from __future__ import annotations

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

NY_ACTIONS: list[tuple[str, str | None]] = [
    # Bookkeeping lines that name a chamber, a committee or a print number without moving the
    # bill: new print numbers, substitutions, deliveries between the houses, calendar moves.
    (r"^print number\b", None),
    (r"^substituted (by|for)\b", None),
    (r"^delivered to (senate|assembly)$|^returned to (senate|assembly)$", None),
    (r"^advanced to third reading|^amended on third reading|^recalled from", None),
    (r"^(senate|assembly) (bill|print)", None),
    (r"^delivered to governor", "sent_to_executive"),
    (r"^signed chap\b|^signed chap\.|approval memo", "enacted"),
    (r"^vetoed memo|^vetoed\b|^veto sustained", "vetoed"),
    (r"enacting clause stricken|^lost\b|^defeated\b|^motion to discharge lost", "failed"),
    (r"^(re)?passed (senate|assembly)|^passed\b", PASSAGE),
    (r"^ordered to third reading|^reported\b|^\d(st|nd|rd|th) report cal", "passed_committee"),
    (r"^referred to|recommit(ted)? to|^committed to|^amend(ed)? .*and recommit", "in_committee"),
]

ACTIONS: list[tuple[str, str | None]] = NY_ACTIONS + text.ACTIONS

# Open Legislation's status descriptions (status.statusDesc) and codes (status.statusType).
STATUS: list[tuple[str, str | None]] = [
    (r"pocket approval|pocket_approval", "enacted"),
    (r"signed by gov|signed_by_gov|^adopted$", "enacted"),
    (r"vetoed", "vetoed"),
    (r"delivered to gov|delivered_to_gov", "sent_to_executive"),
    (r"^passed[ _](senate|assembly)", "passed_chamber"),
    (r"^(senate|assembly)[ _]floor", "passed_committee"),
    (r"^in[ _](senate|assembly)[ _]comm", "in_committee"),
    (r"^stricken$|^lost$", "failed"),
    (r"^substituted", None),
    (r"^introduced$", "introduced"),
]


def map_action(action: ActionLike, level: str, measure_type: str | None) -> StepAndKind:
    return text_step(action, ACTIONS), action.actor_kind


VOCABULARY = register(
    Vocabulary(
        name="nysenate",
        map_action=map_action,
        map_raw_status=lambda raw: table_status(STATUS, raw),
    )
)
