"""A memorial or resolution to another government told by its summary under a bare caption, as
state digests send it (DOMAIN.md: a call to Congress or the President about immigration in
general is other immigration; one about a tracked policy is relevant)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads


@pytest.mark.parametrize(
    ("caption", "summary"),
    [
        ("Immigration", "Requests the federal government to address mass deportations."),
        (
            "Immigration",
            "Requests the federal government to address funding for immigration courts.",
        ),
        ("Federal immigration", "Urging Congress to enact comprehensive immigration reform."),
        ("Immigration; memorial", "Memorializes Congress to fund more Border Patrol agents."),
    ],
)
def test_a_memorial_about_immigration_in_general_is_not_flagged(caption: str, summary: str) -> None:
    assert_not_flagged(caption, summary)


@pytest.mark.parametrize(
    ("summary", "stance"),
    [
        ("Urges Congress to end the 287(g) program.", "protective"),
        ("Urges Congress to withhold federal funds from sanctuary cities.", "restrictive"),
    ],
)
def test_a_memorial_about_a_tracked_policy_is_still_read(summary: str, stance: str) -> None:
    assert_reads("Immigration", stance, summary=summary)
