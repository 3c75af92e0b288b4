"""Classifier 2.78.0 (docs/classifier-history.md): data kept confidential from immigration
authorities is information sharing limited ("Requires utilities to keep customer data
confidential from immigration authorities": protective, `info_sharing`; before, not relevant), and
the holders of a card are no people held ("keep the records of ID card holders confidential from
federal immigration authorities" read as a duty to honor detainers, restrictive). Holding people
for ICE still reads as holding them."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

CASES: list[Case] = [
    flagged(
        "Immigration",
        "Requires utilities to keep customer data confidential from immigration authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Requires the city to keep the records of ID card holders confidential from federal"
        " immigration authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Requires jails to hold persons for ICE for 48 hours.",
        "restrictive",
        "detainers",
    ),
]

test_data_kept_from_the_agency_and_people_held_for_it = case_table_test(CASES)
