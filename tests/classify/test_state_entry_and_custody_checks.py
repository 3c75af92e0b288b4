"""A state enforcing immigration law itself (DOMAIN.md `state_enforcement`), in the words its
statutes use besides "the crime of illegal entry": a ban on entering the state written against a
person unlawfully present, the reentry crime of an alien "found in this state", people "who
entered the country illegally" deported or moved by the state, and the citizenship of everyone a
jail holds checked. The nationality of inmates looked at for a prisoner-transfer treaty (a
transfer home) is not that."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_reads_as_text

STATE_ENFORCEMENT = [
    "Prohibits an alien who is unlawfully present in the United States from entering this state.",
    "Prohibits a person who is an alien unlawfully present from entering or attempting to enter"
    " this state.",
    "Prohibits entry into this state by an alien not lawfully present in the United States.",
    "Provides that a person commits an offense if the person is an alien who has been denied"
    " admission and is found in this state.",
    "An alien who has been deported or removed commits an offense if the alien enters or is found"
    " in this state.",
    "An alien who was previously excluded from the United States commits an offense if the alien"
    " attempts to enter this state.",
    "Allows the state to deport people who entered the country illegally.",
    "Creates a program to transport migrants who entered illegally to other states.",
    "Requires the Department of Corrections to determine the citizenship of each inmate.",
    "Requires the sheriff to verify the nationality of every prisoner.",
]


@pytest.mark.parametrize("title", STATE_ENFORCEMENT)
def test_state_enforcement_in_a_statutes_words_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive", topic="state_enforcement")


@pytest.mark.parametrize(
    "sentence",
    [
        "A person commits an offense if the person is an alien who has been deported from the"
        " United States and enters, attempts to enter, or is at any time found in this state.",
        "The department shall determine the citizenship of each inmate committed to its custody.",
    ],
)
def test_the_same_in_a_bills_text(sentence: str) -> None:
    assert_reads_as_text(sentence, "restrictive", topic="state_enforcement")


@pytest.mark.parametrize(
    "title",
    [
        "Requires the Department of Corrections to determine the nationality of inmates eligible"
        " for prisoner transfer treaties.",
        "Requires the department to verify the citizenship of all inmates eligible for transfer to"
        " their home country under an international treaty.",
    ],
)
def test_nationality_for_a_transfer_treaty_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_repealing_the_state_crime_stays_protective() -> None:
    assert_reads(
        "Repeals the prohibition on an alien unlawfully present from entering this state.",
        "protective",
        topic="state_enforcement",
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Makes it a crime for an alien to fail to carry registration documents.", "restrictive"),
        (
            "Repeals the law making it a crime for an alien to fail to carry registration"
            " documents.",
            "protective",
        ),
        # a city's proof of status to rent, barred (DOMAIN.md: landlord ordinances, and measures
        # that bar them)
        (
            "Prohibits local governments from requiring proof of immigration status to rent"
            " housing.",
            "protective",
        ),
    ],
)
def test_papers_and_proof_to_rent(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="state_enforcement")
