"""Classifier 2.75.0 (docs/classifier-history.md): an exception in or under a law is a way out of
it, as one to or from it is ("Narrows the exceptions in the California Values Act" strengthens the
act: protective; before, restrictive). Immigration agents let review a jail's records ("allow ICE
to review booking lists") is information sharing; before, not relevant. The agents' own papers
checked ("verify the identity and authority of immigration officers before granting access") is
no status check; before, restrictive. The agents' requests to come in, as a procedure handles
them ("refer immigration agents' requests for access to the city attorney"), are ICE access;
before, not relevant. A complaint filed against a government for an act is a punishment of it, as
a suit is ("allows any resident to file a complaint with the attorney general against a city that
limits cooperation with ICE": restrictive; against a county that honors detainers without a
warrant: protective; before, the act's own side or the leave to do it)."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

IMMIGRATION = "Relating to immigration"

CASES: list[Case] = [
    flagged(
        IMMIGRATION,
        "Narrows the exceptions in the California Values Act.",
        "protective",
        "sanctuary",
    ),
    flagged(
        IMMIGRATION,
        "Expands the exceptions in the California Values Act.",
        "restrictive",
        "sanctuary",
    ),
    flagged(
        IMMIGRATION,
        "Creates exceptions in the state's ban on sanctuary cities for school districts.",
        "protective",
        "anti_sanctuary",
    ),
    flagged(
        IMMIGRATION,
        "Eliminates the exemptions under the state's ban on sanctuary policies.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        IMMIGRATION,
        "Requires jails to allow ICE to review booking lists.",
        "restrictive",
        "info_sharing",
    ),
    flagged(
        IMMIGRATION,
        "Prohibits jails from allowing ICE to review booking lists.",
        "protective",
        "info_sharing",
    ),
    flagged(
        IMMIGRATION,
        "Requires public schools to verify the identity and authority of immigration officers"
        " before granting access.",
        "protective",
        "ice_access",
    ),
    flagged(
        IMMIGRATION,
        "Requires city employees to refer immigration agents' requests for access to the city"
        " attorney.",
        "protective",
        "ice_access",
    ),
    flagged(
        IMMIGRATION,
        "Allows any resident to file a complaint with the attorney general against a city that"
        " limits cooperation with ICE.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        IMMIGRATION,
        "Allows any person to file a complaint against a county that honors ICE detainers without"
        " a judicial warrant.",
        "protective",
        "detainers",
    ),
    flagged(
        IMMIGRATION,
        "Allows residents to file complaints against officers who inquire about immigration"
        " status.",
        "protective",
        "info_sharing",
    ),
    # controls: the public's review of the same records, and a status check kept
    not_flagged("Relating to records", "Allows the public to review booking records."),
    flagged(
        IMMIGRATION,
        "Requires officers to verify the immigration status of persons arrested.",
        "restrictive",
        "state_enforcement",
    ),
]

test_exceptions_records_and_agents_requests = case_table_test(CASES)
