"""Leave out the words an amending bill deletes, where its text marks them with brackets.

Why: most legislatures print an amending bill as the law it changes, with the words to be
deleted in brackets ("§ 8. Registration of [aliens] NONCITIZENS", "the commissioner [may] shall")
and a note saying so ("Matter in brackets [ ] is old law to be omitted", "[Brackets] indicate
matter deleted from existing law"). A PDF or plain text keeps the brackets but not the strike
through them, so the deleted law reached the rules as if the bill said it: a bill that strikes
"may not honor a detainer" read as a ban on honoring detainers. A web page's struck words are
already left out by the spiders (`spiders/documents.py`); this is the same for the texts whose
only mark is the bracket.

Brackets mean deletion only where the text says so, or inside the part of a text that restates
a section "as amended" ("… is amended to read as follows:"); elsewhere they hold headings and
editors' notes ("[Congressional Bills 119th Congress]", "[Introduced January 9, 2019]", a
council's "[Supporting Assembly Bill 1081 - The TRUST Act]"), which are read as before.
"""

from __future__ import annotations

import re

from .compiled import compile_pattern

# How far into a text the note on its conventions is looked for: it is printed on the first page
# (at its foot in New York's bills), and a long bill's later pages restate it.
_NOTE_READ = 30_000

# The drafting note: "bracket(s)" and a word of deletion in one sentence, either order ("[Brackets]
# indicate matter deleted from existing law", "Matter enclosed in bold-faced brackets [thus] … is
# not enacted and is intended to be omitted", "Matter removed from current law appears [in
# brackets and struckthrough.]", "matter [ italic and bracketed] is existing law to be omitted")
_DELETION = r"(?:delet\w*|omit\w*|remov\w*|not\s+enacted|struck\w*|strick\w*|stricken|repeal\w*)"
_NOTE_RE = compile_pattern(
    r"\bbracket\w*[^.;]{0,120}?\b" + _DELETION + r"|\b" + _DELETION + r"[^.;]{0,60}?\bbracket",
    re.IGNORECASE,
)

# How far a restated section is looked for (a bill whose first one starts later keeps its brackets)
_RESTATED_READ = 2_000_000
# Where a text starts restating a section with its changes marked: "is amended to read as
# follows", "is amended to read:", "is repealed and the following is substituted in lieu thereof"
# (found by its first word as written, with `str.find`, then matched there: a long text without
# one costs microseconds, where a regex read without regard to case costs milliseconds; a text
# that says "amended" more than `_TRIES` times before restating a section is searched whole)
_TO_READ = r"(?:amended|reenacted|re-enacted)\s+to\s+read\b"
_IN_LIEU = r"substituted\s+in\s+lieu\s+thereof\b"
_RESTATED_RE = compile_pattern(_TO_READ + "|" + _IN_LIEU, re.IGNORECASE)
_HEADS = (
    "amended",
    "AMENDED",
    "Amended",
    "reenacted",
    "REENACTED",
    "Reenacted",
    "re-enacted",
    "RE-ENACTED",
    "substituted",
    "SUBSTITUTED",
    "Substituted",
)
_TRIES = 64


def _restated_from(text: str) -> int | None:
    """Where TEXT first restates a section as amended (after its phrase), if it does."""
    end = _RESTATED_READ
    found: int | None = None
    for head in _HEADS:
        pos = text.find(head, 0, end)
        for _ in range(_TRIES):
            if pos < 0:
                break
            m = _RESTATED_RE.match(text, pos)
            if m:
                end, found = pos, m.end()
                break
            pos = text.find(head, pos + 1, end)
        else:
            m = _RESTATED_RE.search(text, pos, end)
            if m:
                end, found = m.start(), m.end()
    return found


# One bracketed span with no bracket inside it, at most this long: a stray bracket (a text cut
# short, a misread character) cannot swallow the pages after it. A bill that deletes more than this
# in one span keeps it, as before.
_LONGEST_DELETION = 2_000
_SPAN_RE = compile_pattern(rf"\[[^\[\]]{{0,{_LONGEST_DELETION}}}\]")
_PASSES = 3


def without_deleted_matter(text: str) -> str:
    """TEXT with the words it marks as deleted replaced by a space: everywhere when the text
    names brackets as its mark of deletion, else from where it restates a section as amended."""
    first = text.find("[")
    if first < 0:
        return text
    opening = text[:_NOTE_READ]
    if ("racket" in opening or "RACKET" in opening) and _NOTE_RE.search(opening):
        start = first
    else:
        restated = _restated_from(text)
        if restated is None:
            return text
        start = restated
    head, rest = text[:start], text[start:]
    # inner spans first; a pass more only where one emptied an outer pair, so "[[text in
    # brackets]]" (a county's double brackets) goes whole, and brackets nested a million deep
    # cost no more than a few passes
    rest = _SPAN_RE.sub(" ", rest)
    for _ in range(_PASSES - 1):
        if "[ ]" not in rest:
            break
        rest = _SPAN_RE.sub(" ", rest)
    return head + rest
