"""The characters a pattern's matches can begin with, written into its compiled code.

Why: Python's regex compiler notes which characters a match can begin with only when the
pattern opens with a plain letter, a class, or an alternation of single letters. Every row
opens with the word-start guard (a look-behind) and then an alternation of phrases, so the
compiler notes nothing, and a search runs the whole pattern at every position of the text,
the guard first. With the set written in (the engine's own ``SRE_INFO_CHARSET``, the same
block the compiler writes where it can), the engine steps over every position whose character
cannot begin a match in its own C loop: the rows read the same text in about four fifths of
the time. The matches are the same: the set holds every character a match can begin with,
and only the positions that cannot begin one are skipped.

The set is worked out from the parsed pattern (``re._parser``), as ``compiled.py`` works with
the compiler's output: look-arounds and anchors consume nothing, so the next item decides;
an item that may match nothing (``?``, ``*``, ``{0,n}``, an empty alternative) adds what follows
it. In a case-insensitive pattern each letter of the set is written in every case the engine
takes for it (``_in_every_case``). Where the answer is not a plain set of characters (any
character, a negated class, a back-reference, a part made case-insensitive on its own, a class
by category in a case-insensitive pattern, a pattern that can match the empty string) the code
is left as the compiler wrote it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

try:
    import _sre
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as c  # type: ignore[attr-defined]

    _EXTRA_CASES = _compiler._EXTRA_CASES
    _ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
    _REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - another Python's internals: left as is
    _compiler = None

# what a pattern's first character can be: the compiler's charset items, and whether the
# pattern can match without consuming one; None where that cannot be told as a set
First = tuple[list[tuple[Any, Any]], bool] | None


def with_first_chars(code: list[int], parsed: Any, flags: int) -> list[int]:
    """CODE (``re._compiler._code(parsed, flags)``) with the set of characters a match can begin
    with in its info block, where the compiler wrote none and the set can be worked out (it may
    hold a character no match begins with, never leave out one a match does)."""
    if _compiler is None or not code or code[0] != c.INFO or code[2] != 0:
        return code  # not the layout expected, or the compiler already wrote a prefix or set
    flags = int(flags) | parsed.state.flags
    if flags & (c.SRE_FLAG_LOCALE | c.SRE_FLAG_ASCII) or not flags & c.SRE_FLAG_UNICODE:
        return code  # bytes, or letters as the locale or ASCII has them: left to the compiler
    if parsed.getwidth()[0] == 0:
        return code  # a pattern that can match nothing has no first character
    first = _first_of_sequence(parsed.data)
    if first is None or first[1] or not first[0]:
        return code
    items = first[0]
    if flags & c.SRE_FLAG_IGNORECASE:
        items = _in_every_case(items)
        if items is None:
            return code
    # (asked to fold no cases, it finds none: the set is written as given)
    charset, _cased = _compiler._optimize_charset(items)
    # <INFO> <skip> <flags> <min> <max> <charset>, as the compiler writes it
    block = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, block)
    block[1] = len(block) - 1
    return block + code[1 + code[1] :]


def _first_of_sequence(items: Any) -> First:
    """What a sequence's first consumed character can be."""
    chars: list[tuple[Any, Any]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        first = _first_of_item(op, av)
        if first is None:
            return None
        chars.extend(first[0])
        if not first[1]:
            return chars, False
    return chars, True


def _first_of_item(op: Any, av: Any) -> First:
    if op is c.LITERAL:
        return [(op, av)], False
    if op is c.IN:
        if not av or any(o not in (c.LITERAL, c.RANGE, c.CATEGORY) for o, _ in av):
            return None  # a negated class, or one the compiler has already rewritten
        return list(av), False
    if op is c.BRANCH:
        chars: list[tuple[Any, Any]] = []
        empty = False
        for alternative in av[1]:
            first = _first_of_sequence(alternative)
            if first is None:
                return None
            chars.extend(first[0])
            empty = empty or first[1]
        return chars, empty
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
            return None
        return _first_of_sequence(body)
    if op in _REPEATS:
        low, _high, body = av
        first = _first_of_sequence(body)
        return None if first is None else (first[0], first[1] or low == 0)
    if op is c.ATOMIC_GROUP:
        return _first_of_sequence(av)
    return None  # any character, a negated letter, a back-reference, a conditional


# a class of more letters than this, case-insensitive, is left to the compiler
_MAX_RANGE = 256


def _in_every_case(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """For a case-insensitive pattern: every character the engine takes for one of ITEMS.

    The engine compares a text's character lowercased with the pattern's letter lowercased, or
    with one of the few letters Unicode makes equal to it (``_EXTRA_CASES``: "s" and the long
    s, "k" and the Kelvin sign); so each letter stands for itself, its lowercase, those equal
    to it, and every character whose lowercase is one of these. A class by category (``\\w``)
    or of many letters is not spelled out: None."""
    chars: set[int] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(av)
        elif op is c.RANGE and av[1] - av[0] < _MAX_RANGE:
            chars.update(range(av[0], av[1] + 1))
        else:
            return None
    tolower = _sre.unicode_tolower
    same: set[int] = set()
    for ch in chars:
        low = tolower(ch)
        same.update((ch, low, *_EXTRA_CASES.get(low, ())))
    lowered_from = _lowercased_from()
    every = set(same)
    for ch in same:
        every.update(lowered_from.get(ch, ()))
    return [(c.LITERAL, ch) for ch in sorted(every)]


@lru_cache(maxsize=1)
def _lowercased_from() -> dict[int, tuple[int, ...]]:
    """Each character that is another's lowercase, with those others ("i": "I" and the dotted
    capital I). Made once per process that compiles a case-insensitive pattern (a tenth of a
    second); a process that loads its patterns from the cache never does."""
    tolower = _sre.unicode_tolower
    found: dict[int, list[int]] = {}
    for ch in range(0x110000):
        low = tolower(ch)
        if low != ch:
            found.setdefault(low, []).append(ch)
    return {low: tuple(chs) for low, chs in found.items()}
