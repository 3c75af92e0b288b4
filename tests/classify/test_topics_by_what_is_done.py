"""Classifiers 2.47.0 to 2.49.0: topics (and one stance) that followed a phrase rather than what
the measure does (docs/classifier-history.md, "Classifier 2.47.0" to "Classifier 2.49.0"), each
fixed as a class on the rules part:

- a 287(g) agreement entered or required in its own words ("authority to perform certain
  immigration enforcement functions") is about 287(g), not a ban on sanctuary policies;
- a bar on asking about immigration status is a sanctuary policy (DOMAIN.md lists status
  inquiries there), not information sharing, while keeping or giving out status records is;
- detaining as one of the powers an officer is given to enforce immigration law ("investigate,
  apprehend, detain") is 287(g)'s or a state's enforcement, not a detainer hold;
- the immigration agency itself barred from something limits enforcement (protective), unlike a
  government barred from limiting it;
- a person's status determined where a county jail holds them is not a detention contract;
- general words on enforcement ("immigration laws") in a measure the model reads as a state's
  own enforcement, or as agents at a school or a hospital, name that enforcement, not a limit on
  local help (no `sanctuary` topic, turned `anti_sanctuary` by a restrictive direction);
- a person stopped, arrested or detained "based solely on … immigration status" is enforcement
  by status, which a sanctuary policy bars, not a detainer hold (2.49.0);
- a topic of the other side that the model reads beside the rules' own is what the measure is
  about (an exception from a duty to cooperate is about that anti-sanctuary duty), not turned
  into its own side's topic.

Each case names the topics an advocate must see on the measure and those that must not appear;
the controls beside them, in near words, keep what they had."""

from __future__ import annotations

import pytest

from tracker.classify import classify

