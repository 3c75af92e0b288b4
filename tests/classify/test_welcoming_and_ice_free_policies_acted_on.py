"""A welcoming or ICE-free policy by its name, hindered, repealed or defended, as a sanctuary policy
is (DOMAIN.md: a named "welcoming" or "ICE-free" policy carries its topic; stance follows what
the measure does to it)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        ("An act that prohibits welcoming city ordinances", "restrictive"),
        ("Ordinance restricting welcoming city ordinances", "restrictive"),
        ("Repeals the Welcoming City Act", "restrictive"),
        ("Resolution opposing any rollback of welcoming city ordinances", "protective"),
        ("Repeals the ban on welcoming city ordinances", "protective"),
        ("Repeals the ICE-Free Schools Act", "restrictive"),
        ("An act that limits the ICE-Free Schools Act", "restrictive"),
        ("An act that allows the ICE-Free Schools Act to expire", "restrictive"),
        ("Resolution opposing any attempt to abolish the ICE-Free Schools Act", "protective"),
        ("Keep ICE Out of Schools Act", "protective"),
        ("Resolution to keep ICE out of our courthouses", "protective"),
        ("Repeals the Keep ICE Out of Schools Act", "restrictive"),
    ],
)
def test_a_welcoming_or_ice_free_policy_acted_on(title: str, stance: str) -> None:
    assert_reads(title, stance)


@pytest.mark.parametrize(
    "title", ["Keep Ice Out of Gutters Act", "Resolution to keep ice out of storm drains"]
)
def test_ice_kept_out_of_drains_is_not_flagged(title: str) -> None:
    assert_not_flagged(title)
