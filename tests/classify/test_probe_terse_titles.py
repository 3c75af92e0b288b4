"""The terse-title probe: short official captions in several house styles whose subject carries a
tracked topic alone (DOMAIN.md, "Where the line falls")."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.classify.helpers import assert_topic
from tracker.classify import classify

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "probe_terse_titles.py"
sys.path.insert(0, str(SCRIPT.parent))

from probe_terse_titles import captions  # noqa: E402


def test_the_grid_is_whole_and_has_no_repeats() -> None:
    rows = captions()
    assert len(rows) == len({c.text for c in rows}) == 784


def test_a_banned_sanctuary_policy_is_expected_as_anti_sanctuary() -> None:
    topics = {c.text: c.topics for c in captions()}
    assert topics["Sanctuary policies; prohibition"] == ("anti_sanctuary",)
    assert topics["Relating to sanctuary policies"] == ("sanctuary",)
    # a sanctuary tool banned stays sanctuary
    assert "sanctuary" in topics["Immigration status inquiries by public employees; prohibition"]


def test_every_caption_reads_with_its_topic_and_the_script_says_so() -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), "--show"], capture_output=True, text=True, check=True
    ).stdout
    total = re.search(r"^(\d+) captions, (\d+) read with their topic, (\d+) missed", out, re.M)
    assert total is not None, out
    assert [int(n) for n in total.groups()] == [784, 784, 0], out


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the check named as a noun
        ("Immigration status checks during traffic stops", None),
        ("Immigration status inquiries during routine stops", None),
        ("Immigration status determinations during arrests", None),
        # a state's own crime of presence and its own removal orders, named bare
        ("Unlawful presence of aliens in the state", None),
        ("Relating to state removal orders for illegal aliens", None),
        ("Being unlawfully present in the state; penalties", None),
        # Arizona's form
        (
            "Law enforcement",
            "Requires officers, where reasonable suspicion exists that a person is an alien who is"
            " unlawfully present, to make a reasonable attempt to determine the person's"
            " immigration status.",
        ),
    ],
)
def test_state_enforcement_named_bare_in_a_caption(title: str, summary: str | None) -> None:
    assert_topic(title, "state_enforcement", summary)


@pytest.mark.parametrize(
    "title",
    [
        "ICE arrests at courthouses; prohibition",
        "Relating to ICE enforcement in hospitals",
        "Provides relative to ICE arrests at schools",
    ],
)
def test_the_agency_by_its_acronym_at_a_place_is_ice_access(title: str) -> None:
    assert_topic(title, "ice_access")


def test_unlawful_entry_alone_is_no_state_crime() -> None:
    # trespass and eviction use the same words: nothing says immigration
    res = classify("Relating to unlawful entry into a dwelling")
    assert not res.relevant, res.why
