"""A government's own decision, policy or refusal, named as a noun, as resolutions back or oppose
it; and an undoing, or a keeping, said in other words (DOMAIN.md: a resolution that backs or
opposes a named measure or policy carries its topic and stance; stance follows what the measure
does, so opposing an undoing backs the thing)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Resolution supporting the Sheriff's decision to stop honoring ICE detainer requests",
            "protective",
            "detainers",
        ),
        (
            "A resolution commending the Sheriff's Office's decision to cease holding inmates on"
            " immigration detainers",
            "protective",
            "detainers",
        ),
        (
            "Resolution condemning the Sheriff's decision to stop honoring immigration detainers"
            " and urging the Sheriff to resume full cooperation with ICE",
            "restrictive",
            "detainers",
        ),
        (
            "Resolution affirming the Police Department's longstanding policy of not inquiring"
            " about immigration status",
            "protective",
            "sanctuary",
        ),
        (
            "Resolution opposing the County's refusal to cooperate with federal immigration"
            " authorities",
            "restrictive",
            None,
        ),
        (
            "Resolution supporting the Sheriff's refusal to enter into a 287(g) agreement",
            "protective",
            "287g",
        ),
        (
            "Resolution objecting to the Sheriff's practice of notifying ICE of inmates' release"
            " dates",
            "protective",
            "info_sharing",
        ),
        (
            "Resolution urging the Sheriff to reverse his decision to stop honoring ICE detainers",
            "restrictive",
            "detainers",
        ),
        (
            "Resolution asking the County Executive to rescind the county's policy of sharing"
            " booking data with ICE",
            "protective",
            "info_sharing",
        ),
        (
            "Resolution in support of the Sheriff's plan to join the 287(g) program",
            "restrictive",
            "287g",
        ),
        (
            "Resolution supporting the Sheriff's decision to stop enforcing federal immigration"
            " law",
            "protective",
            "sanctuary",
        ),
        (
            "Resolution denouncing the county's policy of not honoring immigration detainers",
            "restrictive",
            "detainers",
        ),
    ],
)
def test_a_governments_own_decision_goes_the_way_of_what_it_decided(
    title: str, stance: str, topic: str | None
) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution opposing any rollback of the California Values Act", "protective"),
        ("Resolution opposing efforts to overturn the city's sanctuary ordinance", "protective"),
        ("Resolution opposing the rescission of the county's 287(g) agreement", "restrictive"),
        ("Resolution supporting the revocation of the county's 287(g) agreement", "protective"),
        (
            "Resolution opposing the renewal of the Sheriff's 287(g) agreement with ICE",
            "protective",
        ),
        (
            "Resolution urging the Board of Supervisors to maintain the county's sanctuary policy",
            "protective",
        ),
        (
            "Resolution urging the Governor to uphold the state's ban on 287(g) agreements",
            "protective",
        ),
        ("Resolution opposing the reinstatement of the Secure Communities program", "protective"),
        ("Resolution opposing the suspension of the Trust Act", "protective"),
        ("Resolution opposing any erosion of the state's sanctuary law", "protective"),
    ],
)
def test_an_undoing_or_a_keeping_in_other_words(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title",
    [
        # the federal government's own enforcement: a call about immigration in general
        "Resolution opposing the federal government's failure to enforce immigration laws",
        "Resolution regarding the city's decision to rename Ice Street",
        "Resolution supporting the county's decision to expand the wildlife sanctuary",
    ],
)
def test_a_decision_on_nothing_tracked_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_a_shorter_hold_is_read_before_the_jail_it_names() -> None:
    # "the county jail may hold a person on an ICE detainer" names a jail holding people on
    # detainers, inside the clause the verb shortens: the hold row, not the jail's duty, decides
    assert_reads(
        "Immigration detainers",
        "protective",
        "Reduces the time the county jail may hold a person on an ICE detainer to 24 hours.",
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Ends the moratorium on 287(g) agreements", "restrictive"),
        ("Terminates the moratorium on immigration detention contracts", "restrictive"),
        ("Sunsets the state's ban on sanctuary cities", "protective"),
        ("Revokes the governor's executive order limiting cooperation with ICE", "restrictive"),
        (
            "Rescinds the executive order requiring state agencies to cooperate with ICE",
            "protective",
        ),
        ("Rescinding the city's designation as a sanctuary city", "restrictive"),
        ("Phases out the county's contract with ICE to house immigration detainees", "protective"),
        ("Winds down the 287(g) program", "protective"),
        ("Steps up cooperation with ICE", "restrictive"),
        # the sunset clause removed keeps the law
        ("An act that removes the sunset provision from the Trust Act", "protective"),
    ],
)
def test_an_ending_in_other_words_goes_against_what_it_ends(title: str, stance: str) -> None:
    # DOMAIN.md: repealing a ban on sanctuary policies is protective; what is ended is named
    # after the verb, and the verb turns it over
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution opposing any rollback in how the Trust Act is applied", "protective"),
        ("Resolution opposing any changes to the state's sanctuary law", "protective"),
        ("Resolution opposing any changes to 287(g) agreements with ICE", "restrictive"),
    ],
)
def test_opposing_any_change_keeps_the_thing_as_it_is(title: str, stance: str) -> None:
    assert_reads(title, stance)
