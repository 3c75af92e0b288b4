"""Words a pattern cannot match without, and its alternatives: what lets a rule's regex be
skipped on most measures.

Why: a row's hand-written triggers are few and broad ("immigra", "sanctuar"), so a large
alternation still runs on most measures that reach the rules, and scanning a long alternation
costs a hundred times a substring test. Every match of a pattern contains one of the literals
computed here (lowercased; the text is tested lowercased, as the triggers are), so testing them
first changes no result. This is the "required literal" analysis regex engines such as RE2 run
before a scan, done once per row when the tables compile.

It reads the pattern with the standard library's own regex parser (``re._parser``, private but
stable across 3.11 to 3.13). Anything it does not understand, or a pattern that could match
without any literal, gives None: no gate, the rule runs as before.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from .cachedir import cache_folder, mark_used, source_key, write_atomically

try:  # the parser behind re.compile; any failure only means "no gate"
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python without them reads every rule
    parser = None

# A gate of many words or of very short ones costs more than the regex it would skip.
MAX_LITERALS = 48
MIN_LENGTH = 3
MAX_SETS = 3  # each further set is tested on every measure the earlier ones let through

Literals = frozenset[str]


def _rank(c: Literals) -> tuple[int, int]:
    """Fewest words first, among words that are not short (five letters and up count alike:
    "detainer" is not rarer than "ice " for being longer)."""
    return (-min(5, *map(len, c)), len(c))


def _minimal(words: set[str]) -> Literals:
    """Drop a word that contains another: text holding the longer one holds the shorter."""
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _required(items: list) -> list[Literals]:
    """Sets of words such that every match of the sequence ITEMS holds a word of each set."""
    found: list[Literals] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av).lower()
            continue
        if run:
            found.append(frozenset((run,)))
            run = ""
        if op is C.SUBPATTERN:
            found += _required(av[3])
        elif op is C.BRANCH:
            # one set per alternative (its best), joined: every match holds a word of the union
            alternatives = [_required(a) for a in av[1]]
            if all(alternatives):
                found.append(_minimal(set().union(*(min(a, key=_rank) for a in alternatives))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            if av[0] >= 1:
                found += _required(av[2])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            found += _required(av)
        elif op is C.ASSERT:
            found += _required(av[1])  # what a lookaround sees is in the text too
        # anything else (classes, anchors, negative lookarounds) breaks the run and requires
        # no word
    if run:
        found.append(frozenset((run,)))
    return found


# Reading the ~700 patterns takes about a second, paid by every process that classifies (each
# `tracker crawl` a scheduler starts, each test that runs one). The answers are kept in the
# user's cache directory, keyed by this file's source and the Python version (the parser is
# Python's own): a changed pattern is a new key, a changed rule of reading a new file. A cache
# that cannot be read or written only means reading the patterns again.
_SOURCE_KEY = source_key(__file__, globals().get("__loader__"))


def _cache_path() -> Path | None:
    return None if _SOURCE_KEY is None else cache_folder() / f"literals-{_SOURCE_KEY}.json"


def _load_cache() -> dict[str, tuple[tuple[str, ...], ...] | None]:
    path = _cache_path()
    if path is None:
        return {}
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        answers = {
            k: None if v is None else tuple(tuple(str(w) for w in c) for c in v)
            for k, v in raw.items()
        }
    except (OSError, ValueError, TypeError, AttributeError):
        return {}
    mark_used(path)
    return answers


_CACHE = _load_cache()
_USED: dict[str, tuple[tuple[str, ...], ...] | None] = {}
_MISSED = False


def save_cache() -> None:
    """Write the answers this process used, if any was missing (the patterns as they are now:
    answers for patterns since changed are dropped)."""
    global _MISSED
    if not _MISSED:
        return
    path = _cache_path()
    if path is None:
        return
    if write_atomically(path, json.dumps(_USED).encode("utf-8")):
        _MISSED = False


def _key(pattern: str) -> str:
    return hashlib.sha256(pattern.encode("utf-8", "surrogatepass")).hexdigest()


def required_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    """Sets of lowercased words such that every match of PATTERN (read case-insensitively)
    holds a word of each set, the most telling set first; None when none is worth testing."""
    global _MISSED
    key = _key(pattern)
    if key in _CACHE:
        found = _CACHE[key]
    else:
        found = _read_literals(pattern)
        _MISSED = True
    _USED[key] = found
    return found


def _read_literals(pattern: str) -> tuple[tuple[str, ...], ...] | None:
    if parser is None:
        return None
    try:
        found = _required(list(parser.parse(pattern, re.IGNORECASE)))
    except Exception:  # noqa: BLE001 - an unreadable pattern runs ungated
        return None
    usable = sorted(
        {c for c in found if len(c) <= MAX_LITERALS and min(map(len, c)) >= MIN_LENGTH},
        key=lambda c: (_rank(c), sorted(c)),
    )
    gate: list[tuple[str, ...]] = []
    budget = MAX_LITERALS
    for c in usable[:MAX_SETS]:
        if len(c) > budget:
            break
        gate.append(tuple(sorted(c)))
        budget -= len(c)
    return tuple(gate) or None


def top_level_alternatives(pattern: str) -> list[str]:
    """PATTERN's alternatives at its outermost level ("a|(?:b|c)|d" gives three), or [PATTERN].

    Why: a search for the leftmost match of "A|B|C" is the leftmost of the searches for A, B
    and C (the earlier alternative winning a tie), so each can run alone behind its own
    required words: most measures then skip most of a long row's alternatives.
    """
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member, not the end of the class
            if pattern.startswith("^]", i + 1):
                i += 3
                continue
            if pattern.startswith("]", i + 1):
                i += 2
                continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts
