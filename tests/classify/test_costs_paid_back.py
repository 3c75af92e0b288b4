"""Classifier 2.77.0 (docs/classifier-history.md): money paid back for helping immigration
enforcement is restrictive however it is named: the costs of a tool of enforcement ("the costs of
287(g) agreements"), or the pay of the officers who do it ("salaries and overtime pay for employees
of States performing the functions of immigration officers"). Before, only "the costs of" an act
("the costs of honoring detainers") was read, and the learned model called the rest protective.
A program that pays for enforcement, repealed, is undone like a law that requires it; and a bill
funding counsel that finds "there is no right to government-funded legal representation" bars no
money for it."""

from __future__ import annotations

import pytest

from tracker.classify import classify

RESTRICTIVE = [
    (
        "RIPPLE Act",
        "To permit limited reimbursements for the cost of salaries and overtime pay for employees"
        " of States performing the functions of immigration officers, and for other purposes.",
        "287g",
    ),
    ("Immigration", "Reimburses counties for the costs of 287(g) agreements.", "287g"),
    (
        "Immigration",
        "Reimburses sheriffs for the salaries of deputies performing immigration officer"
        " functions under 287(g).",
        "287g",
    ),
    (
        "Immigration",
        "Provides reimbursement to local law enforcement agencies for the costs of honoring"
        " immigration detainers.",
        "detainers",
    ),
]

PROTECTIVE = [
    (
        "Immigration",
        "Repeals the program that reimburses counties for the costs of 287(g) agreements.",
        "287g",
    ),
    ("Immigration", "Repeals the grant program that funds 287(g) agreements.", "287g"),
    (
        "Immigration",
        "Ends the program that reimburses counties for the costs of honoring immigration"
        " detainers.",
        "detainers",
    ),
    ("Immigration", "Bars the state from paying for the costs of 287(g) agreements.", "287g"),
    (
        "Immigration",
        "Prohibits the county from accepting reimbursement for the costs of holding people on ICE"
        " detainers.",
        "detainers",
    ),
    (
        "Immigration",
        "Reimburses immigrants for the costs of legal representation in removal proceedings.",
        "access_to_counsel",
    ),
    (
        "Immigration",
        "Creates a grant program for legal representation of immigrants facing deportation,"
        " finding that there is no right to government-funded legal representation for people"
        " facing deportation.",
        "access_to_counsel",
    ),
]


@pytest.mark.parametrize(("title", "summary", "topic"), RESTRICTIVE)
def test_paying_back_the_costs_of_enforcement_is_restrictive(
    title: str, summary: str, topic: str
) -> None:
    res = classify(title, summary)
    assert res.relevant and topic in res.topics, res.why
    assert res.stance == "restrictive", res.why


@pytest.mark.parametrize(("title", "summary", "topic"), PROTECTIVE)
def test_ending_or_barring_that_money_and_paying_for_counsel_are_protective(
    title: str, summary: str, topic: str
) -> None:
    res = classify(title, summary)
    assert res.relevant and topic in res.topics, res.why
    assert res.stance == "protective", res.why
