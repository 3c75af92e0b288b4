"""The look-alike probe: the verbs and shapes of the tracked policies acting on something else
(DOMAIN.md's look-alikes, immigration services, other fields' shield laws, resolutions about
immigration in general), none of which a user should see in a feed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.classify.helpers import assert_not_flagged, assert_reads
from tracker.classify import engine

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "probe_lookalikes.py"
sys.path.insert(0, str(SCRIPT.parent))

from probe_lookalikes import wordings  # noqa: E402


def test_the_grid_is_whole_and_has_no_repeats() -> None:
    rows = wordings()
    assert len(rows) == len({(w.caption, w.text) for w in rows}) == 17757


@pytest.mark.parametrize(
    ("args", "wordings_read"),
    [
        (["--show"], 17757),
        # each caption wording as a bill's text under a caption that says nothing
        (["--show", "--as-texts"], 17519),
    ],
)
def test_no_lookalike_wording_is_flagged_and_the_script_says_so(
    args: list[str], wordings_read: int
) -> None:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=True
    ).stdout
    total = re.search(r"^(\d+) wordings, (\d+) read not relevant, (\d+) flagged", out, re.M)
    assert total is not None, out
    assert [int(n) for n in total.groups()] == [wordings_read, wordings_read, 0], out


@pytest.mark.parametrize(
    "title",
    [
        # the plural of the anti-abortion look-alike
        "An act that prohibits sanctuary cities for the unborn",
        "Resolution supporting sanctuary counties for the unborn",
        # care sanctuaries named with "health care" or "protections" between
        "An act that bans reproductive health care sanctuary policies",
        "Ordinance prohibiting sanctuary protections for gender-affirming care",
        # sanctuaries from other fields' law, and a church's sanctuary
        "An act that preempts cannabis sanctuary policies",
        "Medical freedom sanctuaries; prohibited",
        "An act that bars firearms carried in church sanctuaries",
        # a protest at another government about immigration in general
        "Resolution objecting to immigration raids by federal agents",
        "Resolution deploring mass deportations",
        "Resolution calling for an end to family separation at the border",
        # E-Verify alone is an employment matter, however the sentence around it reads to the
        # learned model (it flagged these four)
        "Imposes civil penalties on law enforcement agencies that use E-Verify.",
        "Subjects law enforcement agencies that use E-Verify to civil penalties.",
        "Waives the governmental immunity of law enforcement agencies that use E-Verify.",
        "Creates a grant program for law enforcement agencies that use E-Verify.",
    ],
)
def test_lookalikes_found_by_the_probe_are_not_flagged(title: str) -> None:
    assert_not_flagged(title)


@pytest.mark.parametrize(
    ("title", "stance", "topic"),
    [
        # the immigration sense beside a look-alike still reads
        (
            "Prohibits firearms in church sanctuaries and prohibits sanctuary policies",
            "restrictive",
            "anti_sanctuary",
        ),
        ("An act that prohibits sanctuary cities", "restrictive", "anti_sanctuary"),
        # words of protest against a tracked policy oppose it
        ("Resolution deploring the county's 287(g) agreement", "protective", "287g"),
        (
            "Resolution protesting ICE detainer requests at the county jail",
            "protective",
            "detainers",
        ),
        ("Resolution decrying the repeal of the Trust Act", "protective", "detainers"),
        ("Resolution protesting the state's sanctuary law", "restrictive", "anti_sanctuary"),
    ],
)
def test_the_tracked_policy_beside_them_still_reads(title: str, stance: str, topic: str) -> None:
    assert_reads(title, stance, topic=topic)


@pytest.mark.parametrize(
    ("text", "may_flag"),
    [
        ("Requires law enforcement agencies to use E-Verify.", False),
        ("Requires employers to verify work eligibility through everify.", False),
        ("Requires law enforcement agencies to use E-Verify for undocumented workers.", True),
        ("Bars agencies that use E-Verify from sharing data with ICE.", True),
    ],
)
def test_the_learned_model_needs_more_than_e_verify_to_flag(text: str, may_flag: bool) -> None:
    assert engine.model_may_flag(text) is may_flag
