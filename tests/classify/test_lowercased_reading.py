"""Rows read on the lowercased text (``folding.py``) give exactly the readings of the rows as
written, in every case a source writes (and at random), and no character a case-insensitive
match accepts breaks a reading."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from tracker.classify import _decide_words, classify, engine, folding

DATA = Path(__file__).resolve().parents[1] / "data" / "rules"


def _labeled(limit: int) -> list[tuple[str, str | None]]:
    rows = []
    for path in sorted(DATA.glob("labeled_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("relevant") or row.get("topics") == ["other_immigration"]:
                rows.append((row["title"], row.get("summary")))
    return rows[:limit]


def _case_variants(s: str | None) -> list[str | None]:
    """The shapes sources give one sentence: as written, in capitals, in Title Case, with
    every case swapped, with the agency's acronym written as the word "ice" or "Ice", and with
    each letter's case drawn at random (the same draw every run)."""
    if s is None:
        return [None] * 7
    rng = random.Random(s)
    return [
        s,
        s.upper(),
        s.title(),
        s.swapcase(),
        s.replace("ICE", "ice"),
        s.replace("ICE", "Ice"),
        "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s),
    ]


def _readings(measures: list[tuple[str | None, str | None]]) -> list[str]:
    _decide_words.cache_clear()
    return [repr(classify(t or "", s)) for t, s in measures]


def test_every_reading_is_the_same_with_the_rows_as_written(monkeypatch) -> None:
    measures = [
        pair
        for title, summary in _labeled(400)
        for pair in zip(_case_variants(title), _case_variants(summary), strict=True)
    ]
    lowered = _readings(measures)
    monkeypatch.setattr(engine, "READ_LOWERCASED", False)
    as_written = _readings(measures)
    _decide_words.cache_clear()
    assert sum("relevant=True" in r for r in lowered) > 500  # the rows had work to do
    mismatched = [m for m, a, b in zip(measures, lowered, as_written, strict=True) if a != b]
    assert not mismatched, mismatched[:3]


def test_every_row_is_read_lowercased() -> None:
    """Every row's pattern, widened or not, and every alternative has an exact rewrite: none
    is left to the slower reading."""
    engine.compile_all()
    patterns = [rx for rule in engine._ALL_RULES for rx in (rule[engine.WIDE], rule[engine.PLAIN])]
    patterns += [
        rx for pair in engine._TOPIC_ALTS + engine._PROV_ALTS for alts in pair for rx, _n in alts
    ]
    assert len(patterns) > 1000
    assert all(rx.lowered for rx in patterns)


@pytest.mark.parametrize(
    ("pattern", "text", "expected", "lowercased"),
    [
        # letters, classes and ranges: the lowercased text in any case
        (r"Sanctuary [A-Z]ity", "SANCTUARY CITY", (0, 14), True),
        (r"[^A-Z ]+", "ICE 287(g)", (4, 8), True),
        (r"[!-Z]+", "abc", (0, 3), True),
        (r"[^.;\n]+ICE", "Oppose\nthe ICE", (7, 14), True),
        # a case-sensitive part reads only its own casing
        (r"\b(?-i:ICE)\b agents", "ICE agents", (0, 10), True),
        (r"\b(?-i:ICE)\b agents", "Ice agents", None, False),
        (r"\b(?-i:out|Out|OUT)\b", "Opt OUT", (4, 7), True),
        (r"\b(?-i:out|Out|OUT)\b", "Opt oUT", None, False),
        # "ICE" inside a word is out of reach of a part between boundaries ...
        (r"\b(?-i:ICE)\b", "POLICE and ICE", (11, 14), True),
        # ... but not of one without them, nor of one whose boundary is a backslash and a "b"
        (r"(?-i:ICE)", "police and ICE", (11, 14), False),
        (r"\\b(?-i:ICE)", "\\bice \\bICE", (6, 11), False),
        # a boundary that ends one alternative of a part does not end the others
        (r"(?-i:DHS|ICE\b)", "dhsx DHS", (5, 8), False),
        (r"(?-i:ICE\b)", "ICEx iced ICE", (10, 13), True),
    ],
)
def test_a_rewritten_pattern_finds_what_the_pattern_finds(
    pattern: str, text: str, expected: tuple[int, int] | None, lowercased: bool
) -> None:
    f = folding.fold(pattern)
    assert f is not None
    m = re.search(pattern, text, re.IGNORECASE)
    assert (m.span() if m else None) == expected
    low = text.lower()
    passes = folding.foldable_text(text, low) and all(
        folding.passes(c, text, low) for c in f.checks
    )
    # read lowercased only where that is exact; anywhere else the pattern as written reads it
    assert passes == lowercased
    if passes:
        m2 = re.search(f.pattern, low)
        assert (m2.span() if m2 else None) == expected


