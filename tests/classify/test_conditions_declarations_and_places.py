"""Three more shapes: a condition a place must meet before it enters an agreement with ICE (an
approval, a hearing, a vote), which limits the agreement as a condition before honoring a detainer
limits the detainer (DOMAIN.md); a place barred from being a sanctuary, or declaring that it will
or will not cooperate; ICE let into, or kept out of, one sensitive place."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        (
            "Requires approval by the county commission before the sheriff enters into a 287(g)"
            " agreement.",
            "protective",
            "287g",
        ),
        (
            "Requires a public hearing before a county may enter into an intergovernmental service"
            " agreement with ICE.",
            "protective",
            "detention_contracts",
        ),
        (
            "Requires approval by the voters before the sheriff enters into a contract with ICE to"
            " detain immigrants.",
            "protective",
            "detention_contracts",
        ),
        (
            "Repeals the requirement of a vote of the board of supervisors before the sheriff"
            " enters into a 287(g) agreement.",
            "restrictive",
            "287g",
        ),
        # the duty itself, with no condition, is still a duty
        ("Requires every sheriff to enter into a 287(g) agreement.", "restrictive", "287g"),
    ],
)
def test_a_condition_before_an_agreement_with_ice_limits_it(
    title: str, stance: str, topic: str
) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Provides that no city in the state may be a sanctuary city.", "restrictive"),
        ("Provides that no county may declare itself a sanctuary county.", "restrictive"),
        (
            "Resolution declaring Smith County a law and order county that will cooperate with"
            " federal immigration authorities",
            "restrictive",
        ),
        ("Resolution declaring that the city will not cooperate with ICE", "protective"),
        # a city that will limit cooperation is a sanctuary act
        (
            "Resolution declaring the city a welcoming city that will limit cooperation with ICE",
            "protective",
        ),
    ],
)
def test_a_place_barred_from_being_a_sanctuary_or_declaring_what_it_will_do(
    title: str, stance: str
) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("Requires a judicial warrant before ICE may enter a school.", "protective"),
        ("Prohibits ICE agents from entering a shelter without a judicial warrant.", "protective"),
        ("Allows ICE agents to enter a hospital without a warrant.", "restrictive"),
        ("Requires a courthouse to admit ICE agents without a warrant.", "restrictive"),
    ],
)
def test_ice_at_one_sensitive_place(title: str, stance: str) -> None:
    assert_reads(title, stance, topic="ice_access")


@pytest.mark.parametrize(
    "title",
    [
        "Requires approval by the county commission before the sheriff enters into a contract"
        " for jail food services.",
        "Requires a public hearing before a county may enter into an agreement with a private"
        " prison operator to house state inmates.",
        "Provides that no city may be a party to a lawsuit against the state.",
        "Resolution declaring the county a county that will cooperate with the state on road"
        " repairs",
        "Requires a warrant before police may enter a home.",
        "Allows ice rink operators to enter a school's gym without a permit.",
    ],
)
def test_the_same_shapes_about_other_things_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)
