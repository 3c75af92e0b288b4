"""Classifier 2.56.0 (docs/classifier-history.md): help with deportations and the
defense against them, told apart. Money barred from "deportation defense" (counsel named the
other way round from "legal defense for immigrants facing deportation") takes counsel from
immigrants: restrictive. Money barred from assisting ICE with deportations is the sanctuary bar:
protective (it read as counsel barred, restrictive). And help with deportations named by the
work ("assist federal authorities with deportations", "provide personnel to assist in the
removal of aliens") is help with enforcement, whichever way a measure turns it; help for the
people facing them is not."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Legal services",
        "Prohibits the use of public funds for deportation defense.",
        "restrictive",
        "access_to_counsel",
    ),
    flagged(
        "Legal services",
        "Prohibits the county from funding deportation defense.",
        "restrictive",
        "access_to_counsel",
    ),
    flagged(
        "Legal services",
        "Eliminates state funding for removal defense.",
        "restrictive",
        "access_to_counsel",
    ),
    flagged(
        "Legal services",
        "Appropriates $5 million for deportation defense.",
        "protective",
        "access_to_counsel",
    ),
    flagged(
        "Law enforcement",
        "Prohibits the use of county funds to assist ICE with deportation.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Law enforcement",
        "Prohibits the use of county funds to assist federal authorities with deportations.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Law enforcement",
        "Prohibits the use of state money to assist in the removal of aliens.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Law enforcement",
        "Requires the county to provide personnel to assist in deportations.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Law enforcement",
        "Prohibits the county from assisting federal authorities with deportations.",
        "protective",
        "sanctuary",
    ),
    flagged(
        "Law enforcement",
        "Requires the county to assist families with deportation defense.",
        "protective",
        "access_to_counsel",
    ),
    not_flagged("Law enforcement", "Provides funds to assist in the removal of invasive species."),
]

test_deportation_help_and_defense = case_table_test(CASES)
