"""Classifier 2.77.0 (docs/classifier-history.md): money paid back for helping immigration
enforcement is restrictive however it is named: the costs of a tool of enforcement ("the costs of
287(g) agreements"), or the pay of the officers who do it ("salaries and overtime pay for employees
of States performing the functions of immigration officers"). Before, only "the costs of" an act
("the costs of honoring detainers") was read, and the learned model called the rest protective.
A program that pays for enforcement, repealed, is undone like a law that requires it; and a bill
funding counsel that finds "there is no right to government-funded legal representation" bars no
money for it."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

CASES: list[Case] = [
    # paid back, however named: restrictive
    flagged(
        "RIPPLE Act",
        "To permit limited reimbursements for the cost of salaries and overtime pay for employees"
        " of States performing the functions of immigration officers, and for other purposes.",
        "restrictive",
        "287g",
    ),
    flagged(
        "Immigration",
        "Reimburses counties for the costs of 287(g) agreements.",
        "restrictive",
        "287g",
    ),
    flagged(
        "Immigration",
        "Reimburses sheriffs for the salaries of deputies performing immigration officer"
        " functions under 287(g).",
        "restrictive",
        "287g",
    ),
    flagged(
        "Immigration",
        "Provides reimbursement to local law enforcement agencies for the costs of honoring"
        " immigration detainers.",
        "restrictive",
        "detainers",
    ),
    # that money ended or barred, and money for counsel: protective
    flagged(
        "Immigration",
        "Repeals the program that reimburses counties for the costs of 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        "Immigration",
        "Repeals the grant program that funds 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        "Immigration",
        "Ends the program that reimburses counties for the costs of honoring immigration"
        " detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        "Immigration",
        "Bars the state from paying for the costs of 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        "Immigration",
        "Prohibits the county from accepting reimbursement for the costs of holding people on ICE"
        " detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        "Immigration",
        "Reimburses immigrants for the costs of legal representation in removal proceedings.",
        "protective",
        "access_to_counsel",
    ),
    flagged(
        "Immigration",
        "Creates a grant program for legal representation of immigrants facing deportation,"
        " finding that there is no right to government-funded legal representation for people"
        " facing deportation.",
        "protective",
        "access_to_counsel",
    ),
]

test_money_paid_back_for_enforcement_and_its_undoing = case_table_test(CASES)
