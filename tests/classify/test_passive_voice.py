"""The thing first, then what is done to it in the passive, as statutes and summaries often say it
("Sanctuary policies are prohibited", "Immigration detainers shall be honored", "A 287(g)
agreement is void"): the stance follows what is done to the thing (DOMAIN.md), as it does when
the verb comes first."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads

TITLE = "Immigration"


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("Sanctuary policies are prohibited.", "restrictive"),
        (
            "Sanctuary policies adopted by any municipality are void and unenforceable.",
            "restrictive",
        ),
        ("Immigration detainers shall be honored.", "restrictive"),
        (
            "Immigration detainers issued by ICE shall be honored by every county jail.",
            "restrictive",
        ),
        ("Immigration detainers shall be honored only upon a judicial warrant.", "protective"),
        ("287(g) agreements entered into by the sheriff are void.", "protective"),
        ("A 287(g) agreement is required.", "restrictive"),
        ("Personal information shall be shared with ICE.", "restrictive"),
        (
            "Release dates of inmates shall be provided to federal immigration authorities upon"
            " request.",
            "restrictive",
        ),
        (
            "A request from ICE for notification of an inmate's release date shall be honored.",
            "restrictive",
        ),
        ("Immigration detention contracts are authorized.", "restrictive"),
        ("Access to county jails by ICE agents is authorized.", "restrictive"),
        # a passive repeal turns the thing named before it
        ("Sanctuary policies are hereby rescinded.", "restrictive"),
        ("ICE detainer requests are hereby rescinded.", "protective"),
    ],
)
def test_the_passive_goes_the_way_of_what_is_done_to_the_thing(summary: str, stance: str) -> None:
    assert_reads(TITLE, stance, summary)
