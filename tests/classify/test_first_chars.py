"""The characters a match can begin with, written into a pattern's compiled code
(``tracker/classify/first_chars.py``): the engine then skips every other position of a text,
and finds exactly the matches ``re.compile``'s pattern finds."""

from __future__ import annotations

import random
import re
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]

import pytest

from tracker.classify import compiled, engine, folding
from tracker.classify.first_chars import with_first_chars


def _code(pattern: str, flags: int = 0) -> list[int]:
    parsed = _parser.parse(pattern, flags)
    return with_first_chars(_compiler._code(parsed, flags), parsed, flags)


def _has_set(pattern: str, flags: int = 0) -> bool:
    code = _code(pattern, flags)
    return code[0] == c.INFO and bool(code[2] & c.SRE_INFO_CHARSET)


def _readings(rx: re.Pattern[str], text: str) -> list[object]:
    """Everything a row's reader can ask of a pattern on one text."""
    out: list[object] = [(m.span(), m.groups()) for m in rx.finditer(text)]
    for pos in (0, 1, len(text) // 2, len(text)):
        m = rx.search(text, pos)
        out.append(None if m is None else (m.span(), m.groups()))
        m = rx.search(text, pos, max(pos, len(text) - 2))
        out.append(None if m is None else m.span())
    m = rx.match(text)
    out.append(None if m is None else m.span())
    return out


# (pattern, flags, whether the set can be told); each shape of pattern the set is worked
# out through, and those it must leave as the compiler wrote them
CASES = [
    (r"(?<![a-z])(?:shall|must)(?:(?!not)[^.;:|]){0,40}?(?:ice|immigration)", 0, True),
    (r"(?<![a-z])(?:\bshall\b|(?:duty|obligation) of)\s+notify", 0, True),
    (r"(?:ab)?c", 0, True),  # an optional part adds what follows it
    (r"x*y|z{0,3}w", 0, True),
    (r"(?:x|)y", 0, True),  # an empty alternative
    (r"(?:$)?b", 0, True),  # an anchor consumes nothing
    (r"(?=abc)\w+", 0, True),  # a class by category: any word character, in any script
    (r"(?<=x)y", 0, True),
    (r"(?<!x)(ab|cd)\1", 0, True),  # a group, then its back-reference
    (r"(?>ab|c)d", 0, True),  # atomic group
    (r"a++b|(?:cd)*+e", 0, True),  # possessive repeats
    (r"[0-9]+(?:st|nd)", 0, True),
    (r"[^a]b", 0, False),  # a negated class: any character but one
    (r".b", 0, False),
    (r"a|", 0, False),  # can match the empty string
    (r"x?", 0, False),
    (r"(?i:abc)d", 0, False),  # a part made case-insensitive on its own
    (r"(?<![a-z])(?:abc|xy)", re.IGNORECASE, True),  # every case of each letter
    (r"\b(?:[a-z]\.){2,}|\b(?:sec|no)\.|(?<=\d)\.(?=\d)", re.IGNORECASE, True),
    (r"(?<!x)\w+", re.IGNORECASE, False),  # a category, case-insensitive: not spelled out
    (r"(?<!x)[\u0100-\u0300]", re.IGNORECASE, False),  # a class of many letters
    (r"(a)?(?(1)b|c)", 0, False),  # a conditional
    (r"abc", 0, False),  # a literal prefix: the compiler's own, richer block, kept
    (r"[ab]c|d", 0, True),
]

ALPHABET = "abcdwxyz shallmustnoticeimmigrtonf0123.;|\n\u00e9\u0130ABCXYSK\u017f\u0131\u212a"


def _texts() -> list[str]:
    rng = random.Random(20261206)
    fixed = [
        "",
        "a",
        "shall notify ice",
        "the sheriff shall not notify immigration",
        "must, in any case, tell ice",
        "duty of the officer notify",
        "abc abcd aab ccd xy xxxy zzw w 1st 22nd",
        "\u00e9t\u00e9 \u0130stanbul \u00e9abc",
    ]
    drawn = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 60))) for _ in range(400)]
    return fixed + drawn


TEXTS = _texts()


