"""Classifier 2.56.0 (docs/classifier.md "Classifier 2.56.0"): help with deportations and the
defense against them, told apart. Money barred from "deportation defense" (counsel named the
other way round from "legal defense for immigrants facing deportation") takes counsel from
immigrants: restrictive. Money barred from assisting ICE with deportations is the sanctuary bar:
protective (it read as counsel barred, restrictive). And help with deportations named by the
work ("assist federal authorities with deportations", "provide personnel to assist in the
removal of aliens") is help with enforcement, whichever way a measure turns it; help for the
people facing them is not."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test


def _reads(summary: str, stance: str, topic: str, title: str = "Law enforcement") -> Case:
    return (title, summary, None, True, stance, topic)


CASES: list[Case] = [
    _reads(
        "Prohibits the use of public funds for deportation defense.",
        "restrictive",
        "access_to_counsel",
        "Legal services",
    ),
    _reads(
        "Prohibits the county from funding deportation defense.",
        "restrictive",
        "access_to_counsel",
        "Legal services",
    ),
    _reads(
        "Eliminates state funding for removal defense.",
        "restrictive",
        "access_to_counsel",
        "Legal services",
    ),
    _reads(
        "Appropriates $5 million for deportation defense.",
        "protective",
        "access_to_counsel",
        "Legal services",
    ),
    _reads(
        "Prohibits the use of county funds to assist ICE with deportation.",
        "protective",
        "sanctuary",
    ),
    _reads(
        "Prohibits the use of county funds to assist federal authorities with deportations.",
        "protective",
        "sanctuary",
    ),
    _reads(
        "Prohibits the use of state money to assist in the removal of aliens.",
        "protective",
        "sanctuary",
    ),
    _reads(
        "Requires the county to provide personnel to assist in deportations.",
        "restrictive",
        "anti_sanctuary",
    ),
    _reads(
        "Prohibits the county from assisting federal authorities with deportations.",
        "protective",
        "sanctuary",
    ),
    _reads(
        "Requires the county to assist families with deportation defense.",
        "protective",
        "access_to_counsel",
    ),
    (
        "Law enforcement",
        "Provides funds to assist in the removal of invasive species.",
        None,
        False,
        "not_relevant",
        None,
    ),
]

test_deportation_help_and_defense = case_table_test(CASES)
