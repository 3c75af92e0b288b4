"""Classifier 2.77.0 (docs/classifier-history.md): words that look like the tracked topics but
are federal law's own business or a person's standing under it, found as false flags in a whole
Congress's bills. "Sensitive information" alone is as often a secret of state as a person's data;
a report on how the Department of Homeland Security does its work shares nothing with it; a visa
issued or denied is an act only the federal government does; restraints placed on a woman in its
custody hand no one over to it; "lawful status under the immigration laws" describes people, not
the agents; identification cards named beside driver's licenses are the same office's, not a
city's ID. Each test beside them holds the tracked reading that the same words still carry."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, goes, not_flagged
from tracker.classify import classify

CASES: list[Case] = [
    # federal business and state credentials: not tracked
    not_flagged(
        "Research Security and Accountability Act",
        "To require the Under Secretary for Science and Technology of the Department of Homeland"
        " Security to safeguard research and development from unauthorized access to or"
        " disclosure of sensitive information, and for other purposes.",
    ),
    not_flagged(
        "Protecting America From Spies Act",
        "To amend section 212 of the Immigration and Nationality Act to make inadmissible any"
        " alien who seeks to enter the United States to export goods, technology, or sensitive"
        " information.",
    ),
    not_flagged(
        "Research security",
        "Requires the Comptroller General to submit a report on how the Department of Homeland"
        " Security has complied with the national research security memorandum.",
    ),
    not_flagged(
        "PAUSE Act",
        "To provide for a limitation on the ability to issue any visa or provide any status"
        " under the immigration laws until certain conditions have been met.",
    ),
    not_flagged(
        "Department of Homeland Security Appropriations Act",
        "None of the funds made available by this Act may be used to place restraints on a woman"
        " in the custody of the Department of Homeland Security who is pregnant.",
    ),
    not_flagged(
        "Red Light Act",
        "To withhold Federal highway funds from States that provide driver’s licenses or"
        " identification cards to aliens who are unlawfully present in the United States.",
    ),
    # the tracked readings of the same words stand
    flagged(
        "Data privacy",
        "Prohibits city employees from disclosing sensitive personal information to ICE.",
        "protective",
        "info_sharing",
    ),
    flagged(
        "Immigration enforcement",
        "Requires the sheriff to report to ICE the release date of any person subject to an"
        " immigration detainer.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Immigration",
        "Prohibits immigration enforcement actions at public schools without a judicial warrant.",
        "protective",
        "ice_access",
    ),
    flagged(
        "Immigration",
        "Limits access to public schools by immigration agents.",
        "protective",
        "ice_access",
    ),
    flagged(
        "Local identification",
        "Prohibits cities from issuing identification cards to persons not lawfully present.",
        "restrictive",
        "municipal_id",
    ),
    goes(
        "Immigration enforcement",
        "Requires local police to ask about the immigration status of persons denied a visa and"
        " to report them to ICE.",
        "restrictive",
    ),
]

test_federal_business_and_status_words_beside_the_tracked_readings = case_table_test(CASES)


def test_childrens_access_to_schools_is_not_ice_access() -> None:
    res = classify(
        "Immigration",
        "Provides that States and localities are not prohibited from denying access to public"
        " schools to aliens present in the United States without lawful status under the"
        " immigration laws.",
    )
    assert "ice_access" not in res.topics, res.why
