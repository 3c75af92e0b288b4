"""The anti-sanctuary statutes' own sentence: a bar on barring ("A local entity may not prohibit
or materially limit a peace officer from inquiring into the immigration status of a person under
arrest"). Two negatives make a mandate to let enforcement run (DOMAIN.md: anti-sanctuary measures
ban sanctuary policies), and a text that says it is about anti-sanctuary law even under a caption
that says nothing. A savings clause in a protective law ("Nothing in this chapter shall prohibit
… from sending … to federal immigration authorities"), and the same words about a school, a
hospital or an employer "regardless of immigration status", are not that sentence."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_reads_as_text

STATUTE_SENTENCES = [
    "A local entity or campus police department may not, as demonstrated by pattern or practice,"
    " prohibit or materially limit the enforcement of immigration laws.",
    "A local entity may not prohibit or materially limit a person who is a commissioned peace"
    " officer from inquiring into the immigration status of a person under a lawful detention or"
    " under arrest.",
    "A local entity may not prohibit or materially limit a peace officer from sending information"
    " relating to the immigration status of any person under arrest to United States Immigration"
    " and Customs Enforcement.",
    "A local entity may not prohibit or materially limit a peace officer from assisting or"
    " cooperating with a federal immigration officer as reasonable or necessary, including"
    " providing enforcement assistance.",
    "A local entity may not prohibit or materially limit a peace officer from permitting a federal"
    " immigration officer to enter and conduct enforcement activities at a jail to enforce federal"
    " immigration laws.",
    "A local governmental entity may not prohibit or in any way restrict a law enforcement agency"
    " from taking any of the following actions with respect to information regarding a person's"
    " immigration status: sending the information to a federal immigration agency.",
    "A local governmental entity may not prohibit or in any way restrict a law enforcement agency"
    " from using the information to comply with an immigration detainer.",
    "A local entity shall not adopt, enforce, or endorse a policy under which the local entity"
    " prohibits or discourages the enforcement of immigration laws.",
    "A local entity shall not prohibit or discourage a law enforcement officer from inquiring about"
    " the immigration status of a person under lawful detention or arrest.",
    "A local entity shall not prohibit or discourage a law enforcement officer from permitting a"
    " federal immigration officer to enter and conduct enforcement activities at a county jail.",
    "No local governmental entity shall limit or restrict the enforcement of federal immigration"
    " laws to less than the full extent permitted by federal law.",
    "A local government may not restrict the ability of its law enforcement officers to"
    " communicate with U.S. Immigration and Customs Enforcement.",
    "No official or agency of a political subdivision may limit or restrict the authority of any"
    " law enforcement officer to assist federal immigration officials.",
    "A county or municipality shall not prohibit its law enforcement officers from cooperating"
    " with federal immigration authorities.",
    "No public agency shall restrict the sharing of information regarding the citizenship or"
    " immigration status of any individual with federal immigration authorities.",
    "A local governmental entity shall not limit, restrict, or prohibit the sharing of information"
    " concerning the immigration status of any individual with U.S. Immigration and Customs"
    " Enforcement.",
    "No official of a political subdivision shall prohibit or restrict compliance with an"
    " immigration detainer.",
    "No political subdivision may prohibit its employees from providing information about an"
    " individual's immigration status to federal immigration authorities.",
    # people on a detainer kept from release, in the same voice
    "A sheriff may not release a person who is the subject of an immigration detainer before the"
    " detainer expires.",
]


@pytest.mark.parametrize("sentence", STATUTE_SENTENCES)
def test_a_bar_on_barring_enforcement_is_restrictive(sentence: str) -> None:
    assert_reads(sentence, "restrictive")


@pytest.mark.parametrize("sentence", STATUTE_SENTENCES)
def test_the_same_in_a_bills_text(sentence: str) -> None:
    assert_reads_as_text(sentence, "restrictive")


@pytest.mark.parametrize(
    "sentence",
    [
        "A local entity may not prohibit or materially limit a peace officer from inquiring into"
        " the immigration status of a person under arrest.",
        "A county or municipality shall not prohibit its law enforcement officers from cooperating"
        " with federal immigration authorities.",
    ],
)
def test_a_text_saying_it_is_about_anti_sanctuary_law(sentence: str) -> None:
    assert_reads_as_text(sentence, "restrictive", "anti_sanctuary")


@pytest.mark.parametrize(
    "sentence",
    [
        # the savings clause of a protective law
        "Nothing in this chapter shall prohibit or restrict any government entity or official from"
        " sending to, or receiving from, federal immigration authorities information regarding the"
        " citizenship or immigration status of any individual.",
        "No provision of this act shall be construed to prohibit or restrict any officer from"
        " sending to federal immigration authorities information regarding the citizenship or"
        " immigration status of any individual.",
        # a limit of its own
        "A local entity may not use its resources to assist federal immigration enforcement.",
        "A law enforcement agency may not limit an individual's right to decline an interview with"
        " ICE.",
    ],
)
def test_savings_clauses_and_limits_stay_protective(sentence: str) -> None:
    assert_reads(sentence, "protective")


@pytest.mark.parametrize(
    "sentence",
    [
        "A school district may not prohibit a student from receiving services because of the"
        " student's immigration status.",
        "No state agency shall prohibit an applicant from taking the examination on the basis of"
        " immigration status.",
        "A hospital may not prohibit a patient from using an interpreter regardless of immigration"
        " status.",
        "An employer may not prohibit an employee from reporting wage theft regardless of"
        " immigration status.",
        "A landlord may not prohibit a tenant from receiving mail regardless of immigration"
        " status.",
    ],
)
def test_services_regardless_of_status_are_not_flagged(sentence: str) -> None:
    assert_not_flagged(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a Trust or Values Act's own list of what its police shall not do: limits, not bars on
        # limits
        "Law enforcement agencies shall not use agency or department moneys or personnel to"
        " investigate, interrogate, detain, detect, or arrest persons for immigration enforcement"
        " purposes.",
        "Law enforcement agencies shall not inquire into an individual's immigration status.",
        "Law enforcement agencies shall not transfer an individual to immigration authorities"
        " unless authorized by a judicial warrant or judicial probable cause determination.",
        "A law enforcement agency or official shall not detain or continue to detain a person"
        " solely on the basis of an immigration detainer or civil immigration warrant.",
        "No state or local law enforcement agency shall enter into an agreement under Section"
        " 287(g) of the Immigration and Nationality Act.",
        "A law enforcement agency may not give federal immigration authorities access to interview"
        " individuals in agency custody for immigration enforcement purposes unless the individual"
        " consents in writing.",
        "School officials shall not allow immigration enforcement agents to access school"
        " facilities without a judicial warrant.",
    ],
)
def test_a_trust_acts_own_limits_in_a_bills_text(sentence: str) -> None:
    assert_reads_as_text(sentence, "protective")


@pytest.mark.parametrize(
    "sentence",
    [
        # the bar, or a duty to cooperate, undone in a text's other words
        "This act repeals the statute that bars local governments from adopting sanctuary"
        " policies.",
        "Deletes language requiring county jails to notify ICE before releasing an inmate.",
        "The provisions requiring each sheriff to honor immigration detainers are hereby deleted.",
    ],
)
def test_a_repeal_in_other_words_turns_the_duty(sentence: str) -> None:
    assert_reads(sentence, "protective")


def test_a_person_removed_is_no_repeal() -> None:
    """ "Removed" in immigration law is what happens to a person; it undoes no duty."""
    assert_reads(
        "Requires jails to hold aliens subject to immigration detainers until they are removed.",
        "restrictive",
    )


@pytest.mark.parametrize(
    "title",
    [
        # the bar on barring with the limit as a noun and the thing limited named (2.41.0)
        "Prohibits the restriction of immigration enforcement by local governments.",
        "Prohibits state and local limitations on immigration detainers.",
    ],
)
def test_limits_on_enforcement_barred_as_nouns_are_restrictive(title: str) -> None:
    assert_reads(title, "restrictive")
