"""A government praised or blamed for what it did: praise backs the act, blame opposes it, whichever
side the act is on ("commending the police chief for refusing to honor ICE detainers" is
protective, "censuring the mayor for signing the sanctuary city ordinance" restrictive)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        (
            "Resolution commending the police chief for refusing to honor ICE detainers",
            "protective",
        ),
        ("Resolution thanking the sheriff for ending the 287(g) agreement", "protective"),
        (
            "Resolution congratulating the mayor for signing the sanctuary city ordinance",
            "protective",
        ),
        ("Resolution applauding the county for entering into a 287(g) agreement", "restrictive"),
        ("Resolution criticizing the sheriff for entering into a 287(g) agreement", "protective"),
        ("Resolution censuring the mayor for signing the sanctuary city ordinance", "restrictive"),
        ("Resolution rebuking the county for refusing to honor ICE detainers", "restrictive"),
        ("Resolution reprimanding the sheriff for renting jail beds to ICE", "protective"),
        ("Resolution recognizing the sheriff's cooperation with ICE", "restrictive"),
        (
            "Resolution recognizing the county's policy of limiting cooperation with ICE",
            "protective",
        ),
    ],
)
def test_praise_backs_the_act_and_blame_opposes_it(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title",
    [
        "Resolution commending the sheriff for his service to the community",
        "Resolution censuring the mayor for misuse of city funds",
        "Resolution recognizing the contributions of immigrants to the county",
    ],
)
def test_praise_or_blame_for_other_things_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)