@pytest.mark.parametrize(("pattern", "flags", "told"), CASES)
def test_a_pattern_with_its_first_characters_finds_what_re_compile_finds(pattern, flags, told):
    entry, rx = compiled._compile(pattern, flags)
    plain = re.compile(pattern, flags)
    assert (rx.pattern, rx.flags, rx.groups) == (plain.pattern, plain.flags, plain.groups)
    for text in TEXTS:
        assert _readings(rx, text) == _readings(plain, text), text
    assert _has_set(pattern, flags) is told
    if not told:  # left exactly as the standard library's compiler wrote it
        parsed = _parser.parse(pattern, flags)
        assert _code(pattern, flags) == _compiler._code(parsed, flags)


def test_the_set_holds_only_what_a_match_can_begin_with():
    """A search skips the positions the set leaves out: the set is what it should be, not
    merely some set (a set of every character would read the same and skip nothing)."""
    code = _code(r"(?<![a-z])(?:shall|must|\bdirect)\s+notify")
    rx = compiled._compile(r"(?<![a-z])(?:shall|must|\bdirect)\s+notify", 0)[1]
    assert code[2] & c.SRE_INFO_CHARSET
    charset, _cased = _compiler._optimize_charset([(c.LITERAL, ord(x)) for x in "dms"])
    expected: list[int] = []
    _compiler._compile_charset(charset, c.SRE_FLAG_UNICODE, expected)
    assert code[5 : 1 + code[1]] == expected
    assert rx.search("they must notify").span() == (5, 16)


def test_nearly_every_row_opens_with_a_set_on_the_lowercased_text():
    """The rows read on the lowercased text (``folding.py``) are where the time goes: each
    opens with the word-start guard, which hid its first letters from the compiler."""
    rows = {
        rx.pattern: folding.fold(rx.pattern)
        for rule in engine._ALL_RULES
        for rx in (rule[3], rule[4])
    }
    folded = [f.pattern for f in rows.values() if f is not None]
    with_set = [p for p in folded if _has_set(p)]
    assert len(folded) > 400
    assert len(with_set) >= 0.9 * len(folded)


# every tenth row of every table, rewritten for the lowercased text
ROW_SAMPLE = list(
    dict.fromkeys(
        f.pattern
        for rule in engine._ALL_RULES[::10]
        for rx in (rule[3], rule[4])
        if (f := folding.fold(rx.pattern)) is not None
    )
)
ROW_TEXTS = [
    "the sheriff shall not honor an immigration detainer request from ice.",
    "prohibits 287(g) agreements with immigration and customs enforcement.",
    "an ordinance declaring the city a welcoming city; sanctuary policies.",
    "requires local law enforcement to comply with detainers; no sanctuary cities.",
    "bars state agencies from sharing immigration status with federal authorities.",
    "relating to the crime of illegal entry into this state; authorizing removal.",
    "declaring the county a second amendment sanctuary.",
    "urges congress to pass comprehensive immigration reform | requires the county to "
    "notify ice of the release date of any inmate subject to a detainer",
]


def test_rows_read_with_their_set_as_re_compile_reads_them():
    for pattern in ROW_SAMPLE:
        rx = compiled._compile(pattern, 0)[1]
        plain = re.compile(pattern)
        for text in ROW_TEXTS:
            assert _readings(rx, text) == _readings(plain, text), pattern[:80]


def test_a_case_insensitive_set_holds_every_character_the_engine_takes_for_its_letters():
    """Every character of Unicode, put where a match begins: the pattern with its set finds
    what ``re.compile``'s finds, the capitals, the long s, the dotless and dotted i and the
    Kelvin sign included."""
    letters = "".join(chr(x) for x in range(ord("a"), ord("z") + 1))
    pattern = (
        r"(?<![a-z])(?:" + "|".join(f"{ch}!" for ch in letters) + r"|[0-9_\u00b5\u00e0-\u00ff]!|ǆ!)"
    )
    rx = compiled._compile(pattern, re.IGNORECASE)[1]
    plain = re.compile(pattern, re.IGNORECASE)
    assert _has_set(pattern, re.IGNORECASE)
    found = [x for x in range(0x110000) if rx.match(chr(x) + "!")]
    assert len(found) > 2 * 26  # both cases of every letter, and more
    for x in range(0x110000):
        text = chr(x) + "!"
        assert (rx.search(text) is None) == (plain.search(text) is None), hex(x)
