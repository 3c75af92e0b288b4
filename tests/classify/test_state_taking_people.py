"""A state or local force taking people for their status itself: arrests, detention, deportation
and removal by the state's own police, guard or sheriffs (DOMAIN.md: state_enforcement, "state
transport or detention programs"; "measures that repeal or bar these")."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import classify

TITLE = "Immigration"


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("Bars the state from detaining migrants in state-run detention facilities.", "protective"),
        (
            "Establishes a border security program and appropriates funds for the Department of"
            " Public Safety to arrest migrants crossing the border.",
            "restrictive",
        ),
        ("Authorizes the National Guard to apprehend undocumented immigrants.", "restrictive"),
        ("County sheriffs may not detain and deport illegal immigrants.", "protective"),
        ("Requires state police to remove unauthorized aliens from the state.", "restrictive"),
    ],
)
def test_a_state_taking_people_itself_is_state_enforcement(summary: str, stance: str) -> None:
    assert_reads(TITLE, stance, summary, "state_enforcement")


@pytest.mark.parametrize(
    "title",
    [
        # the federal government's own removals: a call about deportations in general
        "Resolution urging the United States to deport illegal aliens",
        # what a state is paid for holding people convicted of crimes is no enforcement
        "Relating to reimbursement to the state by reason of incarceration of illegal aliens",
        # their camps, and a voter roll: a service and election law
        "The county shall remove migrant encampments from public parks",
        "Requires the state to remove noncitizens from voter rolls",
        "Prohibits law enforcement agencies from removing migrant encampments from public parks.",
    ],
)
def test_federal_removals_prison_costs_camps_and_voter_rolls_are_not_state_enforcement(
    title: str,
) -> None:
    assert_not_flagged(title)


def test_a_contract_to_detain_is_a_detention_contract_not_state_enforcement() -> None:
    res = classify(
        "Dignity Not Detention Act",
        "Prohibits cities and counties from entering into or expanding contracts with private"
        " corporations to detain noncitizens for civil immigration custody.",
    )
    assert res.relevant and res.stance == "protective", res.why
    assert "detention_contracts" in res.topics and "state_enforcement" not in res.topics, res.why
