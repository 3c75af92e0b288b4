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


@pytest.mark.parametrize(
    "title",
    [
        # DOMAIN.md: praise of another government with a call to enforce the law in general is
        # other immigration, the caption opened by the praise alone and the call addressed to the
        # Administration ("to act" is a verb, not an Act the resolution names)
        "Applauding the State of Arizona for protecting its citizens, and calling upon the"
        " Administration to act immediately to enforce our Nation's immigration laws.",
        "Praising the Governor for securing the border and urging the Administration to enforce"
        " federal immigration law",
        "Thanking the men and women of U.S. Immigration and Customs Enforcement and calling on the"
        " Department of Homeland Security to enforce the immigration laws",
    ],
)
def test_praise_with_a_general_call_to_enforce_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)


def test_praise_opening_a_caption_still_backs_the_act() -> None:
    assert_reads("Applauding the sheriff for ending the 287(g) agreement", "protective")
