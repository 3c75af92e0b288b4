"""A state's own enforcement as a statute words it: arrests on what an officer believes a person
is ("probable cause to believe is an alien unlawfully present in this state"), people named by
where they are without status ("any person who is unlawfully present in the state"), presence
made an offense, a state court's order to return to a foreign nation, and a repealed duty named
as a noun, a city's landlord ordinance (DOMAIN.md: `state_enforcement`, and stance follows what
the measure does); and the other topics in the words a bill's text uses (the anti-sanctuary
statutes' definitions, Trust and TRUTH Act sentences), which must place a bill whose caption
says nothing (a text makes a measure relevant only through a rule's reading)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import SILENT_CAPTION, assert_reads, assert_reads_as_text
from tracker.classify import classify


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # arrests on a belief about the person's status
        (
            "A law enforcement officer shall arrest a person the officer has probable cause to"
            " believe is an alien unlawfully present in this state.",
            "restrictive",
        ),
        (
            "A peace officer may arrest, without a warrant, any person whom the officer has"
            " probable cause to believe is unlawfully present in the United States.",
            "restrictive",
        ),
        (
            "An officer may arrest a person if the officer has reasonable suspicion that the"
            " person is an illegal alien.",
            "restrictive",
        ),
        (
            "A state trooper may detain an individual the trooper reasonably suspects of being"
            " unlawfully present in the United States.",
            "restrictive",
        ),
        (
            "Permits the arrest of persons believed to be aliens unlawfully present in this state.",
            "restrictive",
        ),
        (
            "A peace officer shall not arrest a person whom the officer believes to be an alien"
            " unlawfully present in the United States.",
            "protective",
        ),
        (
            "A law enforcement officer may not arrest or detain an individual on the belief that"
            " the individual is not lawfully present in the United States.",
            "protective",
        ),
        (
            "No officer shall arrest a person solely because the officer believes the person is"
            " unlawfully present in the United States.",
            "protective",
        ),
        (
            "No officer shall arrest a person because the person is in the United States"
            " illegally.",
            "protective",
        ),
        (
            "Police may arrest a person because the person is in the country unlawfully.",
            "restrictive",
        ),
        # people named by where they are without status
        (
            "The sheriff shall detain any person who is unlawfully present in the state until"
            " federal authorities take custody.",
            "restrictive",
        ),
        (
            "A peace officer may arrest an alien who is not lawfully present in the United States.",
            "restrictive",
        ),
        (
            "A sheriff may apprehend and detain any person who has entered the state illegally.",
            "restrictive",
        ),
        (
            "The state may construct, operate and maintain facilities to detain aliens who are"
            " unlawfully present pending their removal.",
            "restrictive",
        ),
        (
            "A peace officer may transport a person who is unlawfully present to a port of entry.",
            "restrictive",
        ),
        # presence made an offense; a state court's removal order
        (
            "An alien who is unlawfully present in this state commits the offense of criminal"
            " trespass.",
            "restrictive",
        ),
        (
            "An alien who is unlawfully present in the United States commits a misdemeanor.",
            "restrictive",
        ),
        (
            "A judge may issue an order requiring the person to return to the foreign nation from"
            " which the person entered or attempted to enter.",
            "restrictive",
        ),
        # a duty named as a noun, repealed
        (
            "Section 11-1051, relating to the duty of officers to determine the immigration status"
            " of persons stopped, is repealed.",
            "protective",
        ),
        # a city's landlord ordinance in its own words (DOMAIN.md: landlord ordinances that make a
        # city verify status and punish renting to the undocumented)
        (
            "A landlord shall not rent or lease a dwelling unit to an alien who is unlawfully"
            " present in the United States.",
            "restrictive",
        ),
        (
            "Prior to occupying any leased single-family residence, each adult shall obtain a"
            " residential occupancy license from the building inspector, who shall verify the"
            " immigration status of the applicant with the federal government.",
            "restrictive",
        ),
        (
            "Each landlord shall request information and documentation from a prospective tenant"
            " to verify that the tenant is a United States citizen or lawfully present in the"
            " United States.",
            "restrictive",
        ),
    ],
)
def test_state_enforcement_in_a_bills_text(text: str, stance: str) -> None:
    assert_reads_as_text(text, stance, "state_enforcement")


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Authorizes law enforcement officers to arrest persons they reasonably believe are in"
            " the country illegally.",
            "restrictive",
        ),
        (
            "Allows officers to arrest without a warrant any person suspected of being in the"
            " country illegally.",
            "restrictive",
        ),
        (
            "Repeals the authority of peace officers to arrest persons believed to be unlawfully"
            " present in the state.",
            "protective",
        ),
        (
            "Gives peace officers the authority to arrest persons believed to be unlawfully present"
            " in the state.",
            "restrictive",
        ),
        (
            "Repeals the duty of officers to determine the immigration status of persons stopped.",
            "protective",
        ),
        (
            "Prohibits state judges from ordering persons to return to a foreign nation.",
            "protective",
        ),
    ],
)
def test_captions_of_the_same(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="state_enforcement")


@pytest.mark.parametrize(
    "text",
    [
        # arrests on other beliefs, and people unlawfully present in a building or a park
        "An officer may arrest a person the officer has probable cause to believe has committed a"
        " felony.",
        "An officer may arrest a person because of a warrant for a felony.",
        "A person who is unlawfully present in a building after closing may be arrested for"
        " trespass.",
        "An officer may arrest a person who is present on the premises unlawfully.",
        "A park ranger may arrest a person who entered the park illegally.",
        "An officer may detain a person who entered the premises unlawfully.",
        # a copy of another request, to another person
        "The clerk shall provide a copy of the request to the individual within ten days.",
        # a landlord's other checks and bans
        "Each landlord shall verify the income of a prospective tenant.",
        "A landlord shall not rent to a tenant who is a registered sex offender.",
        "The rental license of a landlord may be revoked for failure to maintain smoke detectors.",
        # presence named with no lack of status
        "A sheriff may detain any alien who is in the country.",
        "A sheriff may detain any alien who has entered the United States.",
    ],
)
def test_lookalikes_in_a_bills_text_are_not_flagged(text: str) -> None:
    res = classify(SILENT_CAPTION, None, text)
    assert not res.relevant or "state_enforcement" not in res.topics, res.why


def test_the_federal_governments_own_detention_is_not_a_states() -> None:
    """DOMAIN.md: state enforcement is a state's or a locality's own. A federal bill telling the
    department to detain is not (whether it is a detainer bill the labels split on:
    docs/classifier.md, Known limits), so the rows for people named by where they are must not
    make it one."""
    res = classify(
        "To require the Secretary of Homeland Security to detain any alien who is unlawfully"
        " present in the United States and is charged with theft."
    )
    assert "state_enforcement" not in res.topics, res.why


@pytest.mark.parametrize(
    ("text", "stance", "topic"),
    [
        # the anti-sanctuary statutes' definition, and the federal statute's words on sharing
        (
            "A local entity or campus police department may not adopt, enforce, or endorse a"
            " policy under which the entity or department prohibits or materially limits the"
            " enforcement of immigration laws.",
            "restrictive",
            "anti_sanctuary",
        ),
        (
            "No state or local government entity shall prohibit, or in any way restrict, any"
            " government entity or official from sending to, or receiving from, the Department"
            " of Homeland Security information regarding the citizenship or immigration status of"
            " any individual.",
            "restrictive",
            "anti_sanctuary",
        ),
        # agreements to perform immigration enforcement functions are 287(g)'s
        (
            "AN ACT relating to public safety; prohibiting state and local law enforcement"
            " agencies from entering into agreements to perform immigration enforcement"
            " functions; amending section 12.",
            "protective",
            "287g",
        ),
        # a contract for the detention of immigrants
        (
            "AN ACT relating to detention facilities; prohibiting counties from contracting with"
            " private entities for the civil detention of immigrants.",
            "protective",
            "detention_contracts",
        ),
        # ICE at a place: the agency between the actions and the place; access as a noun
        (
            "Prohibits enforcement actions by U.S. Immigration and Customs Enforcement at schools,"
            " hospitals, and places of worship.",
            "protective",
            "ice_access",
        ),
        (
            "No public schools shall permit access by immigration agents without a judicial"
            " warrant.",
            "protective",
            "ice_access",
        ),
        (
            "Repeals the prohibition on immigration enforcement actions at county buildings.",
            "restrictive",
            "ice_access",
        ),
        # a Trust Act's and a TRUTH Act's own words
        (
            "No officer, employee, or agent of the county shall request information about, or"
            " otherwise investigate or assist in the investigation of, the citizenship or"
            " immigration status of any person unless such inquiry is required by federal law.",
            "protective",
            "sanctuary",
        ),
        (
            "Before any interview between ICE and an individual in local law enforcement custody"
            " regarding civil immigration violations, the local law enforcement entity shall"
            " provide the individual with a written consent form.",
            "protective",
            "ice_access",
        ),
        (
            "Upon receiving any ICE hold, notification, or transfer request, the local law"
            " enforcement agency shall provide a copy of the request to the individual and inform"
            " him or her whether the agency intends to comply with the request.",
            "protective",
            "detainers",
        ),
        # a program named with "federal" before it; one address, not only "addresses"
        (
            "Each county jail shall participate in the federal Secure Communities program and"
            " transmit fingerprints to the Department of Homeland Security.",
            "restrictive",
            "detainers",
        ),
        (
            "The Department of Motor Vehicles shall not disclose a license holder's address or"
            " photograph to any agency for the purpose of civil immigration enforcement.",
            "protective",
            "info_sharing",
        ),
        # a statute's "local entity" asks too
        (
            "Sec. 2. (a) A local entity may not: (1) inquire about immigration status; or (2)"
            " take any other action described by this section.",
            "protective",
            "info_sharing",
        ),
    ],
)
def test_other_topics_in_a_bills_text(text: str, stance: str, topic: str) -> None:
    assert_reads_as_text(text, stance, topic)


def test_federal_officers_own_functions_are_no_287g_agreement() -> None:
    """Officers "performing immigration enforcement functions" at a place are ICE's own; only
    an agreement to perform them is 287(g)."""
    res = classify(
        "To limit the authority of immigration officers performing immigration enforcement"
        " functions at protected locations."
    )
    assert "287g" not in res.topics, res.why
