"""Wordings 2.43.0 reads by the policy, each written from DOMAIN.md and the shapes statutes,
Congress and councils use (none from a labeled measure):

- an officer who refuses to cooperate shielded from punishment ("No officer who declines to
  comply with an immigration detainer may be removed from office"): the negation bars the
  punishment, not the refusal, so it protects the limit (protective); punished for it, it stays
  restrictive;
- sanctuary places kept from losing federal money ("To protect sanctuary cities from losing
  Federal grants", "To limit the authority of the Attorney General to withhold grants from …"),
  their money restored or kept flowing (protective);
- officials barred from obstructing immigration enforcement, or made criminals for it
  (restrictive, anti_sanctuary), but not anyone at all barred from impeding agents;
- an immigration detention site proposed where the government is, backed or opposed; a permit
  required of facilities that hold people for ICE (a condition, as a moratorium is);
- the places of care and public life the newer laws add to schools and hospitals (child care,
  clinics, parks, colleges, food banks), and policies for responding to enforcement there;
- a veto asked of a "sanctuary state bill" (what is vetoed is opposed).
"""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_reads_as_text
from tracker.classify import classify

REFUSERS_SHIELDED = [
    "No officer who declines to comply with an immigration detainer may be removed from office.",
    "No officer who declines to honor an ICE detainer shall be subject to discipline.",
    "An officer who refuses to participate in a 287(g) agreement may not be disciplined.",
    "No employee may be disciplined for declining to share immigration status information with"
    " ICE.",
    "An employee shall not be penalized for refusing to honor an ICE detainer request.",
    "Prohibits retaliation against any official who declines to comply with an immigration"
    " detainer.",
    "Protects each officer who declines ICE detainer requests from discipline.",
]


@pytest.mark.parametrize("sentence", REFUSERS_SHIELDED)
def test_a_refusal_shielded_from_punishment_is_protective(sentence: str) -> None:
    assert_reads(sentence, "protective")
    assert_reads_as_text(sentence, "protective")


@pytest.mark.parametrize(
    "sentence",
    [
        "An officer who refuses to honor an ICE detainer request shall be removed from office.",
        "An officer who declines to comply with an immigration detainer is subject to a civil"
        " penalty.",
        # the refusal of a 287(g) agreement punished: the limit is what is condemned
        "An official who refuses to participate in a 287(g) agreement shall be removed from"
        " office.",
        "No officer may refuse to comply with an immigration detainer.",
        "No officer shall decline to honor an ICE detainer.",
    ],
)
def test_the_same_refusal_punished_or_barred_stays_restrictive(sentence: str) -> None:
    assert_reads(sentence, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        "To protect sanctuary cities from losing Federal grants.",
        "To protect sanctuary jurisdictions from the loss of Federal funds.",
        "To shield sanctuary cities from Federal funding cuts.",
        "To limit the authority of the Attorney General to withhold grants from sanctuary"
        " jurisdictions.",
        "To restrict the authority of the Secretary to deny funds to sanctuary cities.",
        "To prevent the Federal Government from defunding sanctuary cities.",
        "To restore Federal grants to sanctuary jurisdictions.",
        "To ensure that sanctuary cities continue to receive Federal funds.",
        # the places named by what they do, the power to cut them limited
        "To limit the authority of the Attorney General to withhold grants from cities that"
        " limit cooperation with ICE.",
        "To prevent the Federal Government from defunding cities that limit cooperation with ICE.",
    ],
)
def test_sanctuary_places_kept_from_losing_money_is_protective(title: str) -> None:
    assert_reads(title, "protective")


@pytest.mark.parametrize(
    "title",
    [
        "To withhold Federal grants from sanctuary jurisdictions.",
        "To deny Federal funds to sanctuary cities.",
        "To defund sanctuary cities.",
        # the power to limit cooperation limited: still a bar on the limit
        "To restrict the authority of local governments to limit cooperation with ICE.",
    ],
)
def test_the_money_cut_itself_stays_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "sentence",
    [
        "Prohibits local officials from interfering with federal immigration enforcement"
        " operations.",
        "Prohibits county employees from obstructing immigration enforcement.",
        "Makes it a felony for a public official to obstruct immigration enforcement.",
        "Makes it a crime for local officials to impede federal immigration enforcement.",
    ],
)
def test_officials_barred_from_obstructing_enforcement_is_restrictive(sentence: str) -> None:
    assert_reads(sentence, "restrictive", topic="anti_sanctuary")
    assert_reads_as_text(sentence, "restrictive", topic="anti_sanctuary")


