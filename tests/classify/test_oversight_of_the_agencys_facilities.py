"""Classifier 2.68.0 (docs/classifier-history.md): the access the immigration agency is told to
give to those who oversee its own facilities (Members of Congress, an inspector general, an
ombudsman) is not the agency's access to a jail, a school or a courthouse (the ice_access topic):
"Requires ICE to give Members of Congress access to immigration detention facilities" is a
federal matter (before: flagged protective, ICE access and detention contracts). The agency's
own access keeps its reading, wherever oversight is named beside it."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    not_flagged(
        "Requires ICE to give Members of Congress access to immigration detention facilities"
        " without prior notice.",
        None,
    ),
    not_flagged(
        "Immigration Detention Oversight Act",
        "To require U.S. Immigration and Customs Enforcement to permit entry, for the purpose of"
        " conducting oversight, by a Member of Congress to any facility where aliens are"
        " detained.",
    ),
    # controls: the agency's own access, barred or given, with oversight named beside it
    flagged("Immigration", "Prohibits ICE access to county jails.", "protective", "ice_access"),
    flagged(
        "Immigration",
        "Requires the sheriff to give ICE access to the jail.",
        "restrictive",
        "ice_access",
    ),
    flagged(
        "Immigration",
        "Bars immigration agents' entry into schools.",
        "protective",
        "ice_access",
    ),
    (
        "Immigration",
        "Requires the county to allow its civilian oversight board to review ICE access to the"
        " jail.",
        None,
        True,
        None,
        "ice_access",
    ),
]

test_oversight_of_the_agencys_own_facilities = case_table_test(CASES)
