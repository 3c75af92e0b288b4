"""California's history lines onto the ladder, row by row: the real BILL_HISTORY_TBL row of
issue 1905 first, then the forms the Legislature's history prints for every step."""

from __future__ import annotations

from datetime import date

import pytest

import spiders.calegislature.ladder  # noqa: F401 - registers the vocabulary
from tracker.items import ActionItem
from tracker.status import map_action, map_raw_status


def step(text: str) -> str | None:
    action = ActionItem(date=date(2017, 6, 26), actor="Senate", description=text)
    return map_action("calegislature", action, "state").step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In committee:  Referred to   suspense file.", "in_committee"),  # the real row
        ("Introduced. Read first time. To Com. on RLS. for assignment. To print.", "introduced"),
        ("From printer. May be heard in committee February 17.", None),
        ("Referred to Com. on PUB. S.", "in_committee"),
        ("Re-referred to Com. on APPR.", "in_committee"),
        (
            "In committee: Set, first hearing. Hearing canceled at the request of author.",
            "in_committee",
        ),
        (
            "From committee: Do pass and re-refer to Com. on APPR. (Ayes 5. Noes 2.) (April 4).",
            "passed_committee",
        ),
        (
            "From committee: Be ordered to second reading pursuant to Senate Rule 28.8.",
            "passed_committee",
        ),
        (
            "From committee chair, with author's amendments: Amend, and re-refer to Com. on JUD. "
            "Read second time and amended.",
            "in_committee",
        ),
        ("Withdrawn from committee. Re-referred to Com. on RLS.", "in_committee"),
        ("Read second time. Ordered to third reading.", None),
        ("Read third time and amended. Ordered to third reading.", None),
        (
            "Read third time. Passed. Ordered to the Senate. (Ayes 52. Noes 20. Page 1234.)",
            "passage",
        ),
        ("In Senate. Read first time. To Com. on RLS. for assignment.", "introduced"),
        ("Read third time. Refused passage. (Ayes 30. Noes 40. Page 2001.)", "failed"),
        ("Ordered to engrossing and enrolling.", "passed_legislature"),
        (
            "Senate amendments concurred in. To Engrossing and Enrolling. (Ayes 55. Noes 20.)",
            "passed_legislature",
        ),
        ("Enrolled and presented to the Governor at 3 p.m.", "sent_to_executive"),
        ("Approved by the Governor.", "enacted"),
        ("Chaptered by Secretary of State - Chapter 495, Statutes of 2017.", "enacted"),
        ("Vetoed by Governor.", "vetoed"),
        ("Consideration of Governor's veto stricken from file.", None),
        ("Died pursuant to Art. IV, Sec. 10(c) of the Constitution.", "failed"),
    ],
)
def test_history_phrasings(text: str, expected: str | None) -> None:
    assert step(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Introduced", "introduced"),
        ("Amended Assembly", None),
        ("Amended Senate", None),
        ("Enrolled", "passed_legislature"),
        ("Chaptered", "enacted"),
        ("Vetoed", "vetoed"),
    ],
)
def test_measure_states(raw: str, expected: str | None) -> None:
    assert map_raw_status("calegislature", raw) == expected
