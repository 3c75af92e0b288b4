"""County agenda items that keep a jail holding people for ICE (DOMAIN.md `detention_contracts`;
restrictive): an agreement continued or renewed by a name that can only mean detention, and money
accepted from ICE for holding people. A meeting that only continues its discussion of one decides
nothing."""

from __future__ import annotations

import pytest

from tests.classify.helpers import assert_reads
from tracker.classify import engine, rules


@pytest.mark.parametrize(
    "title",
    [
        "Continue the county's contract to hold ICE detainees at the jail.",
        "Renew the Intergovernmental Service Agreement for the detention of aliens.",
        "Accept funding from Immigration and Customs Enforcement for the housing of detainees at"
        " the detention center.",
        "Authorize the Sheriff to continue the agreement with ICE to house immigration detainees.",
    ],
)
def test_detention_for_ice_kept_up_is_restrictive(title: str) -> None:
    assert_reads(title, "restrictive", topic="detention_contracts")


@pytest.mark.parametrize(
    "title",
    [
        "Terminate the Intergovernmental Service Agreement for the detention of aliens.",
        "Prohibits the county from continuing its contract to hold ICE detainees.",
    ],
)
def test_the_same_agreement_ended_or_barred_is_protective(title: str) -> None:
    assert_reads(title, "protective", topic="detention_contracts")


def test_a_discussion_continued_is_no_agreement_continued() -> None:
    labels = [
        rules.STANCE_RULES[i][0]
        for i, _ in engine._stance_matches(
            engine.normalize("Continue discussion of the agreement with ICE.")
        )
    ]
    assert not any("agreement" in label or "contract" in label for label in labels), labels
