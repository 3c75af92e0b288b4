"""A row's pattern rewritten for the lowercased text, so the regex engine reads it without its
case-insensitive mode.

Why: Python's regex engine tests each letter of a case-insensitive pattern through a case
table, and cannot skip the alternatives of a long alternation by their first letter; the same
pattern with its letters lowercased, run on the lowercased text, reads the rows in about two
thirds of the time (2.59.0: the stance rows 1.8 s → 1.15 s on the benchmark's measures), with
the same spans (the two strings have the same length, so a position in one is
the same position in the other). The rewrite is exact, not approximate:

- every letter of the pattern is ASCII or a punctuation mark, so "the text's character matches
  the letter in any case" is "the lowercased character equals the lowercased letter", except
  for four characters the engine also folds into ASCII letters (dotted and dotless i, long s,
  the Kelvin sign): a text holding one is read with the original pattern;
- lowercasing changes no character's class (letter, digit, space), so ``\\w``, ``\\s``,
  ``\\d``, ``\\b`` and classes without letters read the same;
- a case-sensitive part (``(?-i:ICE)``) matches only its own casings, which the lowercased text
  no longer shows. It is lowercased too, and a text is read with the rewrite only where every
  occurrence of that word, at a place the pattern could match it, is in one of its casings
  (``CaseCheck``): a text holding "ice" or "Ice" as a word is read with the original pattern.

Anything the rewrite does not understand (a back-reference, an inline flag other than
``(?-i:``, a cased letter outside ASCII, a case-sensitive part that is not a short list of
words) leaves the row as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import NamedTuple

from .cachedir import source_key

try:  # the parser behind re.compile, to list the words a case-sensitive part matches
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - no rewrite: every row runs as written
    parser = None


# what names a rewrite made by this code (and Python's parser, which lists a part's words), so
# a stored rewrite of an older one is never used
REWRITE_KEY = source_key(__file__, globals().get("__loader__"))


def stored_as(pattern: str) -> str | None:
    """The name PATTERN's rewrite is stored under among the compiled patterns (``compiled.py``);
    None where this code's source cannot be read: the rewrite is then stored as itself."""
    return None if REWRITE_KEY is None else f"lowercased {REWRITE_KEY}|{pattern}"


# characters the engine's case-insensitive mode matches to an ASCII letter, whose lowercase
# form is not that letter (or is two characters long), and the letters it matches them to
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f\u212a]")
_AS_LETTERS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


def as_ascii_letters(s: str) -> str:
    """S with those four characters written as the ASCII letters the engine matches them to:
    the word tests (triggers, required words) then see the words the rows match ("Cıty" is
    "City" to a row, and was no city to the triggers)."""
    return s.translate(_AS_LETTERS) if _FOLDS_ODDLY.search(s) else s


def lowered_key(s: str) -> str:
    """S lowercased as the case-insensitive engine matched it, to look up among words written
    in lowercase: the long s of "juſtice" is an s there, and "İ" one letter, not two."""
    return as_ascii_letters(s).lower()


# the pieces a pattern is read in: an escape, a class, a group's opening, an uppercase ASCII
# letter, a character outside ASCII, or a run of anything else
_TOKEN = re.compile(
    r"\\[uU]|\\x|\\N|\\[0-9]|\[|\(\?-i:|\(\?P=|\(\?P<[A-Za-z_]\w*>|\(\?[^:=!<]|[A-Z]"
    r"|[^\x00-\x7f]"
    # a run of what the rewrite copies as it is: other characters, other escapes, and groups
    # that are not case-sensitive parts
    r"|(?:[^\\\[(A-Z\x80-\U0010ffff]|\\[^uUxN0-9]|\((?!\?)|\(\?<?[:=!])+",
    re.DOTALL,
)
_MAX_WORDS = 64  # a case-sensitive part longer than a short list of words is not rewritten


class NotFoldable(Exception):
    """The pattern holds something the rewrite does not handle."""


class CaseCheck(NamedTuple):
    """A case-sensitive part of a pattern: its words lowercased, the casings it matches, and
    whether the pattern holds a word boundary right before (``left``) or after it. (A tuple:
    each text looks its checks up by them, and a tuple hashes in C.)"""

    word: str
    casings: frozenset[str]
    left: bool
    right: bool


