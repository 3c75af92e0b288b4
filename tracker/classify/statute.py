"""A statute's sentences rewritten as the plain clauses the rules read.

Why: bill texts (and some digests) put a duty or a bar before a colon and what it governs in
numbered items ("A local entity may not: (1) adopt a sanctuary policy; or (2) prohibit the
enforcement of immigration laws"), or set a phrase off with commas between the actor and its verb
("No agency shall, by ordinance, policy or practice, restrict …"; "A county, including a sheriff
or jail, may not …"). Every row reads a clause within its punctuation, so the bar never met the
act. Here the lead-in is said again before each item, and the commas' aside is dropped, so each
item reads as the plain clause a summary would write. Only the rules read the result; the model
reads the words as they are (its training does too).
"""

from __future__ import annotations

import re

from .compiled import compile_pattern

# an item's marker: "(1)", "(a)", "(iv)", "(A)"
_MARKER = r"\(\s*(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})\s*\)"
# where a list starts: a colon, then the first item's marker
_LIST_START_RE = compile_pattern(r":\s*" + _MARKER + r"\s*")
# between items: "; ", "; and ", "; or ", then the next marker
_ITEM_BREAK_RE = compile_pattern(r";\s*(?:and\s+|or\s+)?" + _MARKER + r"\s*")
# where a list ends: a sentence's full stop (not one inside "U.S.C." or "Sec. 2"), the " | "
# between title, summary and text, or a blank line
_LIST_END_RE = compile_pattern(r"\.(?=\s+(?:[A-Z(]|$))|\.$|\s\|\s|\n\s*\n")
# where the lead-in starts: after the last clause break, or after a section's or subsection's
# marker ("Sec. 2. (a) A local entity may not:")
_LEAD_START_RE = compile_pattern(r"[.;|\n]\s*(?:" + _MARKER + r"\s*)*")
_LEAD_MAX = 200
_LIST_MAX = 3000
_MAX_ITEMS = 12
# an aside set off by commas between a modal and its verb: "shall, by ordinance, policy or
# practice, adopt …"; "may not, directly or indirectly, …"
_MODALS = ("shall", "may", "must", "will", "not")
# (the aside moves to the clause's end, so no word of it is lost: "in accordance with 8 U.S.C.
# 1357(g)" still names 287(g))
# ... and the reservations statutes set there, which no row reads as the clause's own act: "may
# not, except as required by federal law, …", "shall, to the extent permitted by law, …" (2.70.0)
_RESERVATION = (
    r"except\s+as|unless|to\s+the\s+extent|subject\s+to|upon|consistent\s+with"
    r"|in\s+accordance\s+with|pursuant\s+to|where\s+(?:practicable|feasible|possible)"
)
# ... the words each starts with, which gate the rewrites that read one (literal, lowercase)
_RESERVATION_WORDS = (
    "except as",
    "unless",
    "to the extent",
    "subject to",
    "upon",
    "consistent with",
    "in accordance with",
    "pursuant to",
    "where ",
)
_MODAL_ASIDE_RE = compile_pattern(
    r"\b(?P<modal>(?:shall|may|must|will)(?:\s+not)?),\s+"
    r"(?P<aside>(?:by|through|under|in|as|whether|either|" + _RESERVATION + r")\b[^.;:|]{0,60}"
    r"|directly or indirectly|formally or informally|in any manner),\s+"
    r"(?P<rest>[^.;:|]*)",
    re.IGNORECASE,
)
# an appositive naming who else is bound, between the actor and its modal: "A county, including
# a sheriff, police department or jail, may not …" (moved to the clause's end as well), or a
# reservation there: "A county, to the extent practicable, shall …" (2.70.0)
_INCLUDING_RE = compile_pattern(
    r",\s+(?P<aside>(?:including|and any|or any|" + _RESERVATION + r")\b[^.;:|]{0,100}?),\s+"
    r"(?P<rest>(?:may|shall|must|will|is|are)\b[^.;:|]*)",
    re.IGNORECASE,
)
_INCLUDING_WORDS = tuple(
    f", {w}" for w in ("including ", "and any ", "or any ", *_RESERVATION_WORDS)
)
# a leave that reserves the duty ("is authorized, but not required, to …") is a leave
_BUT_NOT_REQUIRED_RE = compile_pattern(
    r"\b(?P<leave>authorized|permitted|allowed|encouraged|empowered),\s+but\s+not\s+"
    r"(?:required|obligated|mandated|compelled),\s+to\b",
    re.IGNORECASE,
)


# what a provision overrides, before its own clause: "Notwithstanding any other law, a county may
# …" (the comma ends what is overridden; the clause after it is the measure's own, and starts
# there as after a semicolon)
_NOTWITHSTANDING_RE = compile_pattern(r"\b(notwithstanding\b[^,.;:|]{1,120}),\s+", re.IGNORECASE)
# ... and what a provision reserves or is subject to, at its clause's start: "Except as required
# by federal law, a county may not …", "Subject to appropriation, …", "Upon request, …", "To the
# extent permitted by federal law, …" (2.70.0; read as its own clause, "required by federal
# law" is no requirement of the act that follows)
_RESERVED_FIRST_RE = compile_pattern(
    r"(?:^|(?<=[.;:|)])|(?<=[.;:|)]\s))(?P<head>(?:" + _RESERVATION + r")\b[^,.;:|]{1,120}),\s+",
    re.IGNORECASE,
)


# "It shall be unlawful for any county to …" says what "Any county may not …" says, in the
# shape the rows for a government barred read (a "shall" before it is no duty)
_UNLAWFUL_FOR_RE = compile_pattern(
    r"\b(?:it\s+(?:shall\s+be|is|will\s+be)|(?:makes?|making|made)\s+it)\s+(?:unlawful|illegal)"
    r"\s+for\s+"
    r"(?P<actor>(?:[\w'’()-]+\s+){1,8}?)to\s+",
    re.IGNORECASE,
)


# Told to stop doing something is barred from doing it: "Requires sheriffs to stop honoring
# ICE detainers", "urging the county to cease sharing data with ICE", "directs officers not to
# inquire", "to refrain from" say what "Prohibiting sheriffs from honoring …" says. The act
# reads as the bar's object, whichever side it is on.
_CEASE = r"(?:stop|cease|discontinue|quit|end\s+the\s+practice\s+of)\s+(?=\w+ing\b)"
_WHO = r"(?P<who>(?:(?!to\b)[\w'’().-]+\s+){1,8}?)"
_TOLD_TO_STOP_RE = compile_pattern(
    r"\b(?:requir(?:e|es|ed|ing)|direct(?:s|ed|ing)?|mandat(?:e|es|ed|ing)|urg(?:e|es|ed|ing)"
    r"|call(?:s|ed|ing)?\s+(?:on|upon)|ask(?:s|ed|ing)?|request(?:s|ed|ing)?"
    r"|encourag(?:e|es|ed|ing)|commit(?:s|ted|ting)?)\s+"
    # who is told: a noun phrase, never across a "to" ("requires the sheriff to hold detainees
    # for a period not to exceed 48 hours" tells the sheriff to hold them)
    + _WHO
    + r"(?:to\s+"
    + _CEASE
    + r"|not\s+to\s+(?!exceed\b|surpass\b|be\s+construed\b)|to\s+not\s+|to\s+refrain\s+from\s+)",
    re.IGNORECASE,
)
# ... or asked in a that-clause: "requesting that the Sheriff stop honoring ICE detainers"
_ASKED_THAT_STOP_RE = compile_pattern(
    r"\b(?:request(?:s|ed|ing)?|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)"
    r"\s+that\s+" + _WHO + _CEASE,
    re.IGNORECASE,
)
# ... and a measure's own "to stop" with no one told: "Resolution to stop honoring ICE detainers"
# ends the practice ("Resolution to end the practice of honoring …", as the rows read it)
_MEASURE_TO_STOP_RE = compile_pattern(
    r"\b(?P<lead>(?:resolution|ordinance|motion|act|bill|measure)\s+to)\s+"
    r"(?:stop|cease|discontinue|quit)\s+(?=\w+ing\b)",
    re.IGNORECASE,
)
# "Counties shall cease honoring …" is "Counties are prohibited from honoring …"
_SHALL_STOP_RE = compile_pattern(
    r"\b(?:shall|must|will)\s+(?:" + _CEASE + r"|refrain\s+from\s+)", re.IGNORECASE
)
# and barred from stopping is told to do it: "Counties may not discontinue honoring …" reads as
# "Counties shall honoring …", which the rows for a duty read by the act's stem
_MAY_NOT_STOP_RE = compile_pattern(r"\b(?:may|shall|must)\s+not\s+" + _CEASE, re.IGNORECASE)
# "which would let police ask about immigration status" is leave, as "allow police to ask" is
# (only before the acts of enforcement and of declining it, so "Let it be resolved" stays)
_LETS_RE = compile_pattern(
    r"\b(?:let|lets|letting)\s+(?P<who>(?:(?!to\b)[\w'’().-]+\s+){1,5}?)"
    r"(?P<act>ask|inquire|check|verify|detain|arrest|enforce|share|disclose|enter|honor|hold"
    r"|transfer|access|interview|question|cooperate|assist|help|decline|refuse|limit)\b",
    re.IGNORECASE,
)


