"""Washington's history lines onto the ladder, row by row, with the Legislature's own phrasings
(bill history pages and the web services' HistoryLine / Status values)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import spiders.waleg.ladder  # noqa: F401 - registers the "waleg" vocabulary
from tracker.items import ActionItem
from tracker.status import derive_status, map_action, map_raw_status

D0 = date(2025, 1, 13)

ROWS = [
    ("Prefiled for introduction.", "introduced"),
    ("First reading, referred to Civil Rights & Judiciary.", "in_committee"),
    ("Referred to Appropriations.", "in_committee"),
    (
        "Public hearing in the House Committee on Civil Rights & Judiciary at 8:00 AM.",
        "in_committee",
    ),
    (
        "Executive action taken in the Senate Committee on Law & Justice at 10:30 AM.",
        "in_committee",
    ),
    ("CRJ - Majority; 1st substitute bill be substituted, do pass.", "passed_committee"),
    ("LAW - Majority; do pass with amendment(s).", "passed_committee"),
    ("Minority; do not pass.", None),
    ("Minority; without recommendation.", None),
    ("Passed to Rules Committee for second reading.", "passed_committee"),
    ("Placed on second reading by Rules Committee.", None),
    ("1st substitute bill substituted.", None),
    ("Floor amendment(s) adopted.", None),
    ("Committee amendment(s) adopted with no other amendments.", None),
    ("Rules suspended. Placed on Third Reading.", None),
    ("Returned to Rules Committee for third reading.", None),
    ("By resolution, reintroduced and retained in present status.", None),
    ("Third reading, passed; yeas, 56; nays, 40; absent, 0; excused, 2.", "passage"),
    ("Third reading, passed; yeas, 83; nays, 13; absent, 0; excused, 2.", "passage"),
    ("Third reading, failed; yeas, 40; nays, 56; absent, 0; excused, 2.", "failed"),
    ("House refuses to concur in Senate amendments. Asks Senate to recede from amendments.", None),
    (
        "House concurred in Senate amendments. Passed final passage; yeas, 95; nays, 0; "
        "absent, 0; excused, 3.",
        "passed_legislature",
    ),
    ("Speaker signed.", None),
    ("President signed.", None),
    ("Delivered to Governor.", "sent_to_executive"),
    ("Governor signed.", "enacted"),
    ("Governor partially vetoed.", "enacted"),
    ("Governor vetoed.", "vetoed"),
    ("Chapter 45, 2025 Laws.", "enacted"),
    ("Effective date 7/27/2025.", "enacted"),
]


@pytest.mark.parametrize(("line", "step"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_each_history_line(line: str, step: str | None) -> None:
    action = ActionItem(date=D0, description=line, actor="House", actor_kind="chamber")
    assert map_action("waleg", action, "state").step == step


STATUS_CODES = [
    ("H Rules R", "passed_committee"),
    ("HRules 3C", "passed_committee"),
    ("S Rules", "passed_committee"),
    ("H Civil R & Judi", "in_committee"),
    ("S Passed 3rd", "passed_chamber"),
    ("Del to Gov", "sent_to_executive"),
    ("Gov Signed", "enacted"),
    ("C 45 L 25", "enacted"),
    ("Gov vetoed", "vetoed"),
]


@pytest.mark.parametrize(("code", "step"), STATUS_CODES)
def test_each_status_code(code: str, step: str) -> None:
    assert map_raw_status("waleg", code) == step


def test_a_bill_through_both_chambers_to_the_governor() -> None:
    lines = [
        ("Prefiled for introduction.", "House"),
        ("First reading, referred to Civil Rights & Judiciary.", "House"),
        ("CRJ - Majority; 1st substitute bill be substituted, do pass.", "House"),
        ("Floor amendment(s) adopted.", "House"),
        ("Third reading, passed; yeas, 56; nays, 40; absent, 0; excused, 2.", "House"),
        ("First reading, referred to Law & Justice.", "Senate"),
        ("Third reading, passed; yeas, 29; nays, 20; absent, 0; excused, 0.", "Senate"),
        ("Delivered to Governor.", "Governor"),
        ("Governor signed.", "Governor"),
    ]
    kinds = {"House": "chamber", "Senate": "chamber", "Governor": "executive"}
    mapped = []
    statuses = []
    for i, (line, actor) in enumerate(lines):
        item = ActionItem(
            date=D0 + timedelta(days=i), description=line, actor=actor, actor_kind=kinds[actor]
        )
        mapped.append(map_action("waleg", item, "state"))
        statuses.append(derive_status(mapped, "state", "WA")[0])
    assert statuses == [
        "introduced",
        "in_committee",
        "passed_committee",
        "passed_committee",
        "passed_chamber",
        "passed_chamber",
        "passed_legislature",
        "sent_to_executive",
        "enacted",
    ]
