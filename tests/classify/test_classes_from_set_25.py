"""Classes of wording the rules half of the twenty-fifth labeled set showed the rules missing.
Each case is a wording of the class, not a labeled measure.

Congress limiting the immigration agency's own money (federal agents' funding is outside the
topics, DOMAIN.md); what a checkpoint accepts as proof of identity; a report about the agency,
which is not a report to it."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_topic


@pytest.mark.parametrize(
    "title",
    [
        "To limit certain Federal Funding used by U.S. Immigration and Customs Enforcement.",
        "To provide for a limitation on the obligation of funds for certain immigration"
        " enforcement purposes until a report on the use of databases by immigration officers is"
        " submitted.",
        "Reduces federal funds available to Immigration and Customs Enforcement for fiscal year"
        " 2027",
    ],
)
def test_congress_limiting_the_agencys_own_money_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    "title, topic",
    [
        (
            "To prohibit funds made available to U.S. Immigration and Customs Enforcement from"
            " being used for 287(g) agreements.",
            "287g",
        ),
        (
            "Limits federal funds used by ICE to detain immigrants in county jails under"
            " intergovernmental service agreements",
            "detention_contracts",
        ),
    ],
)
def test_a_limit_on_the_agencys_money_for_a_tracked_tool_still_counts(
    title: str, topic: str
) -> None:
    assert_topic(title, topic)


def test_warrants_as_proof_of_identity_at_a_checkpoint_are_not_flagged() -> None:
    assert_not_flagged(
        "To prohibit the Administrator of the Transportation Security Administration from"
        " accepting warrants for the arrest of aliens as valid proof of identification at aviation"
        " security checkpoints",
        "This bill prohibits the use of Immigration and Customs Enforcement warrants for the"
        " arrest, removal, or deportation of a non-U.S. national as proof of identity at an"
        " airport security checkpoint.",
    )


def test_a_municipal_id_accepted_as_proof_of_identity_still_counts() -> None:
    assert_reads(
        "Requires city agencies to accept the municipal identification card as valid proof of"
        " identity",
        "protective",
        topic="municipal_id",
    )


def test_a_report_about_the_agency_is_not_sharing_with_it() -> None:
    assert_not_flagged("Requires an annual report on the activities of ICE in the county")


@pytest.mark.parametrize(
    "title",
    [
        "Requires jails to report arrestees to ICE",
        "Requires the sheriff to notify U.S. Immigration and Customs Enforcement of release dates",
    ],
)
def test_reporting_to_the_agency_is_still_sharing(title: str) -> None:
    assert_reads(title, "restrictive", topic="info_sharing")