def _as_allowing(m: re.Match[str]) -> str:
    """A "let" said as the rows read leave, "allows … to", a gerund kept a gerund: "stop
    letting ICE agents interview inmates" is "stop allowing ICE agents to interview inmates"."""
    verb = "allowing" if m.group(0)[:7].lower() == "letting" else "allows"
    return f"{verb} {m.group('who')}to {m.group('act')}"


# "Prohibits counties from continuing to honor …" bars honoring
_FROM_CONTINUING_RE = compile_pattern(r"\bfrom\s+continuing\s+to\s+", re.IGNORECASE)
_STOP_WORDS = ("stop", "ceas", "discontinu", "quit", "practice of", "not to", "to not", "refrain")
# told to go on doing it is told to do it: "shall continue to honor …", "Requires counties to
# continue honoring …" read as "shall honor …", "to honoring …" (the rows read the act's stem)
_GO_ON_RE = compile_pattern(
    r"\b(?P<told>shall|must|will|to)\s+continue\s+(?:to\s+(?=\w)|(?=\w+ing\b))", re.IGNORECASE
)


# "a county that chooses to honor …" is "a county that honors …": the choice is the act
# (2.70.0)
_CHOOSES_TO_RE = compile_pattern(
    r"\b(?P<rel>that|which|who)\s+(?:chooses?|chose|elects?|elected|decides?|decided|opts?|opted)"
    r"\s+to\s+(?=\w)",
    re.IGNORECASE,
)
_CHOOSES_WORDS = ("chooses to", "choose to", "chose to", "elect", "decide", "opt")
# "may not engage in honoring …" says "may not honor …" (the rows read the act's stem)
_ENGAGE_IN_RE = compile_pattern(
    r"\b(?P<modal>(?:may|shall|must|will|to)(?:\s+not|\s+no\s+longer)?)\s+engage\s+in\s+"
    r"(?=\w+ing\b)",
    re.IGNORECASE,
)


def _told_to_stop(text: str, low: str) -> str:
    """TEXT with a government told to stop doing something said as barred from doing it, one
    told to go on doing it as told to do it, and one let do it as allowed to."""
    if "let" in low:
        text = _LETS_RE.sub(_as_allowing, text)
    if "continu" in low:
        text = _FROM_CONTINUING_RE.sub("from ", text)
        text = _GO_ON_RE.sub(r"\g<told> ", text)
    if not any(w in low for w in _STOP_WORDS):
        return text
    text = _MEASURE_TO_STOP_RE.sub(r"\g<lead> end the practice of ", text)
    text = _MAY_NOT_STOP_RE.sub("shall ", text)
    text = _SHALL_STOP_RE.sub("are prohibited from ", text)
    text = _ASKED_THAT_STOP_RE.sub(r"prohibiting \g<who>from ", text)
    return _TOLD_TO_STOP_RE.sub(r"prohibiting \g<who>from ", text)


