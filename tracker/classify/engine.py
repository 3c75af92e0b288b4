"""The rule engine: compiles the tables in ``rules.py`` once and applies them to one measure.

Why this shape: every rule decision comes from a labeled row, so ``why`` can always name the
phrase and the rule; everything is deterministic (no randomness, no downloads), so a measure's
result depends only on its text and ``CLASSIFIER_VERSION``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from . import deleted_matter, folding, literals, rules, statute
from .compiled import compile_pattern, expect
from .literals import required_literals, top_level_alternatives
from .triggers import TriggerFinder

# Budgets for long full texts: the work per measure is bounded whatever the text length.
MAX_TEXT_CHARS = 6_000_000  # at most this much of a text is searched for anchors
HEAD_CHARS = 2_000  # the start of a text (title block, digest) is always read
WINDOW_RADIUS = 350  # characters either side of an anchor
MAX_HITS_PER_ANCHOR = 12  # anchor occurrences used per anchor term
MAX_WINDOWS = 24  # windows kept per measure
MAX_SCOPE_CHARS = 12_000  # total characters of windows cut from a text
MAX_TEXT_SCOPE = 4_000  # of which at most this much (anchored sentences) reaches the rule set
MAX_WHY_PHRASE = 90
NEAR_CONTEXT = 300  # a weak word ("sanctuary", "detainer") needs immigration words this close


# Every rule's match starts where a word starts: "forces" is not the "force" inside
# "enforcement", nor "use of" the end of "misuse of", nor "enter" the end of "center". Said first
# in each pattern, it also lets the regex skip every other place of a text at once.
WORD_START = "(?<![a-z])"


def _at_word_start(pattern: str) -> str:
    return f"{WORD_START}(?:{pattern})"


def _inner(pattern: str) -> str:
    """The pattern as its row wrote it, without the word-start guard."""
    head = WORD_START + "(?:"
    return pattern[len(head) : -1] if pattern.startswith(head) else pattern


class LazyPattern:
    """A pattern compiled on its first search. Rows run only where their words occur, so a
    process that reads a few measures (a crawl, a test) compiles the few rows those measures
    open, not all of them: compiling every row at import was nine tenths of the start-up every
    scheduled ``tracker crawl`` pays. After the first call ``search`` and ``finditer`` are the
    compiled pattern's own methods, so the loops pay nothing per call for the laziness.
    ``compile_all`` compiles every row at once (the suite's check that each one compiles)."""

    __slots__ = ("pattern", "search", "finditer", "lowered")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.search: Callable[..., re.Match[str] | None] = self._search_once
        self.finditer: Callable[..., Iterator[re.Match[str]]] = self._finditer_once
        # the row for the lowercased text (``folding.py``), made on first use: None until then,
        # False where it cannot be exact
        self.lowered: Lowered | None | bool = None
        expect(pattern, re.IGNORECASE)
        # ... announced under the name it is stored by, so that a process which never opens the
        # row keeps the rewrite another process stored
        stored_as = folding.stored_as(pattern)
        if stored_as is not None:
            expect(stored_as)

    def fold(self) -> Lowered | bool:
        """The pattern for the lowercased text with the checks a text must pass, or False."""
        f = folding.fold(self.pattern)
        if f is None:
            self.lowered = False
        else:
            rx = compile_pattern(f.pattern, known_as=folding.stored_as(self.pattern))
            self.lowered = Lowered(rx.search, rx.finditer, f.checks)
        return self.lowered

    def compiled(self) -> re.Pattern[str]:
        rx = compile_pattern(self.pattern, re.IGNORECASE)
        self.search = rx.search
        self.finditer = rx.finditer
        return rx

    def _search_once(self, text: str, *pos: int) -> re.Match[str] | None:
        return self.compiled().search(text, *pos)

    def _finditer_once(self, text: str, *pos: int) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text, *pos)


@dataclass(frozen=True, slots=True)
class Lowered:
    """A row's pattern compiled for the lowercased text, and the case checks it needs."""

    search: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    checks: tuple[folding.CaseCheck, ...]


# Rows read on the lowercased text where their rewrite is exact (``folding.py``); False reads
# every row as written (the suite compares the two)
READ_LOWERCASED = True


class Text:
    """One text the rows read, with its lowercased form: a row whose pattern was rewritten for
    it (``folding.py``) reads that, the same spans in about two thirds of the time; a match's
    words are taken from ``raw`` (``phrase``)."""

    __slots__ = ("raw", "low", "foldable", "_passed")

    def __init__(self, raw: str, low: str | None = None) -> None:
        self.raw = raw
        self.low = raw.lower() if low is None else low
        self.foldable = READ_LOWERCASED and folding.foldable_text(raw, self.low)
        self._passed: dict[folding.CaseCheck, bool] = {}

    def reader(self, rx: LazyPattern) -> tuple[Callable[..., Iterator[re.Match[str]]], str]:
        """(finditer, the string to run it on) for one row's pattern."""
        f = self._rewrite(rx)
        return (f.finditer, self.low) if f else (rx.finditer, self.raw)

    def searcher(self, rx: LazyPattern) -> tuple[Callable[..., re.Match[str] | None], str]:
        """(search, the string to run it on) for one row's pattern."""
        f = self._rewrite(rx)
        return (f.search, self.low) if f else (rx.search, self.raw)

    def _rewrite(self, rx: LazyPattern) -> Lowered | None:
        """The row's rewrite, where it reads this text exactly."""
        f = rx.lowered
        if f is None:
            f = rx.fold()
        return f if f and self.foldable and self._pass(f.checks) else None

    def _pass(self, checks: tuple[folding.CaseCheck, ...]) -> bool:
        passed = self._passed
        for c in checks:
            ok = passed.get(c)
            if ok is None:
                ok = passed[c] = folding.passes(c, self.raw, self.low)
            if not ok:
                return False
        return True

    def phrase(self, m: re.Match[str]) -> str:
        """The words a match covers, as the text has them."""
        return self.raw[m.start() : m.end()]


Rule = tuple[
    str,
    tuple[str, ...],
    tuple[str, ...],
    LazyPattern,
    LazyPattern,
    tuple[tuple[str, ...], ...] | None,
]


def _compile_rule(label: str, triggers: tuple[str, ...], pattern: str) -> Rule:
    """(label, lowercase triggers, case-sensitive triggers, the pattern widened with its
    synonyms, the pattern as written, sets of words every match holds one of each, or None).

    The pattern as written is what runs when a measure names no synonym (nearly all do not):
    an alternation in place of each "prohibit" slows every row that names it, for words seldom
    there. The required words (``literals.py``) come from the widened pattern, whose matches
    include the plain one's, so they gate both."""
    triggers = rules.widen_triggers(triggers)
    # a trigger with a capital in it is matched as written ("ICE", "Forc")
    lower = tuple(t for t in triggers if t == t.lower())
    upper = tuple(t for t in triggers if t != t.lower())
    wide = rules.widen(pattern)
    plain = LazyPattern(_at_word_start(pattern))
    return (
        label,
        lower,
        upper,
        LazyPattern(_at_word_start(wide)) if wide != pattern else plain,
        plain,
        required_literals(wide),
    )


# Where a rule keeps its pattern for a measure that names a synonym (3) or not (4); the loops
# index it directly, as a call per rule per measure costs more than the choice saves.
WIDE, PLAIN = 3, 4


def _gate_open(needed: tuple[tuple[str, ...], ...], low: str | frozenset[str]) -> bool:
    """A word of each required set occurs in LOW, a lowercased text or the words found in it
    (plain loops: this runs for most rules on every measure that reaches them, and a generator
    per call costs more than the tests)."""
    for words in needed:
        for t in words:
            if t in low:
                break
        else:
            return False
    return True


def _triggered(rule: Rule, low: str, raw: str) -> bool:
    """Whether one rule may fire: a trigger of its own occurs (a row with none always may),
    and a word of each of its required sets. ``Index.fired`` is the same test for a whole
    table at once; this one-rule form is the reference the tests hold it to."""
    lower, upper = rule[1], rule[2]
    if (lower or upper) and not (any(t in low for t in lower) or any(t in raw for t in upper)):
        return False
    return rule[5] is None or _gate_open(rule[5], low)


class Index:
    """The rules of one table that may fire on a measure, in table order.

    Why: asking rule by rule costs a call per rule per measure and tests a trigger as often as
    rows share it ("immigra", "shall"); here the words present are found in one pass over the
    text (``TriggerFinder``, shared by every table), and only the rules they name go on to
    their required words (same answer as ``_triggered``).
    """

    def __init__(self, table: list[Rule], finder: TriggerFinder) -> None:
        self.table = table
        self.finder = finder
        lower: dict[str, list[int]] = {}
        upper: dict[str, list[int]] = {}
        for i, rule in enumerate(table):
            for t in rule[1]:
                lower.setdefault(t, []).append(i)
            for t in rule[2]:
                upper.setdefault(t, []).append(i)
        needed = {w for r in table for words in r[5] or () for w in words}
        missing = (set(lower) | needed) - finder.words
        if missing:  # a word the finder does not look for would never be seen
            raise ValueError(f"words missing from the finder: {sorted(missing)}")
        self.lower = lower
        self.upper = tuple(upper.items())
        self.always = frozenset(i for i, r in enumerate(table) if not r[1] and not r[2])

    def fired(self, low: str, raw: str) -> list[int]:
        hit = set(self.always)
        lower = self.lower
        present = self.finder.present(low)
        for t in present:
            where = lower.get(t)
            if where is not None:
                hit.update(where)
        for t, where in self.upper:
            if t in raw:
                hit.update(where)
        table = self.table
        return [i for i in sorted(hit) if table[i][5] is None or _gate_open(table[i][5], present)]


