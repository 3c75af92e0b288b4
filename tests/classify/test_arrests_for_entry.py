"""Classifier 2.57.0 (docs/classifier-history.md): a state's or a locality's arrests
for how a person came in are state enforcement of immigration law. "Authorizes officers to
arrest persons for illegal entry" and "… who cross the border between ports of entry" were not
flagged, nor a bar on such arrests; an arrest for entering a dwelling, a vehicle or posted land
is burglary's or trespass's, and cargo screened at ports of entry is customs'."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged


def _police(summary: str, stance: str) -> Case:
    return flagged("Law enforcement", summary, stance, "state_enforcement")


CASES: list[Case] = [
    _police("Authorizes officers to arrest persons for illegal entry.", "restrictive"),
    _police(
        "Authorizes officers to arrest persons for illegal entry into the United States.",
        "restrictive",
    ),
    _police(
        "Prohibits state police from arresting persons on suspicion of illegal entry.",
        "protective",
    ),
    _police(
        "Authorizes officers to arrest persons who cross the border between ports of entry.",
        "restrictive",
    ),
    _police(
        "Authorizes officers to arrest persons who enter the United States at a place other than "
        "a designated port of entry.",
        "restrictive",
    ),
    not_flagged(
        "Burglary", "Authorizes officers to arrest persons for unlawful entry into a dwelling."
    ),
    not_flagged(
        "Burglary", "Authorizes officers to arrest persons for illegal entry into a vehicle."
    ),
    not_flagged(
        "Law enforcement",
        "Authorizes officers to arrest persons for illegal entry onto posted property.",
    ),
    not_flagged("Shipping", "Improves cargo screening at ports of entry."),
]

test_arrests_for_entry = case_table_test(CASES)
