"""New York's action words onto the ladder, row by row: the phrasings of the real S609-2017
response first, then the forms Open Legislation prints for the later steps."""

from __future__ import annotations

from datetime import date

import pytest

import spiders.nysenate.ladder  # noqa: F401 - registers the vocabulary
from tracker.items import ActionItem
from tracker.status import map_action, map_raw_status


def step(text: str, chamber: str = "Senate") -> str | None:
    action = ActionItem(date=date(2017, 1, 4), actor=chamber, description=text)
    return map_action("nysenate", action, "state").step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NY_bill_S609-2017.json
        ("REFERRED TO JUDICIARY", "in_committee"),
        ("AMEND (T) AND RECOMMIT TO JUDICIARY", "in_committee"),
        ("PRINT NUMBER 609A", None),
        # Open Legislation's other action lines
        ("AMEND AND RECOMMIT TO CODES", "in_committee"),
        ("REFERRED TO CODES", "in_committee"),
        ("COMMITTED TO RULES", "in_committee"),
        ("REPORTED AND COMMITTED TO FINANCE", "passed_committee"),
        ("1ST REPORT CAL.245", "passed_committee"),
        ("ORDERED TO THIRD READING CAL.1158", "passed_committee"),
        ("ADVANCED TO THIRD READING", None),
        ("AMENDED ON THIRD READING 3525A", None),
        ("PASSED SENATE", "passage"),
        ("PASSED ASSEMBLY", "passage"),
        ("REPASSED SENATE", "passage"),
        ("DELIVERED TO ASSEMBLY", None),
        ("DELIVERED TO SENATE", None),
        ("RETURNED TO SENATE", None),
        ("SUBSTITUTED BY A3506", None),
        ("SUBSTITUTED FOR S1747", None),
        ("DELIVERED TO GOVERNOR", "sent_to_executive"),
        ("SIGNED CHAP.21", "enacted"),
        ("VETOED MEMO.150", "vetoed"),
        ("ENACTING CLAUSE STRICKEN", "failed"),
        ("RECOMMIT, ENACTING CLAUSE STRICKEN", "failed"),
        ("LOST", "failed"),
    ],
)
def test_action_phrasings(text: str, expected: str | None) -> None:
    assert step(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("In Senate Committee", "in_committee"),  # NY_bill_S609-2017.json status.statusDesc
        ("IN_SENATE_COMM", "in_committee"),
        ("In Assembly Committee", "in_committee"),
        ("Senate Floor Calendar", "passed_committee"),
        ("ASSEMBLY_FLOOR", "passed_committee"),
        ("Passed Senate", "passed_chamber"),
        ("PASSED_ASSEMBLY", "passed_chamber"),
        ("Delivered to Governor", "sent_to_executive"),
        ("Signed by Governor", "enacted"),
        ("POCKET_APPROVAL", "enacted"),
        ("Vetoed", "vetoed"),
        ("STRICKEN", "failed"),
        ("Substituted", None),
        ("Introduced", "introduced"),
    ],
)
def test_status_codes(raw: str, expected: str | None) -> None:
    assert map_raw_status("nysenate", raw) == expected
