"""The pattern fragments of ``rules.py`` that other patterns embed stay whole where they are
embedded.

A fragment with alternatives at its top level ("airlines … | companies …") that another pattern
appends to a prefix ("contract with " + FRAGMENT) binds the prefix to its first alternative
only: every later alternative then matches anywhere, without the prefix. 2.67.0 wrote such a
fragment (`VENDORS_SERVING_ENFORCEMENT` grew a second alternative unwrapped) and the probe's
grid showed it as opposite readings; this check names the fragment and the pattern at once."""

from __future__ import annotations

from tracker.classify import rules
from tracker.classify.literals import top_level_alternatives


def top_level_bars(pattern: str) -> int:
    """How many ``|`` stand outside every group and character class of PATTERN."""
    return len(top_level_alternatives(pattern)) - 1


# where a fragment with top-level alternatives may stand whole: after a bar or a group's opening
# (a lookahead's included), before a bar or a group's closing
WHOLE_BEFORE = ("|", "(", "(?:", "(?!", "(?=", "(?<!", "(?<=")
WHOLE_AFTER = ("|", ")")


def fragments() -> dict[str, str]:
    return {
        name: value
        for name, value in vars(rules).items()
        if name.lstrip("_").isupper() and isinstance(value, str) and len(value) > 30
    }


def test_the_scanner_counts_only_top_level_alternatives() -> None:
    assert top_level_bars(r"a|b") == 1
    assert top_level_bars(r"(?:a|b)c") == 0
    assert top_level_bars(r"[|]x\|y") == 0


def test_every_embedded_fragment_with_alternatives_stands_whole() -> None:
    found = fragments()
    split = []
    for name, fragment in found.items():
        if top_level_bars(fragment) == 0:
            continue
        for other, pattern in found.items():
            if other == name or fragment not in pattern:
                continue
            start = pattern.index(fragment)
            before, after = pattern[:start], pattern[start + len(fragment) :]
            whole_before = before == "" or before.endswith(WHOLE_BEFORE)
            whole_after = after == "" or after.startswith(WHOLE_AFTER)
            if not (whole_before and whole_after):
                split.append(f"{name} in {other}: …{before[-20:]}[{name}]{after[:20]}…")
    assert split == []
