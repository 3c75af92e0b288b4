"""A state's own enforcement in other words (DOMAIN.md, state_enforcement): a crime of entry with
a degree named, a crime for the people named to be present, arrests of people named by how they
came, and the state force's own unit, whose it is said at length."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Creates the crime of aggravated illegal entry.", "restrictive"),
        ("Repeals the offense of criminal illegal reentry.", "protective"),
        (
            "Makes it a crime for an undocumented immigrant to be present in the state.",
            "restrictive",
        ),
        (
            "Requires the Department of Public Safety to arrest and detain persons who cross the"
            " border illegally.",
            "restrictive",
        ),
        (
            "Prohibits state troopers from arresting persons who illegally enter the country.",
            "protective",
        ),
        ("Abolishes the highway patrol's immigration enforcement unit.", "protective"),
    ],
)
def test_reads(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="state_enforcement")