@dataclass(frozen=True)
class Folded:
    """The rewritten pattern and what a text must pass to be read with it."""

    pattern: str
    checks: tuple[CaseCheck, ...]


def _uncased(c: str) -> bool:
    return c.lower() == c and c.upper() == c and not c.isalpha()


def _class_end(p: str, i: int) -> int:
    """Index just after the class that opens at P[i] ("[")."""
    j = i + 1
    if p.startswith("^", j):
        j += 1
    if p.startswith("]", j):
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    if j >= len(p):
        raise NotFoldable("unclosed class")
    return j + 1


def _group_end(p: str, i: int) -> int:
    """Index just after the group that opens at P[i] ("(")."""
    depth, j = 0, i
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            j = _class_end(p, j)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    raise NotFoldable("unclosed group")


_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
_HEX_DIGITS = {"u": 4, "U": 8, "x": 2}  # digits after "\\u", "\\U", "\\x"


def _hex_escape(p: str, i: int) -> tuple[str, int]:
    """The character the escape at P[i] ("\\u…", "\\U…", "\\x…") names, and where it ends."""
    end = i + 2 + _HEX_DIGITS[p[i + 1]]
    return chr(int(p[i + 2 : end], 16)), end


def _boundary_before(p: str, i: int) -> bool:
    """Whether P[:i] ends in the escape \\b (not in an escaped backslash and a "b")."""
    if i < 2 or not p.startswith(r"\b", i - 2):
        return False
    k = i - 2
    while k > 0 and p[k - 1] == "\\":
        k -= 1
    return (i - 1 - k) % 2 == 1  # the backslashes before the "b" are odd: the last escapes it


def _class_char(body: str, j: int) -> tuple[str | None, int]:
    """One member character of a class body at J (None for an escape that is a category)."""
    c = body[j]
    if c != "\\":
        return c, j + 1
    e = body[j + 1 : j + 2]
    if e in _HEX_DIGITS:
        return _hex_escape(body, j)
    if e in _CONTROL_ESCAPES:
        return _CONTROL_ESCAPES[e], j + 2
    if e.isalpha() or e.isdigit():
        if e in "sSwWdD":
            return None, j + 2
        raise NotFoldable(f"escape \\{e} in a class")
    return e, j + 2


@lru_cache(maxsize=4096)
def _fold_class(cls: str) -> str:
    """A class for the lowercased text: every uppercase ASCII letter it names, alone or in a
    range, named in lowercase as well."""
    head = "[^" if cls.startswith("[^") else "["
    body = cls[len(head) : -1]
    added: list[str] = []
    j = 0
    while j < len(body):
        lo, j = _class_char(body, j)
        if lo is not None and body.startswith("-", j) and j + 1 < len(body):
            hi, j = _class_char(body, j + 1)
            if hi is None:
                raise NotFoldable("range to a category")
            a, b = ord(lo), ord(hi)
            if b - a > 4096 or not all(
                _uncased(chr(k)) or chr(k).isascii() for k in range(max(a, 0x80), b + 1)
            ):
                raise NotFoldable("range over cased letters outside ASCII")
            top, bottom = max(a, ord("A")), min(b, ord("Z"))
            if top <= bottom:
                added.append(f"{chr(top + 32)}-{chr(bottom + 32)}")
            continue
        if lo is None:
            continue
        if "A" <= lo <= "Z":
            added.append(lo.lower())
        elif not lo.isascii() and not _uncased(lo):
            raise NotFoldable(f"cased letter {lo!r} in a class")
    return head + body + "".join(added) + "]"


