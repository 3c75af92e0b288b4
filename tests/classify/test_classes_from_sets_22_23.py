"""Classes of wording the rules halves of the twenty-second and twenty-third labeled sets showed
the rules missing. Each case is a wording of the class, not a labeled measure.

Set 22: money barred from places that limit cooperation, directions to share data with the
department for immigration enforcement, the government's own lawyers in removal proceedings,
legal help for residents held or targeted by enforcement. Set 23: enforcement at more kinds of
places, data withheld from purposes related to immigration, a state's own detention of migrants,
an end to a cap on U visas, claims of ineffective assistance."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_topic
from tracker.classify import classify


@pytest.mark.parametrize(
    "title",
    [
        "Bars federal financial assistance for state or local jurisdictions that restrict"
        " compliance with immigration detainers",
        "The bill bars federal financial assistance for state or local jurisdictions that (1)"
        " restrict compliance with immigration detainers issued by the Department of Homeland"
        " Security, or (2) have any law or policy that violates immigration laws.",
        "Prohibits state funds for any county that adopts a policy limiting cooperation with ICE",
        "Bans state grants to municipalities that refuse to honor immigration detainers",
    ],
)
def test_barring_money_for_places_that_limit_cooperation_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        "To amend the Internal Revenue Code of 1986 to direct the Secretary of the Treasury to"
        " share taxpayer information with the Department of Homeland Security for the purpose of"
        " enforcing immigration laws.",
        "Directs the Department of Revenue to share taxpayer information with the Department of"
        " Homeland Security for immigration enforcement",
        "Directs the Department of Motor Vehicles to share driver data with Immigration and Customs"
        " Enforcement",
    ],
)
def test_directing_an_agency_to_share_data_for_immigration_enforcement_is_restrictive(
    title: str,
) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        "Directs the department to share cybersecurity threat information with the Department of"
        " Homeland Security",
        "Requires the state to share election security information with the Department of Homeland"
        " Security",
        "Requires county emergency managers to transmit disaster data to the Department of Homeland"
        " Security",
    ],
)
def test_the_departments_other_work_is_not_immigration_data(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    "title",
    [
        "Authorizes a State attorney to assist as an attorney in representing the Department of"
        " Homeland Security in removal proceedings",
        "Relating to the hiring of additional DHS trial attorneys for removal proceedings",
    ],
)
def test_the_governments_own_lawyers_are_not_counsel_for_people_facing_removal(title: str) -> None:
    res = classify(title)
    assert "access_to_counsel" not in res.topics, res.why


def test_state_officers_doing_the_departments_work_is_a_287g_style_delegation() -> None:
    res = classify(
        "To amend the Immigration and Nationality Act to provide for the performance of certain"
        " Department of Homeland Security counsel functions by State officers and employees"
    )
    assert res.relevant and "287g" in res.topics and "access_to_counsel" not in res.topics, res.why


@pytest.mark.parametrize(
    "title",
    [
        "Funds legal assistance for residents detained by immigration enforcement",
        "Update on options for legal assistance for residents and participation in a lawsuit"
        " challenging roaming immigration enforcement patrols",
        "Appropriates money for attorneys for people held in immigration detention",
    ],
)
def test_legal_help_for_residents_held_or_targeted_by_enforcement_is_counsel(title: str) -> None:
    assert_reads(title, "protective", topic="access_to_counsel")


def test_helping_residents_in_connection_with_enforcement_is_not_helping_enforcement() -> None:
    res = classify(
        "Directs staff to assist residents in connection with federal immigration enforcement"
    )
    assert "local resources for immigration enforcement" not in " ".join(res.why), res.why


@pytest.mark.parametrize(
    "title",
    [
        "To provide that no Federal funds may be used to carry out any civil immigration"
        " enforcement activity on public transit or at public transit hubs",
        "Prohibits immigration enforcement actions at emergency response sites",
        "Bars civil immigration enforcement at World Cup venues and stadiums",
    ],
)
def test_enforcement_at_more_kinds_of_places_is_ice_access(title: str) -> None:
    assert_reads(title, "protective", topic="ice_access")


def test_revenue_is_no_venue() -> None:
    res = classify("Relating to immigration enforcement-related revenue of counties")
    assert "ice_access" not in res.topics, res.why


@pytest.mark.parametrize(
    "title",
    [
        "To prohibit the Department of Health and Human Services from disclosing Medicaid data for"
        " law enforcement purposes related to immigration",
        "Prohibits the release of student records for immigration-related enforcement purposes",
    ],
)
def test_data_kept_from_purposes_related_to_immigration_is_protective(title: str) -> None:
    assert_reads(title, "protective", topic="info_sharing")


def test_paying_for_a_states_own_detention_of_migrants_is_restrictive_state_enforcement() -> None:
    assert_reads(
        "To establish a grant program to reimburse States the costs incurred by such States"
        " relating to the detention of migrants at detention facilities in such States",
        "restrictive",
        topic="state_enforcement",
    )


def test_the_united_states_is_no_state_detaining_migrants() -> None:
    res = classify("To limit the detention of migrants in the United States to 90 days")
    assert "state_enforcement" not in res.topics, res.why


def test_ending_a_cap_on_u_visas_is_protective() -> None:
    assert_reads("Eliminates the annual numerical cap on U visas", "protective")
    assert_reads("Prohibits state agencies from certifying U visa applications", "restrictive")


def test_a_claim_of_ineffective_assistance_is_not_counsel() -> None:
    assert_not_flagged(
        "A bill to amend the Immigration and Nationality Act to provide for claims of ineffective"
        " assistance of counsel in immigration matters"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Prohibits counties from entering into immigration detention contracts",
        "Approves an intergovernmental service agreement with ICE to house immigration detainees",
        "Bars new immigration detention facilities in the state",
    ],
)
def test_contracts_and_facilities_for_immigration_detention_are_the_topic(title: str) -> None:
    assert_topic(title, "detention_contracts")
