"""Classes of wording a review of the rules part's own misses (classifier 2.27.0) showed the rules
missing. Each case is a wording of the class, not a labeled measure.

A state's own crime of not carrying alien registration papers; money denied, in the federal
statute's words, to places whose officials may not "take certain actions with respect to
immigration"; local police working beside immigration agents, and conditions on it; a place that
calls itself a "Trust Act city"; penalties named after sanctuary places; making a place pay for
its refusal to cooperate; a ban on harboring aliens with its verbs first; ICE inmates held in a
county jail; a state's own enforcement unit by its name. Two known limits: a protective law voided
or its enforcement barred (or named as what a hindering verb acts on), and a ban on sanctuary
repealed or barred when it is named as a law; an exemption from a policy named as a policy or
law."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import classify


@pytest.mark.parametrize(
    "title",
    [
        "Failure to Carry or Complete Alien Reg. Docs.",
        "Creates the crime of willful failure to complete or carry an alien registration document",
        "Relating to the offense of failing to carry an alien registration card",
    ],
)
def test_a_state_crime_of_not_carrying_registration_papers_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive", topic="state_enforcement")


def test_repealing_that_crime_is_protective() -> None:
    assert_reads(
        "Repeals the crime of willful failure to complete or carry an alien registration document",
        "protective",
        topic="state_enforcement",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Creates the offense of failure to carry vehicle registration documents",
        "Relating to the failure to complete voter registration forms",
    ],
)
def test_other_registration_papers_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    "title",
    [
        "To amend section 241(i) of the Immigration and Nationality Act to deny assistance under"
        " such section to a State or political subdivision of a State that prohibits its officials"
        " from taking certain actions with respect to immigration.",
        "To deny federal financial assistance to any city that prohibits its officials from sharing"
        " information with federal immigration authorities.",
        "Withholds state assistance from any county that restricts its sheriff from cooperating"
        " with immigration detainers",
    ],
)
def test_denying_assistance_to_places_that_limit_cooperation_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive", topic="anti_sanctuary")


@pytest.mark.parametrize(
    "title",
    [
        # "assistance" stands for money only when a place is what it is denied to
        "To deny assistance to aliens who fail to comply with registration requirements.",
        "To deny federal financial assistance to cities that fail to comply with clean water"
        " standards.",
    ],
)
def test_assistance_denied_to_people_or_for_other_duties_is_not_a_cut_off(title: str) -> None:
    res = classify(title)
    assert "anti_sanctuary" not in res.topics, res.why


@pytest.mark.parametrize(
    "title",
    [
        "Requires a police officer accompanying federal immigration officers to wear and use a body"
        " camera and secure the recordings",
        "Requires police officers assisting in ICE operations to wear body cameras",
        "Requires law enforcement officers who assist with immigration enforcement operations to"
        " activate body-worn cameras",
    ],
)
def test_recording_what_local_police_do_beside_agents_is_protective(title: str) -> None:
    assert_reads(title, "protective", topic="sanctuary")


def test_police_ordered_to_assist_agents_is_restrictive() -> None:
    assert_reads(
        "Requires police officers to assist ICE agents in all enforcement operations", "restrictive"
    )


def test_barring_police_from_assisting_agents_is_protective() -> None:
    assert_reads(
        "Prohibits police officers from assisting federal immigration agents", "protective"
    )


@pytest.mark.parametrize(
    "title",
    [
        # the agents' own gear is their conduct (DOMAIN.md), whoever else is named
        "Requires federal immigration agents to wear body cameras when conducting enforcement",
        "Police officers accompanying the Governor on official travel",
    ],
)
def test_agents_own_conduct_and_other_escorts_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    "title",
    [
        "Reaffirming the city's commitment as a Sanctuary and Trust Act City for justice, equity,"
        " and inclusion.",
        "Resolution declaring the county a Trust Act County",
    ],
)
def test_a_place_that_calls_itself_a_trust_act_city_is_protective(title: str) -> None:
    assert_reads(title, "protective")


def test_a_land_trust_act_is_still_a_look_alike() -> None:
    assert_not_flagged("Amends the Community Land Trust Act")


@pytest.mark.parametrize(
    "title",
    [
        "Providing for sanctuary municipality financial penalties.",
        "Sanctuary city penalties; establishing",
        "Sanctuary county ban",
    ],
)
def test_penalties_named_after_sanctuary_places_are_restrictive(title: str) -> None:
    assert_reads(title, "restrictive", topic="anti_sanctuary")


def test_a_second_amendment_sanctuary_penalty_is_still_a_look_alike() -> None:
    assert_not_flagged("Second Amendment sanctuary county penalties")


@pytest.mark.parametrize(
    "title",
    [
        "To require any State to reimburse the Federal Government for costs incurred when Federal"
        " military forces are deployed in response to civil disturbances caused by the State's"
        " refusal to cooperate with lawful Federal immigration enforcement.",
        "Makes a county liable for damages caused by its refusal to cooperate with federal"
        " immigration authorities",
    ],
)
def test_making_a_place_pay_for_refusing_to_cooperate_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Creates the Citizen Protection Act",
            "relative to illegal aliens; to prohibit unlawfully harboring, concealing,"
            " transporting, or sheltering an alien; to create an immigration enforcement trust"
            " fund",
        ),
        ("Creates the crime of transporting or harboring an illegal alien", None),
    ],
)
def test_a_state_ban_on_harboring_named_verb_first_is_restrictive(
    title: str, summary: str | None
) -> None:
    assert_reads(title, "restrictive", summary, topic="state_enforcement")


@pytest.mark.parametrize(
    "title",
    [
        # federal law's own offense, and other things harbored or concealed
        "To amend the Immigration and Nationality Act to increase penalties for harboring aliens",
        "Prohibits harboring a fugitive or concealing an alien species of fish",
    ],
)
def test_federal_harboring_penalties_and_other_harboring_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_holding_ice_inmates_in_the_county_jail_is_a_detention_contract() -> None:
    assert_reads(
        "Federal Inmate Contracts",
        "restrictive",
        "The Sheriff's Office is in the process of renegotiating rates to hold US Marshal and ICE"
        " inmates at the County Detention Facility.",
        topic="detention_contracts",
    )


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "SLED",
            "This bill moves the administration of the state's Illegal Immigration Enforcement Unit"
            " from the Department of Public Safety to the State Law Enforcement Division.",
        ),
        (
            "Relating to measures to ensure the safety and welfare of the border region of this"
            " state, including the establishment of the Border Protection Unit; creating a"
            " criminal offense.",
            None,
        ),
    ],
)
def test_a_states_own_enforcement_unit_by_its_name_is_state_enforcement(
    title: str, summary: str | None
) -> None:
    assert_reads(title, "restrictive", summary, topic="state_enforcement")


def test_the_federal_border_agency_is_not_a_state_unit() -> None:
    assert_not_flagged("Funding for the U.S. Customs and Border Protection Unit")


@pytest.mark.parametrize(
    "title",
    [
        "Prohibits the enforcement of the Trust Act",
        "Preempts local welcoming city ordinances",
        "Suspends implementation of the county's welcoming ordinance",
    ],
)
def test_voiding_a_protective_law_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        "Repeals the Anti-Sanctuary Act",
        "Prohibits the enforcement of the Anti-Sanctuary Act",
        "Prohibits the enforcement of any sanctuary policy ban",
    ],
)
def test_undoing_a_ban_on_sanctuary_is_protective(title: str) -> None:
    assert_reads(title, "protective")


@pytest.mark.parametrize(
    "title",
    [
        "An act that prohibits the Trust Act",
        "Ordinance banning the Trust Act",
        "Resolution restricting the state's Values Act",
        "An act that ends the TRUST Act",
    ],
)
def test_a_protective_act_named_as_what_a_hindering_verb_acts_on_is_restrictive(
    title: str,
) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    ["An act that expands the Trust Act", "Resolution supporting the California Values Act"],
)
def test_a_protective_act_furthered_stays_protective(title: str) -> None:
    assert_reads(title, "protective")


@pytest.mark.parametrize(
    "title, stance",
    [
        (
            "An act that exempts the county from policies restricting information sharing with ICE",
            "restrictive",
        ),
        ("Exempts the sheriff from the Trust Act", "restrictive"),
        ("Exempts schools from policies requiring cooperation with ICE", "protective"),
    ],
)
def test_an_exemption_from_a_policy_goes_the_other_way_from_it(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_repealing_a_ban_on_limits_on_honoring_detainers_is_protective() -> None:
    assert_reads(
        "Repeals the prohibition on limits on honoring immigration detainers",
        "protective",
        topic="detainers",
    )


def test_enacting_a_ban_on_limits_on_honoring_detainers_is_restrictive() -> None:
    assert_reads(
        "Establishes a prohibition on limits on honoring immigration detainers", "restrictive"
    )


@pytest.mark.parametrize(
    "title, stance",
    [
        ("An act that repeals the ban on the Trust Act", "protective"),
        ("Repeals the prohibition on the state Values Act", "protective"),
        ("Repeals the Trust Act", "restrictive"),
        (
            "An act that repeals the requirement for policies that limit cooperation with federal"
            " immigration authorities",
            "restrictive",
        ),
        ("An act that repeals the requirement to report arrestees to ICE", "protective"),
    ],
)
def test_what_a_repeal_undoes_decides_its_side(title: str, stance: str) -> None:
    assert_reads(title, stance)
