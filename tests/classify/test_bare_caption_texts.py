"""Classifier 2.72.0 (docs/classifier-history.md): a bare official caption ("Immigration",
"Relating to immigration") is decided by its text when the spider has it (DOMAIN.md). The learned
model reads such a caption as relevant on its own; before, a text that the rules place outside the
tracked topics (E-Verify for employers, a census question, detention conditions, a ban on
discrimination) left the model's word standing, so the measure reached the feed. Now the text's
reading settles it, as it already did for a caption's general phrase."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test

CASES: list[Case] = [
    (
        "Immigration",
        None,
        "Requires all employers in the state to use E-Verify to check the work eligibility of"
        " new employees.",
        False,
        "not_relevant",
        None,
    ),
    (
        "Immigration",
        None,
        "Prohibits the use of questions on citizenship or immigration status in any census"
        " conducted by the state.",
        False,
        "not_relevant",
        None,
    ),
    (
        "Immigration",
        None,
        "Limits the use of solitary confinement in immigration detention facilities.",
        False,
        "not_relevant",
        None,
    ),
    (
        "Relating to immigration",
        None,
        "Prohibits discrimination based on immigration status in housing.",
        False,
        "not_relevant",
        None,
    ),
    # controls: a text on a tracked policy decides the same caption the other way
    (
        "Immigration",
        None,
        "Prohibits local law enforcement from honoring ICE detainers without a judicial warrant.",
        True,
        "protective",
        "detainers",
    ),
    (
        "Relating to immigration",
        None,
        "Requires each sheriff to enter into an agreement with ICE under section 287(g).",
        True,
        "restrictive",
        "287g",
    ),
]

test_a_bare_captions_text_settles_it = case_table_test(CASES)
