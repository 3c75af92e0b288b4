"""Florida's actions onto the ladder, row by row, with flsenate.gov's phrasings (each one action
of a bulleted history cell, journal cite removed)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import spiders.flsenate.ladder  # noqa: F401 - registers the "flsenate" vocabulary
from tracker.items import ActionItem
from tracker.status import derive_status, map_action, map_raw_status

D0 = date(2026, 1, 13)

ROWS = [
    ("Filed", "introduced"),
    ("Introduced", "introduced"),
    ("1st Reading (Original Filed Version)", "introduced"),
    ("Referred to Judiciary Committee; State Affairs Committee", "in_committee"),
    ("Referred to Rules; Fiscal Policy", "in_committee"),
    ("Now in Judiciary Committee", "in_committee"),
    ("On Committee agenda-- Rules, 01/20/26, 9:00 am, 412 Knott Building", "in_committee"),
    ("Favorable with CS by Rules; YEAS 12 NAYS 7", "passed_committee"),
    ("Favorable by Fiscal Policy; YEAS 14 NAYS 5", "passed_committee"),
    ("Reported out of Judiciary Committee", "passed_committee"),
    ("Unfavorable by Judiciary Committee; YEAS 4 NAYS 9", None),
    ("CS by Rules read 1st time", None),
    ("Placed on Calendar, on 2nd reading", None),
    ("Read 2nd time", None),
    ("Read 3rd time", None),
    ("Amendment 334512 (with title amendment) adopted", None),
    ("Amendment 334512 failed", None),
    ("Temporarily postponed", None),
    ("In Messages", None),
    ("Received", None),
    ("Passed; YEAS 82 NAYS 31", "passage"),
    ("CS passed; YEAS 81 NAYS 30", "passage"),
    ("CS passed as amended; YEAS 28 NAYS 10", "passage"),
    ("Adopted", "passage"),
    ("Concurred in House Amendment(s) (334512); YEAS 28 NAYS 10", "passage"),
    ("Ordered enrolled", "passed_legislature"),
    ("Signed by Officers and presented to Governor", "sent_to_executive"),
    ("Approved by Governor", "enacted"),
    ("Chapter No. 2026-40", "enacted"),
    ("Became Law without Governor's Signature", "enacted"),
    ("Vetoed by Governor", "vetoed"),
    ("Died in State Affairs Committee", "failed"),
    ("Died on Calendar", "failed"),
    ("Died in Messages", "failed"),
    ("Indefinitely postponed and withdrawn from consideration", "failed"),
    ("Withdrawn prior to introduction", "failed"),
    ("Laid on Table; Companion bill(s) passed, see CS/SB 1246 (Ch. 2026-101)", None),
    ("Substituted CS/SB 1718", None),
]


@pytest.mark.parametrize(("line", "step"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_each_action(line: str, step: str | None) -> None:
    action = ActionItem(date=D0, description=line, actor="Senate", actor_kind="chamber")
    assert map_action("flsenate", action, "state").step == step


def test_the_list_pages_last_action_as_a_status() -> None:
    assert map_raw_status("flsenate", "Chapter No. 2026-40") == "enacted"
    assert map_raw_status("flsenate", "Now in Fiscal Policy") == "in_committee"
    assert map_raw_status("flsenate", "CS passed; YEAS 81 NAYS 30") == "passed_chamber"


def test_a_senate_bill_through_both_chambers_to_law() -> None:
    rows = [
        ("Filed", "Senate"),
        ("Referred to Rules; Fiscal Policy", "Senate"),
        ("Favorable with CS by Rules; YEAS 12 NAYS 7", "Senate"),
        ("CS passed as amended; YEAS 28 NAYS 10", "Senate"),
        ("Received", "House"),
        ("CS passed; YEAS 81 NAYS 30", "House"),
        ("Ordered enrolled", "Senate"),
        ("Signed by Officers and presented to Governor", "Senate"),
        ("Approved by Governor", "Governor"),
    ]
    kinds = {"Senate": "chamber", "House": "chamber", "Governor": "executive"}
    mapped, seen = [], []
    for i, (line, actor) in enumerate(rows):
        action = ActionItem(
            date=D0 + timedelta(days=i), description=line, actor=actor, actor_kind=kinds[actor]
        )
        mapped.append(map_action("flsenate", action, "state"))
        seen.append(derive_status(mapped, "state", "FL")[0])
    assert seen == [
        "introduced",
        "in_committee",
        "passed_committee",
        "passed_chamber",
        "passed_chamber",
        "passed_legislature",
        "passed_legislature",
        "sent_to_executive",
        "enacted",
    ]
