"""Immigration agents let into a place by the government that holds it, or kept out (DOMAIN.md:
ICE access to jails, courthouses, schools and hospitals), and a state taking people to the
border itself (DOMAIN.md: state transport programs are state enforcement)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Bars schools from allowing ICE agents on campus without a judicial warrant.",
            "protective",
        ),
        ("Prohibits the county from allowing ICE agents in the courthouse.", "protective"),
        (
            "Prohibits federal immigration officers from entering nonpublic areas of city"
            " buildings without a judicial warrant.",
            "protective",
        ),
        ("Requires the city to allow immigration agents into the county jail.", "restrictive"),
        ("Allows ICE agents on school grounds without a warrant.", "restrictive"),
    ],
)
def test_agents_let_into_a_place_or_kept_out(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="ice_access")


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Requires the Department of Public Safety to transport migrants who entered illegally"
            " to the border.",
            "restrictive",
        ),
        ("Authorizes the state to return illegal aliens to the border.", "restrictive"),
        (
            "Authorizes the National Guard to remove aliens convicted of a crime to the border.",
            "restrictive",
        ),
        ("Prohibits state police from returning illegal aliens to the border.", "protective"),
    ],
)
def test_a_state_taking_people_to_the_border(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="state_enforcement")


@pytest.mark.parametrize(
    "title",
    [
        "Bars schools from allowing military recruiters on campus without notice.",
        "Allows police officers into the hospital without a warrant.",
        "Authorizes the sheriff to transport inmates to the border county jail.",
        "Provides transportation for asylum seekers to shelters.",
    ],
)
def test_others_let_in_or_taken_to_a_border_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
