"""Two shapes that turn on one word. A request from ICE refused by its name ("declines a request
from federal immigration authorities to hold an inmate", "ignores a detainer", "releases a person
before ICE takes custody") is what a sanctuary place does: allowed, the measure is protective;
barred, it is restrictive (DOMAIN.md: anti-sanctuary measures ban sanctuary policies). And a
public step or a warrant required before cooperation (the TRUTH Act's community forum before ICE
access, an agreement with ICE approved or made public, a warrant before data is handed over) is a
condition added to cooperation, which DOMAIN.md reads as protective, however much the measure
"requires"."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads, assert_reads_as_text
from tracker.classify import classify

REFUSALS_BARRED = [
    "Prohibits a sheriff from declining a request from federal immigration authorities to hold an"
    " inmate.",
    "Prohibits a sheriff from refusing a request from federal immigration authorities to hold an"
    " inmate.",
    "A sheriff may not decline a request from Immigration and Customs Enforcement to detain a"
    " person.",
    "Prohibits a jail from ignoring an immigration detainer.",
    "Prohibits jails from disregarding detainer requests from federal immigration authorities.",
    "No county may disregard a request by the Department of Homeland Security to hold an alien.",
    "Prohibits a county from declining to participate in a 287(g) agreement.",
    "Prohibits law enforcement officers from releasing an alien from custody before federal"
    " immigration authorities take custody.",
    "A jail may not release an inmate prior to the time ICE can assume custody.",
    "Prohibits a county from refusing to allow Immigration and Customs Enforcement agents to"
    " interview inmates.",
]


@pytest.mark.parametrize("title", REFUSALS_BARRED)
def test_a_refusal_of_a_request_barred_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        "Allows a sheriff to decline a request from federal immigration authorities to hold an"
        " inmate.",
        "Authorizes a county jail to disregard immigration detainers.",
        "Authorizes local law enforcement agencies to refuse requests from Immigration and"
        " Customs Enforcement to detain persons beyond their release date.",
    ],
)
def test_a_refusal_of_a_request_allowed_is_protective(title: str) -> None:
    assert_reads(title, "protective")


@pytest.mark.parametrize(
    "title",
    [
        # the refusals barred, as money withheld from the places that make them
        "To prohibit Federal law enforcement grants to States that limit cooperation with"
        " Immigration and Customs Enforcement.",
        "To prohibit States and political subdivisions that prohibit information sharing with"
        " immigration authorities from receiving certain grants.",
        "Prohibits state grants for counties that decline requests from federal immigration"
        " authorities to hold inmates.",
    ],
)
def test_money_barred_to_places_that_refuse_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive", topic="anti_sanctuary")


def test_money_barred_to_places_that_help_stays_protective() -> None:
    # the act punished is cooperation itself: the side turns back
    assert_reads(
        "Prohibits state grants to counties that enter into 287(g) agreements.", "protective"
    )


PUBLIC_STEPS = [
    (
        "Requires a local governing body to hold a community forum before providing ICE access to"
        " any individual.",
        "ice_access",
    ),
    (
        "Before any ICE access is provided to an individual, the local governing body shall hold a"
        " community forum.",
        "ice_access",
    ),
    (
        "Requires a public hearing before the sheriff enters into or renews an agreement under"
        " section 287(g).",
        "287g",
    ),
    (
        "Requires that any memorandum of understanding with federal immigration authorities be"
        " approved by the county board after a public hearing.",
        None,
    ),
    (
        "Requires any agreement with Immigration and Customs Enforcement to be made public and"
        " approved by the legislature.",
        None,
    ),
    (
        "Requires data brokers to obtain a warrant before disclosing personal information to"
        " federal immigration authorities.",
        "info_sharing",
    ),
    (
        "Requires a subpoena or warrant before a state agency discloses information to federal"
        " immigration authorities.",
        "info_sharing",
    ),
]


@pytest.mark.parametrize(("title", "topic"), PUBLIC_STEPS)
def test_a_public_step_or_warrant_before_cooperation_is_protective(
    title: str, topic: str | None
) -> None:
    assert_reads(title, "protective", topic=topic)


@pytest.mark.parametrize(
    "sentence",
    [
        "Before any ICE access is provided to an individual, the local governing body shall hold a"
        " community forum.",
        "A public hearing shall be held before the sheriff enters into or renews an agreement"
        " under section 287(g) of the Immigration and Nationality Act.",
    ],
)
def test_the_same_in_a_bills_text(sentence: str) -> None:
    assert_reads_as_text(sentence, "protective")


@pytest.mark.parametrize(
    "title",
    [
        # the same words with no condition: still a duty to cooperate
        "Requires law enforcement agencies to comply with immigration detainers.",
        "Requires sheriffs to enter into 287(g) agreements.",
        "Requires state agencies to share information with federal immigration authorities.",
        # information said to be about status needs no "immigration" in who gets it
        "Requires state agencies to share information on immigration status with federal"
        " authorities.",
        "Requires jails to notify Immigration and Customs Enforcement of the release date of an"
        " alien.",
        # a hold after a hearing is still a hold
        "Requires the jail to hold a person until federal immigration authorities take custody.",
    ],
)
def test_duties_without_a_condition_stay_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        # what passes between police and ICE kept on record or reported to the public
        "Requires law enforcement agencies to report any communication with federal immigration"
        " authorities to the Attorney General.",
        "Requires county jails to document each request from Immigration and Customs Enforcement"
        " and the jail's response.",
        "The sheriff shall log each detainer request from ICE.",
        # a notice to the person held, not to ICE
        "Requires notice to a person in custody when federal immigration authorities request"
        " notification of release.",
        # who is told, said by what it did: the duty is to end the agreement
        "Requires any law enforcement agency that has entered into a 287(g) agreement to"
        " terminate the agreement.",
    ],
)
def test_records_notices_and_endings_required_are_protective(title: str) -> None:
    assert_reads(title, "protective")


def test_a_report_to_ice_stays_restrictive() -> None:
    assert_reads(
        "Requires jails to report each inmate's release date to Immigration and Customs"
        " Enforcement.",
        "restrictive",
    )


def test_a_report_received_by_a_council_takes_no_side() -> None:
    # a council hearing what happened informs; it does not set a duty either way
    res = classify(
        "Receive a report on qualifying interactions with U.S. Immigration and Customs"
        " Enforcement (ICE)"
    )
    assert res.relevant, res.why
    assert res.stance == "unclear", res.why


@pytest.mark.parametrize(
    "title",
    [
        # duties that hold cooperation to the state's limits, or end it, are no duty to cooperate
        "Requires state agencies to comply with the limits on cooperation with federal"
        " immigration authorities.",
        "Requires the state to audit law enforcement agencies' compliance with the state's limits"
        " on immigration enforcement.",
        "Requires law enforcement to cease cooperation with ICE.",
        "Requires the Attorney General to publish model policies for cooperation with immigration"
        " authorities that protect civil rights.",
    ],
)
def test_duties_that_limit_or_end_cooperation_are_protective(title: str) -> None:
    assert_reads(title, "protective")
