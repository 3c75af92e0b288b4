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
it. Where the answer is not a plain set of characters (any character, a negated class, a
back-reference, a case-insensitive part, a pattern that can match the empty string) the code is
left as the compiler wrote it.
"""

from __future__ import annotations

from typing import Any

try:
    from re import _compiler  # type: ignore[attr-defined]
    from re import _constants as c  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's internals: the code is left as is
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
    if flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_LOCALE):
        return code  # the set would have to hold every case of each letter: left to the compiler
    if parsed.getwidth()[0] == 0:
        return code  # a pattern that can match nothing has no first character
    first = _first_of_sequence(parsed.data)
    if first is None or first[1] or not first[0]:
        return code
    charset, hascased = _compiler._optimize_charset(first[0])
    if hascased:  # pragma: no cover - only asked for with case-insensitive flags
        return code
    # <INFO> <skip> <flags> <min> <max> <charset>, as the compiler writes it
    block = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, block)
    block[1] = len(block) - 1
    return block + code[1 + code[1] :]


if _compiler is not None:
    _ZERO_WIDTH = (c.AT, c.ASSERT, c.ASSERT_NOT)
    _REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT)


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