_VETO_RULES = [_compile_rule(label, trig, p) for label, trig, p in rules.VETOES]
# reasons that mark a measure outside the tracked topics, not a look-alike (its basis is
# "outside", or "outside_open" for those below)
OUTSIDE_REASONS = frozenset(
    label for label, _trig, _p in (*rules.OUTSIDE_TOPICS, *rules.OUTSIDE_UNLESS_TEXT)
)
# ... those a measure's text may still overrule (a civil-rights chapter that also bars the city's
# employees from asking about status)
TEXT_MAY_TELL_REASONS = frozenset(label for label, _trig, _p in rules.OUTSIDE_UNLESS_TEXT)
# General rules run as their own pass so their long matches never hide a specific rule's phrase.
_TOPIC_RULES = [
    (_compile_rule(label, trig, p), tps, w) for label, trig, tps, w, p in rules.TOPIC_RULES
]
# The rows (that decide alone) naming each topic: what a measure's topic rests on
ROWS_NAMING = {
    t: frozenset(rule[0] for rule, tps, w in _TOPIC_RULES if t in tps and w >= 2)
    for t in {t for _r, tps, _w in _TOPIC_RULES for t in tps}
}
# Named policies: a plain name is a substring test; the rest are regexes, each run only where
# its required words occur (most of them start at any capitalized word)
_ACTS = [
    (label, p if re.fullmatch(r"[a-z' ]+", p) else compile_pattern(p, re.IGNORECASE), tps, stance)
    for label, p, tps, stance in rules.NAMED_POLICIES
]
_ACT_NEEDS = [
    None if isinstance(p, str) else required_literals(p.pattern) for _l, p, _t, _s in _ACTS
]


_STANCE_RULES = [
    (_compile_rule(label, trig, p), direction, w)
    for label, trig, direction, w, p in rules.STANCE_RULES
]
_PROV_RULES = [_compile_rule(code, trig, p) for code, trig, p in rules.PROVISION_RULES]

Alternatives = tuple[tuple[LazyPattern, tuple[tuple[str, ...], ...] | None], ...]
# a back-reference ties an alternative to a group outside it
_BACK_REFERENCE_RE = compile_pattern(r"\\[1-9]|\(\?P=")


def _alternatives(rx: LazyPattern) -> Alternatives:
    """A row's pattern as its outermost alternatives, each with its own required words."""
    inner = _inner(rx.pattern)
    parts = top_level_alternatives(inner)
    if len(parts) < 2 or "|".join(parts) != inner or _BACK_REFERENCE_RE.search(inner):
        return ((rx, None),)
    return tuple((LazyPattern(_at_word_start(p)), required_literals(p)) for p in parts)


def _search_first(
    alternatives: Alternatives, text: Text, seen: str | frozenset[str]
) -> re.Match[str] | None:
    """What ``search`` of the whole alternation finds: the leftmost match, the earlier
    alternative at a tie, each alternative run only where its required words occur (SEEN:
    the lowercased text, or the words found in it). A match may be on the lowercased text:
    its words are ``text.phrase(m)``."""
    best = None
    for rx, needed in alternatives:
        if needed is not None and not _gate_open(needed, seen):
            continue
        search, string = text.searcher(rx)
        m = search(string)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def _split_rule(rule: Rule) -> tuple[Alternatives, Alternatives]:
    """The widened and the plain pattern as alternatives, indexed ``which - WIDE``; split once
    when they are one pattern (a row naming no synonym), as splitting costs start-up time."""
    wide = _alternatives(rule[WIDE])
    return wide, wide if rule[PLAIN] is rule[WIDE] else _alternatives(rule[PLAIN])


# Rows read with ``search`` (topics, provisions) run alternative by alternative; rows read with
# ``finditer`` (stances, vetoes) keep one regex, as their matches hide one another.
_TOPIC_ALTS = [_split_rule(rule) for rule, _t, _w in _TOPIC_RULES]
_PROV_ALTS = [_split_rule(rule) for rule in _PROV_RULES]


def _words_of(table: list[Rule]) -> Iterator[str]:
    """A table's trigger words and required words, as the finder must look for them."""
    for rule in table:
        yield from rule[1]
        for words in rule[5] or ():
            yield from words


def _alternatives_words(rows: list[tuple[Alternatives, Alternatives]]) -> Iterator[str]:
    """The required words of every alternative of rows read with ``_search_first``."""
    for wide, plain in rows:
        for _rx, needed in wide + plain:
            for words in needed or ():
                yield from words


_ALL_RULES = _VETO_RULES + [r for r, _t, _w in _TOPIC_RULES]
_ALL_RULES += [r for r, _d, _w in _STANCE_RULES] + _PROV_RULES
# every lowercase word any table, any alternative or the prefilter looks for, found in one pass
# per text
_TRIGGERS = TriggerFinder(
    [
        *_words_of(_ALL_RULES),
        *_alternatives_words(_TOPIC_ALTS + _PROV_ALTS),
        *rules.PREFILTER_LOWER,
    ]
)
literals.save_cache()
_VETO_INDEX = Index(_VETO_RULES, _TRIGGERS)
_TOPIC_INDEX = Index([rule for rule, _tps, _w in _TOPIC_RULES], _TRIGGERS)
_STANCE_INDEX = Index([rule for rule, _d, _w in _STANCE_RULES], _TRIGGERS)
_PROV_INDEX = Index(_PROV_RULES, _TRIGGERS)


def compile_all() -> int:
    """Compile every row's patterns and alternatives now, as import once did, each also as
    rewritten for the lowercased text; the number compiled. Rows compile on first use, so a
    pattern that does not compile would otherwise show only on the first measure that opens
    its row (the suite calls this)."""
    patterns = [rx for rule in _ALL_RULES for rx in (rule[WIDE], rule[PLAIN])]
    patterns += [rx for pair in _TOPIC_ALTS + _PROV_ALTS for alts in pair for rx, _n in alts]
    for rx in patterns:
        rx.compiled()
        if rx.lowered is None:
            rx.fold()
    return len({id(rx) for rx in patterns})


def untriggered_matches(scope: str) -> Iterator[tuple[str, str]]:
    """(label, phrase) of every row of every table whose pattern matches SCOPE while none of its
    triggers occurs there: such a row never runs on it. A check of the tables (the suite's on the
    labeled measures, the phrasing probe's ``--triggers`` on its grid), not of a measure."""
    low = scope.lower()
    for rule in _ALL_RULES:
        if rule[5] is not None and not _gate_open(rule[5], low):
            continue  # no match can lack its required words (literals.py; test_literals.py)
        if _triggered(rule, low, scope):
            continue
        m = rule[3].search(scope)
        if m and m.end() > m.start():
            yield rule[0], m.group(0)


_UNDOES_A_POLICY_RE = compile_pattern(rules.UNDOES_A_BARRING_POLICY, re.IGNORECASE)
_POLICY_WORD_RE = compile_pattern(r"\b(?:that|which)\b")


def _stance_matches(text: str) -> list[tuple[int, re.Match[str]]]:
    """Stance cue matches with the semantics of one ordered alternation: leftmost first, and at
    one position the earlier (more specific) rule wins; a match hides the cues inside it.
    Each rule runs as its own regex, and only when its trigger words occur. A match may be on
    the lowercased text: its words are ``text[m.start() : m.end()]``."""
    t = Text(text)
    low = t.low
    which = WIDE if rules.names_a_synonym(low) else PLAIN
    found: list[tuple[int, int, int, re.Match[str]]] = []
    # a verb that undoes a policy named by what it bars ("prohibits any policy that keeps police
    # from …"): a row's match that starts at the verb and runs into the policy reads the two as
    # one act; such a row is read on from the policy (OPPOSES marks the policy as opposed)
    undoes = (
        {m.start(): m.end() for m in _UNDOES_A_POLICY_RE.finditer(text)}
        if _POLICY_WORD_RE.search(low) is not None
        else {}
    )
    for i in _STANCE_INDEX.fired(low, text):
        finditer, string = t.reader(_STANCE_RULES[i][0][which])
        for m in finditer(string):
            if m.end() > m.start():
                verb_end = undoes.get(m.start())
                if verb_end is not None and m.end() > verb_end:
                    found.extend(
                        (m2.start(), i, m2.end(), m2)
                        for m2 in finditer(string, verb_end)
                        if m2.end() > m2.start()
                    )
                    break
                found.append((m.start(), i, m.end(), m))
    found.sort(key=lambda x: (x[0], x[1]))
    out: list[tuple[int, re.Match[str]]] = []
    last_end = -1
    for start, i, end, m in found:
        if start >= last_end:
            out.append((i, m))
            last_end = end
    return out


_IMM_RE = compile_pattern(rules.IMM, re.IGNORECASE)
_AGENCY_RE = compile_pattern(rules.ICE_AGENCY, re.IGNORECASE)

# Words that only matter for other_immigration (not relevant) measures.
_OTHER_IMM_RE = compile_pattern(
    # "alien insurers", "alien species": not people
    r"immigra\w*|undocumented|non-?citizens?|\baliens?\b(?! (?:insurers?|ownership|fire"
    r"|(?:invasive )?(?:species|plants?|animals?|organisms?|weeds?|pests?)))"
    r"|lawful presence|lawfully present|e-?verify|refugees?|asylum|daca|citizenship status"
    r"|work eligibility|unauthorized (?:workers|aliens)|migrants?|deport\w*",
    re.IGNORECASE,
)

_ABBREV_RE = compile_pattern(
    r"\b(?:[A-Za-z]\.){2,}|\b(?:sec|secs|no|nos|art|ch|int|res|ord|stat|seq|inc|co|st|vs|v|etc|u\.s\.c|gen|par|subd|para)\."
    # a section number's point ("BMC 2.26 'Immigration Inquiries Prohibited'") ends no clause
    r"|(?<=\d)\.(?=\d)",
    re.IGNORECASE,
)


