"""Classifier 2.58.0 (docs/classifier-history.md): a ban on the policies that shield
people from deportation bans sanctuary policies by what they do. "Bars cities from adopting
policies that shield illegal aliens from deportation" read protective (the shielding words alone
were read); a duty to adopt such policies still protects."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged

CASES: list[Case] = [
    flagged(
        "Local government",
        "Bars cities from adopting policies that shield illegal aliens from deportation.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Local government",
        "Bars cities from adopting policies that protect immigrants from deportation.",
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Local government",
        "Requires cities to adopt policies that shield residents from deportation.",
        "protective",
        "sanctuary",
    ),
    not_flagged(
        "Local government", "Bars cities from adopting policies that protect tenants from eviction."
    ),
]

test_shielding_policies_barred = case_table_test(CASES)
