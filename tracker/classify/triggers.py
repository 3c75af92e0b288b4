"""Which of many trigger words a text holds, found in one pass.

Why: every table of rules (vetoes, topics, stances, provisions) and the prefilter ask whether
each of its trigger words occurs in a measure. Asked one by one, that is some 700 substring
searches over the whole text per immigration measure, about a fifth of the time it takes to
classify one. A single regex shaped as a trie of the words, tried at every position, finds
them all in one pass of the regex engine: the trie lets it follow only the branch the text's
next letters name.

The answer is exactly ``{w for w in words if w in text}``: at each position the regex takes the
longest word that starts there, and every shorter word starting there is a prefix of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .compiled import compile_pattern


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching the longest of WORDS at a position, spelled as a trie."""
    trie: dict = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def spell(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(c) + spell(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # greedy: the longer word first, this one if it cannot go on
        return f"(?:{body})?" if ends else body

    return spell(trie)


class TriggerFinder:
    """The words of a fixed list that occur in a text (case as given: pass lowercased text)."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w for w in words if w)
        self._rx = compile_pattern(f"(?=({_trie_pattern(self.words)}))", re.DOTALL)
        # the words each found word stands for: itself and its prefixes in the list
        self._prefixes = {
            w: frozenset(w[:k] for k in range(1, len(w) + 1) if w[:k] in self.words)
            for w in self.words
        }
        self.present = lru_cache(maxsize=64)(self._present)

    def _present(self, text: str) -> frozenset[str]:
        """Remembered for the last few texts: one measure's text is asked for each table."""
        longest = set(self._rx.findall(text))  # never "": every word has a character
        if not longest:
            return frozenset()
        prefixes = self._prefixes
        found: set[str] = set()
        for w in longest:
            found |= prefixes[w]
        return frozenset(found)
