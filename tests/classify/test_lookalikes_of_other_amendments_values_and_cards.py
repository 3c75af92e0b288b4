"""Look-alikes in the words of the tracked policies (DOMAIN.md): a sanctuary for another
amendment, a Values Act of a family's or a faith's values, an act of trust law, and ID cards for
one group named before the card."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    "title",
    [
        "Declaring the city a Fourth Amendment sanctuary city.",
        "Resolution declaring the county a First Amendment sanctuary county",
        "Supporting the Family Values Act",
        "An act to enact the Traditional Family Values Act",
        "Relating to the Christian values act; school prayer",
        "Relating to the Texas Trust Act (trust code modernization).",
        "Amends the Trust Act to allow trustees to decant a trust.",
        "Provides for senior citizen identification cards issued by the county.",
        "Student identification cards issued by the city; free transit",
        "Establishes veteran ID cards issued by the county clerk.",
    ],
)
def test_lookalike_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # the tracked policies under the same words are still read
        ("Supporting the California Values Act", "protective", "sanctuary"),
        ("Opposing the Illinois TRUST Act", "restrictive", "detainers"),
        (
            "Provides for identification cards issued by the county to residents regardless of"
            " immigration status.",
            "protective",
            "municipal_id",
        ),
        ("Declaring the city a sanctuary city for immigrants", "protective", "sanctuary"),
    ],
)
def test_the_tracked_policy_under_the_same_words_is_read(
    title: str, stance: str, topic: str
) -> None:
    assert_reads(title, stance, topic=topic)
