"""Arizona's rebuilt history onto the ladder, row by row: the bill API's date fields, committee
and floor result codes, transmittals and the Governor's action."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import spiders.azleg.ladder  # noqa: F401 - registers the "azleg" vocabulary
from tracker.items import ActionItem
from tracker.status import derive_status, map_action

D0 = date(2026, 1, 20)

ROWS = [
    ("Prefiled", "House", "chamber", ["PreFileDate"], "introduced"),
    ("Introduced", "House", "chamber", ["IntroducedDate"], "introduced"),
    ("First read in the House", "House", "chamber", ["House1stRead"], "in_committee"),
    ("Second read in the House", "House", "chamber", ["House2ndRead"], None),
    ("First reading waived in the Senate", "Senate", "chamber", ["Senate1stWaived"], None),
    (
        "Placed on the House consent calendar",
        "House",
        "chamber",
        ["HouseConsentCalendarDate"],
        None,
    ),
    ("Judiciary: do pass", "House", "committee", ["JUD", "DP"], "passed_committee"),
    ("Judiciary: do pass amended", "House", "committee", ["JUD", "DPA"], "passed_committee"),
    (
        "Appropriations: do pass amended, strike everything",
        "House",
        "committee",
        ["APPROP", "DPA/SE"],
        "passed_committee",
    ),
    ("Judiciary: do not pass", "House", "committee", ["JUD", "DNP"], None),
    ("Judiciary: held", "House", "committee", ["JUD", "HELD"], None),
    ("Judiciary: failed to pass", "House", "committee", ["JUD", "FP"], None),
    ("Judiciary: introduced", "House", "committee", ["JUD", "INTRO"], None),
    ("Judiciary: amended", "House", "committee", ["JUD", "AMEND"], None),
    ("Judiciary: withdrawn", "House", "committee", ["JUD", "W/D"], None),
    ("Rules: proper for consideration", "House", "committee", ["RULES", "PFC"], None),
    ("Rules: constitutional and in proper form", "Senate", "committee", ["RULES", "C&P"], None),
    ("Government: passed", "Senate", "committee", ["GOV", "PASSED"], "passed_committee"),
    ("Government: failed", "Senate", "committee", ["GOV", "FAILED"], None),
    ("House committee of the Whole: do pass amended", "House", "chamber", ["COW", "DPA"], None),
    ("House third reading: passed", "House", "chamber", ["THIRD", "PASSED"], "passage"),
    ("Senate third reading: failed", "Senate", "chamber", ["THIRD", "FAILED"], "failed"),
    ("Transmitted to the Senate", "House", "chamber", ["transmit:S"], None),
    ("Transmitted to the Governor", None, None, ["transmit:G"], "sent_to_executive"),
    ("Transmitted to the Secretary of State", None, None, ["transmit:SS"], "passed_legislature"),
    ("Signed by the Governor", "Governor", "executive", ["governor:Signed"], "enacted"),
    ("Vetoed by the Governor", "Governor", "executive", ["governor:Vetoed"], "vetoed"),
    ("Veto overridden", "House", "chamber", ["VetoOverride"], "enacted"),
]


@pytest.mark.parametrize(
    ("text", "actor", "kind", "codes", "step"), ROWS, ids=[r[0][:40] for r in ROWS]
)
def test_each_event(text, actor, kind, codes, step) -> None:
    action = ActionItem(
        date=D0, description=text, actor=actor, actor_kind=kind, classification=codes
    )
    assert map_action("azleg", action, "state").step == step


def test_a_house_bill_to_the_governor() -> None:
    rows = [
        r
        for r in ROWS
        if r[0]
        in {
            "Introduced",
            "First read in the House",
            "Judiciary: do pass amended",
            "House third reading: passed",
            "Transmitted to the Senate",
        }
    ]
    rows += [
        ("Senate third reading: passed", "Senate", "chamber", ["THIRD", "PASSED"], None),
        ("Transmitted to the Governor", None, None, ["transmit:G"], None),
        ("Signed by the Governor", "Governor", "executive", ["governor:Signed"], None),
    ]
    mapped, seen = [], []
    for i, (text, actor, kind, codes, _) in enumerate(rows):
        action = ActionItem(
            date=D0 + timedelta(days=i),
            description=text,
            actor=actor,
            actor_kind=kind,
            classification=codes,
        )
        mapped.append(map_action("azleg", action, "state"))
        seen.append(derive_status(mapped, "state", "AZ")[0])
    assert seen == [
        "introduced",
        "in_committee",
        "passed_committee",
        "passed_chamber",
        "passed_chamber",
        "passed_legislature",
        "sent_to_executive",
        "enacted",
    ]
