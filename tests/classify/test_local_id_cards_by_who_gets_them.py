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
    ],
)
def test_a_states_cards_or_cards_for_others_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
