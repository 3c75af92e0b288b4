"""Classifier 2.56.0 (docs/classifier-history.md): a person told that ICE asked for
their records is told, not ICE: "Requires the department to notify an applicant when ICE
requests the applicant's records" is a notice right (protective); it read as a duty to notify
ICE (restrictive). A duty to notify ICE of applicants still reads restrictive."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

CASES: list[Case] = [
    flagged(
        "Motor vehicles",
        "Requires the department to notify an applicant when ICE requests the applicant's records.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Motor vehicles",
        "Requires the department to notify license holders when ICE requests their records.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Motor vehicles",
        "Requires the department to notify ICE of each applicant who lacks lawful status.",
        "restrictive",
        "info_sharing",
    ),
]

test_people_told = case_table_test(CASES)
