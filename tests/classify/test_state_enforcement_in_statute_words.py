"""A state's own enforcement in a statute's or a digest's words (DOMAIN.md: state crimes of illegal
entry, police status checks during stops): the crime named by where one enters, a stop or arrest
on suspicion of unlawful presence, papers asked for. Proof of status asked of voters or drivers is
another matter."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Makes it a crime for an alien to enter the state other than at a port of entry.",
            "restrictive",
        ),
        (
            "Repeals the offense of entering the state other than at a lawful port of entry.",
            "protective",
        ),
        (
            "Allows officers to detain persons they suspect are in the country illegally.",
            "restrictive",
        ),
        (
            "Authorizes police to arrest anyone they reasonably suspect of being in the United"
            " States unlawfully.",
            "restrictive",
        ),
        (
            "Prohibits police from detaining persons on suspicion of being in the country"
            " illegally.",
            "protective",
        ),
        ("Allows police to ask for proof of citizenship during traffic stops.", "restrictive"),
        (
            "Requires officers to demand proof of legal status from persons they stop.",
            "restrictive",
        ),
        # presence in the state made a crime in other words than "unlawfully present"
        (
            "Makes it a violation of state law for individuals to be in the state without proper"
            " documentation.",
            "restrictive",
        ),
        (
            "Makes it a crime for an alien to be present in the state without lawful status.",
            "restrictive",
        ),
        (
            "Makes it a state misdemeanor for a person to be in this state without proper"
            " immigration documents.",
            "restrictive",
        ),
        (
            "Repeals the provision that makes it a crime for an alien to remain in the state"
            " unlawfully.",
            "protective",
        ),
    ],
)
def test_a_states_own_enforcement_in_statute_words(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="state_enforcement")


def test_papers_asked_for_barred_is_a_sanctuary_policy() -> None:
    assert_reads(
        "Prohibits police from asking for proof of citizenship during traffic stops.",
        "protective",
        topic="sanctuary",
    )


def test_freed_from_a_duty_to_honor_detainers() -> None:
    assert_reads(
        "Immigration",
        "protective",
        summary="Frees counties from any duty to honor immigration detainers.",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Requires voters to provide proof of legal status when registering.",
        "Requires applicants for a driver's license to provide proof of legal status.",
        "Allows officers to detain persons they suspect are driving under the influence.",
        # presence made a crime, of other people in other places
        "Makes it a crime for a person to be in the state park without a permit.",
        "Makes it a crime for a sex offender to reside in the state without registering.",
        "Makes it a crime to operate a vehicle in the state without proper documentation.",
    ],
)
def test_proof_asked_of_voters_or_drivers_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)
