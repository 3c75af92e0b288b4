"""Short titles named for what the act does to its object ("No Sanctuary Cities Act", "287(g)
Prohibition Act", "ICE Cooperation Restoration Act"): DOMAIN.md says a short title can carry its
topic alone, and a name that bans, repeals, restores or funds a tracked policy also says which
way it goes."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("No Sanctuary Cities Act", "restrictive", "anti_sanctuary"),
        ("NO SANCTUARY CITIES ACT OF 2025", "restrictive", "anti_sanctuary"),
        ("Sanctuary City Prohibition Act", "restrictive", "anti_sanctuary"),
        ("Stop Sanctuary Cities Act", "restrictive", "anti_sanctuary"),
        ("Sanctuary State Repeal Act", "restrictive", "anti_sanctuary"),
        ("No Bailout for Sanctuary Cities Act", "restrictive", "anti_sanctuary"),
        ("Sanctuary City Accountability Act", "restrictive", "anti_sanctuary"),
        ("No Sanctuary for Criminals Act", "restrictive", "anti_sanctuary"),
        ("287(g) Prohibition Act", "protective", "287g"),
        ("No ICE Detainers Act", "protective", "detainers"),
        ("Immigration Detainer Compliance Act", "restrictive", "detainers"),
        ("Immigration Detention Contracts Ban Act", "protective", "detention_contracts"),
        ("No Tax Dollars for Immigration Detention Contracts Act", "protective", None),
        ("Courthouse Immigration Arrests Ban Act", "protective", "ice_access"),
        ("ICE Cooperation Restoration Act", "restrictive", None),
        ("Abolish ICE Detainers Act", "protective", "detainers"),
    ],
)
def test_a_short_title_says_what_it_does_to_its_object(
    title: str, stance: str, topic: str | None
) -> None:
    assert_reads(title, stance, topic=topic)


def test_ice_raids_at_a_school_are_ice_access() -> None:
    assert_reads("Immigration", "protective", "Prohibits ICE raids at schools.", "ice_access")


@pytest.mark.parametrize(
    "title",
    [
        "Second Amendment Sanctuary Protection Act",
        "Wildlife Sanctuary Protection Act",
        "Consumer Data Protection Act",
        "No Funding for Schools Act",
        # whether the federal agency exists is a federal matter
        "Abolish ICE Act",
        # a church's sanctuary, with no immigration word
        "A resolution on churches that offer sanctuary for criminals",
        # ICE raids in general: federal agents' conduct (DOMAIN.md)
        "Resolution condemning ICE raids in the city",
    ],
)
def test_names_and_places_with_nothing_tracked_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_a_name_whose_words_are_not_only_a_tracked_tool_is_read_as_it_stands() -> None:
    # "Taxpayer and Citizen Protection Act" protects no tracked tool: it is Arizona's named
    # state-enforcement law, read by its name
    assert_reads("Arizona Taxpayer and Citizen Protection Act", "restrictive")
