"""Classes of wording the rules half of the twenty-second labeled set showed the rules missing:
money barred from places that limit cooperation, directions to share data with the department
for immigration enforcement, the government's own lawyers in removal proceedings, legal help for
residents held or targeted by enforcement. Each case is a wording of the class, not a labeled
measure. (The twenty-third set's classes were tried and not adopted: docs/classifier.md.)"""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
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
    res = classify(title)
    assert res.relevant and "access_to_counsel" in res.topics, res.why
    assert res.stance == "protective", res.why


def test_helping_residents_in_connection_with_enforcement_is_not_helping_enforcement() -> None:
    res = classify(
        "Directs staff to assist residents in connection with federal immigration enforcement"
    )
    assert "local resources for immigration enforcement" not in " ".join(res.why), res.why
