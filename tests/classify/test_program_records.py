"""Classifier 2.74.0 (docs/classifier-history.md): a ban on handing a protective program's records
to immigration authorities ("Prohibits the disclosure of municipal ID applicant information to
federal immigration authorities") shields the program's people; before, the row that reads an end
to the program (U-visa certification, legal defense, a local ID) read the ban as aimed at the
program itself, restrictive."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

IDENTIFICATION = "Relating to identification"

CASES: list[Case] = [
    flagged(
        IDENTIFICATION,
        "Prohibits the disclosure of municipal ID applicant information to federal immigration"
        " authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        IDENTIFICATION,
        "Prohibits the city from sharing municipal ID records with ICE.",
        "protective",
        "municipal_id",
    ),
    flagged(
        IDENTIFICATION,
        "Prohibits the release of municipal identification card records to immigration"
        " authorities.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Relating to U visas",
        "Prohibits the release of U visa certification records to ICE.",
        "protective",
        "u_visa",
    ),
    # controls: the program itself ended or barred
    flagged(
        IDENTIFICATION,
        "Prohibits cities from issuing municipal identification cards.",
        "restrictive",
        "municipal_id",
    ),
    flagged(
        IDENTIFICATION,
        "Repeals the city identification card program.",
        "restrictive",
        "municipal_id",
    ),
]

test_a_program_s_records_kept_from_immigration_authorities = case_table_test(CASES)
