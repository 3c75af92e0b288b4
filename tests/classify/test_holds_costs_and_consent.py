# ruff: noqa: E501  (measure summaries are kept whole)
"""How long a jail may hold a person on a detainer, who pays for the hold, and whether the
person's consent comes first (DOMAIN.md: Trust Acts allow "shorter holds, ICE pays the cost";
ICE access covers "interview consent"; "adding any condition before a jail may honor a detainer
… is protective; repealing such conditions is restrictive")."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads

TITLE = "Immigration detainers"


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        (
            "Reduces the time the county jail may hold a person on an ICE detainer to 24 hours.",
            "protective",
        ),
        (
            "Shortens the period the sheriff may hold a person on an immigration detainer to 12 hours.",
            "protective",
        ),
        (
            "Extends the time the county jail may hold a person on an ICE detainer to 96 hours.",
            "restrictive",
        ),
        (
            "Lengthens the period local law enforcement agencies may hold a person on an immigration detainer to five days.",
            "restrictive",
        ),
        (
            "Requires the federal government to reimburse the sheriff for the cost of immigration holds as a condition of honoring detainers.",
            "protective",
        ),
        (
            "Removes reimbursement by ICE of the cost of the hold as a condition of honoring immigration detainers.",
            "restrictive",
        ),
        (
            "Allows ICE to interview persons held by the county jail only with their written consent.",
            "protective",
        ),
        (
            "Permits immigration agents to interview people in the custody of the sheriff only with the person's consent.",
            "protective",
        ),
        (
            "Allows ICE to interview people held in county jails without their consent.",
            "restrictive",
        ),
        ("Allows ICE agents to interview inmates in the county jail.", "restrictive"),
        # the condition in other words: a consent given, a right told, an "unless"
        (
            "The sheriff may permit ICE agents to interview a person in custody only if the person consents in writing.",
            "protective",
        ),
        (
            "A law enforcement agency may allow immigration authorities to interview a person in its custody only after the person has been informed of the right to decline and to have an attorney present.",
            "protective",
        ),
        (
            "The jail shall not permit federal immigration agents to interview an inmate unless the inmate has given written consent.",
            "protective",
        ),
    ],
)
def test_hold_cost_and_consent_go_the_way_of_the_condition(summary: str, stance: str) -> None:
    assert_reads(summary, stance)
    assert_reads(TITLE, stance, summary)


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        (
            "Expands the list of offenses for which local law enforcement may honor an immigration"
            " detainer.",
            "restrictive",
        ),
        (
            "Adds misdemeanors to the offenses for which a jail may notify ICE of an inmate's"
            " release date.",
            "restrictive",
        ),
        (
            "Removes offenses from the list of crimes for which a person may be transferred to ICE"
            " custody.",
            "protective",
        ),
        (
            "Narrows the list of offenses for which officers may cooperate with federal immigration"
            " authorities.",
            "protective",
        ),
    ],
)
def test_the_list_of_offenses_a_condition_names_widened_or_narrowed(
    summary: str, stance: str
) -> None:
    # DOMAIN.md: "a list of offenses" before a jail may honor a detainer is a condition; a
    # longer list loosens it, a shorter one tightens it
    assert_reads(TITLE, stance, summary)


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # agents let in only as the clause before the condition the main clause sets (the TRUTH
        # Act's shape)
        (
            "Before allowing ICE to interview an individual in custody, the agency shall provide the individual with a written consent form.",
            "protective",
        ),
        (
            "Prior to granting ICE access to an individual in custody, the law enforcement agency shall notify the individual and the individual's attorney.",
            "protective",
        ),
        (
            "If the agency allows ICE to interview a person in custody, the agency shall first obtain the person's written consent.",
            "protective",
        ),
        # ... and not where the main clause drops the condition
        (
            "When the sheriff allows ICE agents to interview inmates, no consent is required.",
            "restrictive",
        ),
        (
            "If the jail allows ICE agents to interview inmates without their consent, the jail shall keep a record.",
            "restrictive",
        ),
    ],
)
def test_a_condition_set_after_the_agents_are_let_in(sentence: str, stance: str) -> None:
    assert_reads(sentence, stance)
