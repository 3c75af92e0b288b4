"""A body's approval before an agreement with ICE, said as a noun or as a clause, added or taken
away; a warrant asked of ICE's agents themselves; and a detainer named by what it is, a request
from the department to hold a person (DOMAIN.md: a condition added is protective, repealed
restrictive)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Requires the approval of the county board before the sheriff may enter a 287(g)"
            " agreement.",
            "protective",
            "287g",
        ),
        (
            "Requires the city council to approve an intergovernmental service agreement with ICE"
            " before the sheriff enters into it.",
            "protective",
            None,
        ),
        (
            "Requires that the voters approve a 287(g) agreement before it takes effect.",
            "protective",
            "287g",
        ),
        (
            "Repeals the requirement that the county board approve any 287(g) agreement.",
            "restrictive",
            "287g",
        ),
        (
            "Repeals the requirement that the county board approve a contract with ICE to detain"
            " immigrants.",
            "restrictive",
            "detention_contracts",
        ),
        (
            "Removes the requirement of a public hearing for a 287(g) agreement.",
            "restrictive",
            "287g",
        ),
        (
            "Provides that a 287(g) agreement no longer requires the approval of the voters.",
            "restrictive",
            "287g",
        ),
        (
            "Requires ICE agents to present a judicial warrant before entering non-public areas of"
            " county buildings.",
            "protective",
            "ice_access",
        ),
        (
            "Repeals the requirement that immigration agents present a judicial warrant to enter"
            " public schools.",
            "restrictive",
            "ice_access",
        ),
        (
            "Requires local law enforcement to comply with requests from the Department of"
            " Homeland Security to hold a person.",
            "restrictive",
            "detainers",
        ),
        (
            "Prohibits county jails from complying with requests from ICE to hold persons past"
            " their release.",
            "protective",
            "detainers",
        ),
    ],
)
def test_reads(title: str, stance: str, topic: str | None) -> None:
    assert_reads(title, stance, topic=topic)
