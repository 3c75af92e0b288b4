"""Classifier 2.72.0 (docs/classifier-history.md): a resolution or memorial that urges the federal
government about "the enforcement of federal immigration laws", with no state or local government
in sight, is a call about federal enforcement itself (DOMAIN.md: general calls to Congress about
immigration and the border are other_immigration). Before, the bare phrase counted as local help
with enforcement and flagged "Memorial urging Congress to provide for the enforcement of federal
immigration laws". The phrase is now a row of its own, so a state act "relating to the
enforcement of federal immigration laws" and a call that names local help still read as before."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged
from tracker.classify import classify

CASES: list[Case] = [
    not_flagged(
        "Memorial urging Congress to provide for the enforcement of federal immigration laws", None
    ),
    not_flagged(
        "A resolution urging the federal government to ensure the enforcement of federal"
        " immigration laws at the southern border",
        None,
    ),
    not_flagged(
        "Senate Memorial 12",
        "Requesting Congress to strengthen the enforcement of federal immigration laws and secure"
        " the border.",
    ),
    not_flagged(
        "Enforcement of Federal Immigration Laws",
        "Urging the Federal Government to secure the southern border of the United States and fix"
        " the legal immigration system.",
    ),
    not_flagged("Enforcement of federal immigration laws; urging Congress", None),
    # controls: a state or local government's part named, or the caption of a state's own act
    flagged(
        "Resolution urging the Governor to direct state agencies to assist in the enforcement of"
        " federal immigration laws",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Resolution urging the sheriff to stop using county resources for federal immigration"
        " enforcement",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "Resolution urging the President to end cooperation with ICE",
        None,
        "protective",
        "sanctuary",
    ),
    flagged("Relating to enforcement of federal immigration laws", None, "unclear", "sanctuary"),
]

test_a_call_about_federal_enforcement_itself = case_table_test(CASES)


def test_the_phrase_beside_a_287g_agreement_names_no_sanctuary_policy() -> None:
    # the split row still counts as local help where an agreement is the help
    read = classify(
        "Authorizes the sheriff to enter into a 287(g) agreement for the enforcement of federal"
        " immigration laws"
    )
    assert read.relevant and read.stance == "restrictive", read.why
    assert read.topics == ("287g",), read.why
