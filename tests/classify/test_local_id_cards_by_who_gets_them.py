"""Local ID cards said by who may get them (DOMAIN.md: municipal ID cards are relevant, and a ban on
local ID cards for undocumented residents is restrictive); a state's cards for the same people
are other immigration."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Authorizes counties to issue identification cards to persons who cannot prove lawful"
            " presence.",
            "protective",
        ),
        (
            "Prohibits municipalities from issuing identification cards to residents regardless of"
            " immigration status.",
            "restrictive",
        ),
        ("Authorizes the city to issue identification cards to illegal aliens.", "protective"),
        # the state named only where the cities and counties are, or paying them for it
        (
            "Requires each city in the state to issue identification cards to undocumented"
            " residents.",
            "protective",
        ),
        (
            "Requires the state to reimburse counties that issue identification cards to"
            " undocumented residents.",
            "protective",
        ),
        (
            "Prohibits any county or municipality of the state from issuing identification cards"
            " to persons not lawfully present.",
            "restrictive",
        ),
        (
            "Prohibits the state and its political subdivisions from accepting identification"
            " cards issued to illegal aliens.",
            "restrictive",
        ),
    ],
)
def test_local_id_cards_said_by_who_gets_them(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="municipal_id")


@pytest.mark.parametrize(
    "title",
    [
        "Authorizes the Department of Motor Vehicles to issue identification cards to persons who"
        " cannot prove lawful presence.",
        "Authorizes the county to issue identification cards to veterans.",
        # a state's own cards, by the agency that issues them or by name
        "Requires the Department of Motor Vehicles to issue identification cards to undocumented"
        " residents.",
        "Requires the state to issue identification cards to illegal aliens.",
        "Prohibits the Secretary of State from issuing ID cards to persons not lawfully present in"
        " the United States.",
        "An act relating to state identification cards for persons without lawful status",
        "State identification cards; undocumented immigrants",
        "Identification cards for undocumented residents; Department of Motor Vehicles",
    ],
)
def test_a_states_cards_or_cards_for_others_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
