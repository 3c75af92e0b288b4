"""A measure aimed at sanctuary places, named by what it targets ("the executive order targeting
sanctuary cities", "the state's crackdown on sanctuary cities"), is a restrictive thing: backed,
restrictive; opposed, ended or exempted from, protective. A place named at length as an owner
("the State of California's sanctuary laws") and a case's owner named without a possessive are
read as the short forms are."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution supporting the executive order targeting sanctuary cities", "restrictive"),
        ("Resolution opposing the executive order targeting sanctuary cities", "protective"),
        ("An act that ends the executive order targeting sanctuary cities", "protective"),
        (
            "An act that exempts the county from the federal law aimed at sanctuary jurisdictions",
            "protective",
        ),
        ("Resolution condemning the state's crackdown on sanctuary cities", "protective"),
        (
            "Resolution opposing any attempt to end the state's crackdown on sanctuary cities",
            "restrictive",
        ),
        (
            "Resolution celebrating the passage of the federal law aimed at sanctuary"
            " jurisdictions",
            "restrictive",
        ),
        (
            "An act that repeals the ban on the executive order targeting sanctuary cities",
            "restrictive",
        ),
        ("An act that cuts funding for the State of California's sanctuary laws", "restrictive"),
        ("Resolution supporting the State of California's sanctuary laws", "protective"),
        (
            "Resolution supporting the United States Department of Justice lawsuit against the"
            " State of California's sanctuary laws",
            "restrictive",
        ),
    ],
)
def test_reads(title: str, stance: str) -> None:
    assert_reads(title, stance)