# A catch-line that puts its verb last ("Law enforcement; inquiries into immigration status;
# prohibit. Amends ..."), as some legislatures index their bills: the rules read verbs before
# their objects, so the verb is moved to the front of the object it governs.
_CATCHLINE_RE = compile_pattern(
    r"^(?P<head>(?:[^;|]{1,80};\s*){0,3})(?P<obj>[^;|]{3,240});\s*"
    # (a ban or duty undone, named by its noun: "Sanctuary policies; repeal prohibition", 2.80.0)
    r"(?P<verb>(?P<undone>(?:repeal|eliminate|remove)\s+(?:the\s+)?(?:prohibition|ban|restriction"
    r"|requirement|limitation|mandate)s?)"
    r"|prohibit|require|provide for|provide|allow|authorize|create|establish|mandate|limit"
    r"|restrict|ban|repeal|eliminate|modify|revise|clarify"
    # the verb as a noun ("287(g) agreements; prohibition", "Sanctuary cities; ban"), read as
    # the verb (_VERB_OF_NOUN)
    r"|prohibitions?|restrictions?|limitations?|authorization|expansion"
    # ... in the plural the verb's own form takes, ending the line ("…; limits", "…; bans",
    # 2.81.0; not "…; limits on ICE access to jails", a noun with its object)
    r"|(?:limits|bans)(?=\.?\s*(?:\||$)))"
    # "…; prohibit for unlawfully present aliens"
    r"(?P<more>,?\s+and\s+[^;|.]{1,80}|\s+(?:for|to|from|in|on|by)\s+[^;|.]{1,80})?\.?"
    r"(?P<tail>\s+(?:Amends|Creates|Repeals)\b[^|]*)?"
    r"(?=\s*(?:\||$))",
    re.IGNORECASE,
)


_VERB_OF_NOUN = {
    "prohibition": "prohibit",
    "restriction": "restrict",
    "limitation": "limit",
    "authorization": "authorize",
    "expansion": "expand",
}


# The same with a participle and what it governs: "287(g) agreements; sheriffs required to
# enter", "Immigration detainers; compliance required" read as "require sheriffs to enter 287(g)
# agreements", "require compliance immigration detainers".
_PARTICIPLES = {
    "prohibited": "prohibit",
    "required": "require",
    "mandated": "mandate",
    "authorized": "authorize",
    "created": "create",
    "established": "establish",
    "allowed": "allow",
    "banned": "ban",
    "limited": "limit",
    "restricted": "restrict",
    "barred": "bar",
    "repealed": "repeal",
    "expanded": "expand",
}
_CATCHLINE_PARTICIPLE_RE = compile_pattern(
    r"^(?P<head>(?:[^;|]{1,80};\s*){0,2})(?P<obj>[^;|]{3,240});\s*"
    r"(?P<subj>(?:[\w()'’-]+\s+){0,6}?)(?P<verb>" + "|".join(_PARTICIPLES) + r")"
    r"(?P<rest>\s+(?:to|for|from|in|on|with|by)\s+[^;|.]{1,80})?\.?(?=\s*(?:\||$))",
    re.IGNORECASE,
)


# The subject a catch-line's head names when it is the policy's ("Immigration enforcement;
# cooperation with federal authorities; require"): the object read after its verb is about that
# subject, so it is said after it ("require cooperation with federal authorities on immigration
# enforcement") where the object names no such word itself (2.80.0)
_CATCHLINE_SUBJECT_RE = compile_pattern(
    r"immigra|detainer|sanctuar|287\s*\(g\)|\baliens?\b|\b(?-i:ICE)\b", re.IGNORECASE
)
# ... and a place, where the object is an arrest or enforcement named without one ("Courthouses;
# civil arrests; prohibit" is "prohibit civil arrests at Courthouses", 2.81.0)
_CATCHLINE_PLACE_RE = compile_pattern(
    r"^(?:(?:state|public|county|municipal)\s+)?(?:court(?:house)?s?|schools?|hospitals?|churches"
    r"|places?\s+of\s+worship|polling\s+places?|shelters?)$",
    re.IGNORECASE,
)
# (an arrest or enforcement, and no place of its own: "civil arrests at schools" keeps its own)
_CATCHLINE_ARREST_RE = compile_pattern(r"\b(?:arrest|apprehen|enforcement)", re.IGNORECASE)
_CATCHLINE_AT_A_PLACE_RE = compile_pattern(r"\b(?:at|in|near|within|on)\s+\w", re.IGNORECASE)


def _catchline_verb_first(s: str) -> str:
    m = _CATCHLINE_RE.match(s)
    if m is not None:
        more = m.group("more") or ""
        tail = m.group("tail") or ""
        head, verb, obj = m.group("head"), m.group("verb"), m.group("obj").strip()
        verb = _VERB_OF_NOUN.get(verb.lower().rstrip("s"), verb)
        subject = head.strip().rstrip(";").rsplit(";", 1)[-1].strip()
        if (
            subject
            and _CATCHLINE_SUBJECT_RE.search(subject)
            and not _CATCHLINE_SUBJECT_RE.search(f"{obj}{more}")
        ):
            more += f" on {subject}"
        elif (
            _CATCHLINE_PLACE_RE.match(subject)
            and _CATCHLINE_ARREST_RE.search(obj)
            and not _CATCHLINE_AT_A_PLACE_RE.search(f"{obj}{more}")
        ):
            more += f" at {subject}"
        # "repeal prohibition" is the prohibition on the object: "repeal prohibition on sanctuary
        # policies" (a verb of two words such as "provide for" takes its object as it is)
        on = " on" if m.group("undone") else ""
        return f"{head}{verb}{on} {obj}{more}.{tail}{s[m.end() :]}"
    m = _CATCHLINE_PARTICIPLE_RE.match(s)
    if m is not None:
        verb = _PARTICIPLES[folding.lowered_key(m.group("verb"))]
        words = (verb, m.group("subj").strip(), (m.group("rest") or "").strip())
        said = " ".join(w for w in words if w)
        return f"{m.group('head')}{said} {m.group('obj').strip()}.{s[m.end() :]}"
    return s


# A short title named for what the act does to its object, a verb or a verb's noun around it
# ("No Sanctuary Cities Act", "Stop ICE Detainers Act", "287(g) Prohibition Act", "Sanctuary
# State Repeal Act", "ICE Cooperation Restoration Act"): read with the verb first, as a catch-line
# is ("Ban Sanctuary Cities Act"), so the rows that read a verb and its object read it
_ACT_NAME_RE = compile_pattern(
    # ... or for whom it works against it: "Justice for Victims of Sanctuary Cities Act",
    # "Mobilizing Against Sanctuary Cities Act"
    r"(?P<lead>\s*(?:the\s+)?)(?:(?P<pre>no|stop|(?:mobilizing\s+)?against|(?:justice\s+for\s+)?victims\s+of)\s+"
    # "No Bailout for Sanctuary Cities Act", "Stop Funding for …": its money cut off
    r"(?:(?P<money>bailouts?|funding|funds|federal funds|grants"
    r"|(?:tax|taxpayer) (?:dollars|funds|money))"
    r"\s+(?:for|to)\s+)?"
    r"(?P<obj>(?:[^\s;|.]+\s+){0,6}?[^\s;|.]+)"
    r"|(?P<obj2>(?:[^\s;|.]+\s+){0,6}?[^\s;|.]+)\s+(?P<noun>bans?|prohibitions?|repeal|elimination"
    r"|protection|restoration|expansion|preservation|accountability|compliance))\s+(?P<act>act\b)",
    re.IGNORECASE,
)
_VERB_OF_NAME = {
    "no": "Ban",
    "stop": "End",
    "against": "End",
    "mobilizing against": "End",
    # its victims' justice is its being punished
    "victims of": "Restrict",
    "justice for victims of": "Restrict",
    "ban": "Ban",
    "bans": "Ban",
    "prohibition": "Prohibit",
    "prohibitions": "Prohibit",
    "repeal": "Repeal",
    "elimination": "End",
    "protection": "Protect",
    "restoration": "Restore",
    "expansion": "Expand",
    "preservation": "Preserve",
    # a policy held to account is restricted: "Sanctuary City Accountability Act"
    "accountability": "Restrict",
    # "Immigration Detainer Compliance Act" (said of a tool of enforcement only)
    "compliance": "Require",
}


# ... only where what the name acts on is a tracked tool or policy and nothing else ("No
# Sanctuary Cities Act", not "No Bailout for Sanctuary Cities Act" nor "Taxpayer and Citizen
# Protection Act", names whose words the rules read as they stand); "compliance" only with a
# tool ("Sanctuary Policy Compliance Act" could go either way)
_NAMED_KIND = r"(?:\s+(?:agreements?|programs?|polic(?:y|ies)|contracts?))?"
_ACT_OBJECT_RE = compile_pattern(
    rf"(?:{rules.SANCTUARY_POLICY}|{rules.ENFORCEMENT_TOOL}){_NAMED_KIND}", re.IGNORECASE
)
_TOOL_RE = compile_pattern(rf"{rules.ENFORCEMENT_TOOL}{_NAMED_KIND}", re.IGNORECASE)
_ACT_WORD_RE = compile_pattern(r"\bact\b", re.IGNORECASE)


# where a name may start: a part's start, or right after "the" inside a sentence ("urging
# Congress to pass the No Sanctuary Cities Act", "opposing the ICE Detainer Prohibition Act")
_AFTER_THE_RE = compile_pattern(r"\bthe\s+", re.IGNORECASE)