# (title, summary, relevant, stance, topics that must be shown, topics that must not)
CASES: list[tuple[str, str | None, bool, str, set[str], set[str]]] = [
    # a 287(g) agreement in its own words
    (
        "Relating to agreements between sheriffs and the United States Immigration and Customs "
        "Enforcement to enforce federal immigration law.",
        "Provisions regarding agreements between sheriffs and the United States Immigration and "
        "Customs Enforcement (ICE) for the enforcement of federal immigration laws. Sheriffs in "
        "counties with populations of 100,000 or more are mandated to enter into written "
        "agreements with ICE to authorize their officers to enforce federal immigration laws.",
        True,
        "restrictive",
        {"287g"},
        {"anti_sanctuary", "sanctuary"},
    ),
    (
        "Memorandum of agreement with ICE under section 287(g)",
        "Approves a memorandum of agreement under which ICE delegates to designated sheriff's "
        "personnel the authority to perform certain immigration enforcement functions in the "
        "county jail.",
        True,
        "restrictive",
        {"287g"},
        {"anti_sanctuary", "sanctuary"},
    ),
    # ... while a ban on sanctuary policies beside it keeps its own topic
    (
        "Immigration enforcement; sanctuary policies",
        "Prohibits sanctuary policies and requires every sheriff to enter into a 287(g) "
        "agreement with ICE.",
        True,
        "restrictive",
        {"287g", "anti_sanctuary"},
        set(),
    ),
    # ... and a protective measure ending one stays a limit on local help
    (
        "Law-enforcement agencies; agreements with federal authority for immigration enforcement",
        "Prohibits any law-enforcement agency from entering into a 287(g) agreement and from "
        "using local resources for immigration enforcement.",
        True,
        "protective",
        {"287g", "sanctuary"},
        {"anti_sanctuary"},
    ),
    # status inquiries barred
    (
        "Relates to prohibiting law enforcement officers and peace officers from inquiring about "
        "the immigration status of a victim or witness to a criminal offense",
        "Prohibits law enforcement officers and peace officers from inquiring about the "
        "immigration status of a victim of or witness to a criminal offense.",
        True,
        "protective",
        {"sanctuary"},
        {"info_sharing"},
    ),
    (
        "An ordinance concerning city services",
        "No city employee shall ask any person about their immigration status when providing "
        "city services, and city officers shall not enforce federal immigration law.",
        True,
        "protective",
        {"sanctuary"},
        {"info_sharing"},
    ),
    # ... while status records kept confidential or left uncollected are information
    (
        "An ordinance concerning city services",
        "Prohibits city agencies from collecting information on immigration status and requires "
        "that citizenship status be kept confidential.",
        True,
        "protective",
        {"info_sharing"},
        set(),
    ),
    # the powers given to an officer to enforce immigration law
    (
        "A bill to discontinue a Federal program that authorizes State and local law "
        "enforcement officers to investigate, apprehend, and detain aliens in accordance with a "
        "written agreement with the Director of U.S. Immigration and Customs Enforcement.",
        None,
        True,
        "protective",
        {"287g"},
        {"detainers"},
    ),
    (
        "Immigration; peace officers",
        "Authorizes peace officers to investigate, apprehend, and detain aliens.",
        True,
        "restrictive",
        {"287g"},
        {"detainers"},
    ),
    # ... but not the federal agents' own powers
    (
        "Border Patrol",
        "Authorizes U.S. Border Patrol agents to investigate, apprehend, and detain aliens at the "
        "border.",
        False,
        "not_relevant",
        set(),
        set(),
    ),
    # ... while an officer told to hold people is a hold
    (
        "Create statutory authority for sworn law-enforcement officers to hold aliens",
        None,
        True,
        "restrictive",
        {"detainers"},
        set(),
    ),
    # the immigration agency itself barred
    (
        "Keep ICE Out of the County Act",
        "To prohibit the Department of Homeland Security, including U.S. Immigration and "
        "Customs Enforcement, from establishing or operating an immigration detention facility "
        "in the county.",
        True,
        "protective",
        {"detention_contracts"},
        set(),
    ),
    (
        "Immigration enforcement agreements",
        "Prohibits U.S. Immigration and Customs Enforcement from implementing agreements with "
        "local police departments under section 287(g).",
        True,
        "protective",
        {"287g"},
        set(),
    ),
    # ... unlike a government barred from limiting enforcement
    (
        "Local governments; immigration",
        "Prohibits counties and cities from adopting policies that limit cooperation with "
        "federal immigration authorities.",
        True,
        "restrictive",
        {"anti_sanctuary"},
        set(),
    ),
    # general words on enforcement in a measure on a state's own enforcement, or on agents at a
    # school: that enforcement, not a limit on local help
    (
        "To authorize State enforcement of immigration laws, and for other purposes.",
        None,
        True,
        "restrictive",
        {"state_enforcement"},
        {"anti_sanctuary", "sanctuary"},
    ),
    (
        "Schoolsites: immigration enforcement.",
        None,
        True,
        "unclear",
        {"ice_access"},
        {"sanctuary"},
    ),
    # ... while a general bar on local help stays a sanctuary policy
    (
        "Immigration enforcement",
        "Prohibits the use of city resources for immigration enforcement.",
        True,
        "protective",
        {"sanctuary"},
        set(),
    ),
    # a measure of one side about a policy of the other, the model reading that policy
    (
        "relating to an exception from requirements to assist or cooperate with federal "
        "immigration officers for matters regarding activities that occur at a domestic "
        "violence shelter.",
        None,
        True,
        "protective",
        {"anti_sanctuary", "ice_access"},
        {"sanctuary"},
    ),
    (
        "Repealing Ordinance No. 651 and BMC 2.26 “Immigration Inquiries Prohibited,” Amending "
        "Chapter 9 Public Peace, Morals and Welfare to Prohibit City of Burien from Regulating "
        "the Acquisition of Immigrant Status or Religious Affiliation without Majority Votes of "
        "Council and Voters",
        None,
        True,
        "restrictive",
        {"sanctuary", "anti_sanctuary"},
        set(),
    ),
    # a person stopped or held for their status is not a detainer hold
    (
        "Law enforcement; immigration status",
        "A law enforcement officer is prohibited from stopping, questioning, arresting, "
        "searching, or detaining any individual based solely on actual or suspected citizenship "
        "or immigration status.",
        True,
        "protective",
        set(),
        {"detainers"},
    ),
    # ... while a hold on ICE's word is one
    (
        "Law enforcement; immigration detainers",
        "A law enforcement officer shall not detain any individual solely on the basis of an "
        "immigration detainer.",
        True,
        "protective",
        {"detainers"},
        set(),
    ),
    # a status check where a county jail holds people
    (
        "Enforcement of Immigration Laws",
        "Provides requirements and procedures with respect to determination of lawful "
        "immigration status of persons charged with crime and confined to county or municipal "
        "detention facility.",
        True,
        "restrictive",
        set(),
        {"detention_contracts"},
    ),
    # ... unlike a contract to hold people for the agency there
    (
        "Detention facility agreement",
        "Approves an intergovernmental service agreement with U.S. Immigration and Customs "
        "Enforcement to house immigration detainees at the county detention facility.",
        True,
        "restrictive",
        {"detention_contracts"},
        set(),
    ),
]


@pytest.mark.parametrize(("title", "summary", "relevant", "stance", "shown", "not_shown"), CASES)
def test_topics_follow_what_the_measure_does(
    title: str,
    summary: str | None,
    relevant: bool,
    stance: str,
    shown: set[str],
    not_shown: set[str],
) -> None:
    res = classify(title, summary)
    assert res.relevant is relevant, res.why
    assert res.stance == stance, res.why
    assert shown <= set(res.topics), (res.topics, res.why)
    assert not (not_shown & set(res.topics)), (res.topics, res.why)


def test_the_agreement_reason_is_given() -> None:
    """An advocate reading `why` learns why no ban on sanctuary policies is listed."""
    res = classify(
        "Memorandum of agreement with ICE under section 287(g)",
        "Approves a memorandum of agreement under which ICE delegates to designated sheriff's "
        "personnel the authority to perform certain immigration enforcement functions in the "
        "county jail.",
    )
    assert any("287(g) agreement's" in w for w in res.why), res.why
