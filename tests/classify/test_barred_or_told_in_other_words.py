# ruff: noqa: E501  (measure summaries are kept whole)
"""A government stopped, forbidden, kept from or stripped of the power to do an act is barred
from it; one ordered, forced, enabled or confirmed in the power to do it is told to. The side is
the act's, turned over when it is barred (DOMAIN.md: "prohibits 287(g) agreements" is
protective, "requires every sheriff to enter a 287(g) agreement" restrictive), whichever verb
says it. Each wording is read as a descriptive title and as the summary under a bare one."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads

TITLE = "Immigration enforcement"

BARRED = [
    ("Stops law enforcement agencies from declining immigration detainer requests.", "restrictive"),
    ("Would stop law enforcement agencies from detaining persons for ICE.", "protective"),
    ("Forbids law enforcement agencies to transport migrants out of the state.", "protective"),
    (
        "Law enforcement agencies are forbidden to prohibit officers from asking about immigration status.",
        "restrictive",
    ),
    (
        "Law enforcement agencies shall refrain from inquiring about immigration status.",
        "protective",
    ),
    (
        "Ensures that law enforcement agencies do not contract with ICE to house detainees.",
        "protective",
    ),
    (
        "Limits the authority of law enforcement agencies to adopt sanctuary policies.",
        "restrictive",
    ),
    (
        "Ends the ability of local governments to arrest persons suspected of illegal entry into the state.",
        "protective",
    ),
    ("Exempts law enforcement agencies from any duty to detain persons for ICE.", "protective"),
    ("Restricts law enforcement agencies from refusing to honor ICE detainers.", "restrictive"),
    (
        "Restricts the ability of local governments to provide legal representation to immigrants in removal proceedings.",
        "restrictive",
    ),
]
TOLD = [
    ("Orders law enforcement agencies to contract with ICE to house detainees.", "restrictive"),
    ("Forces law enforcement agencies to refuse to honor ICE detainers.", "protective"),
    ("Enables law enforcement agencies to contract with ICE to house detainees.", "restrictive"),
    ("Requires that counties and cities transport migrants out of the state.", "restrictive"),
    ("Mandates that law enforcement agencies refuse to honor ICE detainers.", "protective"),
    (
        "Expands the authority of law enforcement agencies to share license plate reader data with ICE.",
        "restrictive",
    ),
    (
        "Affirms the authority of law enforcement agencies to refuse to honor ICE detainers.",
        "protective",
    ),
    (
        "Restores the authority of law enforcement agencies to contract with ICE to house detainees.",
        "restrictive",
    ),
]


def _read_both_ways(wording: str, stance: str) -> None:
    assert_reads(wording, stance)
    assert_reads(TITLE, stance, wording)


@pytest.mark.parametrize(("wording", "stance"), BARRED)
def test_barred_in_other_words_turns_the_act_over(wording: str, stance: str) -> None:
    _read_both_ways(wording, stance)


@pytest.mark.parametrize(("wording", "stance"), TOLD)
def test_told_in_other_words_keeps_the_act_s_side(wording: str, stance: str) -> None:
    _read_both_ways(wording, stance)


@pytest.mark.parametrize(
    "summary",
    [
        # the noun, not the verb: the order bars, it does not tell
        "Governor's order barring state agencies from using state resources to enforce federal immigration law.",
        "An executive order prohibiting state agencies from asking about immigration status.",
    ],
)
def test_an_order_that_bars_is_not_read_as_telling(summary: str) -> None:
    assert_reads("Executive order", "protective", summary)


def test_a_capitalized_trigger_is_matched_as_written() -> None:
    """'Forces' at a summary's start, where no space comes before it, fires its row (the row's
    lowercase trigger is ' forc', so that 'enforces' does not fire it)."""
    assert_reads(TITLE, "restrictive", "Forces county jails to honor immigration detainers.")


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution urging the sheriff to stop enforcing federal immigration law", "protective"),
        (
            "Resolution calling on county sheriffs to cease enforcing federal immigration law",
            "protective",
        ),
        (
            "Resolution urging the police department to continue enforcing federal immigration law",
            "restrictive",
        ),
    ],
)
def test_a_local_force_urged_to_end_or_keep_enforcing_immigration_law(
    title: str, stance: str
) -> None:
    """What a sheriff or police force does about immigration law is the tracked policy itself,
    not a call about immigration in general (DOMAIN.md, "where the line falls")."""
    assert_reads(title, stance)


def test_a_call_on_congress_to_enforce_immigration_law_stays_other_immigration() -> None:
    assert_not_flagged("A resolution urging Congress to enforce federal immigration law")


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Withholds state funds from the department of corrections that enter into 287(g) agreements.",
            "protective",
        ),
        (
            "Imposes civil penalties on the department of corrections that decline immigration detainer requests.",
            "restrictive",
        ),
        (
            "Reimburses the department of corrections that honor immigration detainers.",
            "restrictive",
        ),
    ],
)
def test_a_department_named_by_its_field_is_a_government_punished_or_rewarded(
    title: str, stance: str
) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("An act that cuts funding for the Trust Act", "restrictive"),
        (
            "An act that cuts funding for a state program transporting unauthorized aliens out of the state",
            "protective",
        ),
        (
            "An act that increases funding for a state program transporting unauthorized aliens out of the state",
            "restrictive",
        ),
        (
            "Resolution celebrating the passage of a state program transporting unauthorized aliens out of the state",
            "restrictive",
        ),
    ],
)
def test_money_for_a_named_law_or_a_state_program(title: str, stance: str) -> None:
    assert_reads(title, stance)