def _act_name_verb_first(s: str) -> str:
    out: list[str] = []
    done = 0
    for start in (0, *(m.end() for m in _AFTER_THE_RE.finditer(s))):
        if start < done:
            continue
        m = _ACT_NAME_RE.match(s, start)
        said = _act_name_said(m) if m is not None else None
        if said is not None:
            out += [s[done:start], said]
            done = m.end()
    return "".join(out) + s[done:] if out else s


def _act_name_said(m: re.Match[str]) -> str | None:
    said = re.sub(r"\s+", " ", folding.lowered_key(m.group("pre") or m.group("noun")))
    obj = m.group("obj") or m.group("obj2")
    if _ACT_OBJECT_RE.fullmatch(obj) is None:
        return None
    if said == "compliance" and _TOOL_RE.fullmatch(obj) is None:
        return None
    verb = "Defund" if m.group("money") else _VERB_OF_NAME[said]
    return f"{m.group('lead')}{verb} {obj} {m.group('act')}"


_CAPTION_OPPOSES_RE = compile_pattern(rules.CAPTION_OPPOSES_A_BILL, re.IGNORECASE)
# what marks such a sentence: a sign no source writes, seen only by `opposed_spans` (a stance row
# that starts at an opposing word must not start at it)
_BILL_TOLD = "\u2298"
_TELLS_THE_BILL_RE = compile_pattern(rules.SUMMARY_TELLS_THE_BILL, re.IGNORECASE)
_SUMMARY_SENTENCE_RE = compile_pattern(r"(?<=[.;])\s+")


def _caption_side_on_summary(s: str) -> str:
    """Under a caption that only opposes a bill it names (`rules.CAPTION_OPPOSES_A_BILL`), the
    summary's sentences that tell what that bill does are marked as opposed; a sentence that
    opposes something itself is read as it stands."""
    parts = s.split(" | ")
    if len(parts) < 2 or _CAPTION_OPPOSES_RE.search(parts[0]) is None:
        return s
    sentences = _SUMMARY_SENTENCE_RE.split(parts[1])
    parts[1] = " ".join(
        f"{_BILL_TOLD} {x}"
        if _TELLS_THE_BILL_RE.match(x) is not None and _OPPOSES_RE.search(x) is None
        else x
        for x in sentences
    )
    return " | ".join(parts)


_AMENDED_LAW_RE = compile_pattern(rules.AMENDED_SANCTUARY_LAW, re.IGNORECASE)
_AMENDED_ACT_RE = compile_pattern(rules.AMENDED_NAMED_ACT, re.IGNORECASE)
_THE_ACT_RE = compile_pattern(
    r"\b[Tt]he Act\b(?!\s+of\b)"
    r"|\bits(?=\s+(?:protections|provisions|requirements|limitations|limits|restrictions)\b)"
)


def _the_act_named(s: str) -> str:
    """After a named sanctuary law amended (`rules.AMENDED_SANCTUARY_LAW`), "the Act" is that law:
    said by its name, the rows that read what is done to a sanctuary law read it."""
    m = _AMENDED_LAW_RE.search(s)
    if m is None:
        return s
    law = m.group("law")
    return s[: m.end()] + _THE_ACT_RE.sub(
        lambda t: f"the {law}'s" if t.group(0) == "its" else f"the {law}", s[m.end() :]
    )


# A veto overridden backs what was vetoed: "Override of the Mayor's veto of the ordinance limiting
# cooperation with ICE", "Motion to override the Governor's veto of Senate Bill 4" read as
# "Supporting …" (the veto alone opposes it; OPPOSES already leaves "veto override" alone)
_VETO_OVERRIDDEN_RE = compile_pattern(
    r"\b(?:motion\s+to\s+)?overrid(?:e|es|ing|den)\b(?:\s+of)?\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"vetoe?s?\s+of\b"
    # ... as an agenda heading: "Veto override: the sanctuary state bill"
    r"|\bveto\s+override\s*[:–—-]",
    re.IGNORECASE,
)
# ... and a measure tabled or put off for good is killed (DOMAIN.md: "tabled" is a failure): "Motion
# to table the sanctuary city ordinance" reads as "Opposing …"
_TABLED_RE = compile_pattern(
    r"\bmotion\s+to\s+(?:table|postpone\s+indefinitely)\b(?!\s+(?:the\s+)?motion\b)"
    # ... as is a measure whose veto is sustained: "Sustaining the Mayor's veto of …"
    r"|\bsustain(?:s|ed|ing)?\b\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}?vetoe?s?\s+of\b",
    re.IGNORECASE,
)


# A thing made binding, or left to choice: "To make 287(g) agreements mandatory" reads as "To
# mandate 287(g) agreements", "makes compliance with detainers optional" as "repeals the
# requirement for compliance with detainers"
_MADE_BINDING_RE = compile_pattern(
    r"\b(?P<verb>mak(?:e|es|ing))\s+(?P<thing>(?:(?!\bmak(?:e|es|ing)\b)[^.;:|]){1,150}?)\s+"
    r"(?P<how>mandatory|compulsory|obligatory|optional|voluntary|discretionary)\b",
    re.IGNORECASE,
)
_BINDING_ENDINGS = {"make": ("e", ""), "makes": ("es", "s"), "making": ("ing", "ing")}
# ... and said to be so: "Provides that compliance with immigration detainers is voluntary" reads
# as "Provides that repeals the requirement for compliance with …" (the thing from a clause's
# start or a "that", so the rows read the requirement's undoing or its making)
_IS_BINDING_RE = compile_pattern(
    r"(?:(?<=\bthat\s)|^|(?<=[.;:|]\s))(?P<thing>(?:(?!\bthat\s)[^.;:|]){3,120}?)"
    r"\s+(?:is|are|shall\s+be|remains?)"
    r"\s+(?P<how>mandatory|compulsory|obligatory|optional|voluntary|discretionary)\b",
    re.IGNORECASE,
)


# ... and a sanctuary place held to account is punished: "To hold sanctuary jurisdictions
# accountable for the release of criminal aliens" reads as "To penalize sanctuary jurisdictions …"
# (not ICE held to account for its agents' conduct, a federal matter)
_HELD_TO_ACCOUNT_RE = compile_pattern(
    r"\bhold(?P<end>s|ing)?\s+(?P<thing>(?:(?!\bhold)[^.;:|]){0,40}?sanctuar[^.;:|]{0,40}?)\s+"
    # ... or liable, or responsible: "To hold sanctuary jurisdictions liable for crimes committed
    # by aliens they release"
    r"(?:accountable|liable|responsible)\b",
    re.IGNORECASE,
)


# ... and a bar barred is leave: "a county jail may not be prohibited from honoring immigration
# detainers" reads as "a county jail is allowed to honoring …" (the act keeps its own words)
_BAR_BARRED_RE = compile_pattern(
    r"\b(?:may|shall|can|must|will)\s+not\s+be\s+(?:prohibited|barred|banned|prevented|restricted"
    r"|restrained|stopped)\s+from\b",
    re.IGNORECASE,
)


# Money barred in the passive ("No state funds may be used to enter into a 287(g) agreement",
# "Public funds shall not be used to transport migrants out of the state") reads as the bar the
# rows know, "prohibits the use of state funds to …": the act it pays for is then turned over,
# whichever side it is on (a bare "No … may" alone reads as a refusal to help enforcement).
_MONEY_WORDS = (
    r"(?:(?:state|public|federal|county|city|municipal|local|taxpayer|general|appropriated"
    # ("no state or federal funds", "no state, local or federal funds")
    r"|agency|district|school|department)(?:,?\s+(?:or|and))?,?\s+){0,3}"
    r"(?:funds?|moneys?|monies|resources|appropriations?|revenues?)"
    r"(?:(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:personnel|facilities|equipment|resources"
    r"|property|staff|funds|money|time)){0,4}"
)
# ... and money that no one may be given: "No money shall be appropriated to any city that
# limits cooperation" denies it to that city; "No funds shall be appropriated for the immigrant
# legal defense program" bars its use for the program
_GIVEN_WORDS = (
    "appropriated",
    "awarded",
    "granted",
    "paid",
    "distributed",
    "allocated",
    "disbursed",
    "provided",
    "made available",
)
_GIVEN = r"(?:" + "|".join(w.replace(" ", r"\s+") for w in _GIVEN_WORDS) + r")"
# ... and the words of money spent (a rider's money may also be "obligated")
_SPENT_WORDS = ("used", "expended", "spent")
_SPENT = r"(?:" + "|".join(_SPENT_WORDS) + r")"
_MONEY_GIVEN_RE = compile_pattern(
    r"\bno\s+(?P<money>" + _MONEY_WORDS + r"|(?:state\s+|federal\s+|public\s+)?grants?)"
    r"\s+(?:may|shall|can)\s+be\s+" + _GIVEN + r"\s+(?P<prep>to|for)\b",
    re.IGNORECASE,
)
_MONEY_BARRED_RE = compile_pattern(
    r"\bno\s+(?P<money>"
    + _MONEY_WORDS
    # ... the money named by where it goes: "no Federal funds made available to the Department
    # of Homeland Security or Department of Justice may be used to carry out …"
    + r"(?:\s+(?:made\s+available|appropriated|provided|authorized)\s+(?:to|by|under|in|for)\s+"
    r"[^.;:|]{1,120}?)?" + r")\s+(?:may|shall|can)\s+be\s+" + _SPENT + r"\s+(?P<prep>to|for)\b"
    r"|\b(?P<money2>"
    + _MONEY_WORDS
    + r")\s+(?:may|shall|can)\s*not\s+be\s+"
    + _SPENT
    + r"\s+(?P<prep2>to|for)\b"
    # ... and an appropriations rider's: "None of the funds made available by this Act may be
    # used to enter into an agreement under section 287(g)"
    r"|\bnone\s+of\s+the\s+(?P<money3>(?:funds|amounts|moneys?|monies)(?:\s+(?:made\s+available"
    r"|appropriated|provided|authorized)(?:\s+(?:by|under|in)\s+(?:this|that|such|any|the)\s+[\w-]+"
    r"(?:\s+or\s+any\s+other\s+[\w-]+)?)?)?)\s+(?:may|shall)\s+be\s+(?:used|expended|obligated"
    r"|spent)\s+(?P<prep3>to|for)\b",
    re.IGNORECASE,
)


