"""Agenda items on an agreement with ICE: county boards approve, renew, amend, ratify or end 287(g)
agreements and detention contracts as consent items, in a few words. The yes furthers the
agreement (restrictive), the no ends it (protective), per DOMAIN.md (287(g) agreements and
detention contracts: "enter, renew, end")."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Ratify the Sheriff's execution of a 287(g) jail enforcement model agreement",
            "restrictive",
            "287g",
        ),
        (
            "Consider approval of an amendment to the IGSA with U.S. Immigration and Customs"
            " Enforcement to increase the daily bed rate",
            "restrictive",
            "detention_contracts",
        ),
        (
            "Approve extending the ICE detention contract for one year",
            "restrictive",
            "detention_contracts",
        ),
        (
            "Authorize the Chair to sign the ICE detention contract",
            "restrictive",
            "detention_contracts",
        ),
        ("Approve the withdrawal of the County from the 287(g) program", "protective", "287g"),
        ("Deny the renewal of the 287(g) agreement", "protective", "287g"),
        (
            "Reject the proposed contract with ICE to detain immigrants",
            "protective",
            "detention_contracts",
        ),
        ("Decline to renew the IGSA with ICE", "protective", "detention_contracts"),
        (
            "Approve the non-renewal of the contract with ICE to house immigration detainees",
            "protective",
            "detention_contracts",
        ),
        ("Do not renew the intergovernmental service agreement with ICE", "protective", None),
    ],
)
def test_an_agenda_item_goes_the_way_of_what_it_does_to_the_agreement(
    title: str, stance: str, topic: str | None
) -> None:
    assert_reads(title, stance, topic=topic)


def test_stacked_opposing_words_are_one_opposition_before_an_agreement() -> None:
    # "rejecting" and "disapproving" oppose, as "opposing" does: stacked, they do not undo what
    # they oppose twice
    assert_reads(
        "Resolution opposing and rejecting the renewal of the county's 287(g) agreement",
        "protective",
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Shall the county continue its 287(g) agreement with ICE?", "restrictive"),
        ("Shall the county terminate its 287(g) agreement with ICE?", "protective"),
        (
            "Shall the City of Tucson adopt an ordinance declaring Tucson a sanctuary city?",
            "protective",
        ),
    ],
)
def test_a_ballot_question_goes_the_way_of_a_yes(title: str, stance: str) -> None:
    # a ballot question is decided by a yes: it reads as the measure a yes would enact
    assert_reads(title, stance)
