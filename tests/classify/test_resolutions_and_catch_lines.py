# ruff: noqa: E501  (measure titles are kept whole)
"""How councils word backing and opposition ("in support of", "reaffirming the city's
commitment to", "condemning", "objecting to", "calling for an end to"), and how catch-line
captions put the verb after the thing ("Immigration detainers; compliance required",
"287(g) agreements; prohibition") or make it a noun ("Relating to the repeal of …"). The side
is the thing's, turned over by a word that opposes or hinders it (DOMAIN.md, stance).

2.27.0 read 792 of the 3,192 wordings of `scripts/probe_phrasings.py` wrong, 274 of them among
these shapes."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads, assert_topic
from tracker.classify import classify


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # backing
        ("Resolution in support of 287(g) agreements with ICE", "restrictive"),
        ("Resolution expressing support for the state's sanctuary law", "protective"),
        ("A resolution reaffirming the city's commitment to sanctuary policies", "protective"),
        (
            "Resolution calling on the legislature to strengthen local enforcement of federal immigration law",
            "restrictive",
        ),
        (
            "Resolution directing the city manager to implement immigration status checks by police during traffic stops",
            "restrictive",
        ),
        # opposition
        (
            "Resolution condemning 287(g) agreements with Immigration and Customs Enforcement",
            "protective",
        ),
        ("Resolution condemning sanctuary city ordinances", "restrictive"),
        ("Resolution objecting to the Trust Act", "restrictive"),
        ("Resolution calling for an end to compliance with immigration detainers", "protective"),
        (
            "Resolution requesting the county to discontinue sharing information with federal immigration authorities",
            "protective",
        ),
        ("Resolution urging the county to withdraw from the Trust Act", "restrictive"),
        (
            "Resolution in opposition to cooperation with federal immigration authorities",
            "protective",
        ),
    ],
)
def test_a_resolution_takes_the_side_of_what_it_backs(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_a_condemnation_ends_at_the_next_action() -> None:
    # what is condemned ends at the comma before "reaffirming": the welcoming city is backed
    assert_reads(
        "Resolution Condemning Recent Executive Orders, Reaffirming the City as an Open and Welcoming City",
        "protective",
    )


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Immigration detainers; compliance required", "restrictive"),
        ("Immigration detainers; required", "restrictive"),
        ("Law enforcement; 287(g) agreements; prohibition", "protective"),
        ("Law enforcement; information sharing with ICE; restrictions", "protective"),
        ("Local governments; immigration detainers; limitations", "protective"),
        ("Cooperation with federal immigration authorities; authorization", "restrictive"),
        ("Sanctuary policies; repealed", "restrictive"),
        ("Relating to the repeal of 287(g) agreements", "protective"),
        ("Relating to the expansion of 287(g) agreements", "restrictive"),
        ("Relating to the prohibition of the Trust Act", "restrictive"),
    ],
)
def test_a_catch_line_verb_acts_on_the_thing_before_it(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # the opposed bill described by its own verb: its side, turned over
        (
            "Resolution opposing Senate Bill 54, which would prohibit 287(g) agreements",
            "restrictive",
        ),
        ("Resolution in opposition to AB 4, to repeal the state's sanctuary law", "protective"),
        ("Resolution opposing HB 1105, which creates a state crime of illegal entry", "protective"),
        # backed, it keeps its side
        (
            "Resolution supporting Senate Bill 54, which would prohibit 287(g) agreements",
            "protective",
        ),
        ("Resolution urging passage of AB 4, which bans sanctuary cities", "restrictive"),
        # and a bill barring the agency from a place carries that place's topic
        (
            "Resolution urging the Governor to veto AB 4, which bars ICE from arresting people at"
            " courthouses",
            "restrictive",
        ),
    ],
)
def test_a_resolution_on_a_bill_it_describes(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_a_protest_at_the_agencys_arrests_is_not_a_bar_on_them() -> None:
    assert_topic("Prohibits ICE from arresting people in schools.", "ice_access")
    assert_not_flagged("Opposes recent arrests by ICE agents in courthouses in the state.")


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # a state crime named by its offense
        ("An act making illegal entry a state crime", "restrictive", "state_enforcement"),
        (
            "Resolution opposing House Bill 4, which would make illegal entry a state crime",
            "protective",
            "state_enforcement",
        ),
        # leave said as "let", before an act of enforcement
        (
            "Resolution supporting SB 1718, which would let police ask about immigration status"
            " during traffic stops",
            "restrictive",
            "state_enforcement",
        ),
    ],
)
def test_a_bill_described_in_plain_words(title: str, stance: str, topic: str) -> None:
    res = classify(title)
    assert res.relevant and topic in res.topics, res.why
    assert res.stance == stance, res.why


def test_the_agency_helped_by_name_is_a_topic_and_let_alone_is_no_leave() -> None:
    res = classify("Law enforcement", "Prohibits local police from helping ICE.")
    assert res.relevant and "sanctuary" in res.topics, res.why
    assert not classify("Let it be resolved that the council supports the arts festival").relevant
    assert not classify("Relating to unlawful entry into a motor vehicle; penalties").relevant


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # regret, disapproval and concern oppose what they name; celebration and solidarity back it
        ("Resolution disapproving the county's 287(g) agreement", "protective"),
        ("Resolution expressing concern about the county's 287(g) agreement", "protective"),
        ("Resolution lamenting the repeal of the city's sanctuary ordinance", "protective"),
        ("Resolution regretting the sheriff's decision to honor ICE detainers", "protective"),
        (
            "Resolution asking the county to reconsider its decision to end cooperation with ICE",
            "restrictive",
        ),
        ("Resolution celebrating the passage of the state's sanctuary law", "protective"),
        ("Resolution in solidarity with cities that limit cooperation with ICE", "protective"),
    ],
)
def test_regret_opposes_and_celebration_backs(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("Honoring ICE detainer requests; ban", "protective"),
        ("Sanctuary city ordinances; restrictions", "restrictive"),
        ("The Trust Act; ban", "restrictive"),
        ("Immigration status verification by landlords; repeal", "protective"),
    ],
)
def test_a_catch_line_sent_as_the_summary_reads_as_one(summary: str, stance: str) -> None:
    """Some sources send the catch-line in the summary field under a bare official title."""
    assert_reads("Immigration", stance, summary)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution opposing the repeal of the Trust Act", "protective"),
        ("Resolution opposing efforts to repeal the state's sanctuary law", "protective"),
        ("Resolution opposing cuts to the Trust Act", "protective"),
        ("Resolution opposing any weakening of the state's sanctuary law", "protective"),
        ("Resolution condemning the elimination of the municipal ID program", "protective"),
        (
            "Resolution opposing the repeal of 287(g) agreements with Immigration and Customs Enforcement",
            "restrictive",
        ),
        (
            "Resolution opposing the termination of contracts with ICE to detain immigrants in the county jail",
            "restrictive",
        ),
        ("Resolution opposing the repeal of the ban on sanctuary cities", "restrictive"),
        (
            "Resolution opposing the expansion of 287(g) agreements with Immigration and Customs Enforcement",
            "protective",
        ),
        ("Resolution supporting the repeal of the Trust Act", "restrictive"),
    ],
)
def test_opposing_an_undoing_backs_the_thing(title: str, stance: str) -> None:
    """Two turns cancel: opposing a repeal, a cut or a weakening backs what would be undone
    (DOMAIN.md: stance follows what the measure does)."""
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Resolution denouncing and opposing SB 4, which bans sanctuary cities", "protective"),
        (
            "Resolution strongly opposing and rejecting House Bill 1105, which requires sheriffs to enter 287(g) agreements",
            "protective",
        ),
        (
            "Resolution condemning, denouncing and opposing 287(g) agreements with Immigration and Customs Enforcement",
            "protective",
        ),
        ("Resolution opposing and condemning the state's anti-sanctuary law", "protective"),
        (
            "Resolution opposing and urging the Governor to veto SB 54, which limits cooperation with ICE",
            "restrictive",
        ),
    ],
)
def test_opposing_words_stacked_on_one_object_do_not_cancel(title: str, stance: str) -> None:
    """ "Denouncing and opposing SB 4" is one opposition, not two turns that cancel."""
    assert_reads(title, stance)