def _words(items: list) -> set[str]:
    """Every string a case-sensitive part matches (zero-width tests read as nothing)."""
    found = {""}
    for op, av in items:
        if op is C.LITERAL:
            options = {chr(av)}
        elif op is C.AT:
            continue
        elif op is C.SUBPATTERN and not av[1] and not av[2]:
            options = _words(list(av[3]))
        elif op is C.BRANCH:
            options = set().union(*(_words(list(a)) for a in av[1]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            options = {""} | _words(list(av[2]))
        else:
            raise NotFoldable("a case-sensitive part that is not a list of words")
        found = {a + b for a, b in product(found, options)}
        if len(found) > _MAX_WORDS:
            raise NotFoldable("a case-sensitive part of too many words")
    return found


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


@lru_cache(maxsize=4096)
def _checks(content: str, left: bool, right: bool) -> tuple[CaseCheck, ...]:
    if parser is None:
        raise NotFoldable("no parser")
    words = _words(list(parser.parse(content, 0)))
    if "" in words or not all(w.isascii() for w in words):
        raise NotFoldable("a case-sensitive part that may match nothing")
    # a part that ends in a boundary on its every path ("ICE\b", not "DHS|ICE\b")
    right = right or (content.endswith(r"\b") and "|" not in content)
    by_lower: dict[str, set[str]] = {}
    for w in words:
        by_lower.setdefault(w.lower(), set()).add(w)
    return tuple(
        CaseCheck(
            low,
            frozenset(casings),
            left and _is_word(low[0]),
            right and _is_word(low[-1]),
        )
        for low, casings in sorted(by_lower.items())
    )


def _fold(p: str, checks: list[CaseCheck]) -> str:
    out: list[str] = []
    i = 0
    while i < len(p):
        m = _TOKEN.match(p, i)
        if m is None:  # pragma: no cover - every character starts some token
            raise NotFoldable("unreadable")
        tok = m.group(0)
        if tok in ("\\u", "\\U", "\\x"):
            c, end = _hex_escape(p, i)
            if not _uncased(c) and not c.isdigit():
                raise NotFoldable(f"escaped letter {c!r}")
            out.append(p[i:end])
            i = end
            continue
        if tok == "\\N" or (tok.startswith("\\") and tok[1:].isdigit()):
            raise NotFoldable("named character or back-reference")
        if tok == "[":
            end = _class_end(p, i)
            out.append(_fold_class(p[i:end]))
            i = end
            continue
        if tok == "(?-i:":
            end = _group_end(p, i)
            content = p[i + len(tok) : end - 1]
            # a boundary right before and after the part holds on every path through it
            left, right = _boundary_before(p, i), p.startswith(r"\b", end)
            checks += _checks(content, left, right)
            out.append("(?:" + _fold(content, checks) + ")")
            i = end
            continue
        if tok == "(?P=" or (len(tok) == 3 and tok.startswith("(?") and tok[2] not in ":=!"):
            raise NotFoldable(f"group {tok!r}")
        if len(tok) == 1 and "A" <= tok <= "Z":
            out.append(tok.lower())
        elif len(tok) == 1 and not tok.isascii():
            if not _uncased(tok):
                raise NotFoldable(f"cased letter {tok!r}")
            out.append(tok)
        else:
            out.append(tok)
        i += len(tok)
    return "".join(out)


def fold(pattern: str) -> Folded | None:
    """PATTERN (case-insensitive) as a case-sensitive pattern for the lowercased text, with the
    checks a text must pass; None when the rewrite cannot be exact."""
    checks: list[CaseCheck] = []
    try:
        folded = _fold(pattern, checks)
    except (NotFoldable, ValueError, IndexError, re.error):
        return None
    return Folded(folded, tuple(dict.fromkeys(checks)))


def foldable_text(text: str, low: str) -> bool:
    """Whether LOW (TEXT lowercased) can stand for TEXT at all."""
    return len(low) == len(text) and _FOLDS_ODDLY.search(text) is None


def passes(check: CaseCheck, text: str, low: str) -> bool:
    """Whether every occurrence of the check's word in LOW, where the pattern could read it, is
    in one of its casings in TEXT."""
    word, n = check.word, len(check.word)
    p = low.find(word)
    while p >= 0:
        e = p + n
        # where a boundary the pattern holds fails, the part cannot match: no matter its case
        blocked = (check.left and p > 0 and _is_word(low[p - 1])) or (
            check.right and e < len(low) and _is_word(low[e])
        )
        if not blocked and text[p:e] not in check.casings:
            return False
        p = low.find(word, p + 1)
    return True
