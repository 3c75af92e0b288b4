"""Shapes a row's pattern must not take (docs/classifier-history.md, "Classifier 2.80.0").

A stem written with a repeat and then what must not follow it ("report\\w*(?!\\s+to the
council)") lets the engine give back the word's last letters and test the exclusion mid-word:
"reports to the council" passed as "report" followed by "s to the council". The word is ended
(``\\b``) before its exclusion instead; this keeps new rows from writing the shape again.
"""

from __future__ import annotations

import re

from tracker.classify import rules

# a repeat of word characters (or of a class) right before a negative look-ahead, with any
# groups closing between them
_STEM_BEFORE_EXCLUSION = re.compile(r"(?:\\w|\])[*+]\)*\(\?!")


def _row_patterns() -> list[tuple[str, str]]:
    tables = (rules.VETOES, rules.TOPIC_RULES, rules.STANCE_RULES, rules.PROVISION_RULES)
    return [(row[0], row[-1]) for table in tables for row in table]


def test_the_check_finds_the_shape() -> None:
    """The check itself: it finds the shape, and passes the word ended before its exclusion."""
    assert _STEM_BEFORE_EXCLUSION.search(r"report\w*(?!\s+to\s+the\s+council)")
    assert _STEM_BEFORE_EXCLUSION.search(r"(?:notif\w+)(?!\s+inmates)")
    assert not _STEM_BEFORE_EXCLUSION.search(r"report\w*\b(?!\s+to\s+the\s+council)")


def test_no_row_tests_an_exclusion_mid_word() -> None:
    found = [
        (label, pattern[max(0, m.start() - 40) : m.end() + 20])
        for label, pattern in _row_patterns()
        for m in _STEM_BEFORE_EXCLUSION.finditer(pattern)
    ]
    assert found == []
