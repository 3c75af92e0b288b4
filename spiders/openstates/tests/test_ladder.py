"""Every Open Civic Data action classification has its place in the "ocd" table."""

from __future__ import annotations

from datetime import date

import pytest

from spiders.openstates.ladder import CLASSIFICATIONS
from tracker.items import ActionItem
from tracker.status import map_action
from tracker.status.ladder import PASSAGE

# openstates-core, openstates/data/common.py BILL_ACTION_CLASSIFICATION_CHOICES.
OCD = [
    "filing",
    "introduction",
    "enrolled",
    "reading-1",
    "reading-2",
    "reading-3",
    "passage",
    "informal-passage",
    "failure",
    "withdrawal",
    "substitution",
    "amendment-introduction",
    "amendment-passage",
    "amendment-withdrawal",
    "amendment-failure",
    "amendment-amendment",
    "amendment-deferral",
    "committee-passage",
    "committee-passage-favorable",
    "committee-passage-unfavorable",
    "committee-failure",
    "executive-receipt",
    "executive-signature",
    "executive-veto",
    "executive-veto-line-item",
    "became-law",
    "veto-override-passage",
    "veto-override-failure",
    "deferral",
    "receipt",
    "referral",
    "referral-committee",
    "hearing-held",
    "work-session",
    "sponsorship",
    "carried-over",
    "reported-out-of-committee",
    "concurrence",
]


def test_the_table_names_every_classification_once() -> None:
    names = [name for name, _ in CLASSIFICATIONS]
    assert sorted(names) == sorted(OCD)


@pytest.mark.parametrize(
    ("classes", "step"),
    [
        (["reported-out-of-committee"], "passed_committee"),
        (["amendment-passage"], None),
        # A chamber's passage: which step it makes depends on the rest of the history.
        (["reading-3", "passage"], PASSAGE),
        (["executive-receipt"], "sent_to_executive"),
        ([], None),
    ],
)
def test_classifications_map_onto_the_ladder(classes, step) -> None:
    action = ActionItem(date=date(2026, 4, 1), actor="Senate", description="x",
                        classification=classes)  # fmt: skip
    mapped = map_action("ocd", action, "state")
    assert mapped.step == step
