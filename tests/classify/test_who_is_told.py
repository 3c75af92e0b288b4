# ruff: noqa: E501  (measure summaries are kept whole)
"""A summary names the government a measure binds and then what it must, may or may not do:
"Prohibits local governments from declining immigration detainer requests", "Law enforcement
agencies are required to use public resources to assist immigration enforcement", "No county
may enter into a 287(g) agreement". DOMAIN.md gives the side from the act (helping
enforcement is restrictive, what a sanctuary place does protective), turned over when the act
is barred, and a place punished for a sanctuary act is restrictive either way.

2.27.0 read 518 of the 1,425 such wordings of `scripts/probe_phrasings.py` wrong, most of them
the opposite way: it took "declining" or "limit cooperation" for the measure's own act."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads
from tracker.classify import classify

TITLE = "Immigration enforcement"


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # barred from a sanctuary act: restrictive
        (
            "Prohibits local governments from declining immigration detainer requests.",
            "restrictive",
        ),
        (
            "Bars a sheriff from requiring a judicial warrant before honoring an immigration detainer.",
            "restrictive",
        ),
        (
            "Local entities may not limit cooperation with federal immigration authorities.",
            "restrictive",
        ),
        ("Counties are prohibited from restricting information sharing with ICE.", "restrictive"),
        ("It is unlawful for a city to refuse to honor ICE detainers.", "restrictive"),
        (
            "No municipality shall prohibit its officers from asking about immigration status.",
            "restrictive",
        ),
        (
            "Creates a prohibition on local governments declining immigration detainer requests.",
            "restrictive",
        ),
        # punished for one: restrictive
        ("Penalizes counties for refusing to enter into 287(g) agreements.", "restrictive"),
        (
            "Makes cities that limit cooperation with federal immigration authorities ineligible for state grants.",
            "restrictive",
        ),
        # told or let to do one: protective
        ("Allows local governments to adopt sanctuary policies.", "protective"),
        ("Requires law enforcement agencies to refuse to honor ICE detainers.", "protective"),
        ("Counties may decline immigration detainer requests.", "protective"),
        # told or let to help enforcement: restrictive
        ("Directs local governments to enforce federal immigration law.", "restrictive"),
        (
            "Law enforcement agencies are required to use public resources to assist immigration enforcement.",
            "restrictive",
        ),
        ("Allows local governments to detain persons for ICE.", "restrictive"),
        ("Provides that jails shall notify ICE of an inmate's release date.", "restrictive"),
        # barred from helping enforcement: protective
        ("No county may enter into a 287(g) agreement.", "protective"),
        (
            "It is unlawful for a law enforcement agency to share information with federal immigration authorities.",
            "protective",
        ),
        ("Law enforcement agencies are not permitted to grant ICE access to jails.", "protective"),
        (
            "Establishes a ban on local governments cooperating with federal immigration authorities.",
            "protective",
        ),
        # repealed
        (
            "Repeals the prohibition on counties declining immigration detainer requests.",
            "protective",
        ),
        (
            "Repeals the requirement that local governments refuse to honor ICE detainers.",
            "restrictive",
        ),
        (
            "Repeals the prohibition on local governments entering into 287(g) agreements.",
            "restrictive",
        ),
        ("Repeals compliance with immigration detainers.", "protective"),
    ],
)
def test_the_side_is_the_act_turned_by_what_governs_it(summary: str, stance: str) -> None:
    assert_reads(TITLE, stance, summary)


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # a condition after a duty to help is read on its own: the duty does not outweigh it
        (
            "Requires the sheriff to notify ICE of a release only with a judicial warrant.",
            "protective",
        ),
        # "No agency may …" is a bar, not a duty
        ("No law enforcement agency shall honor immigration detainers.", "protective"),
    ],
)
def test_a_condition_or_a_negated_subject_is_not_a_duty(summary: str, stance: str) -> None:
    assert_reads(TITLE, stance, summary)


def test_a_rule_matches_only_where_a_word_starts() -> None:
    # "forces" is not the "force" inside "enforcement": a plain duty to enforce is no ban on
    # sanctuary policies
    res = classify(TITLE, "Directs local governments to enforce federal immigration law.")
    assert not any("ban on sanctuary policies" in w for w in res.why), res.why
    # "unauthorized" holds no "authorized"; "center" no "enter"
    res = classify(
        "Unauthorized Workers Act",
        "Requires employers to make a reasonable effort to verify the immigration status of new hires.",
    )
    assert not any("authorizes immigration arrests" in w for w in res.why), res.why


def test_a_detainer_declined_is_no_detention_contract() -> None:
    res = classify(
        TITLE, "Prohibits local governments from declining immigration detainer requests."
    )
    assert not any("detention contracts" in w for w in res.why), res.why
    assert "detention_contracts" not in res.topics, res.why
    # the county's practice of holding people on detainers, ended, stays protective
    assert_reads("Ends the county's practice of holding people on ICE detainers", "protective")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a named policy in the title, "does not apply" in an unrelated summary clause
        ("Sanctuary policies", "Provides that the state grant formula does not apply to counties."),
        (
            "Limits on honoring immigration detainers",
            "Provides that the new fee schedule shall not apply to cities.",
        ),
        # a repeal in the title, a disclosure in the summary
        ("Repeals the fee", "Prohibits the disclosure of immigration status records."),
    ],
)
def test_no_row_pairs_a_titles_words_with_the_summarys(title: str, summary: str) -> None:
    """Every gap stops at the " | " between title and summary: a cue is read inside one of them."""
    res = classify(title, summary)
    assert not any(" | " in w for w in res.why), res.why


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # DOMAIN.md: any condition before a jail may honor a detainer is protective ...
        ("Requires a court order before a jail may honor an immigration detainer.", "protective"),
        (
            "Requires reimbursement by ICE of the cost of the hold before a jail may honor an"
            " immigration detainer.",
            "protective",
        ),
        (
            "Conditions compliance with ICE detainers on a conviction for a violent felony.",
            "protective",
        ),
        (
            "Provides that no person may be held on an immigration detainer without a court order.",
            "protective",
        ),
        # ... and taking one away is restrictive
        (
            "Repeals the requirement of a finding of probable cause by a judge before a jail may"
            " honor an immigration detainer.",
            "restrictive",
        ),
        (
            "Removes a judicial warrant as a condition of honoring immigration detainers.",
            "restrictive",
        ),
    ],
)
def test_a_condition_on_honoring_detainers_added_or_taken_away(summary: str, stance: str) -> None:
    assert_reads(TITLE, stance, summary, topic="detainers")


@pytest.mark.parametrize(
    ("summary", "stance", "topic"),
    [
        # the means named first: what the money is for decides
        (
            "Prohibits local governments from using public funds to limit cooperation with federal"
            " immigration authorities.",
            "restrictive",
            None,
        ),
        (
            "No law enforcement agencies shall use public funds to limit cooperation with federal"
            " immigration authorities.",
            "restrictive",
            None,
        ),
        (
            "Local governments are not permitted to adopt policies that prohibit officers from"
            " honoring immigration detainers.",
            "restrictive",
            None,
        ),
        (
            "Provides that counties may not use public funds to assist ICE.",
            "protective",
            "sanctuary",
        ),
        ("Prohibits the use of county funds to assist ICE.", "protective", "sanctuary"),
    ],
)
def test_what_the_means_are_for_decides(summary: str, stance: str, topic: str | None) -> None:
    assert_reads(TITLE, stance, summary, topic=topic)


@pytest.mark.parametrize(
    ("summary", "stance", "topic"),
    [
        # a state's own enforcement, barred or told
        (
            "Prohibits local governments from arresting persons suspected of illegal entry into"
            " the state.",
            "protective",
            "state_enforcement",
        ),
        (
            "Requires counties and cities to transport migrants out of the state.",
            "restrictive",
            None,
        ),
        (
            "Authorizes law enforcement agencies to order unauthorized aliens to return to a"
            " foreign nation.",
            "restrictive",
            "state_enforcement",
        ),
        # the proactive tools, barred or let
        (
            "Bars local governments from providing legal representation to immigrants in removal"
            " proceedings.",
            "restrictive",
            "access_to_counsel",
        ),
        ("No county may issue municipal identification cards.", "restrictive", "municipal_id"),
        (
            "Law enforcement agencies are required to certify U visa requests from crime victims.",
            "protective",
            "u_visa",
        ),
        (
            "Penalizes local governments for certifying U visa requests from crime victims.",
            "restrictive",
            "u_visa",
        ),
    ],
)
def test_state_enforcement_and_proactive_tools_barred_or_told(
    summary: str, stance: str, topic: str | None
) -> None:
    assert_reads(TITLE, stance, summary, topic=topic)


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("No county may rent jail beds to ICE.", "protective"),
        (
            "Authorizes counties and cities to enter into intergovernmental service agreements to"
            " detain immigrants.",
            "restrictive",
        ),
        (
            "It is unlawful for local governments to operate private immigration detention"
            " facilities.",
            "protective",
        ),
        (
            "Penalizes local governments for sharing license plate reader data with ICE.",
            "protective",
        ),
        (
            "Requires law enforcement agencies to disclose driver's license records to immigration"
            " authorities.",
            "restrictive",
        ),
    ],
)
def test_detention_and_data_acts_barred_or_told(summary: str, stance: str) -> None:
    # read as a caption of its own, as the probe reads it
    assert_reads(summary, stance)


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # told to stop an act of enforcement: protective, as barred from it
        ("Requires sheriffs to stop honoring immigration detainers.", "protective"),
        ("Directs the police department to cease sharing information with ICE.", "protective"),
        ("Requires counties to discontinue renting jail beds to ICE.", "protective"),
        ("Directs officers not to inquire about immigration status.", "protective"),
        (
            "Requires the jail to refrain from notifying ICE of an inmate's release date.",
            "protective",
        ),
        ("Local governments shall cease transporting migrants out of the state.", "protective"),
        ("Prohibits counties from continuing to enter into 287(g) agreements.", "protective"),
        ("Resolution urging the county sheriff to stop honoring ICE detainers", "protective"),
        # told to stop a sanctuary act: restrictive
        (
            "Requires cities to stop limiting cooperation with federal immigration authorities.",
            "restrictive",
        ),
        (
            "Resolution calling on the city to cease issuing municipal identification cards",
            "restrictive",
        ),
        # barred from stopping is told to go on
        ("Counties may not discontinue honoring immigration detainers.", "restrictive"),
        ("Cities may not stop refusing to honor ICE detainers.", "protective"),
        # told to go on: the act's own side
        ("Requires counties to continue detaining persons for ICE.", "restrictive"),
        ("Sheriffs shall continue to transport migrants out of the state.", "restrictive"),
        ("Cities shall continue adopting sanctuary policies.", "protective"),
    ],
)
def test_told_to_stop_an_act_is_barred_from_it(summary: str, stance: str) -> None:
    res = classify(TITLE, summary)
    assert res.relevant, res.why
    assert res.stance == stance, res.why


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("Blocks counties from entering into 287(g) agreements.", "protective"),
        ("Disallows cities from adopting sanctuary policies.", "restrictive"),
        ("Keeps law enforcement agencies from honoring immigration detainers.", "protective"),
        ("Counties may no longer enter into 287(g) agreements.", "protective"),
        ("Makes it unlawful for cities to limit cooperation with ICE.", "restrictive"),
        ("Local governments may not engage in honoring immigration detainers.", "protective"),
        # a power or a duty taken away turns the act over; given in other words, it does not
        ("Revokes the authority of sheriffs to enter into 287(g) agreements.", "protective"),
        ("Strips cities of the power to limit cooperation with ICE.", "restrictive"),
        ("Relieves counties of the duty to honor immigration detainers.", "protective"),
        ("Gives cities the authority to adopt sanctuary policies.", "protective"),
        ("Compels counties to adopt sanctuary policies.", "protective"),
        ("Obligates sheriffs to honor immigration detainers.", "restrictive"),
    ],
)
def test_barred_in_other_words(summary: str, stance: str) -> None:
    res = classify(TITLE, summary)
    assert res.relevant, res.why
    assert res.stance == stance, res.why


def test_a_limit_on_time_or_money_is_no_bar() -> None:
    # "not to exceed" bounds the duty; it does not turn it over
    res = classify(
        TITLE,
        "Requires sheriffs to honor ICE detainers for a period not to exceed 48 hours.",
    )
    assert res.relevant and res.stance == "restrictive", res.why


def test_stopping_words_about_something_else_change_nothing() -> None:
    # a traffic stop, a stop order, "cease" of a business: no act of a government told to stop
    res = classify(
        TITLE, "Authorizes officers, during any lawful stop, to inquire into immigration status."
    )
    assert res.relevant and res.stance == "restrictive", res.why


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        # punished for an act: the act turned over, whichever side it is on
        (
            "Withholds state funds from local governments that honor immigration detainers.",
            "protective",
        ),
        (
            "Withholds state funds from counties that decline immigration detainer requests.",
            "restrictive",
        ),
        (
            "Denies state grants to law enforcement agencies that enter into 287(g) agreements.",
            "protective",
        ),
        (
            "Authorizes the attorney general to sue cities that share information with federal immigration authorities.",
            "protective",
        ),
        (
            "Authorizes the attorney general to sue cities that limit cooperation with federal immigration authorities.",
            "restrictive",
        ),
        (
            "Makes counties that contract with ICE to house detainees ineligible for state grants.",
            "protective",
        ),
        (
            "Subjects local governments that verify the immigration status of tenants to civil penalties.",
            "protective",
        ),
        (
            "Imposes civil penalties on law enforcement agencies that make civil immigration arrests at courthouses.",
            "protective",
        ),
        # rewarded for it: the act's own side
        ("Reimburses counties that refuse to honor ICE detainers.", "protective"),
        ("Indemnifies law enforcement agencies for honoring immigration detainers.", "restrictive"),
        # the punishment taken away: the act's own side
        (
            "Repeals the penalties imposed on local governments that adopt sanctuary policies.",
            "protective",
        ),
        (
            "Prohibits the state from withholding funds from cities that issue municipal identification cards.",
            "protective",
        ),
    ],
)
def test_punished_or_rewarded_for_an_act(summary: str, stance: str) -> None:
    res = classify(TITLE, summary)
    assert res.relevant, res.why
    assert res.stance == stance, res.why


def test_a_place_made_to_pay_for_refusing_stays_restrictive() -> None:
    # the reimbursement is the place's own, for refusing: not a reward to it
    res = classify(
        TITLE,
        "Requires any State to reimburse the Federal Government for costs caused by the State's"
        " refusal to cooperate with lawful Federal immigration enforcement.",
    )
    assert res.relevant and res.stance == "restrictive", res.why


def test_punishing_people_who_are_not_a_government_is_no_bar() -> None:
    # penalties on persons who transport aliens punish smuggling, not a government's act
    res = classify(
        TITLE, "Provides penalties for persons who transport unauthorized aliens into the state."
    )
    assert res.stance != "protective", res.why


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # the person held told about ICE (a TRUTH-Act notice): shields them
        ("Requires jails to notify inmates of ICE interview requests.", "protective", "ice_access"),
        (
            "Requires that detainees be informed of the right to decline an interview with ICE.",
            "protective",
            "ice_access",
        ),
        (
            "Requires that inmates be notified before any interview with ICE.",
            "protective",
            "ice_access",
        ),
        (
            "Requires the sheriff to give a person in custody a copy of any ICE detainer request.",
            "protective",
            "detainers",
        ),
        (
            "Requires jails to provide inmates with written notice when ICE requests a release date.",
            "protective",
            "info_sharing",
        ),
        # ICE told about the person: helps enforcement
        (
            "Requires that ICE be notified before the release of inmates.",
            "restrictive",
            "info_sharing",
        ),
        (
            "Requires the sheriff to provide ICE with the release date of detainees.",
            "restrictive",
            "info_sharing",
        ),
        # access let in without a warrant drops a condition; barred without one adds it
        (
            "Requires public schools to admit immigration officers without a judicial warrant.",
            "restrictive",
            "ice_access",
        ),
        (
            "Permits county jails to grant ICE access without a court order.",
            "restrictive",
            "ice_access",
        ),
        ("Allows ICE agents to enter hospitals without a warrant.", "restrictive", "ice_access"),
        (
            "Bars immigration agents from entering hospitals without a judicial warrant.",
            "protective",
            "ice_access",
        ),
    ],
)
def test_who_is_told_about_whom(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


def test_notice_of_the_hold_itself_is_a_step_of_honoring_it() -> None:
    res = classify(
        TITLE,
        "Provides that a jail holding an individual subject to an immigration detainer request"
        " shall comply with the request and inform the individual that the individual is being"
        " held pursuant to the detainer.",
    )
    assert res.relevant and res.stance == "restrictive", res.why
