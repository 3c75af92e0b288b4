"""A condition put before a place limits its cooperation, and a veto overridden or sustained
(DOMAIN.md: stance follows what the measure does: a condition in the way of a sanctuary policy
hinders it, and a veto overridden backs what was vetoed)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Requires a referendum before a county limits cooperation with ICE.", "restrictive"),
        (
            "Requires approval by the legislature before a city adopts a sanctuary policy.",
            "restrictive",
        ),
        (
            "Requires a two-thirds vote of the council before a city declines to honor ICE"
            " detainers.",
            "restrictive",
        ),
        (
            "Repeals the requirement of approval by the voters before a city adopts a sanctuary"
            " policy.",
            "protective",
        ),
        (
            "Repeals the requirement of a referendum before a city declines to honor ICE"
            " detainers.",
            "protective",
        ),
        # the same words before honoring a detainer or entering an agreement still read as before
        (
            "Repeals the requirement of approval by the county board before the jail honors ICE"
            " detainers.",
            "restrictive",
        ),
        (
            "Requires a public hearing before the sheriff enters into a 287(g) agreement.",
            "protective",
        ),
    ],
)
def test_a_condition_before_a_place_limits_its_cooperation(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Override of the Mayor's veto of the ordinance limiting cooperation with ICE",
            "protective",
        ),
        ("Overriding the Governor's veto of the Trust Act", "protective"),
        (
            "Motion to override the Governor's veto of Senate Bill 4, which bans sanctuary cities",
            "restrictive",
        ),
        (
            "Sustaining the Mayor's veto of the ordinance limiting cooperation with ICE",
            "restrictive",
        ),
    ],
)
def test_a_veto_overridden_backs_what_was_vetoed(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_a_veto_of_something_else_overridden_is_not_flagged() -> None:
    assert_not_flagged("Override of the Mayor's veto of the budget ordinance")
