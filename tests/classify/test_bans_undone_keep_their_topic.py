"""A protective measure that repeals a ban on sanctuary policies, exempts a place from it or sues
over it is about that ban (DOMAIN.md: the topic says what a measure is about, the stance which
way): it keeps `anti_sanctuary`. General words alone ("immigration enforcement") still take the
measure's side."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads
from tracker.classify import classify


@pytest.mark.parametrize(
    "title",
    [
        "Authorizes the city attorney to file suit challenging the state ban on sanctuary cities.",
        "Repeals the prohibition on sanctuary policies.",
        "Exempts school districts from the requirement to cooperate with federal immigration"
        " officers under the state ban on sanctuary policies.",
        "A resolution opposing Senate Bill 4, the state ban on sanctuary cities.",
    ],
)
def test_a_ban_undone_keeps_its_topic(title: str) -> None:
    assert_reads(title, "protective", topic="anti_sanctuary")


def test_general_words_take_the_measures_side() -> None:
    res = classify("Limits the use of city resources for federal immigration enforcement.")
    assert res.relevant and res.stance == "protective", res.why
    assert "sanctuary" in res.topics and "anti_sanctuary" not in res.topics, res.why
