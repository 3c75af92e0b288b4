"""How a state's ban on sanctuary policies enforces itself, and how Congress punishes officials:
the limit on cooperation named first and then voided, outlawed or punished ("A municipality that
limits cooperation with ICE shall lose state shared revenue"); complaints the state hears of such
a limit; a crime for officials to shield people from immigration agents; money barred to a
government for what sanctuary places do, in the words "the provision of Federal funds". Each is
restrictive (DOMAIN.md: bans on sanctuary policies, penalties for officials, funding cut-offs).
The same words that protect the limit ("shall not lose", "prohibits the prosecution of") stay
protective, and so does money barred *for* enforcement."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_reads_as_text
from tracker.classify import classify

LIMITS_CONDEMNED = [
    "Any policy of a political subdivision that limits the sharing of immigration status"
    " information with federal authorities is void.",
    "Policies limiting cooperation with federal immigration enforcement are unlawful.",
    "A municipality that limits cooperation with ICE shall lose state shared revenue.",
    "An officer who limits cooperation with federal immigration authorities in violation of this"
    " section may be removed from office.",
    "Any sanctuary policy restricting cooperation with immigration authorities is void and"
    " unenforceable.",
    "Requires the attorney general to investigate complaints that a local government limits"
    " cooperation with federal immigration authorities.",
    "Authorizes a resident to file a complaint alleging that a city has adopted a policy limiting"
    " the enforcement of immigration laws.",
]


@pytest.mark.parametrize("sentence", LIMITS_CONDEMNED)
def test_a_limit_on_cooperation_voided_punished_or_complained_of_is_restrictive(
    sentence: str,
) -> None:
    assert_reads(sentence, "restrictive")


@pytest.mark.parametrize(
    "sentence",
    [
        "Any policy of a political subdivision that limits the sharing of immigration status"
        " information with federal authorities is void.",
        "A municipality that limits cooperation with ICE shall lose state shared revenue.",
        "An officer who limits cooperation with federal immigration authorities in violation of"
        " this section may be removed from office.",
        "Requires the attorney general to investigate complaints that a local government limits"
        " cooperation with federal immigration authorities.",
    ],
)
def test_the_same_sentences_in_a_bills_text_are_restrictive(sentence: str) -> None:
    assert_reads_as_text(sentence, "restrictive")


@pytest.mark.parametrize(
    "sentence",
    [
        # the limit protected from the penalty
        "A municipality that limits cooperation with ICE shall not lose state funding.",
        "A city that declines to honor immigration detainers shall not be penalized or made"
        " ineligible for state grants.",
        # a Trust Act's own limits ("the limits on"), enforced against those who break them
        "A law enforcement agency that violates the limits on sharing information with"
        " immigration authorities is liable for damages.",
        "Prohibits the state from withholding funds from cities that limit cooperation with"
        " federal immigration authorities.",
        "A local government may adopt a policy that limits cooperation with federal immigration"
        " authorities.",
    ],
)
def test_a_limit_protected_or_a_trust_acts_own_limits_enforced_stay_protective(
    sentence: str,
) -> None:
    assert_reads(sentence, "protective")


OFFICIALS_AND_MONEY_PUNISHED = [
    "To make it a crime for a State or local official to shield an alien from detection by"
    " Federal immigration officials.",
    "To subject State and local officials who adopt sanctuary policies to criminal prosecution.",
    "To provide for the prosecution of officials of sanctuary jurisdictions.",
    "To prohibit the provision of Federal funds to any State or local government that prohibits"
    " its law enforcement officers from inquiring about immigration status.",
]


@pytest.mark.parametrize("title", OFFICIALS_AND_MONEY_PUNISHED)
def test_officials_and_governments_punished_for_what_sanctuary_places_do_is_restrictive(
    title: str,
) -> None:
    assert_reads(title, "restrictive")


def test_a_federal_crime_of_harboring_by_officials_stays_restrictive() -> None:
    # the crime's row reads to the clause's end, so "shield … from Federal immigration
    # authorities" is not taken for a shield of people from enforcement
    assert_reads(
        "To make it a Federal crime for a public official to harbor or shield illegal aliens from"
        " Federal immigration authorities.",
        "restrictive",
    )


@pytest.mark.parametrize(
    "title",
    [
        "To prohibit the provision of Federal funds to any State or local government for the"
        " purpose of enforcing immigration law.",
        "To prohibit the prosecution of State and local officials for declining immigration"
        " detainers.",
        "To prohibit the Federal Government from penalizing jurisdictions that limit cooperation"
        " with ICE.",
    ],
)
def test_money_barred_for_enforcement_or_officials_shielded_from_prosecution_are_protective(
    title: str,
) -> None:
    assert_reads(title, "protective")


@pytest.mark.parametrize(
    "caption",
    [
        "Relating to the enforcement by certain governmental entities of state and federal laws"
        " governing immigration.",
        "Relating to the enforcement by campus police departments and certain local governmental"
        " entities of state and federal laws governing immigration and to related duties and"
        " liability of certain persons in the criminal justice system.",
    ],
)
def test_a_caption_naming_local_governments_as_enforcers_leans_restrictive(caption: str) -> None:
    assert_reads(caption, "restrictive")


@pytest.mark.parametrize(
    "caption",
    [
        "Relating to limits on the enforcement by local governments of federal immigration laws.",
        "An act prohibiting enforcement by local police of federal immigration laws.",
    ],
)
def test_limits_on_that_enforcement_stay_protective(caption: str) -> None:
    assert_reads(caption, "protective")


@pytest.mark.parametrize(
    "title",
    [
        "Resolution to join Welcoming America",
        "Certified Welcoming designation",
        "Resolution supporting the City's participation in the Welcoming America Certified"
        " Welcoming program.",
        "Resolution declaring the County a welcoming and inclusive community for all residents"
        " regardless of immigration status.",
        "A resolution establishing the City as a Welcoming and Safe City",
    ],
)
def test_a_welcoming_policy_in_its_programs_words_is_a_sanctuary_measure(title: str) -> None:
    assert_reads(title, "protective", topic="sanctuary")


@pytest.mark.parametrize(
    "title",
    [
        "Proclamation recognizing Welcoming Week, an initiative of Welcoming America, and the"
        " participation of the City in Welcoming Week.",
        "To join Welcoming America in celebrating Welcoming Week.",
        "Certified Welcoming Week proclamation",
        "Resolution welcoming and honoring the city of Ayacucho as a sister city.",
    ],
)
def test_welcoming_week_and_welcomes_of_visitors_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    "sentence",
    [
        "A law enforcement agency may comply with an immigration detainer only if the person has"
        " been convicted of a serious or violent felony.",
        "Requires the sheriff to honor immigration detainers only for persons convicted of a"
        " violent felony.",
        "A law enforcement official may detain an individual on the basis of an immigration hold"
        " only if the individual has been convicted of a serious or violent felony.",
    ],
)
def test_detainers_honored_only_for_listed_offenses_are_protective(sentence: str) -> None:
    # DOMAIN.md: any condition before a jail may honor a detainer, a list of offenses included
    assert_reads(sentence, "protective", topic="detainers")


@pytest.mark.parametrize(
    "sentence",
    [
        "Requires jails to honor immigration detainers for all persons charged with any crime.",
        "Requires the sheriff to comply with every immigration detainer, not only those for"
        " violent felons.",
        "Requires the sheriff to honor all immigration detainers.",
    ],
)
def test_detainers_honored_for_everyone_stay_restrictive(sentence: str) -> None:
    assert_reads(sentence, "restrictive", topic="detainers")


@pytest.mark.parametrize(
    "title",
    [
        "To require reports on crimes committed by aliens released by sanctuary jurisdictions.",
        "Relating to sanctuary jurisdictions.",
        "To define sanctuary jurisdiction and for other purposes.",
    ],
)
def test_the_statutory_term_sanctuary_jurisdiction_is_not_read_as_a_place_declaring_itself(
    title: str,
) -> None:
    # the term of the laws that punish such places: no protective cue of its own
    res = classify(title)
    assert res.relevant, res.why
    assert res.stance != "protective", res.why


@pytest.mark.parametrize(
    "title",
    [
        "Resolution declaring the City a sanctuary city.",
        "Resolution reaffirming the County's status as a sanctuary county.",
        "To prohibit the use of Federal funds to penalize sanctuary jurisdictions.",
    ],
)
def test_a_place_declaring_itself_a_sanctuary_or_shielded_from_penalties_stays_protective(
    title: str,
) -> None:
    assert_reads(title, "protective")


@pytest.mark.parametrize(
    "sentence",
    [
        "Any agreement that requires local police to enforce immigration law is void.",
        "Any 287(g) agreement entered into by a county before the effective date of this act is"
        " void.",
        "Any contract under which a county detains persons for Immigration and Customs"
        " Enforcement is void and unenforceable.",
        "Any memorandum of agreement with ICE that authorizes officers to perform immigration"
        " enforcement functions shall be null and void.",
    ],
)
def test_an_agreement_or_contract_for_enforcement_voided_is_protective(sentence: str) -> None:
    # DOMAIN.md: ending 287(g) agreements and detention contracts is protective
    assert_reads(sentence, "protective")


@pytest.mark.parametrize(
    "sentence",
    [
        "Any agreement that limits cooperation with ICE is void.",
        "Any policy that prohibits officers from cooperating with ICE is void.",
    ],
)
def test_a_limit_on_cooperation_voided_stays_restrictive(sentence: str) -> None:
    assert_reads(sentence, "restrictive")
