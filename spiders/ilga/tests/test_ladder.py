"""Illinois' action text onto the ladder, row by row: every phrasing of the real HB 5234 (104th
GA) bill-status XML, then the other forms the General Assembly prints."""

from __future__ import annotations

from datetime import date

import pytest

import spiders.ilga.ladder  # noqa: F401 - registers the vocabulary
from tracker.items import ActionItem
from tracker.status import map_action, map_raw_status


def step(text: str, chamber: str = "House") -> str | None:
    action = ActionItem(date=date(2026, 2, 5), actor=chamber, description=text)
    return map_action("ilga", action, "state").step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # IL_billstatus_HB5234_104GA.xml, in order
        ("Filed with the Clerk by Rep. Nabeela Syed", "introduced"),
        ("First Reading", "introduced"),
        ("Referred to Rules Committee", "in_committee"),
        ("Added Co-Sponsor Rep. Michelle Mussman", None),
        ("Assigned to Housing Committee", "in_committee"),
        ("House Committee Amendment No. 1 Filed with Clerk by Rep. Nabeela Syed", None),
        ("House Committee Amendment No. 1 Referred to Rules Committee", None),
        ("House Committee Amendment No. 1 Rules Refers to Housing Committee", None),
        ("House Committee Amendment No. 1 Adopted in Housing Committee;  by Voice Vote", None),
        ("Do Pass as Amended / Short Debate Housing Committee;  010-006-000", "passed_committee"),
        ("Placed on Calendar 2nd Reading - Short Debate", None),
        ("Second Reading - Short Debate", None),
        ("Placed on Calendar Order of 3rd Reading - Short Debate", None),
        ("Third Reading - Short Debate - Passed 067-031-000", "passage"),
        ("Arrive in Senate", None),
        ("Placed on Calendar Order of First Reading", None),
        ("Chief Senate Sponsor Sen. Mike Simmons", None),
        ("Referred to Assignments", "in_committee"),
        ("Assigned to Executive", "in_committee"),
        ("Do Pass Executive;  009-004-000", "passed_committee"),
        ("Placed on Calendar Order of 2nd Reading May 5, 2026", None),
        ("Second Reading", None),
        ("Placed on Calendar Order of 3rd Reading May 19, 2026", None),
        ("Rule 2-10 Third Reading Deadline Established As May 31, 2026", None),
        ("Third Reading - Passed; 041-015-001", "passage"),
        ("Passed Both Houses", "passed_legislature"),
        ("Sent to the Governor", "sent_to_executive"),
        ("Governor Approved", "enacted"),
        ("Effective Date June 26, 2026", "enacted"),
        ("Public Act . . . . . . . . . 104-0514", "enacted"),
        # other forms of the bill-status pages
        ("Filed with Secretary by Sen. Robert Peters", "introduced"),
        ("Third Reading - Short Debate - Lost  050-060-000", "failed"),
        ("Senate Concurs", "passed_legislature"),
        ("Governor Vetoed", "vetoed"),
        ("Governor Amendatory Veto", "vetoed"),
        ("Rule 19(a) / Re-referred to Rules Committee", "in_committee"),
        ("Session Sine Die", None),
    ],
)
def test_action_phrasings(text: str, expected: str | None) -> None:
    assert step(text) == expected


def test_the_last_action_as_status() -> None:
    assert map_raw_status("ilga", "Public Act . . . . . . . . . 104-0514") == "enacted"
    assert map_raw_status("ilga", "Referred to Rules Committee") == "in_committee"
