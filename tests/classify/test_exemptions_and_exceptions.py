# ruff: noqa: E501  (measure summaries are kept whole)
"""A way out of a law goes against the law's side; narrowing the way out, or widening where the
law applies, goes with it (DOMAIN.md: "exempting a place from a state's sanctuary law is
restrictive"; stance follows what the measure does, not the law it names)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        (
            "Exempts counties with populations under 50,000 from the state's ban on sanctuary policies.",
            "protective",
        ),
        ("Exempts school districts from the state's anti-sanctuary law.", "protective"),
        ("Excludes juveniles from the requirement to honor ICE detainers.", "protective"),
        ("Creates an exception to the state's sanctuary law for juveniles.", "restrictive"),
        ("Expands the exceptions to the state's sanctuary law.", "restrictive"),
        ("Narrows the exceptions to the state's sanctuary law.", "protective"),
        (
            "Removes the exemption for school districts from the state's anti-sanctuary law.",
            "restrictive",
        ),
        ("Makes the ban on 287(g) agreements inapplicable to school districts.", "restrictive"),
        ("Waives the Trust Act for school districts.", "restrictive"),
        ("Suspends enforcement of the state's ban on sanctuary policies.", "protective"),
        (
            "Provides that the ban on immigration detention contracts does not apply to juveniles.",
            "restrictive",
        ),
        (
            "Provides that the mandate that sheriffs enter into 287(g) agreements does not apply to juveniles.",
            "protective",
        ),
        (
            "Provides that the Trust Act does not apply to persons convicted of violent felonies.",
            "restrictive",
        ),
        ("Extends the state's sanctuary law to school districts.", "protective"),
        # ICE is the one told here, not the person held
        (
            "Provides that the requirement that jails notify ICE of release dates does not apply to persons convicted of violent felonies.",
            "protective",
        ),
    ],
)
def test_a_way_out_of_a_law_goes_against_it(summary: str, stance: str) -> None:
    assert_reads(summary, stance)
    assert_reads("Immigration", stance, summary)
