# ruff: noqa: E501  (measure summaries are kept whole)
"""What a measure does to a tracked thing's clock, its budget or its case in court goes the way
of the verb, as "repeals" or "expands" does: delaying, defunding, letting expire, challenging or
blocking in court hinders it; extending its sunset, funding it more or defending it furthers it
(DOMAIN.md: stance follows what the measure does)."""

from __future__ import annotations

import pytest

from tracker.classify import classify

TITLE = "Immigration enforcement"


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("Delays the effective date of the Trust Act until 2028.", "restrictive"),
        ("Extends the sunset date of the county's 287(g) agreement.", "restrictive"),
        ("Allows the county's 287(g) agreement to expire.", "protective"),
        (
            "Removes the sunset provision from the state's ban on immigration detention contracts.",
            "protective",
        ),
        ("Defunds the county's 287(g) program.", "protective"),
        ("Cuts funding for compliance with immigration detainers.", "protective"),
        (
            "Authorizes the city attorney to challenge the state's ban on sanctuary cities in court.",
            "protective",
        ),
        (
            "Authorizes the city attorney to sue the state to block enforcement of its"
            " anti-sanctuary law.",
            "protective",
        ),
        (
            "Authorizes the county to join litigation challenging the state's ban on sanctuary"
            " cities.",
            "protective",
        ),
        (
            "Directs the attorney general to defend the state's sanctuary law in court.",
            "protective",
        ),
        (
            "Directs the attorney general to intervene in support of the federal challenge to the"
            " state's Trust Act.",
            "restrictive",
        ),
        ("Resolution supporting the legal challenge to the state's sanctuary law", "restrictive"),
    ],
)
def test_clock_money_and_court_go_the_way_of_the_verb(summary: str, stance: str) -> None:
    res = classify(TITLE, summary)
    assert res.relevant, res.why
    assert res.stance == stance, res.why