# the words that let each rewrite run at all (see ``_normalize``): a word each of its wordings
# holds, for the guards that read a lowercased copy
_BINDING_WORDS = ("ndatory", "ptional", "oluntary", "mpulsory", "bligatory", "iscretionary")
_SPENT_GUARDS = (*_SPENT_WORDS, "obligated")
_GIVEN_GUARDS = tuple(w.split()[-1] for w in _GIVEN_WORDS)


def _money_given(m: re.Match[str]) -> str:
    if m.group("prep").lower() == "to":
        return _cased(f"denies {m.group('money')} to", m)
    return _cased(f"prohibits the use of {m.group('money')} for", m)


def _money_barred(m: re.Match[str]) -> str:
    money = m.group("money") or m.group("money2") or f"the {m.group('money3')}"
    prep = m.group("prep") or m.group("prep2") or m.group("prep3")
    return _cased(f"prohibits the use of {money} {prep}", m)


_ROOM = r"(?:circumstances|situations|cases|conditions)\s+(?:under|in)\s+which\b"
# ... and a government's room widened is leave: "Broadens the circumstances under which a jail may
# honor immigration detainers" reads as "Provides that a jail may honor …"
_ROOM_WIDENED_RE = compile_pattern(
    r"\b(?:broaden|expand|widen|extend)(?:s|ed|ing)?\s+the\s+" + _ROOM,
    re.IGNORECASE,
)
# ... and narrowed, a limit on the act itself: "Narrows the circumstances under which a jail may
# honor immigration detainers" reads as "Limits the authority of a jail to honor …", so the act's
# own side decides ("… may decline detainer requests" is then restrictive), which a limit on
# "the circumstances" alone does not tell the conditions rows
_ROOM_NARROWED_RE = compile_pattern(
    r"\b(?P<verb>narrow|restrict|limit|curtail|reduce)(?P<end>s|ed|ing)?\s+the\s+"
    + _ROOM
    + r"\s+(?P<who>(?:(?!\b(?:may|can)\b)[^.;:|]){1,80}?)\s+(?:may|can)\s+(?!not\b)",
    re.IGNORECASE,
)
_LIMIT_ENDINGS = {"": "limit", "s": "limits", "ed": "limited", "ing": "limiting"}


def _room_narrowed(m: re.Match[str]) -> str:
    verb = _LIMIT_ENDINGS[folding.lowered_key(m.group("end") or "")]
    return _cased(f"{verb} the authority of {m.group('who')} to ", m)


def _cased(words: str, m: re.Match[str]) -> str:
    """WORDS in place of M's text, capitalized as M's text is (a caption's first word)."""
    return words[0].upper() + words[1:] if m.group(0)[0].isupper() else words


def _held_to_account(m: re.Match[str]) -> str:
    verb = {"": "penalize", "s": "penalizes", "ing": "penalizing"}[
        folding.lowered_key(m.group("end") or "")
    ]
    return _cased(f"{verb} {m.group('thing')}", m)


_MANDATORY = ("mandatory", "compulsory", "obligatory")


def _binding(m: re.Match[str], mandated: str, repealed: str) -> str:
    """M's thing mandated, or its requirement repealed (made optional), with the verb endings
    given: "makes … mandatory" and "… is voluntary" say the same as these verbs."""
    if m.group("how").lower() in _MANDATORY:
        return _cased(f"mandat{mandated} {m.group('thing')}", m)
    return _cased(f"repeal{repealed} the requirement for {m.group('thing')}", m)


def _made_binding(m: re.Match[str]) -> str:
    return _binding(m, *_BINDING_ENDINGS[folding.lowered_key(m.group("verb"))])


def _is_binding(m: re.Match[str]) -> str:
    return _binding(m, "es", "s")


def _backing(m: re.Match[str]) -> str:
    return _cased("supporting", m)


def _opposing(m: re.Match[str]) -> str:
    return _cased("opposing", m)


# the replacement character where a source's "§" was lost, before a section's number
_LOST_SECTION_SIGN_RE = compile_pattern(r"\ufffd{1,2}(?=\s*\d)")
# the Government Publishing Office's plain-text quotes: ``sanctuary jurisdiction''
_GPO_QUOTE_RE = compile_pattern(r"``([^`'\n|]{1,80})''")


# Federal officers named in general, the people they seek named after them in the same clause
# ("notify federal authorities when releasing a person who is not lawfully present", "cooperate
# with federal officials regarding undocumented immigrants"): the immigration agency, said so,
# so that every row that reads the agency reads them (2.81.0; before, the few rows that knew
# the form read it and the rest missed it, or read the measure's side the wrong way). The people
# sought are looked for once, after whichever name the officers have.
_FEDERAL_SEEKING_ALIENS_RE = compile_pattern(
    r"\bfederal\s+(?=(?:(?:law\s+enforcement\s+)?(?:authorit(?:y|ies)|officials?|officers?|agents?"
    r"|agenc(?:y|ies))\b|law\s+enforcement\b(?!\s+(?:authorit|officials?\b|officers?\b|agents?\b"
    r"|agenc)))" + rules.ALIENS_AFTER + r")",
    re.IGNORECASE,
)


def _normalize(s: str) -> str:
    """Drop periods inside abbreviations (U.S., Sec., No.) and section numbers (2.26) so they do
    not end a clause, and put a verb-last catch-line's verb, or a short title's, before its
    object."""
    if "\ufffd" in s:
        # a section sign lost to a wrong encoding ("8 C.F.R. \ufffd 287.7", "8 U.S.C. \ufffd 1373")
        # is still one: the citation rows read "§"
        s = _LOST_SECTION_SIGN_RE.sub("§", s)
    if "``" in s:
        # a federal bill's plain text quotes a defined term ``so'': the definition rows (which
        # hide what a definition says from the stance) read it as "so"
        s = _GPO_QUOTE_RE.sub(r'"\1"', s)
    if ";" in s:
        # the summary may be a catch-line too ("Immigration | Sanctuary cities; ban"): each part
        s = " | ".join(_catchline_verb_first(p) if ";" in p else p for p in s.split(" | "))
    if _ACT_WORD_RE.search(s):
        s = " | ".join(_act_name_verb_first(p) for p in s.split(" | "))
    if " | " in s:
        s = _caption_side_on_summary(s)
    # The guards below only spare the regexes work: they read a lowercased copy and single words,
    # so a caption in capitals, or a line break inside a phrase, is rewritten as the same words
    # in lower case on one line are
    low = s.lower()
    if "act" in low and "mend" in low:
        s = _the_act_named(s)
    if "verrid" in low:
        s = _VETO_OVERRIDDEN_RE.sub(_backing, s)
    if "otion" in low or "ustain" in low:
        s = _TABLED_RE.sub(_opposing, s)
    if any(w in low for w in _BINDING_WORDS):
        if "ak" in low:
            s = _MADE_BINDING_RE.sub(_made_binding, s)
        s = _IS_BINDING_RE.sub(_is_binding, s)
    if "ccountable" in low or "iable" in low or "esponsible" in low:
        s = _HELD_TO_ACCOUNT_RE.sub(_held_to_account, s)
    if "not" in low and "from" in low:
        s = _BAR_BARRED_RE.sub("is allowed to", s)
    if any(w in low for w in _SPENT_GUARDS):
        s = _MONEY_BARRED_RE.sub(_money_barred, s)
    if "no" in low and any(w in low for w in _GIVEN_GUARDS):
        s = _MONEY_GIVEN_RE.sub(_money_given, s)
    if "federal" in low:
        s = _FEDERAL_SEEKING_ALIENS_RE.sub(lambda m: f"{m.group(0)}immigration ", s)
    if "which" in low:
        s = _ROOM_WIDENED_RE.sub(lambda m: _cased("provides that", m), s)
        s = _ROOM_NARROWED_RE.sub(_room_narrowed, s)
    if "." not in s:
        return s
    return _ABBREV_RE.sub(lambda m: m.group(0).replace(".", ""), s)


@dataclass
class Evidence:
    """What the rules found in one measure, before the decision."""

    topics: dict[str, float]
    why_topics: list[str]
    weak: list[tuple[str, str, tuple[str, ...], bool]]
    vetoes: list[str]
    acts: list[tuple[str, tuple[str, ...], str]]
    # the sides the named policies give: none where the bill only quotes the law that names them
    act_sides: list[str]
    stance_scores: dict[str, float]
    why_stance: list[tuple[float, str]]
    provisions: list[str]
    has_imm_context: bool
    general: dict[str, float]
    # a "neutral" stance row matched: the caption names a law without taking a side on it
    no_side: bool = False
    # topics of the named policies the measure opposes or repeals: it carries them as they are
    # (DOMAIN.md: a resolution opposing a Values Act is about sanctuary policy, restrictively)
    opposed_topics: frozenset[str] = frozenset()
    # an "informs" row matched: a hearing, forum or report, which changes nothing itself
    informs: bool = False
    # the sides of the named sanctuary laws a measure amends ("Amends the Illinois TRUST Act"):
    # a weak presumption, where nothing says what the amendment does
    amended_sides: tuple[str, ...] = ()
    # a rule that decides relevance alone matched words naming the immigration agency itself
    names_the_agency: bool = False
    # the labels of the topic rows that named a topic (general and weak rows left out)
    topic_rows: frozenset[str] = frozenset()
    # the labels of the general rows that matched
    general_rows: frozenset[str] = frozenset()

    def weak_counts(self, near: bool) -> bool:
        """Whether a weak row's word counts: only with immigration context in the measure and
        near the word (NEAR, as ``gather`` found it)."""
        return self.has_imm_context and near