def test_a_crime_for_anyone_to_impede_agents_is_not_a_local_enforcement_measure() -> None:
    # no government named: the agents' protection, a federal matter (DOMAIN.md)
    res = classify("An Act relating to public safety.", None, "It is a crime to impede ICE.")
    assert not res.relevant, res.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("A resolution opposing the proposed ICE detention facility in the county.", "protective"),
        ("Resolution supporting the construction of an ICE processing center.", "restrictive"),
        ("Resolution supporting the planned ICE processing center.", "restrictive"),
        ("An ordinance prohibiting a new immigration detention center.", "protective"),
        ("Resolution calling on the sheriff to end the jail's contract with ICE.", "protective"),
        (
            "An ordinance requiring a special use permit for private detention facilities that"
            " hold immigrants for ICE.",
            "protective",
        ),
        ("Requires a conditional use permit for any immigration detention facility.", "protective"),
    ],
)
def test_a_detention_site_or_contract_backed_opposed_or_conditioned(
    title: str, stance: str
) -> None:
    assert_reads(title, stance, topic="detention_contracts")


def test_the_agencys_facilities_as_they_stand_are_not_a_local_contract() -> None:
    # the conditions of ICE's own facilities are federal matters: no site proposed here
    assert_not_flagged("To ensure access for Members of Congress to ICE detention facilities.")


@pytest.mark.parametrize(
    "place",
    ["child care centers", "health clinics", "public parks", "colleges", "food banks"],
)
def test_arrests_barred_at_places_of_care_and_public_life_are_ice_access(place: str) -> None:
    assert_reads(
        f"Prohibits civil immigration arrests at {place}.", "protective", topic="ice_access"
    )
    assert_reads_as_text(
        f"Prohibits immigration enforcement at {place} without a judicial warrant.",
        "protective",
        topic="ice_access",
    )


@pytest.mark.parametrize(
    "place", ["schools", "hospitals", "child care centers", "health clinics", "public parks"]
)
def test_policies_for_responding_to_enforcement_at_a_place_are_protective(place: str) -> None:
    assert_reads(
        f"Requires {place} to adopt policies on responding to immigration enforcement.",
        "protective",
        topic="ice_access",
    )


def test_colleges_complying_with_immigration_law_on_tuition_are_not_ice_access() -> None:
    # in-state tuition is an immigration matter outside the topics (DOMAIN.md)
    res = classify(
        "Requires colleges and universities to comply with federal immigration laws in setting"
        " resident tuition."
    )
    assert "ice_access" not in res.topics, res.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("A resolution urging the Governor to veto the sanctuary state bill.", "restrictive"),
        ("A resolution commending the Mayor for vetoing the sanctuary state bill.", "restrictive"),
        ("A resolution urging the Governor to sign the sanctuary state bill.", "protective"),
        ("A resolution urging the Governor to veto the anti-sanctuary bill.", "protective"),
    ],
)
def test_a_veto_asked_of_a_sanctuary_state_bill_opposes_it(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_a_bare_sanctuary_state_is_still_no_side() -> None:
    # "sanctuary state" alone is also the word of the bills that defund such states
    res = classify("An act relating to sanctuary states and immigration enforcement.")
    assert res.stance == "unclear", res.why


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Resolution opposing the state's new illegal entry law.", "protective"),
        ("Resolution supporting the state's new illegal entry law.", "restrictive"),
        ("Prohibits the enforcement of the state's illegal entry law.", "protective"),
        ("Repeals the state's alien registration crime.", "protective"),
        ("Makes it a crime to transport an unauthorized alien into the state.", "restrictive"),
        (
            "Prohibits cities from adopting ordinances that require landlords to verify"
            " immigration status.",
            "protective",
        ),
        ("Creates a state immigration enforcement agency.", "restrictive"),
    ],
)
def test_a_states_own_enforcement_law_named_acted_on_or_made(sentence: str, stance: str) -> None:
    assert_reads(sentence, stance, topic="state_enforcement")


def test_a_federal_reentry_penalty_is_not_a_states_entry_law() -> None:
    # the federal crime of reentry is outside the topics; only "the state's" law is the state's
    assert_not_flagged("To increase criminal penalties for illegal reentry into the United States.")


@pytest.mark.parametrize(
    ("sentence", "stance", "topic"),
    [
        (
            "Bans the transfer of persons in state custody to federal immigration authorities.",
            "protective",
            "detainers",
        ),
        (
            "Establishes the right of persons in custody to decline interviews with ICE.",
            "protective",
            "ice_access",
        ),
    ],
)
def test_people_in_custody_kept_from_ice_or_given_a_right_to_decline(
    sentence: str, stance: str, topic: str
) -> None:
    assert_reads(sentence, stance, topic=topic)
