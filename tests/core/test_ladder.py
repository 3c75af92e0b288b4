"""The status ladder, vocabulary by vocabulary: each row is an action history as a source
publishes it and the status a reader must see after it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tracker.items import ActionItem
from tracker.status import derive_status, map_action, map_raw_status

D0 = date(2025, 1, 6)


def history(*rows: tuple) -> list[ActionItem]:
    """rows: (description, actor, classification list, passed flag)."""
    return [
        ActionItem(
            date=D0 + timedelta(days=i),
            description=desc,
            actor=actor,
            classification=cls or [],
            passed=passed,
        )
        for i, (desc, actor, cls, passed) in enumerate(rows)
    ]


def status_after(vocabulary: str, actions, level: str, state: str, mtype: str | None = None):
    mapped = [map_action(vocabulary, a, level, mtype) for a in actions]
    return derive_status(mapped, level, state)[0]


OCD_CASES = [
    ("introduced only", [("Introduced", "Senate", ["introduction"])], "introduced"),
    ("filed", [("Prefiled", "Senate", ["filing"])], "introduced"),
    (
        "referred",
        [
            ("Read first time", "Senate", ["reading-1"]),
            ("To Judiciary", "Senate", ["referral-committee"]),
        ],
        "in_committee",
    ),
    ("hearing held", [("Hearing", "Senate", ["hearing-held"])], "in_committee"),
    (
        "reported favorably",
        [
            ("To Judiciary", "Senate", ["referral-committee"]),
            ("Do pass", "Senate", ["committee-passage-favorable"]),
        ],
        "passed_committee",
    ),
    (
        "passed one chamber",
        [
            ("Do pass", "Senate", ["committee-passage"]),
            ("Third reading passed", "Senate", ["passage", "reading-3"]),
        ],
        "passed_chamber",
    ),
    (
        "second chamber referral does not undo passage",
        [("Passed", "Senate", ["passage"]), ("To committee", "House", ["referral-committee"])],
        "passed_chamber",
    ),
    (
        "passed both chambers",
        [("Passed", "Senate", ["passage"]), ("Passed", "House", ["passage"])],
        "passed_legislature",
    ),
    (
        "the same chamber passing twice is still one chamber",
        [("Passed", "Senate", ["passage"]), ("Passed as amended", "Senate", ["passage"])],
        "passed_chamber",
    ),
    ("enrolled", [("Enrolled", "Senate", ["enrolled"])], "passed_legislature"),
    (
        "sent to governor",
        [
            ("Passed", "Senate", ["passage"]),
            ("Passed", "House", ["passage"]),
            ("To governor", "Senate", ["executive-receipt"]),
        ],
        "sent_to_executive",
    ),
    (
        "signed",
        [
            ("To governor", "Senate", ["executive-receipt"]),
            ("Signed", "Governor", ["executive-signature"]),
        ],
        "enacted",
    ),
    (
        "became law unsigned",
        [("Became law without signature", "Governor", ["became-law"])],
        "enacted",
    ),
    (
        "vetoed",
        [
            ("To governor", "Senate", ["executive-receipt"]),
            ("Vetoed", "Governor", ["executive-veto"]),
        ],
        "vetoed",
    ),
    (
        "one chamber's override is not enough",
        [
            ("Vetoed", "Governor", ["executive-veto"]),
            ("Override passed", "Senate", ["veto-override-passage"]),
        ],
        "vetoed",
    ),
    (
        "veto overridden by both chambers lifts it off vetoed",
        [
            ("Vetoed", "Governor", ["executive-veto"]),
            ("Override passed", "Senate", ["veto-override-passage"]),
            ("Override passed", "House", ["veto-override-passage"]),
        ],
        "enacted",
    ),
    (
        "override failed stays vetoed",
        [
            ("Vetoed", "Governor", ["executive-veto"]),
            ("Override failed", "House", ["veto-override-failure"]),
        ],
        "vetoed",
    ),
    ("voted down", [("Passed", "Senate", ["passage"]), ("Failed", "House", ["failure"])], "failed"),
    (
        "withdrawn",
        [("Introduced", "House", ["introduction"]), ("Withdrawn", "House", ["withdrawal"])],
        "failed",
    ),
    (
        "died in committee",
        [
            ("To committee", "House", ["referral-committee"]),
            ("Failed in committee", "House", ["committee-failure"]),
        ],
        "failed",
    ),
    (
        "a later action lifts a failed measure (reconsideration)",
        [("Failed", "House", ["failure"]), ("Passed on reconsideration", "House", ["passage"])],
        "passed_chamber",
    ),
    (
        "unclassified actions do not move the status",
        [("Introduced", "House", ["introduction"]), ("Motion to print", "House", [])],
        "introduced",
    ),
    (
        "amendments do not move the status",
        [
            ("To committee", "House", ["referral-committee"]),
            ("Amended", "House", ["amendment-passage"]),
        ],
        "in_committee",
    ),
]


@pytest.mark.parametrize(("case", "rows", "expected"), OCD_CASES, ids=[c[0] for c in OCD_CASES])
def test_ocd_classifications(case: str, rows, expected: str) -> None:
    actions = history(*[(d, a, c, None) for d, a, c in rows])
    assert status_after("ocd", actions, "state", "CA") == expected


def test_ocd_unicameral_passage_is_the_whole_legislature() -> None:
    actions = history(("Final passage", "Legislature", ["passage"], None))
    assert status_after("ocd", actions, "state", "NE") == "passed_legislature"
    assert status_after("ocd", actions, "state", "DC") == "passed_legislature"


LEGISCAN_PROGRESS = [
    ("introduced", ["1"], "introduced"),
    ("referred", ["1", "9"], "in_committee"),
    ("report pass", ["1", "9", "10"], "passed_committee"),
    ("report do not pass moves nothing", ["1", "9", "11"], "in_committee"),
    ("engrossed", ["1", "9", "10", "2"], "passed_chamber"),
    ("enrolled", ["1", "2", "3"], "passed_legislature"),
    ("passed (signed)", ["1", "2", "3", "4"], "enacted"),
    ("chaptered", ["1", "2", "3", "8"], "enacted"),
    ("vetoed", ["1", "2", "3", "5"], "vetoed"),
    ("veto override lifts off vetoed", ["1", "2", "3", "5", "7", "7"], "enacted"),
    ("failed", ["1", "6"], "failed"),
    ("draft does not count", ["12"], None),
]


@pytest.mark.parametrize(
    ("case", "codes", "expected"), LEGISCAN_PROGRESS, ids=[c[0] for c in LEGISCAN_PROGRESS]
)
def test_legiscan_progress_events(case: str, codes: list[str], expected: str | None) -> None:
    actions = history(*[(f"event {c}", f"chamber {i % 2}", [c], None) for i, c in enumerate(codes)])
    assert status_after("legiscan", actions, "state", "TX") == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("1", "introduced"),
        ("2", "passed_chamber"),
        ("3", "passed_legislature"),
        ("4", "enacted"),
        ("5", "vetoed"),
        ("6", "failed"),
        ("0", None),
    ],
)
def test_legiscan_status_codes(code: str, expected: str | None) -> None:
    assert map_raw_status("legiscan", code) == expected


LEGISTAR_CASES = [
    # (case, [(action name, body, passed flag)], measure type, expected)
    ("introduced", [("Introduced", "City Council", None)], "Ordinance", "introduced"),
    (
        "referred",
        [("Introduced", "City Council", None), ("Referred", "City Council", None)],
        "Ordinance",
        "in_committee",
    ),
    (
        "committee recommends",
        [
            ("Referred", "City Council", None),
            ("Recommended to Pass", "Committee on Public Safety", 1),
        ],
        "Ordinance",
        "passed_committee",
    ),
    (
        "committee 'approved' is a committee step, not passage",
        [("Referred", "City Council", None), ("Approved", "Committee on Finance", 1)],
        "Ordinance",
        "passed_committee",
    ),
    (
        "council passes an ordinance: one chamber, so the whole legislature",
        [("Recommended to Pass", "Committee on Zoning", 1), ("Passed", "City Council", 1)],
        "Ordinance",
        "passed_legislature",
    ),
    (
        "council vote with passed flag 0 fails",
        [("Referred", "City Council", None), ("Passed", "City Council", 0)],
        "Ordinance",
        "failed",
    ),
    ("resolution adopted is enacted", [("Adopted", "City Council", 1)], "Resolution", "enacted"),
    (
        "sent to the mayor",
        [("Passed", "City Council", 1), ("Sent to Mayor", "City Council", None)],
        "Ordinance",
        "sent_to_executive",
    ),
    (
        "signed by the mayor",
        [("Passed", "City Council", 1), ("Signed by Mayor", "Mayor", None)],
        "Ordinance",
        "enacted",
    ),
    (
        "vetoed",
        [("Passed", "Board of Supervisors", 1), ("Vetoed", "Mayor", None)],
        "Ordinance",
        "vetoed",
    ),
    (
        "veto overridden lifts it off vetoed",
        [
            ("Passed", "City Council", 1),
            ("Vetoed", "Mayor", None),
            ("Veto Overridden", "City Council", 1),
        ],
        "Ordinance",
        "enacted",
    ),
    (
        "veto sustained",
        [
            ("Passed", "City Council", 1),
            ("Vetoed", "Mayor", None),
            ("Veto Sustained", "City Council", 0),
        ],
        "Ordinance",
        "vetoed",
    ),
    (
        "placed on file",
        [("Referred", "City Council", None), ("Placed on File", "City Council", None)],
        "Ordinance",
        "failed",
    ),
    ("failed to pass", [("Failed to Pass", "City Council", 0)], "Ordinance", "failed"),
    (
        "withdrawn",
        [("Introduced", "City Council", None), ("Withdrawn", "City Council", None)],
        "Ordinance",
        "failed",
    ),
    (
        "unknown action kept but ignored",
        [("Referred", "City Council", None), ("Tally sheet attached", "City Clerk", None)],
        "Ordinance",
        "in_committee",
    ),
]


@pytest.mark.parametrize(
    ("case", "rows", "mtype", "expected"), LEGISTAR_CASES, ids=[c[0] for c in LEGISTAR_CASES]
)
def test_legistar_action_names(case: str, rows, mtype: str, expected: str) -> None:
    actions = history(*[(n, b, [], None if p is None else bool(p)) for n, b, p in rows])
    assert status_after("legistar", actions, "city", "IL", mtype) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Passed", "passed_legislature"),
        ("Adopted", "enacted"),
        ("In Committee", "in_committee"),
        ("Filed", "introduced"),
        ("Vetoed", "vetoed"),
        ("Placed on File", "failed"),
        ("Failed", "failed"),
        ("Signed by Mayor", "enacted"),
        ("Something new", None),
    ],
)
def test_legistar_status_names(name: str, expected: str | None) -> None:
    assert map_raw_status("legistar", name) == expected


TEXT_CASES = [
    ("Read first time. Referred to Committee on Judiciary.", None, "in_committee"),
    ("Introduced and read first time", None, "introduced"),
    ("Reported from committee: do pass", None, "passed_committee"),
    ("Passed Senate", None, "passed_chamber"),
    ("Chaptered by Secretary of State. Chapter 495, Statutes of 2017.", None, "enacted"),
    ("Approved by the Governor", None, "enacted"),
    ("Enrolled and presented to the Governor at 3 p.m.", None, "sent_to_executive"),
    ("Vetoed by Governor", None, "vetoed"),
    ("Died in committee", None, "failed"),
    ("Indefinitely postponed", None, "failed"),
    ("Motion to print", None, None),
]


@pytest.mark.parametrize(("text", "actor", "expected"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_free_action_text(text: str, actor, expected) -> None:
    actions = history(("Introduced", "Senate", [], None), (text, actor, [], None))
    result = status_after("text", actions, "state", "CA")
    assert result == (expected or "introduced")


def test_text_passage_of_both_chambers_counts_chambers_from_the_text() -> None:
    actions = history(("Passed Senate", None, [], None), ("Passed Assembly", None, [], None))
    assert status_after("text", actions, "state", "CA") == "passed_legislature"


def test_status_date_is_the_action_that_set_it() -> None:
    actions = history(
        ("Introduced", "City Council", [], None),
        ("Referred", "City Council", [], None),
        ("Hearing held", "Committee on Rules", [], None),
    )
    mapped = [map_action("legistar", a, "city", "Ordinance") for a in actions]
    status, since = derive_status(mapped, "city", "IL")
    assert status == "in_committee"
    assert since == D0 + timedelta(days=1)


def test_unknown_vocabulary_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown action vocabulary"):
        map_action("martian", history(("Introduced", None, [], None))[0], "state", "CA")