def _clip(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= MAX_WHY_PHRASE else s[: MAX_WHY_PHRASE - 1] + "…"


_SENTENCE_SPLIT_RE = compile_pattern(r"(?<=[.;])\s+|\s\|\s|\n")
# Words that make a sentence worth reading for stance and provisions (substring tests: this runs
# on every sentence of a long text's windows).
_SENTENCE_ANCHORS = (
    "immigra",
    "customs enforcement",
    "homeland security",
    "dhs",
    "deport",
    "undocumented",
    "citizen",
    "alien",
    "removal proceeding",
    "migrant",
    "sanctuar",
    "detainer",
    "287",
    "trust act",
    "values act",
    "welcoming",
    "civil arrest",
    "detention",
    "identification card",
    "identity card",
    "visa",
    "counsel",
    "prison",
    "illegal",
    "status",
)


def _has_anchor(sentence: str) -> bool:
    low = sentence.lower()
    return "ICE" in sentence or any(a in low for a in _SENTENCE_ANCHORS)


# A resolution's recitals ("Whereas, ICE agents detained ...") give its reasons and quote facts
# and other governments' acts; only its resolved clauses say what it does.
_RECITAL_RE = compile_pattern(
    r"\bwhereas\b.*?(?=\bwhereas\b|\bresolved\b|\bnow,? therefore\b|\Z)",
    re.IGNORECASE | re.DOTALL,
)


_RECITALS_READ = 2_000_000  # characters of a text searched for recitals


def _may_have_recitals(text: str) -> bool:
    return "hereas" in text[:200_000].lower()  # "WHEREAS," as most councils print it


def without_recitals(text: str) -> str:
    """TEXT without its "Whereas" recitals (bounded: only the first 2 M characters are read)."""
    if not _may_have_recitals(text):
        return text
    return _RECITAL_RE.sub(" ", text[:_RECITALS_READ])


_WHEREAS_RE = compile_pattern(r"\bwhereas\b,?", re.IGNORECASE)


def recitals(text: str) -> str:
    """TEXT's "Whereas" recitals alone, the word itself dropped (bounded as `without_recitals`):
    where a resolution over a law it names by number tells what that law does."""
    if not _may_have_recitals(text):
        return ""
    told = " ;\n".join(m.group(0) for m in _RECITAL_RE.finditer(text[:_RECITALS_READ]))
    return _WHEREAS_RE.sub(" ", told)


def text_selection(text: str) -> str:
    """What the rules and the model read of a bill's text: its operative part, bounded."""
    return select_windows(without_recitals(deleted_matter.without_deleted_matter(text)))


# A text wrapped at a fixed width (a PDF's, or the Government Publishing Office's plain text)
# breaks its sentences mid-phrase: "No public funds shall\nbe used to …". A line break between
# two words of one sentence is read as the space it stands for, so the phrase is one phrase and
# the sentence one sentence: a break after a lower-case letter, a digit, a comma or a closing
# parenthesis and before a lower-case letter, a digit, an opening parenthesis or a quote; and a
# break before a capital only after a word no heading ends with ("of the\nFederal Government").
# A break after a sentence's end, a heading's last word before the next sentence ("Data sharing
# requirement\nThe Department …"), and a blank line stay. Only the bounded selection is
# unwrapped, so a 300-page bill costs no more than it did.
_WRAPPED_RE = compile_pattern(r"(?<=[a-z0-9,)])[ \t]*\n[ \t]*(?=[a-z0-9(\"“])")
_WRAPPED_BEFORE_CAPITAL_RE = compile_pattern(
    r"\b(?P<word>the|of|to|and|or|by|for|with|a|an|in|on|under|from|that|any|such|shall|may"
    r"|must|this|these|those|each|all|no|not|as|at|into|upon|between|against|than)"
    r"[ \t]*\n[ \t]*(?=[A-Z])"
)


def _unwrapped(text: str) -> str:
    if "\n" not in text:
        return text
    return _WRAPPED_BEFORE_CAPITAL_RE.sub(r"\g<word> ", _WRAPPED_RE.sub(" ", text))


def select_windows(text: str) -> str:
    """Return the head of ``text`` plus windows around anchor terms, within a fixed budget.

    Anchors are found with ``str.find`` on a lowercased copy (C-speed substring search), and the
    number of hits per anchor, windows and characters are capped, so a 300-page bill costs a few
    milliseconds and the rule set never reads it end to end.
    """
    if len(text) <= HEAD_CHARS + 2 * WINDOW_RADIUS:
        return _unwrapped(text)
    text = text[:MAX_TEXT_CHARS]
    low = text.lower()
    # Anchors are listed strongest first; windows are taken in that order until the budget is
    # spent, so a bill full of "alien" or "detention" still gets its 287(g) section read.
    picked: list[tuple[int, int]] = [(0, HEAD_CHARS)]
    total = HEAD_CHARS
    for anchor in rules.ANCHORS:
        start = HEAD_CHARS
        for _ in range(MAX_HITS_PER_ANCHOR):
            pos = low.find(anchor, start)
            if pos < 0 or total >= MAX_SCOPE_CHARS or len(picked) >= MAX_WINDOWS:
                break
            a, b = max(0, pos - WINDOW_RADIUS), pos + len(anchor) + WINDOW_RADIUS
            start = b
            if any(a < y and x < b for x, y in picked):
                continue
            picked.append((a, b))
            total += b - a
    picked.sort()
    # windows are joined with a clause break so no rule reads across two windows; only their
    # sentences that name the subject go on to the rule set
    windows = _unwrapped(" ;\n".join(text[a:b] for a, b in picked))
    keep: list[str] = []
    size = 0
    for sent in _SENTENCE_SPLIT_RE.split(windows):
        if _has_anchor(sent):
            keep.append(sent)
            size += len(sent)
            if size >= MAX_TEXT_SCOPE:
                break
    return " ;\n".join(keep)[:MAX_TEXT_SCOPE]


def _anchored_sentences(clean: str) -> str:
    """Only sentences that name the subject carry stance: a bill's other sections say "shall"
    and "prohibits" about everything else."""
    if len(clean) < 400:
        return clean
    keep = [s for s in _SENTENCE_SPLIT_RE.split(clean) if _has_anchor(s)]
    return " ;\n".join(keep)


# A digest's account of the law as it stands ("Existing law, the California Values Act, prohibits
# ...", "Current law prohibits: ...") quotes the law the bill changes; only what follows ("This
# bill would ...", "The bill repeals ...") says which way the bill goes. Stance cues skip it.
# The account opens a sentence and ends where the digest turns to the bill, within a bounded
# span (a bill's own "consistent with existing law" is no account).
_CURRENT_LAW_RE = compile_pattern(
    r"(?:^|(?<=[.;:|\n])\s*)(?:under )?(?:existing|current|present) (?:federal |state )?law\b"
    r".{0,1500}?(?=\b(?:this|the) (?:bill|act|measure)\b|\Z)",
    re.IGNORECASE | re.DOTALL,
)


_REPEALS_IT_RE = compile_pattern(rules.widen(rules.REPEALS_WHAT_IT_QUOTED), re.IGNORECASE)
_EXTENDS_IT_RE = compile_pattern(rules.widen(rules.EXTENDS_WHAT_IT_QUOTED), re.IGNORECASE)


def split_current_law(text: str) -> tuple[str, str]:
    """(what the bill does, the digest's account of the law as it stands)."""
    if "law" not in text and "LAW" not in text and "Law" not in text:  # "EXISTING LAW" too
        return text, ""
    does: list[str] = []
    quoted: list[str] = []
    last = 0
    for m in _CURRENT_LAW_RE.finditer(text):
        does.append(text[last : m.start()])
        quoted.append(m.group(0))
        last = m.end()
    if not quoted:
        return text, ""
    does.append(text[last:])
    return " ;\n".join(does), " ;\n".join(quoted)


def _blank_vetoes(scope: str, low: str, vetoes: list[str], index: Index | None = None) -> str:
    """Replace look-alike spans by spaces (same length) and record each reason once."""
    spans: list[tuple[int, int]] = []
    which = WIDE if rules.names_a_synonym(low) else PLAIN
    index = _VETO_INDEX if index is None else index
    t: Text | None = None
    for i in index.fired(low, scope):
        rule = index.table[i]
        found = False
        if t is None:
            t = Text(scope, low)
        finditer, string = t.reader(rule[which])
        for m in finditer(string):
            if m.end() > m.start():
                spans.append((m.start(), m.end()))
                found = True
        if found and rule[0] not in vetoes:
            vetoes.append(rule[0])
    if not spans:
        return scope
    chars = list(scope)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


# the other direction, for what a measure opposes, repeals or quotes
OTHER_SIDE = {"protective": "restrictive", "restrictive": "protective"}


# at a word's start, as every row (the same spans on the rules part, in about half the time)
_OPPOSES_RE = compile_pattern(_at_word_start(rules.widen(rules.OPPOSES)), re.IGNORECASE)
# (read like a row, on the lowercased text where that is exact: ``Text.reader``)
_OPPOSED_OR_TOLD = LazyPattern(f"{_OPPOSES_RE.pattern}|{_BILL_TOLD}")
_OPPOSED_END_RE = compile_pattern(rules.widen(rules.OPPOSED_ENDS), re.IGNORECASE)
_CLAUSE_END_RE = compile_pattern(r"[,.;:|\n]")
_SENTENCE_END_RE = compile_pattern(r"[.;|\n]")
_OPPOSED_BILL_RE = compile_pattern(rules.OPPOSED_BILL_TELLS, re.IGNORECASE)
_REPEALED = LazyPattern(rules.REPEALED_PASSIVE)
_REPEALED_ITEM = LazyPattern(rules.REPEALED_ITEM)
_ITEM_START_RE = compile_pattern(r"[,.;:|\n]\s*")
# where a clause starts, for what a passive repeal undoes (a comma does not end its subject:
# "Sections 12 through 18, relating to …, are repealed"; a subordinate clause starts its own:
# "denouncing the state's law … until such time as the new law is revoked" undoes nothing of
# the main clause)
_CLAUSE_START_RE = compile_pattern(
    r"[.;:|\n]\s*|\b(?:until(?:\s+such\s+time\s+as)?|unless|whenever|when|if)\s+", re.IGNORECASE
)
# what may stand between two opposing words stacked on one object: "and", "or", a comma, an
# adverb ("denouncing and strongly opposing")
_STACKED_RE = compile_pattern(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:also\s+)?(?:\w+ly\s+)?", re.IGNORECASE
)


