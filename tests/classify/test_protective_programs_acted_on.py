"""The protective programs of DOMAIN.md's toolkits (municipal ID cards, public counsel in removal
proceedings, U-visa certification) and limits on a tool of enforcement, named as what a measure
acts on: ending, opposing or exempting a place from one is restrictive; backing it, or undoing a
ban on it, protective. So is a duty to run a tool repealed, the other way."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("Resolution opposing the municipal ID program", "restrictive", "municipal_id"),
        ("Ordinance ending the municipal ID program", "restrictive", "municipal_id"),
        ("An act that repeals the ban on the municipal ID program", "protective", "municipal_id"),
        (
            "An act that exempts the county from public legal defense for immigrants facing"
            " deportation",
            "restrictive",
            "access_to_counsel",
        ),
        (
            "Resolution condemning the elimination of public legal defense for immigrants facing"
            " deportation",
            "protective",
            "access_to_counsel",
        ),
        (
            "An act that repeals the requirement for U visa certification for crime victims",
            "restrictive",
            "u_visa",
        ),
        ("An act that prohibits limits on ICE access to county jails", "restrictive", "ice_access"),
        (
            "Resolution opposing any rollback of limits on ICE access to county jails",
            "protective",
            "ice_access",
        ),
        (
            "An act that repeals the requirement for the Warrant Service Officer program",
            "protective",
            "287g",
        ),
    ],
)
def test_a_protective_program_or_a_limit_acted_on(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("An act that bans immigration holds", "protective", "detainers"),
        ("Ordinance requiring immigration holds", "restrictive", "detainers"),
        ("An act that bans police inquiries into immigration status", "protective", "sanctuary"),
        (
            "Resolution opposing notifying ICE of inmates' release dates",
            "protective",
            "info_sharing",
        ),
        (
            "An act that repeals the county's policy against honoring ICE detainers",
            "restrictive",
            "detainers",
        ),
        (
            "An act that repeals the ban on the county's policy against honoring ICE detainers",
            "protective",
            "detainers",
        ),
    ],
)
def test_tools_and_policies_by_their_other_names(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)
