# ruff: noqa: E501  (measure titles are kept whole)
"""A plain caption names a verb and the thing it acts on: "requires 287(g) agreements", "ends
cooperation with ICE", "restricts sanctuary policies". DOMAIN.md gives the side from the pair:
furthering an enforcement tool or hindering a sanctuary policy is restrictive, the other two
pairs protective. Also the verbs legislatures use in place of the ones the rows name."""

from __future__ import annotations

import re

import pytest

from tests.classify.helpers import assert_reads
from tracker.classify import classify, rules


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "An act that requires 287(g) agreements with Immigration and Customs Enforcement",
            "restrictive",
        ),
        ("An act that mandates local enforcement of federal immigration law", "restrictive"),
        ("Ordinance requiring the use of county resources to assist ICE", "restrictive"),
        (
            "An act that expands immigration status checks by police during traffic stops",
            "restrictive",
        ),
        (
            "Establishes a state program for transporting unauthorized aliens out of the state",
            "restrictive",
        ),
        ("Resolution supporting 287(g) agreements with ICE", "restrictive"),
        ("Ordinance banning the use of county resources to assist ICE", "protective"),
        ("An act that prohibits state crimes of illegal entry", "protective"),
        ("Resolution opposing local enforcement of federal immigration law", "protective"),
        ("An act that restricts sanctuary policies", "restrictive"),
        ("Resolution urging the legislature to reject sanctuary policies", "restrictive"),
        ("An act that expands the state's sanctuary law", "protective"),
        ("Resolution supporting sanctuary policies", "protective"),
    ],
)
def test_a_verb_and_its_object_give_the_side(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # a ban on furthering a tool hinders it
        ("Bars the state from establishing 287(g) agreements with ICE", "protective"),
        ("An act prohibiting counties from requiring 287(g) agreements", "protective"),
        # a condition before cooperating is no duty to cooperate
        ("Ordinance requiring a judicial warrant before cooperation with ICE", "protective"),
        # what a resolution opposes goes the other way
        (
            "Resolution opposing a bill that requires local enforcement of federal immigration law",
            "protective",
        ),
        # the object undone after the verb
        ("Requires 287(g) agreements to be terminated", "protective"),
        # the ban's object is the policy, not a protective cue of its own
        (
            "Prohibits sanctuary policies that limit cooperation with federal immigration authorities",
            "restrictive",
        ),
        # a state crime of transporting people is no program of transport
        ("An act that prohibits transporting unauthorized aliens into the state", "restrictive"),
    ],
)
def test_the_pair_rows_leave_nested_and_conditional_captions_their_side(
    title: str, stance: str
) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # a ban named as a noun hinders its object; repealing the ban goes the other way
        ("A ban on state crimes of illegal entry", "protective"),
        ("An act that repeals the ban on state crimes of illegal entry", "restrictive"),
        ("Repeals the moratorium on cooperation with ICE", "restrictive"),
        # an exemption from a tool hinders it
        (
            "An act that exempts the county from local enforcement of federal immigration law",
            "protective",
        ),
        # ending the limits is not ending the cooperation
        (
            "An act that ends policies that limit cooperation with federal immigration authorities",
            "restrictive",
        ),
    ],
)
def test_bans_repeals_and_exemptions_of_a_tool_named_as_nouns(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "not_stance"),
    [
        (
            "An act that does not allow cooperation with federal immigration authorities",
            "restrictive",
        ),
        ("Requires sanctuary policies to be repealed", "protective"),
    ],
)
def test_a_negated_or_undone_verb_does_not_further_its_object(title: str, not_stance: str) -> None:
    res = classify(title)
    assert res.stance != not_stance, res.why


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "An act that forbids 287(g) agreements with Immigration and Customs Enforcement",
            "protective",
        ),
        ("Ordinance forbidding compliance with immigration detainers", "protective"),
        (
            "Preempts city or county from adopting rule, ordinance or policy related to immigration",
            "restrictive",
        ),
    ],
)
def test_forbids_and_preempts_read_as_prohibits(title: str, stance: str) -> None:
    assert_reads(title, stance)


def test_a_synonym_is_quoted_as_the_measure_writes_it() -> None:
    res = classify("An act that forbids 287(g) agreements with Immigration and Customs Enforcement")
    cues = [w for w in res.why if "cue" in w]
    assert cues and "forbids 287(g)" in cues[0], res.why
    assert not any("prohibit" in w for w in res.why), res.why


def test_widening_reaches_every_form_of_the_stem_and_its_triggers() -> None:
    wide = re.compile(rules.widen(r"\bprohibit\w*|(?:limit|prohibit)ing"), re.IGNORECASE)
    for word in ("prohibits", "forbidden", "forbade", "forbidding", "preempts", "preempting"):
        assert wide.fullmatch(word), word
    # a stem inside another word is left alone
    assert rules.widen(r"unprohibited") == r"unprohibited"
    assert set(rules.widen_triggers(("prohibit", "bar"))) >= {"prohibit", "bar", "forb", "preempt"}
    assert rules.widen_triggers(("bar",)) == ("bar",)
