"""Cleaning of scraped text: sources are untrusted, so every string is bounded and made printable
before it is stored, and therefore before it reaches a feed, a page or an email."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 control characters except tab and newline, plus lone surrogates and non-characters
# that XML 1.0 forbids; a feed must stay valid whatever a source sends. Also the bidi embedding,
# override and isolate controls (they reorder what a reader sees, disguising text) and the
# Unicode line/paragraph separators (line breaks to some readers, not to others).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069\u2028\u2029]"
)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")

TITLE_MAX = 2_000
SUMMARY_MAX = 10_000
LINE_MAX = 4_000
FULL_TEXT_MAX = 2_000_000
ELLIPSIS = "…"


def clean(value: object, limit: int, *, single_line: bool = True) -> str:
    """Printable, whitespace-collapsed text cut to LIMIT characters (marked with an ellipsis)."""
    if value is None:
        return ""
    text = str(value)
    if len(text) > limit * 4:  # do not normalise megabytes only to throw them away
        text = text[: limit * 4]
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    if single_line:
        text = _SPACES.sub(" ", text.replace("\n", " ")).strip()
    else:
        text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.splitlines()).strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + ELLIPSIS
    return text


def clean_optional(value: object, limit: int, *, single_line: bool = True) -> str | None:
    """Like clean, but empty becomes None."""
    text = clean(value, limit, single_line=single_line)
    return text or None
