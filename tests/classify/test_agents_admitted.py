"""Classifier 2.56.0 (docs/classifier-history.md): immigration agents admitted to a
place are let in, as agents allowed or granted access are. "Requires schools to admit ICE agents
who present an administrative warrant" read protective (the learned model alone); "Requires
schools to grant ICE agents access to students" was not flagged (the topic row knew "grant ICE
access", not "grant ICE agents access")."""

from __future__ import annotations

from tests.classify.helpers import Case, case_table_test, flagged, not_flagged


def _schools(summary: str, stance: str) -> Case:
    return flagged("Schools", summary, stance, "ice_access")


CASES: list[Case] = [
    _schools(
        "Requires schools to admit ICE agents who present an administrative warrant.", "restrictive"
    ),
    _schools(
        "Prohibits schools from admitting ICE agents without a judicial warrant.", "protective"
    ),
    _schools("Requires schools to grant ICE agents access to students.", "restrictive"),
    _schools("Prohibits schools from granting ICE agents access to students.", "protective"),
    _schools("Requires schools to admit ICE agents only with a judicial warrant.", "protective"),
    not_flagged(
        "Schools", "Requires the college to admit students regardless of immigration status."
    ),
]

test_agents_admitted = case_table_test(CASES)