def opposed_spans(text: str) -> list[tuple[int, int]]:
    """Spans of TEXT that name what the measure opposes, vetoes or rejects: from just after the
    opposing word to the end of its clause. Cues inside them say what the opposed measure does."""
    spans = []
    last_end = -1
    t = Text(text)
    finditer, string = t.reader(_OPPOSED_OR_TOLD)
    for m in finditer(string):
        # opposing words stacked on one object are one opposition: "denouncing and opposing SB
        # 4", "strongly opposes and rejects …" (two turns cancel only when one acts on the other)
        # (the span starts after the last of them, where the object starts)
        if last_end >= 0 and _STACKED_RE.fullmatch(text, last_end, m.start()):
            last_end = m.end()
            spans[-1] = (m.end(), spans[-1][1])
            continue
        last_end = m.end()
        # "Notwithstanding Subsection (b)(3), a local entity may prohibit ...": what it overrides
        # ends at the comma, and the provision after it is the measure's own
        word = m.group(0).lower()
        ends = (
            _CLAUSE_END_RE
            if word == "notwithstanding"
            # a sentence telling what an opposed bill does is the bill's to its end
            else _SENTENCE_END_RE
            if word == _BILL_TOLD
            else _OPPOSED_END_RE
        )
        end = ends.search(text, m.end())
        while end is not None and _tells_the_bill(text, m.end(), end):
            end = ends.search(text, end.end())
        spans.append((m.end(), end.start() if end else len(text)))
    # a passive undoing opposes what comes before it: back to its clause's start, or for an
    # index caption's bare participle, to the comma that starts its item
    for undone, start_re in ((_REPEALED, _CLAUSE_START_RE), (_REPEALED_ITEM, _ITEM_START_RE)):
        finditer, string = t.reader(undone)
        for m in finditer(string):
            starts = [b.end() for b in start_re.finditer(text, 0, m.start())]
            spans.append((starts[-1] if starts else 0, m.start()))
    return spans


def _tells_the_bill(text: str, start: int, end: re.Match[str]) -> bool:
    """Whether END, a bill's verb after "and" or a comma, is another item of a clause telling what
    the opposed bill does (`rules.OPPOSED_BILL_TELLS`), not the measure's own next act."""
    verb = end.groupdict().get("does") or end.groupdict().get("undoes")
    if verb is None or end.group(0).lower().endswith("ing"):
        return False
    return _OPPOSED_BILL_RE.search(text, start, end.start()) is not None


