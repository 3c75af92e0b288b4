"""Classifier 2.78.0 (docs/classifier-history.md): county agenda items that name the agency before
what it is given: the room it leases ("a lease agreement with ICE for office space at the county
courthouse"), the data it is sent or let into ("an agreement with ICE for the electronic exchange
of booking data", "a memorandum of understanding with the Department of Homeland Security for
access to the county's jail management system"); and people handed to it as a thing done
("Approve the transfer of inmates with detainers to ICE custody"). Before, the first two were
not read at all and the last read no direction. The Department's other agencies' data
(cybersecurity, its information network) stays outside."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Consider approval of a lease agreement with ICE for office space at the county courthouse",
        None,
        "restrictive",
        "ice_access",
    ),
    flagged(
        "Approve a lease with U.S. Immigration and Customs Enforcement for office space in the"
        " county jail",
        None,
        "restrictive",
        "ice_access",
    ),
    flagged(
        "Terminate the lease agreement with ICE for office space in the jail",
        None,
        "protective",
        "ice_access",
    ),
    flagged(
        "Approve an agreement with ICE for the electronic exchange of booking data",
        None,
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Approve a Memorandum of Understanding with the Department of Homeland Security for"
        " access to the county's jail management system",
        None,
        "restrictive",
        "info_sharing",
    ),
    flagged(
        "Terminate the agreement with ICE for the exchange of booking data",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Approve the transfer of inmates with detainers to ICE custody at the county line",
        None,
        "restrictive",
        "detainers",
    ),
    flagged("Opposes the transfer of immigrants to ICE custody.", None, "protective", "detainers"),
    flagged(
        "Prohibits the transfer of inmates to ICE custody without a judicial warrant.",
        None,
        "protective",
        "detainers",
    ),
    # the Department's other agencies' data
    not_flagged(
        "Approve MOU with the Department of Homeland Security for access to the Homeland Security"
        " Information Network",
        None,
    ),
    not_flagged(
        "Approve a Memorandum of Agreement with the Department of Homeland Security for the sharing"
        " of cybersecurity threat information",
        None,
    ),
]

test_agenda_items_read_their_topic_and_way = case_table_test(CASES)