def test_a_case_sensitive_part_sends_back_a_text_holding_its_word_in_another_case() -> None:
    f = folding.fold(r"\b(?-i:ICE)\b")
    assert f is not None and f.pattern == r"\b(?:ice)\b"
    (check,) = f.checks
    assert check.left and check.right and check.casings == {"ICE"}

    def passes(text: str) -> bool:
        return folding.passes(check, text, text.lower())

    assert passes("ICE detainers, police and notice")  # "ice" inside words is never read
    assert not passes("ICE and the ice rink")
    assert not passes("Ice rink")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(a)\1",  # a back-reference
        r"(?i)abc",  # an inline flag
        r"caf\u00c9",  # an escaped cased letter outside ASCII
        "caf\u00e9",  # a cased letter outside ASCII
        r"\b(?-i:I\w+)",  # a case-sensitive part that is not a list of words
        r"(?P<x>a)(?P=x)",
    ],
)
def test_what_the_rewrite_cannot_make_exact_is_left_as_written(pattern: str) -> None:
    assert folding.fold(pattern) is None


@pytest.mark.parametrize("odd", ["\u0130", "\u0131", "\u017f", "\u212a"])
def test_a_text_holding_a_letter_the_engine_folds_oddly_is_read_as_written(odd: str) -> None:
    text = f"Sanctuary ci{odd}y"
    assert not folding.foldable_text(text, text.lower())


@pytest.mark.parametrize(
    ("title", "stance"),
    [
        # the long s, the dotless and the dotted i, the Kelvin sign: the engine matches each to
        # an ASCII letter; a word it matched is looked up in those letters (2.58.0 raised
        # KeyError on these)
        ("Juſtice for Victims of Sanctuary Cities Act of 2025", "restrictive"),
        ("Sanctuary Cıty Accountabılıty Act", "restrictive"),
        ("Juſtice for Victims of Sanctuary Cities Act of 2025 | Reſtricted to ICE", "restrictive"),
        ("SANCTUARY CITY ACCOUNTABİLİTY ACT", "restrictive"),
    ],
)
def test_letters_the_engine_folds_oddly_read_as_their_ascii_letters(
    title: str, stance: str
) -> None:
    res = classify(title, None)
    assert res.relevant and res.stance == stance, res.why


def test_a_rewrite_whose_code_cannot_be_keyed_is_stored_as_itself(monkeypatch, tmp_path) -> None:
    """Where this code's source cannot be read (a zipped install), a rewrite has no name made
    from its row; it is then compiled and stored under its own pattern, and reads the same."""
    from tracker.classify import compiled
    from tracker.classify.cachedir import source_key

    class NoLoader:
        def get_data(self, path: str) -> bytes:
            raise OSError(path)

    assert source_key(str(tmp_path / "missing.py"), NoLoader()) is None
    assert source_key(folding.__file__) == folding.REWRITE_KEY is not None
    monkeypatch.setattr(folding, "REWRITE_KEY", None)
    assert folding.stored_as("ice") is None
    row = engine.LazyPattern(r"\b(?-i:ICE)\b\s+detainers?")
    lowered = row.fold()
    assert lowered and compiled._key(r"\b(?:ice)\b\s+detainers?", 0) in compiled._known
    text = engine.Text("Honors ICE detainers")
    finditer, string = text.reader(row)
    assert string == text.low and [m.span() for m in finditer(string)] == [(7, 20)]