def _inside(i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether position I is opposed: inside an odd number of opposed spans. Two turns cancel:
    in "opposing the repeal of the Trust Act" the act is inside the span "opposing" opens and
    the one "repeal" opens, so the measure backs it."""
    return sum(a <= i < b for a, b in spans) % 2 == 1


def _positions(p: str | re.Pattern[str], text: str) -> list[int]:
    if isinstance(p, str):
        low = text.lower()
        out, i = [], low.find(p)
        while i >= 0:
            out.append(i)
            i = low.find(p, i + 1)
        return out
    return [m.start() for m in p.finditer(text)]


def gather(scope: str, model_flags: bool = False) -> Evidence:
    """Run every table over the (already windowed) scope text. MODEL_FLAGS: the learned model
    reads the measure as relevant, so its direction is wanted even where no rule named a topic."""
    vetoes: list[str] = []
    # a statute's lists and asides as plain clauses (statute.py); the model reads the words as
    # they are
    scope = statute.plain_clauses(scope)
    clean = _blank_vetoes(scope, scope.lower(), vetoes)
    low = clean.lower()
    seen = _TRIGGERS.present(low)
    text = Text(clean, low)
    topics: dict[str, float] = {}
    general: dict[str, float] = {}
    why_topics: list[str] = []
    topic_rows: set[str] = set()
    general_rows: set[str] = set()
    weak: list[tuple[str, str, tuple[str, ...], bool]] = []
    names_the_agency = False
    # Each rule is its own regex: one rule's match never hides another's phrase.
    which = WIDE if rules.names_a_synonym(low) else PLAIN
    for i in _TOPIC_INDEX.fired(low, clean):
        rule, tps, weight = _TOPIC_RULES[i]
        m = _search_first(_TOPIC_ALTS[i][which - WIDE], text, seen)
        if m is None:
            continue
        label, phrase = rule[0], text.phrase(m)
        if weight == rules.GENERAL:
            for t in tps:
                general[t] = general.get(t, 0) + weight
            general_rows.add(label)
            why_topics.append(f"{label}: '{_clip(phrase)}'")
        elif weight >= 2:
            for t in tps:
                topics[t] = topics.get(t, 0) + weight
            why_topics.append(f"{label}: '{_clip(phrase)}'")
            topic_rows.add(label)
            names_the_agency = names_the_agency or _AGENCY_RE.search(phrase) is not None
        else:
            # a weak word counts only with immigration context near it (whole text when short)
            if len(clean) <= NEAR_CONTEXT * 4:
                near = True
            else:
                # same sentence, at most NEAR_CONTEXT characters away
                a = max(m.start() - NEAR_CONTEXT, *(clean.rfind(c, 0, m.start()) for c in ".;\n"))
                ends = [e for e in (clean.find(c, m.end()) for c in ".;\n") if e >= 0]
                b = min([m.end() + NEAR_CONTEXT, *ends])
                near = _IMM_RE.search(clean, max(a, 0), b) is not None
            weak.append((label, phrase, tps, near))
    does, quoted = split_current_law(clean)
    # a bill that repeals the law its digest quotes goes the other way from that law; one that
    # extends it goes that law's way
    reverses = bool(quoted) and _REPEALS_IT_RE.search(does) is not None
    extends = bool(quoted) and not reverses and _EXTENDS_IT_RE.search(does) is not None
    acts: list[tuple[str, tuple[str, ...], str]] = []
    act_sides: list[str] = []
    opposed: set[str] = set()
    amended: list[tuple[int, int]] | None = None  # the sanctuary laws amended, found once
    amended_sides: list[str] = []
    does_spans: list[tuple[int, int]] | None = None  # found once, when a named policy is
    for (label, p, tps, stance), needed in zip(_ACTS, _ACT_NEEDS, strict=True):
        if isinstance(p, str):
            if p not in low:
                continue
        elif (needed is not None and not _gate_open(needed, low)) or p.search(clean) is None:
            continue
        acts.append((label, tps, stance))
        if does_spans is None:
            does_spans = opposed_spans(does)
        # a named policy gives its side only where the bill does something with it: the
        # other side where the measure opposes it ("urging the Governor to veto the TRUST Act")
        where = _positions(p, does)
        if amended is None:
            amended = [
                m.span("named")
                for rx in (_AMENDED_LAW_RE, _AMENDED_ACT_RE)
                for m in rx.finditer(does)
            ]
        if where and amended:
            # named as the law a measure amends ("Amends the Illinois TRUST Act"): no side there
            where = [i for i in where if not any(a <= i < b for a, b in amended)]
            if not where:
                # ... only a presumption, which any cue of what the amendment does outweighs
                amended_sides.append(stance)
                continue
        if any(not _inside(i, does_spans) for i in where):
            act_sides.append(stance)
        elif where or reverses:
            act_sides.append(OTHER_SIDE[stance])
            opposed.update(tps)
        elif extends:
            act_sides.append(stance)
    has_ctx = _IMM_RE.search(clean) is not None
    scores = {"protective": 0.0, "restrictive": 0.0}
    no_side = False
    informs = False
    why_stance: list[tuple[float, str]] = []
    provisions: list[str] = []
    if topics or acts or general or (has_ctx and (model_flags or any(w[3] for w in weak))):
        # stance and provisions only matter for a measure that can be relevant (by a rule, or
        # by the learned model, which needs an immigration word to flag a measure)
        stance_seen: set[str] = set()
        parts: list[tuple[str, str | None]] = [(does, None)]
        if reverses or extends:
            parts.append((quoted, "repeals" if reverses else "extends"))
        for part, quoted_as in parts:
            read = _anchored_sentences(part)
            spans = opposed_spans(read)
            for i, m in _stance_matches(read):
                label, _trig, direction, weight, _ = rules.STANCE_RULES[i]
                if direction in ("amended", "defines"):
                    continue
                if direction not in scores:
                    no_side = True
                    informs = informs or direction == "informs"
                    continue
                if quoted_as == "repeals":
                    direction, label = OTHER_SIDE[direction], f"current law it repeals: {label}"
                elif quoted_as == "extends":
                    label = f"current law it extends: {label}"
                elif _inside(m.start(), spans):
                    if weight < 1:
                        continue  # a bare "requires" or "prohibits" says nothing reversed
                    direction, label = OTHER_SIDE[direction], f"the measure it opposes: {label}"
                scores[direction] += weight
                if label not in stance_seen and weight >= 1:
                    stance_seen.add(label)
                    phrase = read[m.start() : m.end()]
                    why_stance.append((weight, f"{direction} cue, {label}: '{_clip(phrase)}'"))
        provisions = [
            _PROV_RULES[i][0]
            for i in _PROV_INDEX.fired(low, clean)
            if _search_first(_PROV_ALTS[i][which - WIDE], text, seen)
        ]
    return Evidence(
        topics,
        why_topics,
        weak,
        vetoes,
        acts,
        act_sides,
        scores,
        why_stance,
        provisions,
        has_ctx,
        general,
        no_side,
        frozenset(opposed),
        informs,
        tuple(amended_sides),
        names_the_agency,
        frozenset(topic_rows),
        frozenset(general_rows),
    )


def general_topics(ev: Evidence) -> dict[str, float]:
    """Topics named only by general rules (used when no specific rule named one)."""
    return ev.general


def _without_prefilter_terms(rule: Rule) -> Rule:
    label, lower, upper, rx, plain, needed = rule
    return (
        label,
        tuple(t for t in lower if not any(p in t for p in rules.PREFILTER_LOWER)),
        upper,
        rx,
        plain,
        needed,
    )


# For measures the prefilter rejected (nine in ten bills): a veto trigger that holds a prefilter
# term ("sanctuar", "detainer") cannot occur in them, so it is not looked for, and a veto left
# with no trigger cannot fire (17 of the 26 veto rows keep a trigger). Same reasons, fewer tests.
_REJECTED_VETO_RULES = [
    pruned
    for rule in _VETO_RULES
    if (pruned := _without_prefilter_terms(rule))[1] or pruned[2] or not (rule[1] or rule[2])
]
# The prefilter's words and these vetoes' words, found in one pass over a measure: nine in ten
# bills stop here, and one pass costs less than their 170 substring tests (and less than the
# pass over every table's words, which a bill the prefilter rejects never needs)
_SCREEN = TriggerFinder([*rules.PREFILTER_LOWER, *_words_of(_REJECTED_VETO_RULES)])
_PREFILTER_WORDS = frozenset(rules.PREFILTER_LOWER)
# the list's first words, those nearly every immigration measure holds
_PREFILTER_COMMON = rules.PREFILTER_LOWER[:5]
_REJECTED_VETO_INDEX = Index(_REJECTED_VETO_RULES, _SCREEN)


def veto_reasons(scope: str) -> list[str]:
    """Look-alike reasons for a measure the prefilter already rejected (for its ``why``)."""
    vetoes: list[str] = []
    _blank_vetoes(scope, scope.lower(), vetoes, _REJECTED_VETO_INDEX)
    return vetoes


_UPPER_WORDS = compile_pattern(r"\b(?:" + "|".join(map(re.escape, rules.PREFILTER_UPPER)) + r")\b")


def prefilter(blob: str) -> bool:
    """True when the text could match some rule: any of its words (``PREFILTER_LOWER``), then
    one search for the case-sensitive acronyms as words of their own ("ICE", not the ICE inside
    "SERVICES" or "POLICE" of an all-capitals caption)."""
    low = blob.lower()
    # the words nearly every immigration measure holds, first: such a measure passes at once
    for t in _PREFILTER_COMMON:
        if t in low:
            return True
    if not _SCREEN.present(low).isdisjoint(_PREFILTER_WORDS):
        return True
    return any(t in blob for t in rules.PREFILTER_UPPER) and bool(_UPPER_WORDS.search(blob))


_URGING_RE = compile_pattern(rules.widen(rules.URGING), re.IGNORECASE)


def urges_others(title: str) -> bool:
    """True for a resolution or memorial addressed to another government (urges, commends …)."""
    return _URGING_RE.search(title[:400]) is not None


_NAMED_MEASURE_RE = compile_pattern(rules.widen(rules.NAMED_MEASURE), re.IGNORECASE)
_OPERATIVE_RE = compile_pattern(rules.widen(rules.OPERATIVE), re.IGNORECASE)


def says_what_it_does(title: str) -> bool:
    """True when a title carries an operative verb (prohibits, requires, repeals …)."""
    return _OPERATIVE_RE.search(title[:2000]) is not None


def names_a_measure(blob: str) -> bool:
    """True when the text names a bill, act or ordinance (one a resolution backs or opposes)."""
    return _NAMED_MEASURE_RE.search(blob) is not None


_FEDERAL_ACTORS_RE = compile_pattern(
    rules.FEDERAL_ACTORS + "|" + rules.FEDERAL_ONLY_ACTS, re.IGNORECASE
)
_SUBFEDERAL_RE = compile_pattern(rules.SUBFEDERAL_GOVERNMENT, re.IGNORECASE)


def names_subfederal(blob: str) -> bool:
    """Whether a state, a locality or their police, jails or departments are named
    (rules.SUBFEDERAL_GOVERNMENT)."""
    return _SUBFEDERAL_RE.search(blob) is not None


def only_federal_in_sight(blob: str) -> bool:
    """Whether the only governments a measure names are federal ones: some federal actor or an
    act only they do (rules.FEDERAL_ACTORS, FEDERAL_ONLY_ACTS) and no state, locality or their
    police (rules.SUBFEDERAL_GOVERNMENT)."""
    return _FEDERAL_ACTORS_RE.search(blob) is not None and not names_subfederal(blob)


def federal_law_itself(ev: Evidence, blob: str) -> bool:
    """Whether a measure's only general words are about immigration law or enforcement as such
    (not cooperation with it, nor police beside its agents, which name a second party) and the
    only governments it names are federal ones."""
    return ev.general_rows <= rules.GENERAL_ABOUT_THE_LAW and only_federal_in_sight(blob)


_BY_CONTRACT_RE = compile_pattern(rules.DETENTION_BY_CONTRACT, re.IGNORECASE)
_SITE_RE = compile_pattern(rules.DETENTION_SITE, re.IGNORECASE)
_FEDERAL_SITE_WORK_RE = compile_pattern(rules.FEDERAL_SITE_WORK, re.IGNORECASE)


def _detention_with_only_federal_in_sight(ev: Evidence, blob: str) -> bool:
    """Whether the only topic a rule found is detention_contracts, with no named policy, in a
    measure whose only governments are federal ones."""
    return set(ev.topics) == {"detention_contracts"} and not ev.acts and only_federal_in_sight(blob)


def federal_detention_itself(ev: Evidence, blob: str) -> bool:
    """Whether a measure on immigration detention with only federal governments in sight names
    no contract and no facility being opened, built or run other than by the agency itself: the
    agency's own detention, a federal matter (rules.DETENTION_BY_CONTRACT, DETENTION_SITE,
    FEDERAL_SITE_WORK)."""
    return (
        _detention_with_only_federal_in_sight(ev, blob)
        and _BY_CONTRACT_RE.search(blob) is None
        and (_SITE_RE.search(blob) is None or _FEDERAL_SITE_WORK_RE.search(blob) is not None)
    )


_ADDRESSES_FEDERAL_RE = compile_pattern(rules.ADDRESSES_FEDERAL, re.IGNORECASE)


def calls_on_federal_detention(ev: Evidence, blob: str, caption: str) -> bool:
    """Whether a resolution calls on the federal government (rules.ADDRESSES_FEDERAL) about
    immigration detention alone, with no government below the federal one in sight: a call about
    the agency's own detention ("calling upon the Department of Homeland Security to terminate
    the use of privately-run immigration detention facilities"), which DOMAIN.md reads as one
    about federal agents' conduct, whatever contract it names."""
    return (
        _detention_with_only_federal_in_sight(ev, blob)
        and _ADDRESSES_FEDERAL_RE.search(caption[:400]) is not None
    )


_BLAMES_AGENTS_CONDUCT_RE = compile_pattern(rules.BLAMES_AGENTS_CONDUCT, re.IGNORECASE)


def blames_agents_conduct(caption: str) -> bool:
    """Whether a caption condemns or denounces what the immigration agents did ("condemning ICE
    raids at local schools"), the agents' own conduct (rules.BLAMES_AGENTS_CONDUCT)."""
    return _BLAMES_AGENTS_CONDUCT_RE.search(caption[:400]) is not None


_ICE_NAME_RE = compile_pattern(
    r"\b(?-i:ICE)\b|immigration and customs|homeland security|customs enforcement", re.IGNORECASE
)


def names_ice(blob: str) -> bool:
    """The federal immigration agency named: "ICE" as a word of its own, or spelled out."""
    return _ICE_NAME_RE.search(blob) is not None


def other_immigration(blob: str) -> str | None:
    """The first immigration word in a measure that no topic rule claimed, if any."""
    m = _OTHER_IMM_RE.search(blob)
    return m.group(0) if m else None


# Words of employment verification alone ("E-Verify"): DOMAIN.md reads E-Verify for employers as
# other_immigration, so they are not enough for the learned model to flag a measure by itself
_EMPLOYMENT_CHECK_RE = compile_pattern(r"e-?verify|work eligibility", re.IGNORECASE)


def model_may_flag(blob: str) -> bool:
    """Whether a measure names immigration in a way the learned model may flag it on: some
    immigration word other than employment verification, or the agency's name."""
    if names_ice(blob):
        return True
    return any(not _EMPLOYMENT_CHECK_RE.fullmatch(m.group(0)) for m in _OTHER_IMM_RE.finditer(blob))


normalize = _normalize
