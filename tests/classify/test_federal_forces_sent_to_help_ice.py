"""Federal forces sent to help ICE are the federal government's own conduct (DOMAIN.md: a
resolution about federal agents' conduct is other_immigration); a state's or a city's own forces
put to immigration enforcement, or barred from it, are a tracked policy."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    "title",
    [
        "Resolution condemning the deployment of federal troops to assist ICE",
        "Resolution opposing the President's deployment of the National Guard to assist ICE",
        "Resolution supporting the use of the U.S. military to enforce federal immigration law",
        "Resolution calling for an end to the Administration's deployment of troops to assist ICE",
        "Resolution urging the President not to deploy active-duty troops to carry out"
        " immigration arrests",
        "Resolution opposing any plan by the federal government to deploy the military for"
        " federal immigration enforcement",
    ],
)
def test_federal_forces_sent_to_help_ice_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution condemning the deployment of the National Guard to assist ICE", "protective"),
        (
            "Resolution urging the Governor to deploy the National Guard to assist ICE",
            "restrictive",
        ),
        (
            "Prohibits the use of state resources to assist federal troops in immigration"
            " enforcement.",
            "protective",
        ),
        (
            "Resolution condemning the deployment of federal troops to assist ICE and directing the"
            " police department not to assist ICE",
            "protective",
        ),
    ],
)
def test_a_places_own_forces_are_still_read(title: str, stance: str) -> None:
    assert_reads(title, stance)
