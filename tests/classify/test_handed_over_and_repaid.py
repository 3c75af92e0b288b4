"""ICE told of a person, or handed one, in other words than "notify" or "transfer" ("provide ICE
with 48 hours notice", "turn inmates over to ICE", "release inmates into ICE custody"), and a jail
paid back for the cost of a hold: sharing release dates is info sharing and a hand-over is what a
detainer asks (DOMAIN.md), so required they are restrictive and barred protective."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import classify


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Requires county jails to provide ICE with 48 hours notice before releasing a"
            " noncitizen.",
            "restrictive",
            "info_sharing",
        ),
        (
            "Prohibits the sheriff from giving ICE advance notice of an inmate's release.",
            "protective",
            "info_sharing",
        ),
        (
            "Requires the Department of Corrections to tell ICE when an undocumented immigrant is"
            " released.",
            "restrictive",
            "info_sharing",
        ),
        (
            "Bars county jails from sending inmates' fingerprints to ICE.",
            "protective",
            "info_sharing",
        ),
        ("Requires county jails to turn inmates over to ICE.", "restrictive", "detainers"),
        ("Prohibits the sheriff from handing over inmates to ICE.", "protective", "detainers"),
        (
            "Authorizes the Department of Corrections to deliver inmates to ICE upon release.",
            "restrictive",
            "detainers",
        ),
        ("Bars county jails from releasing inmates into ICE custody.", "protective", "detainers"),
        ("Requires jails to turn over records to ICE.", "restrictive", "info_sharing"),
        (
            "Prohibits agencies from handing over personal data to ICE without a warrant.",
            "protective",
            "info_sharing",
        ),
    ],
)
def test_ice_told_or_handed_a_person_in_other_words(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


def test_records_turned_over_are_not_a_person_handed_over() -> None:
    res = classify("Requires agencies to turn over data to ICE.")
    assert res.relevant and "info_sharing" in res.topics and "detainers" not in res.topics, res.why


@pytest.mark.parametrize(
    "title",
    [
        "Allows sheriffs to seek reimbursement from the state for costs of complying with"
        " immigration detainers.",
        "Reimburses jails for the costs of holding persons for ICE.",
    ],
)
def test_a_jail_paid_back_for_a_hold_is_furthered(title: str) -> None:
    assert_reads(title, "restrictive", topic="detainers")


def test_a_bar_on_paying_back_a_hold_is_not_a_payment() -> None:
    assert_reads(
        "Prohibits the state from reimbursing counties for the costs of honoring immigration"
        " detainers",
        "protective",
    )


@pytest.mark.parametrize(
    "title",
    [
        "Requires the city to hand over the keys to the ice rink.",
        "Requires police to turn evidence over to the FBI.",
        "Requires the sheriff to deliver inmates to the state prison upon sentencing.",
        "Requires the clerk to provide the council with 48 hours notice of meetings.",
    ],
)
def test_the_same_words_about_other_things_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Section 1. A county jail may not comply with a request from U.S. Immigration and"
            " Customs Enforcement to detain a person beyond the time the person would otherwise be"
            " released.",
            "protective",
        ),
        (
            "Section 1. A county jail shall comply with a request from U.S. Immigration and"
            " Customs Enforcement to detain a person beyond the time the person would otherwise be"
            " released.",
            "restrictive",
        ),
    ],
)
def test_a_detainer_said_by_what_it_asks_in_a_bills_text(text: str, stance: str) -> None:
    # DOMAIN.md: a bare title is decided by its text; the text names no "detainer"
    res = classify("Relating to local government", None, text)
    assert res.relevant and res.stance == stance and "detainers" in res.topics, res.why
