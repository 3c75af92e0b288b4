"""A local force taking part in ICE's raids or operations, help named by what it helps rather than
by the agency's name, and a state's own program to transport migrants (DOMAIN.md: sanctuary
limits and state enforcement, either way)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("Bars state employees from participating in immigration raids.", "protective", None),
        ("Requires sheriffs to participate in immigration sweeps.", "restrictive", None),
        (
            "Resolution urging the sheriff to stop taking part in federal immigration enforcement"
            " operations",
            "protective",
            None,
        ),
        ("Resolution opposing participation in immigration raids", "protective", None),
        (
            "Authorizes the National Guard to assist federal authorities with immigration"
            " enforcement.",
            "restrictive",
            None,
        ),
        (
            "Prohibits local police from helping federal agencies with immigration enforcement.",
            "protective",
            None,
        ),
        (
            "Establishes the Unauthorized Alien Transport Program within the Division of Emergency"
            " Management.",
            "restrictive",
            "state_enforcement",
        ),
        ("Repeals the migrant relocation program.", "protective", "state_enforcement"),
        (
            "Requires the state to run a program to relocate unauthorized aliens to other states.",
            "restrictive",
            "state_enforcement",
        ),
    ],
)
def test_reads(title: str, stance: str, topic: str | None) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    "title",
    [
        # the raids themselves, a federal matter, and people helped rather than agents
        "Resolution condemning immigration raids by federal agents",
        "Resolution calling for an end to immigration raids in the region",
        "Provides grants to nonprofits that assist residents affected by immigration raids.",
        "Establishes a program to help refugees relocate to the state.",
    ],
)
def test_not_flagged(title: str) -> None:
    assert_not_flagged(title)
