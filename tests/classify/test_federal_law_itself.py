"""Classifier 2.50.0: false alarms of a federal stream, each fixed as a class
(docs/classifier-history.md "Classifier 2.50.0"): general words on immigration law or enforcement
where only federal agencies are in sight, Congress's own crimes of reentry after removal and of
alien smuggling, officers deputized under 287(g) named in a definition of whom a federal limit
covers, the national motto taken for a TRUST Act, and a nation's or the world's name taken for a
place's Values or Welcoming Act.
Each case says what an advocate would see; the controls beside them, in the same words about a
state's or a locality's part, stay flagged."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test
from tracker.classify import classify, rules

# (title, summary, text, relevant, stance, a topic that must be among the measure's, or None)
CASES: list[Case] = [
    # general words with only federal agencies in sight: federal immigration law itself
    (
        "Expressing the sense of the House of Representatives that violent attacks against "
        "U.S. Immigration and Customs Enforcement facilities and officers are unacceptable, and "
        "that Congress stands in support of the enforcement of immigration laws.",
        None,
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Immigration Judge Integrity Act",
        "To prohibit the Department of Homeland Security from appointing temporary immigration "
        "judges who have not practiced immigration law.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Benefits Records Act",
        "To direct the Secretary of Homeland Security to notify the Commissioner of Social "
        "Security when a person is removed under the immigration laws.",
        None,
        False,
        "not_relevant",
        None,
    ),
    # ... while a state or a locality in sight makes the same words tracked
    (
        "To require States and political subdivisions to comply with the immigration laws.",
        None,
        None,
        True,
        "restrictive",
        None,
    ),
    (
        "Resolution regarding immigration enforcement by the police department",
        None,
        None,
        True,
        None,
        None,
    ),
    # ... and cooperation with the agency names a second party of its own
    (
        "To expand Urban Areas Security Initiative grant eligibility to promote cooperation with "
        "U.S. Immigration and Customs Enforcement.",
        None,
        None,
        True,
        "restrictive",
        None,
    ),
    # Congress's own crime of reentry after removal, named in a short title
    (
        "Stop Illegal Reentry Act",
        "To amend the Immigration and Nationality Act to increase penalties for individuals who "
        "illegally reenter the United States after being removed, and for other purposes.",
        None,
        False,
        "not_relevant",
        None,
    ),
    # ... while a state's crime of reentry stays a state's own enforcement
    (
        "Illegal reentry",
        None,
        None,
        True,
        "restrictive",
        "state_enforcement",
    ),
    (
        "Relating to illegal reentry",
        "Creates the offense of illegal reentry into this state by an alien who was removed.",
        None,
        True,
        "restrictive",
        "state_enforcement",
    ),
    # Congress's crime of alien smuggling, by its federal names
    (
        "Protecting Federal Funds from Human Trafficking and Smuggling Act",
        "To require the disclosure of violations of Federal law with respect to human "
        "trafficking or alien smuggling by recipients of Federal funds.",
        None,
        False,
        "not_relevant",
        None,
    ),
    # ... while a state's caption on its own crime stays a state's enforcement
    (
        "Relating to alien smuggling",
        "Creates the state crime of alien smuggling and provides penalties.",
        None,
        True,
        "restrictive",
        "state_enforcement",
    ),
    # officers deputized under 287(g), named among those a federal limit on conduct covers
    (
        "To limit the Department of Homeland Security's use of facial recognition.",
        None,
        "SECTION 1. Definitions. (1) The term covered immigration officer means any individual "
        "who is an officer of U.S. Immigration and Customs Enforcement, or an individual "
        "authorized, deputized, or designated to perform immigration enforcement functions "
        "pursuant to section 287(g) of the Immigration and Nationality Act (8 U.S.C. 1357(g)). "
        "SEC. 2. A covered immigration officer may not use facial recognition technology.",
        False,
        "not_relevant",
        None,
    ),
    # ... while a definition of the agreement itself is the agreement
    (
        "Relating to 287(g) agreements",
        None,
        "Section 1. Definitions. The term 287(g) agreement means an agreement under section "
        "287(g) of the Immigration and Nationality Act. Section 2. A sheriff may not enter into "
        "a 287(g) agreement.",
        True,
        "protective",
        "287g",
    ),
    # the national motto is no TRUST Act
    (
        "In God We Trust Act",
        "To require the display of the national motto on all Federal buildings.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Oregon Trust Act",
        "Limits when local jails may hold a person on an immigration detainer.",
        None,
        True,
        "protective",
        "detainers",
    ),
    # a nation's values are no place's Values Act
    (
        "American Values Act",
        "To permanently enact restrictions on the use of funds for abortions.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "California Values Act",
        None,
        None,
        True,
        "protective",
        "sanctuary",
    ),
    # the world is no place with a Welcoming Act
    (
        "Welcoming International Success Act",
        "To provide that the Proclamation entitled Restriction On Entry Of Certain Nonimmigrant "
        "Workers shall have no force or effect.",
        None,
        False,
        "not_relevant",
        None,
    ),
    (
        "Welcoming Illinois Act",
        None,
        None,
        True,
        "protective",
        "sanctuary",
    ),
]


test_federal_stream_false_alarms = case_table_test(CASES)


def test_federal_law_itself_says_why() -> None:
    """The reader sees why general words were not enough: only federal agencies are in sight."""
    res = classify(
        "Immigration Judge Integrity Act",
        "To prohibit the Department of Homeland Security from appointing temporary immigration "
        "judges who have not practiced immigration law.",
    )
    assert not res.relevant
    assert any("only federal agencies in sight" in w for w in res.why), res.why


def test_the_general_row_of_the_law_is_named_by_its_label() -> None:
    """The general row the check reads is named by its label: a label no general row carries (a
    typo, a renamed row) would silently switch the check off."""
    general = {
        label for label, _t, _tps, weight, _p in rules.TOPIC_RULES if weight == rules.GENERAL
    }
    assert rules.GENERAL_ABOUT_THE_LAW
    assert not rules.GENERAL_ABOUT_THE_LAW - general


def test_money_barred_from_counsel_in_other_words_is_restrictive() -> None:
    """Counsel in removal is a protective tool (DOMAIN.md): barring money for it is restrictive
    however the lawyers and the proceedings are named, and by whomever the money is spent."""
    for summary in (
        "Bars public money from paying for attorneys for people in immigration court.",
        "Prohibits the use of Federal funds by nonprofit organizations and the Department of "
        "Justice for legal services related to immigration proceedings.",
        "Prohibits county funds from being used to pay for attorneys for people in removal "
        "proceedings.",
    ):
        res = classify("Relating to legal services", summary)
        assert res.relevant and res.stance == "restrictive", (summary, res.stance, res.why)
        assert "access_to_counsel" in res.topics, (summary, res.topics)
    # ... while money barred from enforcement stays protective
    res = classify(
        "Relating to county funds",
        "Prohibits county funds from being used to assist federal immigration enforcement.",
    )
    assert res.relevant and res.stance == "protective", res.why


def test_a_consent_decree_is_no_one_s_consent_to_an_interview() -> None:
    """A court's consent decree on the immigration laws is not a person's consent to an ICE
    interview: the reader is not told the measure gives people in custody consent rights."""
    res = classify(
        "Relating to immigration enforcement",
        None,
        "Notwithstanding any other provision of law, judicial determination, consent decree, or "
        "settlement agreement, no State may require that an immigration detention facility be "
        "licensed.",
    )
    assert not any("consent and notice rights" in w for w in res.why), res.why
    told = classify(
        "Relating to county jails",
        "Requires written consent before a person in custody is interviewed by ICE.",
    )
    assert told.stance == "protective"
    assert any("consent and notice rights" in w for w in told.why), told.why