def plain_clauses(text: str) -> str:
    """TEXT with each enumeration's lead-in said again before its items, commas' asides and
    reservations between an actor, its modal and its verb moved to the clause's end, the clause
    after a "notwithstanding" phrase or a reservation at its start started as a clause, a leave
    "but not required" said as a leave, a choice to act as the act, "it shall be unlawful for X
    to" said as "X may not", and a government told to stop, go on or let do something said as
    barred, told or allowed (``_told_to_stop``). Text without any of these comes back as is."""
    if ", " in text:
        # each rewrite runs only where its words occur (most measures have none of them)
        low = text.lower()
        if any(w in low for w in _INCLUDING_WORDS):
            text = _INCLUDING_RE.sub(r" \g<rest>, \g<aside>", text)
        if any(f"{modal}, " in low for modal in _MODALS):
            text = _MODAL_ASIDE_RE.sub(r"\g<modal> \g<rest>, \g<aside>", text)
        if "notwithstanding" in low:
            text = _NOTWITHSTANDING_RE.sub(r"\1; ", text)
        if any(w in low for w in _RESERVATION_WORDS):
            text = _RESERVED_FIRST_RE.sub(r"\g<head>; ", text)
        if "but not " in low:
            text = _BUT_NOT_REQUIRED_RE.sub(r"\g<leave> to", text)
    low = text.lower()  # in any case: "It Shall Be Unlawful For" in a Title Case caption
    text = _told_to_stop(text, low)
    if "unlawful for" in low or "illegal for" in low:
        text = _UNLAWFUL_FOR_RE.sub(r"\g<actor>may not ", text)
    if "engage" in low:
        text = _ENGAGE_IN_RE.sub(r"\g<modal> ", text)
    if any(w in low for w in _CHOOSES_WORDS):
        text = _CHOOSES_TO_RE.sub(r"\g<rel> ", text)
    if ":" not in text:
        return text
    out: list[str] = []
    done = 0
    # the rewrites may add at most as many characters as the text has: the rules' cost stays
    # bounded by the scope's (already bounded) size
    budget = len(text)
    for start in _LIST_START_RE.finditer(text):
        if budget <= 0:
            break
        if start.start() < done:
            continue  # inside a list already rewritten (a nested one stays as written)
        lead_from = _lead_start(text, start.start())
        lead = text[lead_from : start.start()].strip()
        if not lead:
            continue  # a colon with nothing before it in its clause: no lead-in to repeat
        end = _LIST_END_RE.search(text, start.end(), start.end() + _LIST_MAX)
        stop = end.start() if end else min(len(text), start.end() + _LIST_MAX)
        items = [i.strip() for i in _ITEM_BREAK_RE.split(text[start.end() : stop]) if i.strip()]
        if not items:
            continue
        out.append(text[done:lead_from])
        # the lead-in said again before the first items only: a hostile list of hundreds of
        # items must not multiply the text the rules read
        led = [f"{lead} {item}" for item in items[:_MAX_ITEMS]]
        out.append("; ".join(led + items[_MAX_ITEMS:]))
        budget -= len(lead) * len(led)
        done = stop
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _lead_start(text: str, colon: int) -> int:
    """Where the clause before a list's colon starts (at most ``_LEAD_MAX`` characters back)."""
    floor = max(0, colon - _LEAD_MAX)
    last = None
    for m in _LEAD_START_RE.finditer(text, floor, colon):
        last = m
    if last is not None:
        return last.end()
    return floor if floor == 0 else _word_start(text, floor)


def _word_start(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i
