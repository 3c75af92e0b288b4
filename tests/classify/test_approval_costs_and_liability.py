"""Classifier 2.78.0 (docs/classifier-history.md): a requirement that every 287(g) agreement be
approved ("Requires the governor to approve any 287(g) agreement") makes the approval a condition
of each one, as the passive "that any 287(g) agreement be approved by the county board" does
(2.74.0): protective. A body told to approve the one agreement before it stays a duty to enter it,
and leave to approve stays leave. And money paid back for a tool named before its costs
("reimburse sheriffs for 287(g) training costs") is paid back as "the costs of 287(g) agreements"
is (2.77.0): restrictive; before, the learned model read it protective. A place made to repay
funds for limiting cooperation ("shall repay any state funds received") is punished, as one made
to lose or forfeit them is; one made liable in damages for holding people on detainers is
punished for helping enforcement (protective; before, the words of the act alone read it
restrictive)."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

AGREEMENTS = "Immigration"

CASES: list[Case] = [
    flagged(
        AGREEMENTS, "Requires the governor to approve any 287(g) agreement.", "protective", "287g"
    ),
    flagged(
        AGREEMENTS,
        "Requires the county board to approve all 287(g) agreements.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Requires the governor to approve a 287(g) agreement before a sheriff enters into it.",
        "protective",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Requires the county board to approve the 287(g) agreement.",
        "restrictive",
        "287g",
    ),
    flagged(
        AGREEMENTS, "Authorizes the governor to approve 287(g) agreements.", "restrictive", "287g"
    ),
    flagged(
        AGREEMENTS,
        "Requires the state to reimburse sheriffs for 287(g) training costs.",
        "restrictive",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "Prohibits the state from reimbursing sheriffs for 287(g) training costs.",
        "protective",
        "287g",
    ),
]

# a place made to pay back what it got, for a limit named first (2.78.0): a punishment, as losing
# or forfeiting funds is; paid back for help to enforcement, it is no punishment
REPAID: list[Case] = [
    flagged(
        AGREEMENTS,
        "A county that refuses to honor ICE detainers shall repay any state funds received.",
        "restrictive",
        "detainers",
    ),
    flagged(
        AGREEMENTS,
        "Requires counties that terminate a 287(g) agreement to repay state grants.",
        "restrictive",
        "287g",
    ),
    flagged(
        AGREEMENTS,
        "A county that honors ICE detainers shall be refunded the costs by the state.",
        "restrictive",
        "detainers",
    ),
]

# ... and a government made liable in damages for an act (2.78.0): for help to enforcement, a
# punishment that limits it; for what sanctuary places do, one that bars it
LIABLE: list[Case] = [
    flagged(
        AGREEMENTS,
        "Makes sheriffs liable for damages for holding persons on immigration detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        AGREEMENTS,
        "Makes counties liable for damages caused by honoring immigration detainers.",
        "protective",
        "detainers",
    ),
    flagged(
        AGREEMENTS,
        "Makes a city liable for damages caused by releasing a person subject to an immigration"
        " detainer.",
        "restrictive",
        "detainers",
    ),
    flagged(
        AGREEMENTS,
        "Shields sheriffs from liability for honoring immigration detainers.",
        "restrictive",
        "detainers",
    ),
]

test_approval_of_every_agreement_and_costs_of_a_tool = case_table_test(CASES)
test_a_government_made_liable_for_an_act = case_table_test(LIABLE)
test_a_place_made_to_repay_funds_for_a_limit_is_punished = case_table_test(REPAID)
