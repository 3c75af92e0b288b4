"""Places punished for what sanctuary places do, in the words federal and state bills use for the
money and the suits: a government barred "from receiving" grants after the clause that says
what it does, money restricted "for" or given only "to" those that do one thing, a place that
"does not comply" or "does not cooperate", sanctuary places made ineligible in the negative,
stripped of funds, sued by those their releases harmed or listed; and people held on a
detainer kept from release (DOMAIN.md: anti-sanctuary measures cut funding and force jails to
honor detainers; stance follows what the measure does, so the same shapes turned against
enforcement are protective)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads, assert_reads_as_text

RESTRICTIVE_CAPTIONS = [
    # the government barred from the money after the clause that names what it does
    "To prohibit State and local governments that limit cooperation with Federal immigration"
    " authorities from receiving Federal law enforcement grants.",
    "To prohibit jurisdictions that do not cooperate with U.S. Immigration and Customs"
    " Enforcement from receiving community development block grants.",
    "To prohibit States that do not cooperate with Federal immigration authorities from"
    " receiving funds.",
    # the money itself barred, or its gift
    "To prohibit the provision of Federal funds to any State or local government that prohibits"
    " its officials from communicating with Federal immigration authorities.",
    "Prohibits the state from awarding grants to local governments that prohibit officers from"
    " inquiring into immigration status.",
    "To prohibit the Attorney General from awarding funds to any State that prohibits the use of"
    " immigration detainers.",
    "To prohibit the use of Federal funds for any State that restricts cooperation with ICE.",
    # restricted for them, reduced, or kept for the others
    "Restricts state funding for cities that do not cooperate with ICE.",
    "To reduce Federal funding to States and localities that do not comply with Federal"
    " immigration law.",
    "To restrict Federal funds to States and localities that cooperate with Federal immigration"
    " enforcement.",
    "To limit Federal law enforcement grants to jurisdictions that comply with immigration"
    " detainers.",
    "To limit Federal grants to jurisdictions that refuse to honor immigration detainers.",
    # eligibility, accounts and contracts
    "To limit the eligibility of States and localities that restrict information sharing with"
    " immigration authorities for certain Federal grants.",
    "To hold accountable jurisdictions that refuse to cooperate with immigration enforcement.",
    "To provide that the Federal Government may not enter into contracts with any State or"
    " locality that limits cooperation with U.S. Immigration and Customs Enforcement.",
    # sanctuary places named as such: their money limited, ended or made conditional
    "To limit Federal funds to sanctuary jurisdictions.",
    "To restrict the use of Federal funds by sanctuary jurisdictions.",
    "To limit the availability of Federal funds to sanctuary jurisdictions.",
    "To terminate SCAAP payments to sanctuary jurisdictions.",
    "To suspend Byrne JAG grants to sanctuary jurisdictions.",
    "To condition Federal funding of sanctuary cities.",
    "To cut off Federal law enforcement assistance to sanctuary cities.",
    "Provides that sanctuary jurisdictions shall not receive state funds.",
    "To ensure that sanctuary cities do not receive Federal disaster assistance.",
    "To restrict the eligibility of sanctuary cities for Federal grants.",
    "To strip sanctuary jurisdictions of certain Federal law enforcement funding.",
    "To prevent sanctuary jurisdictions from receiving Federal funds.",
    "To provide a private right of action against a sanctuary jurisdiction for the victims of"
    " crimes committed by aliens released by that jurisdiction.",
    "To establish a private right of action for victims of crimes committed by aliens released"
    " by sanctuary jurisdictions.",
    "To require the Attorney General to publish a list of sanctuary jurisdictions.",
    "Requires the attorney general to maintain a list of sanctuary jurisdictions.",
    # the punishment first, the act after "if"
    "To prohibit a State or local government from receiving Federal financial assistance for a"
    " minimum of one year if such State or local government restricts or prohibits a Federal,"
    " State, or local government official or entity from sending to, or receiving from, Federal"
    " immigration authorities information regarding the citizenship or immigration status of any"
    " individual.",
    "Withholds state funds from a county if the county prohibits its officers from cooperating"
    " with federal immigration authorities.",
    # state and local police let cooperate with federal officials about aliens
    "To ensure that State and local law enforcement may cooperate with Federal officials to"
    " protect our communities from criminal aliens.",
    # places that release people held on a detainer
    "To deny law enforcement grants to jurisdictions that release aliens subject to immigration"
    " detainers.",
    # a suit against a State for its enforcement barred
    "To prohibit the Department of Justice from suing States that enforce Federal immigration law.",
    "To prohibit the Attorney General from bringing a civil action against a State for enforcing"
    " immigration laws.",
    # a place's cooperation required as a noun
    "To ensure the cooperation of State and local governments with Federal immigration"
    " enforcement.",
    # people held on a detainer kept from release
    "To prohibit the release from custody of aliens subject to immigration detainers.",
    "Prohibits the county jail from releasing an inmate subject to an immigration detainer.",
    "To limit the release of aliens by jurisdictions that do not honor immigration detainers.",
    "To limit the ability of sanctuary jurisdictions to release criminal aliens.",
]


@pytest.mark.parametrize("title", RESTRICTIVE_CAPTIONS)
def test_places_punished_for_sanctuary_acts(title: str) -> None:
    assert_reads(title, "restrictive")


@pytest.mark.parametrize(
    "title",
    [
        # the same shapes turned: a penalty barred or repealed, enforcement punished
        "Prohibits the state from withholding funds from cities that limit cooperation with"
        " federal immigration authorities.",
        "To prohibit the use of Federal funds to penalize cities that limit cooperation with ICE.",
        "Prohibits penalties against sanctuary cities.",
        "Repeals the penalties against sanctuary cities.",
        "Repeals the cause of action against sanctuary jurisdictions.",
        "Prohibits local governments that have 287(g) agreements from receiving state grants.",
        "Prohibits counties that honor ICE detainers from receiving state grants.",
        "Restricts state funding for counties that enter into 287(g) agreements.",
        # a cut to sanctuary places barred
        "To prohibit the Attorney General from terminating grants to sanctuary cities.",
        "To prohibit the termination of Federal funds to sanctuary cities.",
        "To prevent the Federal Government from denying funds to sanctuary jurisdictions.",
        "Prohibits the state from reducing aid to sanctuary cities.",
        # a release delayed is a hold, and a hold barred is a limit
        "Prohibits the county jail from delaying the release of an inmate subject to an"
        " immigration detainer.",
    ],
)
def test_the_same_shapes_turned_are_protective(title: str) -> None:
    assert_reads(title, "protective")


def test_release_dates_withheld_are_no_hold() -> None:
    """Withholding the release dates of people on detainers keeps information from ICE: a
    limit on sharing, not a duty to hold them."""
    assert_reads(
        "Prohibits the sheriff from releasing the release dates of inmates subject to immigration"
        " detainers to ICE.",
        "protective",
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "No jurisdiction that does not cooperate with U.S. Immigration and Customs"
            " Enforcement may receive grants. The Secretary shall prohibit jurisdictions that"
            " do not cooperate with U.S. Immigration and Customs Enforcement from receiving"
            " community development block grants.",
            "anti_sanctuary",
        ),
        (
            "The state shall reduce funding to any city that does not comply with a detainer"
            " issued by U.S. Immigration and Customs Enforcement.",
            "anti_sanctuary",
        ),
        (
            "A private right of action is established for victims of crimes committed by aliens"
            " released by sanctuary jurisdictions.",
            "anti_sanctuary",
        ),
    ],
)
def test_in_a_bills_text(text: str, topic: str) -> None:
    assert_reads_as_text(text, "restrictive", topic)


def test_a_federal_texts_definition_quoted_in_its_own_marks_takes_no_side() -> None:
    """Federal bills' plain text quotes a defined term ``so''; what the definition of a
    "sanctuary jurisdiction" lists (limits on sharing data, on honoring detainers) is what the
    bill punishes, not what it does."""
    text = (
        "SEC. 2. DEFINITION. In this Act, the term ``sanctuary jurisdiction'' means any State or"
        " political subdivision of a State that has in effect a statute, ordinance, policy, or"
        " practice that prohibits or restricts any government entity or official from sending"
        " to, or receiving from, the Department of Homeland Security information regarding the"
        " citizenship or immigration status of any alien; or that prohibits or restricts"
        " compliance with a request for a detainer. SEC. 3. INELIGIBILITY. A sanctuary"
        " jurisdiction shall not be eligible to receive any grant under section 102 of the"
        " Housing and Community Development Act of 1974."
    )
    assert_reads_as_text(text, "restrictive", "anti_sanctuary")
