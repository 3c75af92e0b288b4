"""A case in court against a policy, backed or opposed: the case hinders what it is against, and
backing or opposing it goes with or against the case ("Resolution authorizing the city to join the
lawsuit challenging Senate Bill 4, which bans sanctuary cities" is protective; "opposing the
federal lawsuit against the city's welcoming ordinance" protective; "opposing the lawsuit
challenging the state's ban on sanctuary cities" restrictive)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Resolution authorizing the city to join the lawsuit challenging Senate Bill 4, which"
            " bans sanctuary cities",
            "protective",
        ),
        ("Resolution supporting litigation against the California Values Act", "restrictive"),
        (
            "Resolution supporting the Attorney General's lawsuit against sanctuary cities",
            "restrictive",
        ),
        (
            "Resolution opposing the federal lawsuit against the city's welcoming ordinance",
            "protective",
        ),
        (
            "Resolution condemning the Attorney General's lawsuit against the state's sanctuary"
            " law",
            "protective",
        ),
        (
            "Resolution opposing the lawsuit challenging the state's ban on sanctuary cities",
            "restrictive",
        ),
        ("Resolution condemning the lawsuit against the 287(g) program", "restrictive"),
        ("Resolution supporting the lawsuit challenging the 287(g) program", "protective"),
    ],
)
def test_a_case_in_court_backed_or_opposed(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title",
    [
        "Resolution supporting the lawsuit against the opioid manufacturers",
        "Resolution opposing the lawsuit against the city's rent control ordinance",
        "Resolution authorizing the city to join litigation challenging the state's preemption of"
        " local minimum wage laws",
    ],
)
def test_cases_about_other_things_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
