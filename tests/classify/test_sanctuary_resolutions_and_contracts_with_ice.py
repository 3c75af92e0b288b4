"""A place's "sanctuary resolution" is its sanctuary policy, as its "sanctuary ordinance" is (the
gun-rights kind is a look-alike); a contract with ICE to house detainees is a detention contract
whichever way its party is named."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("Adopt a resolution rescinding the city's sanctuary resolution", "restrictive", None),
        ("Resolution reaffirming the city's sanctuary resolution", "protective", "sanctuary"),
        ("Repeals the county's sanctuary declaration.", "restrictive", None),
        (
            "Terminating the county's contract with ICE to house immigration detainees",
            "protective",
            "detention_contracts",
        ),
        (
            "Approving an agreement with Immigration and Customs Enforcement to detain"
            " noncitizens at the county jail",
            "restrictive",
            "detention_contracts",
        ),
    ],
)
def test_reads(title: str, stance: str, topic: str | None) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    "title",
    [
        "Resolution rescinding the county's Second Amendment sanctuary resolution",
        "Resolution adopting a sanctuary city for the unborn resolution",
    ],
)
def test_lookalikes_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    "title",
    [
        "Resolution adopting a sanctuary ordinance for reproductive freedom",
        "Approving the sanctuary resolution protecting LGBTQ+ residents seeking gender-affirming"
        " care",
        "Sanctuary policy: medical freedom and vaccine choice",
        "A sanctuary declaration for wildlife in the river corridor",
    ],
)
def test_a_sanctuary_for_another_cause_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_a_sanctuary_for_immigrants_beside_another_cause_is_read() -> None:
    assert_reads(
        "Resolution declaring the city a sanctuary city for immigrants, refugees and for those"
        " seeking reproductive care",
        "protective",
        topic="sanctuary",
    )
