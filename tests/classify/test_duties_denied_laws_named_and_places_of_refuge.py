"""Classifier 2.44.0: classes found in the rules half of the twenty-sixth labeled set, each written
as the policy's wording rather than the measure's (docs/classifier-history.md, "Classifier 2.44.0").
Each case names what an advocate would see: flagged or not, which way, which topic."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_case
from tracker.classify import classify

# (title, summary, relevant, stance, a topic that must be among the measure's, or None)
CASES = [
    # a duty denied at its source, as Trust Acts recite it: detainers are requests
    (
        "Illinois TRUST Act",
        "Provides that there being no legal authority under which the federal government may "
        "compel an expenditure of State or local resources to comply with an immigration "
        "detainer, there shall be no expenditure of any law enforcement agency resources for "
        "these purposes.",
        True,
        "protective",
        "detainers",
    ),
    (
        "Relating to immigration detainers",
        "The federal government cannot compel a county to honor immigration detainers.",
        True,
        "protective",
        "detainers",
    ),
    (
        "Relating to immigration detainers",
        "Provides that the state may compel localities to comply with immigration detainers.",
        True,
        "restrictive",
        "detainers",
    ),
    # a state's enforcement law by the name its critics give it; not the federal government's
    (
        "Resolution denouncing Arizona's anti-immigration law and suspending official travel to "
        "Arizona until such time as the new law is revoked",
        "",
        True,
        "protective",
        "state_enforcement",
    ),
    (
        "Resolution supporting the state's new anti-immigration law",
        "",
        True,
        "restrictive",
        "state_enforcement",
    ),
    (
        "A resolution denouncing the federal government's anti-immigration law",
        "",
        False,
        "not_relevant",
        None,
    ),
    ("Resolution condemning anti-immigrant rhetoric", "", False, "not_relevant", None),
    # the statutes' defined term for a sanctuary place, in the bills that punish one
    (
        "Amending Title 53, providing for liability imposed on and eligibility for public "
        "benefits of a municipality of refuge.",
        "",
        True,
        "restrictive",
        "anti_sanctuary",
    ),
    (
        "Relating to municipalities",
        "A municipality of refuge shall be liable in damages for injuries caused by an alien "
        "it released.",
        True,
        "restrictive",
        "anti_sanctuary",
    ),
    ("Declaring the City and County of Refuge", "", True, "protective", "sanctuary"),
    # an index caption's items, each undone by the bare participle after it
    (
        "Immigration law, crime of conspiracy to transport alien eliminated, crime of harboring "
        "unlawfully present alien modified to exclude rentals to aliens",
        "",
        True,
        "protective",
        "state_enforcement",
    ),
    (
        "Immigration, crime of unlawful presence in the state repealed",
        "",
        True,
        "protective",
        "state_enforcement",
    ),
    (
        "Immigration, crime of unlawful presence in the state created",
        "",
        True,
        "restrictive",
        "state_enforcement",
    ),
    # the harboring crime in its model's words: a state's, not the federal crime
    (
        "Relating to immigration",
        "Makes it a crime to encourage or induce an illegal alien to reside in this state.",
        True,
        "restrictive",
        "state_enforcement",
    ),
    (
        "Relating to immigration",
        "Repeals the provision making it a crime to encourage or induce an alien to reside in "
        "this state.",
        True,
        "protective",
        "state_enforcement",
    ),
    (
        "Relating to immigration",
        "Makes it a crime to encourage or induce an alien to reside in the United States.",
        False,
        "not_relevant",
        None,
    ),
    # a repeal after an exemption is the measure's own next act, not part of what is exempted
    (
        "Relating to immigration",
        "This bill would create an exemption for religious activities from the criminal "
        "harboring provisions, repeal the provision making it a crime to encourage or induce an "
        "illegal alien to reside in this state, and repeal provisions that deny bail based on a "
        "person's status as an illegal alien.",
        True,
        "protective",
        "state_enforcement",
    ),
    # the doctrine that local police may arrest for immigration violations on their own
    (
        "Expressing the sense of the House that State and local law enforcement personnel have "
        "the inherent authority to investigate, apprehend, arrest, or detain aliens for the "
        "purpose of assisting in the enforcement of the immigration laws",
        "",
        True,
        None,
        "state_enforcement",
    ),
    (
        "Relating to the inherent authority of a police officer to arrest without a warrant",
        "",
        False,
        "not_relevant",
        None,
    ),
    # what immigration officers wear or show is the agents' conduct (DOMAIN.md)
    (
        "To provide that no Federal funds made available to the Department of Homeland Security "
        "may be used to carry out any civil immigration enforcement activity unless each "
        "officer conducting such an action is not wearing a mask",
        "",
        False,
        "not_relevant",
        None,
    ),
    (
        "To require agents of the Department of Homeland Security engaged in border security or "
        "immigration enforcement to display or wear certain insignia and provide identification",
        "",
        False,
        "not_relevant",
        None,
    ),
]


@pytest.mark.parametrize(("title", "summary", "relevant", "stance", "topic"), CASES)
def test_the_classes_of_the_twenty_sixth_set(title, summary, relevant, stance, topic) -> None:
    assert_case(title, summary, relevant, stance, topic)


def test_a_named_law_amended_is_only_a_presumption_of_its_side() -> None:
    """A measure that revises a named enforcement law goes the way of what it changes."""
    res = classify(
        "Immigration",
        "This bill would make revisions to the Taxpayer and Citizen Protection Act. This bill "
        "would repeal the crime of unlawful presence in this state.",
    )
    assert (res.relevant, res.stance) == (True, "protective"), res.why
    # named alone, the law still gives its side
    res = classify("A resolution supporting the Taxpayer and Citizen Protection Act")
    assert (res.relevant, res.stance) == (True, "restrictive"), res.why
