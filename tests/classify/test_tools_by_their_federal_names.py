"""The tracked tools named by their federal names alone, or in plain words no row read before:
287(g)'s models ("warrant service officer", "jail enforcement model"), the statute on sharing
status information (8 U.S.C. 1373), detention agreements by their acronym (IGSAs), Secure
Communities, the "show me your papers" nickname, a person handed to ICE, ICE itself at a
courthouse, a state's transport program named by where it sends people, and renting to people
without status barred. DOMAIN.md: a short title can carry its topic alone."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_topic


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        ("Jail enforcement model agreements; prohibited", "protective", "287g"),
        ("Requires compliance with 8 U.S.C. 1373", "restrictive", "info_sharing"),
        (
            "Prohibits counties from entering into or renewing IGSAs",
            "protective",
            "detention_contracts",
        ),
        ("Requires sheriffs to participate in Secure Communities", "restrictive", "detainers"),
        ("Repeals the show me your papers law", "protective", "state_enforcement"),
        (
            "Prohibits state funds for the transport of migrants from the border",
            "protective",
            "state_enforcement",
        ),
        (
            "Prohibits the rental of dwelling units to unlawfully present aliens",
            "restrictive",
            "state_enforcement",
        ),
        (
            "Requires the department of corrections to transfer inmates subject to final removal"
            " orders to ICE",
            "restrictive",
            "detainers",
        ),
        ("Protects immigrants from ICE at courthouses", "protective", "ice_access"),
    ],
)
def test_the_tool_by_its_federal_name_reads(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "topic"),
    [
        ("Warrant service officer program agreements; requirements", "287g"),
        (
            "Relating to the apprehension of unauthorized aliens by state police",
            "state_enforcement",
        ),
        ("Relating to the relocation of migrants to other states", "state_enforcement"),
    ],
)
def test_a_caption_naming_the_tool_carries_its_topic(title: str, topic: str) -> None:
    assert_topic(title, topic)


@pytest.mark.parametrize(
    "title",
    [
        # a sheriff's own warrant unit, and a citation of the benefits statutes' sections
        "Relating to compensation of warrant service officers in the sheriff's office",
        "Requires state agencies to verify eligibility for public benefits as provided in"
        " 8 U.S.C. 1373 and 8 U.S.C. 1644",
        "Relating to the Interstate 205 bridge replacement",
    ],
)
def test_the_same_words_elsewhere_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
