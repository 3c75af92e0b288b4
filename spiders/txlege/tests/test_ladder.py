"""Texas' action text onto the ladder, row by row. No real bill-history file was available:
the phrasings are those Texas Legislature Online prints, as Open States' Texas rules list them."""

from __future__ import annotations

from datetime import date

import pytest

import spiders.txlege.ladder  # noqa: F401 - registers the vocabulary
from tracker.items import ActionItem
from tracker.status import map_action, map_raw_status


def step(text: str, chamber: str = "House") -> str | None:
    action = ActionItem(date=date(2025, 3, 1), actor=chamber, description=text)
    return map_action("txlege", action, "state").step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filed", "introduced"),
        ("Read first time", "introduced"),
        ("Referred to State Affairs", "in_committee"),
        ("Scheduled for public hearing on . . .", "in_committee"),
        ("Considered in public hearing", "in_committee"),
        ("Left pending in committee", "in_committee"),
        ("Reported favorably w/o amendment(s)", "passed_committee"),
        ("Reported favorably as substituted", "passed_committee"),
        ("Committee report sent to Calendars", None),
        ("Placed on General State Calendar", None),
        ("Read 2nd time", None),
        ("Passed to engrossment", None),
        ("Passed to third reading", None),
        ("Read 3rd time", None),
        ("Passed", "passage"),
        ("Passed as amended", "passage"),
        ("Record vote", None),
        ("Reported engrossed", None),
        ("Received from the House", None),
        ("Withdrawn from schedule", None),
        ("Laid on the table subject to call", None),
        ("House concurred in Senate amendment(s)", "passed_legislature"),
        ("Senate adopts conference committee report", None),
        ("Reported enrolled", "passed_legislature"),
        ("Signed in the House", None),
        ("Sent to the Governor", "sent_to_executive"),
        ("Signed by the Governor", "enacted"),
        ("Effective on 9/1/25", "enacted"),
        ("Effective immediately", "enacted"),
        ("Filed without the Governor's signature", "enacted"),
        ("Vetoed by the Governor", "vetoed"),
    ],
)
def test_action_phrasings(text: str, expected: str | None) -> None:
    assert step(text) == expected


def test_the_last_action_line_as_status() -> None:
    assert map_raw_status("txlege", "06/20/2025 E Effective immediately") == "enacted"
    assert map_raw_status("txlege", "03/04/2025 S Referred to Finance") == "in_committee"
