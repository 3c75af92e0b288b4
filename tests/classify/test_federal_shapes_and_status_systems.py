"""Federal bills' shapes of the tracked policies (a state's or locality's force working with
federal officials, its authority to assist in enforcing the immigration laws, sanctuary places
held liable) and a jail checking the people it books through a federal system (DOMAIN.md)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "To ensure that State and local law enforcement may cooperate with Federal officials"
            " to protect our communities from criminal aliens.",
            "restrictive",
            None,
        ),
        (
            "Prohibits local police from cooperating with federal officials in the apprehension"
            " of aliens.",
            "protective",
            "sanctuary",
        ),
        (
            "To clarify the inherent authority of States to assist in the enforcement of the"
            " immigration laws of the United States.",
            "restrictive",
            None,
        ),
        (
            "To hold sanctuary jurisdictions liable for crimes committed by aliens they release.",
            "restrictive",
            "anti_sanctuary",
        ),
        (
            "Holding sanctuary cities responsible for the release of criminal aliens",
            "restrictive",
            "anti_sanctuary",
        ),
        (
            "Requires law enforcement agencies to use the federal immigration verification system"
            " for all persons arrested.",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Prohibits jails from using the federal immigration database for persons booked into"
            " jail.",
            "protective",
            None,
        ),
    ],
)
def test_reads(title: str, stance: str, topic: str | None) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    "title",
    [
        # federal officials in other work, and a federal system for employers
        "Requires state and local police to cooperate with federal officials in disaster response.",
        "Requires employers to use the federal immigration verification system for all persons"
        " hired.",
        "To hold federal contractors liable for wage theft.",
    ],
)
def test_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_federal_officials_in_other_work_on_aliens_are_not_flagged() -> None:
    # the aliens named are not sought for their status
    assert_not_flagged(
        "Requires state agencies to cooperate with federal officials in the investigation of"
        " Medicaid fraud by aliens."
    )
