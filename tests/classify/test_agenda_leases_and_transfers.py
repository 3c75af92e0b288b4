"""Classifier 2.78.0 (docs/classifier-history.md): county agenda items that name the agency before
what it is given: the room it leases ("a lease agreement with ICE for office space at the county
courthouse"), the data it is sent or let into ("an agreement with ICE for the electronic exchange
of booking data", "a memorandum of understanding with the Department of Homeland Security for
access to the county's jail management system"); and people handed to it as a thing done
("Approve the transfer of inmates with detainers to ICE custody"). Before, the first two were
not read at all and the last read no direction. The Department's other agencies' data
(cybersecurity, its information network) stays outside."""

from __future__ import annotations

import pytest

from tracker.classify import classify


@pytest.mark.parametrize(
    ("title", "topic", "stance"),
    [
        (
            "Consider approval of a lease agreement with ICE for office space at the county"
            " courthouse",
            "ice_access",
            "restrictive",
        ),
        (
            "Approve a lease with U.S. Immigration and Customs Enforcement for office space in the"
            " county jail",
            "ice_access",
            "restrictive",
        ),
        (
            "Terminate the lease agreement with ICE for office space in the jail",
            "ice_access",
            "protective",
        ),
        (
            "Approve an agreement with ICE for the electronic exchange of booking data",
            "info_sharing",
            "restrictive",
        ),
        (
            "Approve a Memorandum of Understanding with the Department of Homeland Security for"
            " access to the county's jail management system",
            "info_sharing",
            "restrictive",
        ),
        (
            "Terminate the agreement with ICE for the exchange of booking data",
            "info_sharing",
            "protective",
        ),
        (
            "Approve the transfer of inmates with detainers to ICE custody at the county line",
            "detainers",
            "restrictive",
        ),
        ("Opposes the transfer of immigrants to ICE custody.", "detainers", "protective"),
        (
            "Prohibits the transfer of inmates to ICE custody without a judicial warrant.",
            "detainers",
            "protective",
        ),
    ],
)
def test_agenda_items_read_their_topic_and_way(title: str, topic: str, stance: str) -> None:
    res = classify(title)
    assert res.relevant and topic in res.topics, res.why
    assert res.stance == stance, res.why


@pytest.mark.parametrize(
    "title",
    [
        "Approve MOU with the Department of Homeland Security for access to the Homeland Security"
        " Information Network",
        "Approve a Memorandum of Agreement with the Department of Homeland Security for the sharing"
        " of cybersecurity threat information",
    ],
)
def test_the_departments_other_data_is_not_immigration(title: str) -> None:
    res = classify(title)
    assert not res.relevant, res.why
