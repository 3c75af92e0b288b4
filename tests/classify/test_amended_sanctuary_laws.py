"""A named sanctuary law amended ("Amends the Illinois TRUST Act. …"): the law is the thing
changed, so the measure goes the way of what the amendment does (DOMAIN.md: "stance follows what
the measure does"; exempting from a sanctuary law is restrictive). Later "the Act" is that law.
An amendment that says nothing more leans the law's way."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Amends the Illinois TRUST Act. Provides that the Act does not apply to persons"
            " convicted of a forcible felony.",
            "restrictive",
        ),
        (
            "Amends the Illinois TRUST Act. Creates exceptions for persons who are gang members.",
            "restrictive",
        ),
        ("Amends the Trust Act. Repeals the prohibition on 287(g) agreements.", "restrictive"),
        (
            "Amends the Illinois TRUST Act. Limits the Act to persons held in county jails.",
            "restrictive",
        ),
        (
            "Amends the California Values Act to exempt persons convicted of violent felonies from"
            " its protections.",
            "restrictive",
        ),
        (
            "Amends the Illinois TRUST Act. Deletes a provision prohibiting law enforcement from"
            " detaining a person on an immigration detainer.",
            "restrictive",
        ),
        (
            "Amends the Illinois TRUST Act. Extends the Act's protections to schools and"
            " hospitals.",
            "protective",
        ),
        (
            "Amends the California Values Act to bar local police from entering into 287(g)"
            " agreements.",
            "protective",
        ),
        # nothing said of the change: the law's own side, as before
        ("Amends the Illinois TRUST Act.", "protective"),
    ],
)
def test_an_amended_sanctuary_law_goes_the_way_of_the_amendment(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_the_act_is_the_amended_law_only_after_one_is_named() -> None:
    # with no sanctuary law amended, "the Act" names nothing: the exception is to a duty
    assert_reads(
        "Immigration enforcement",
        "restrictive",
        summary="Requires jails to honor immigration detainers. Provides that the Act does not"
        " apply to persons held for less than 24 hours.",
    )
