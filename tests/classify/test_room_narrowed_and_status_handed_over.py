"""A government's room narrowed goes against the act it may do, whichever side that act is on
(DOMAIN.md: stance follows what the measure does), and a service agency told to hand a person's
status to ICE is information sharing, whatever the learned model makes of agencies like it."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads

# (act, the side of narrowing it): narrowing an act that helps enforcement is protective,
# narrowing a sanctuary place's act restrictive
ACTS = (
    ("honor immigration detainers", "protective"),
    ("enter into 287(g) agreements", "protective"),
    ("share information with federal immigration authorities", "protective"),
    ("cooperate with federal immigration authorities", "protective"),
    ("decline immigration detainer requests", "restrictive"),
    ("refuse to honor ICE detainers", "restrictive"),
    ("limit cooperation with federal immigration authorities", "restrictive"),
)
WHO = ("a county jail", "a local law enforcement agency", "the sheriff")
NARROWED = (
    "Narrows the circumstances under which {a} may {i}.",
    "Restricts the situations in which {a} can {i}.",
    "Limits the circumstances under which {a} may {i}.",
)
WIDENED = "Broadens the circumstances under which {a} may {i}."
OTHER_SIDE = {"protective": "restrictive", "restrictive": "protective"}


@pytest.mark.parametrize("shape", NARROWED)
@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(("act", "side"), ACTS)
def test_room_narrowed_goes_against_the_act(shape: str, who: str, act: str, side: str) -> None:
    assert_reads(shape.format(a=who, i=act), side)


@pytest.mark.parametrize("who", WHO)
@pytest.mark.parametrize(("act", "side"), ACTS)
def test_room_widened_goes_with_the_act(who: str, act: str, side: str) -> None:
    assert_reads(WIDENED.format(a=who, i=act), OTHER_SIDE[side])


@pytest.mark.parametrize(
    "agency",
    ("the Department of Social Services", "the housing authority", "the county jail"),
)
@pytest.mark.parametrize("people", ("tenants", "applicants", "persons in its custody"))
def test_status_handed_to_ice_is_information_sharing(agency: str, people: str) -> None:
    assert_reads(
        f"Requires {agency} to provide the citizenship status of {people} to ICE upon request.",
        "restrictive",
        topic="info_sharing",
    )
