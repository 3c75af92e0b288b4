"""Classifier 2.64.0 (docs/classifier-history.md): a place's own immigration enforcement or
compliance act named by its short title ("the Oklahoma Public Safety and Immigration Enforcement
Act", "MISSISSIPPI IMMIGRATION ENFORCEMENT ACT", "Georgia Security and Immigration Compliance
Act") is a named policy: a state legislates immigration enforcement only to take part in it, and
compliance only to mandate it. Before, such a caption was left to the learned model, which read
some of them unclear or the wrong way. Opposing or repealing the act goes the other way; a
resolution "regarding" it takes no side; a name that says the act limits enforcement ("Fairness
in …", "Humane …") or a federal program's scope is not one.
Each case says what an advocate would see; the controls keep their reading."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged

CASES: list[Case] = [
    flagged("Oklahoma Immigration Enforcement Act", None, "restrictive", "state_enforcement"),
    flagged(
        "Public safety; creating the Oklahoma Public Safety and Immigration Enforcement Act."
        " Effective date. Emergency.",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "AN ACT TO ENACT THE MISSISSIPPI IMMIGRATION ENFORCEMENT ACT OF 2025",
        None,
        "restrictive",
        "state_enforcement",
    ),
    flagged(
        "Immigration",
        "Creates the Tennessee Immigration Enforcement and Public Safety Act.",
        "restrictive",
        "state_enforcement",
    ),
    # a compliance act's side only: its name does not say which duties it gathers (the topics
    # are the rows' and the model's, not asked)
    ("Georgia Security and Immigration Compliance Act", None, None, True, "restrictive", None),
    ("Montana Immigration Compliance Act", None, None, True, "restrictive", None),
    # the other way when opposed or repealed
    flagged(
        "Resolution opposing the Oklahoma Immigration Enforcement Act",
        None,
        "protective",
        "state_enforcement",
    ),
    flagged(
        "Repeals the Oklahoma Immigration Enforcement Act.", None, "protective", "state_enforcement"
    ),
    (
        "Repeals the Georgia Security and Immigration Compliance Act.",
        None,
        None,
        True,
        "protective",
        None,
    ),
    # a resolution regarding it takes no side
    flagged(
        "A resolution regarding the Texas Immigration Enforcement Act",
        None,
        "unclear",
        "state_enforcement",
    ),
    # controls: names that say the act limits enforcement, or a federal program's scope, are not
    # a place's own act; their general words give no side (the topic is the model's, not asked)
    ("Fairness in Immigration Enforcement Act", None, None, True, "unclear", None),
    ("Humane Immigration Enforcement Act", None, None, True, "unclear", None),
    ("Interior Immigration Enforcement Act", None, None, True, "unclear", None),
]

test_named_enforcement_acts = case_table_test(CASES)
