"""Classifier 2.73.0 (docs/classifier-history.md): a government's means put to taking people for
their status, named by the people ("Prohibits the use of city resources for the apprehension of
undocumented immigrants", "… local resources to assist in the arrest of persons unlawfully
present in the United States"), is the core of a sanctuary policy; before, only the agency
("to assist ICE") or the removal ("in the removal of aliens") named after the means was read,
and these were not relevant. Money given to, or barred from, the people themselves ("use of
local revenues to support or otherwise assist illegal aliens; prohibit") is a service
(DOMAIN.md), not enforcement; before, the learned model flagged it."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Prohibits the use of local resources to assist in the apprehension of illegal aliens",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "Prohibits the use of city resources for the apprehension of undocumented immigrants",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "Prohibits the use of state resources to assist in the arrest of persons unlawfully present"
        " in the United States",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "Prohibits the use of city funds for the purpose of detecting or apprehending undocumented"
        " immigrants",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "Prohibits local resources from being used to apprehend undocumented immigrants",
        None,
        "protective",
        "sanctuary",
    ),
    flagged(
        "Requires the use of local resources to assist in the apprehension of illegal aliens",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    not_flagged(
        "Local government; financing; use of local revenues to support or otherwise assist illegal"
        " aliens; prohibit.",
        None,
    ),
    not_flagged("Prohibits the use of state funds to assist undocumented immigrants", None),
    not_flagged("Appropriates funds to help migrants arriving by bus from other states", None),
    # controls: the same means put to other people, and local help named by the agency
    not_flagged("Prohibits the use of county resources for the investigation of child abuse", None),
    not_flagged(
        "Prohibits the use of city resources for the arrest of persons for marijuana possession",
        None,
    ),
    flagged("Prohibits the use of county funds to assist ICE", None, "protective", "sanctuary"),
    flagged(
        "Prohibits the use of state funds to assist illegal aliens and prohibits sanctuary"
        " policies",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
]

test_means_put_to_taking_people_and_money_for_them = case_table_test(CASES)
