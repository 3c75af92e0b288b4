"""Scoring the classifier against labeled JSON Lines: the figures of docs/classifier.md.

One report covers any mix of files. A row with ``topics`` is a labeled measure (relevance,
terse-title relevance, stance, topics); a row without is a background bill, which can only be a
false alarm when flagged. A row with ``text_for`` is a bill's text (``texts.jsonl``), read with
its measure or background bill unless texts are left out, and only where the triage would have
the spider fetch it (candidate or maybe): that is how the spiders hand the classifier a text.
The keyword baseline is scored on the same rows beside the classifier (title and summary only),
and the classifier's speed is timed on them (CPU time of this process).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from . import CLASSIFIER_VERSION, LOOK_ALIKE_BASES, TOPICS, Classification, classify, triage
from .engine import prefilter

# The keyword search advocates would otherwise run; the figure every result is compared with.
BASELINE_RE = re.compile(
    r"sanctuary|287\(g\)|detainer|immigration|trust act|\b(?-i:ICE)\b|immigrant", re.IGNORECASE
)
# An official title this short carries little: its summary (or text) has to decide.
TERSE_WORDS = 8
FALSE_ALARM_PER = 5_000
# Words that say a measure touches immigration at all, wider than any rule reads (the rules'
# own prefilter words are counted too): a relevant measure naming none of them anywhere in its
# title, summary or text ("RELATING TO LAW ENFORCEMENT.", "Criminal Amendments") can be found
# only by guessing. Their share bounds the recall, and the stance (a missed measure counts as a
# wrong stance), that any reader of the same words could reach.
IMMIGRATION_WORDS_RE = re.compile(
    r"immigra|migra(?:nt|tion)|\balien|\b(?-i:ICE|DHS|CBP|INS|USCIS)\b|homeland security"
    r"|customs|deport|removal|sanctuar|detain|287|citizen|undocumented|refugee|asylum|border"
    r"|foreign[- ]born|national origin|visa\b|lawful(?:ly)? presen|legal (?:presence|status)"
    r"|unlawful(?:ly)? presen|newcomer|welcoming|trust act|values act",
    re.IGNORECASE,
)


def baseline(title: str, summary: str | None) -> bool:
    """True when the keyword baseline flags a measure."""
    return BASELINE_RE.search(f"{title} {summary or ''}") is not None


def is_terse(title: str) -> bool:
    """An official title of at most ``TERSE_WORDS`` words ("Relating to immigration.")."""
    return len(title.split()) <= TERSE_WORDS


def _share(part: int, whole: int) -> float:
    """PART of WHOLE; 1.0 of nothing (no row to get wrong)."""
    return part / whole if whole else 1.0


def _micro_f1(tp: int, fp: int, fn: int) -> float:
    d = 2 * tp + fp + fn
    return 2 * tp / d if d else 1.0


def within_reach(title: str, summary: str | None, text: str | None) -> bool:
    """Whether any word of the measure says it touches immigration (``IMMIGRATION_WORDS_RE``
    or the rules' prefilter): what the bound on recall and stance counts."""
    blob = " ".join(p for p in (title, summary, text) if p)
    return prefilter(blob) or IMMIGRATION_WORDS_RE.search(blob) is not None


def stable_id(row: dict) -> str:
    """The fields that name one measure wherever it is copied (the held-out split and the
    texts both key on it)."""
    year = row.get("year") or row.get("session_or_year") or ""
    parts = (row.get("jurisdiction"), row.get("identifier"), year, row.get("title"))
    return "|".join(str(p or "") for p in parts)


@dataclass
class Confusion:
    """Counts for one binary decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, pred: bool) -> None:
        if gold and pred:
            self.tp += 1
        elif pred:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def pr(self) -> str:
        """Precision and recall as printed; "n/a" where nothing was flagged or nothing is gold."""
        p = f"{self.precision:.3f}" if self.tp + self.fp else "n/a"
        r = f"{self.recall:.3f}" if self.tp + self.fn else "n/a"
        return f"P {p}  R {r}"


@dataclass
class EvalRow:
    """One confusion row: what a reviewer needs to see why it went wrong."""

    # "false positive" | "false negative" | "wrong stance" | "wrong topics" | "false alarm"
    kind: str
    identifier: str
    title: str
    detail: str
    why: list[str]


@dataclass
class EvalReport:
    """Figures for one or more labeled/background files."""

    paths: list[str]
    relevance: Confusion = field(default_factory=Confusion)
    terse: Confusion = field(default_factory=Confusion)
    base_relevance: Confusion = field(default_factory=Confusion)
    base_terse: Confusion = field(default_factory=Confusion)
    stance_ok: int = 0
    stance_n: int = 0
    # of the relevant rows found (``relevance.tp``): how many have the right stance (the
    # reading, apart from the finding)
    stance_found_ok: int = 0
    # relevant rows (all; terse) whose words name immigration somewhere (``within_reach``)
    reach: int = 0
    terse_reach: int = 0
    # topics of the relevant rows found alone: [true, false, missed] (a missed measure's topics
    # are all missed in the micro-F1)
    topics_found: list[int] = field(default_factory=lambda: [0, 0, 0])
    # per topic: [true, false, missed], so a reader sees which topics cost the micro-F1 (the
    # micro counts are their sums)
    by_topic: dict[str, list[int]] = field(default_factory=dict)
    background_n: int = 0
    false_alarms: int = 0
    base_false_alarms: int = 0
    seconds: float = 0.0
    classified: int = 0
    with_text: int = 0
    background_with_text: int = 0
    text_unfetched: int = 0
    # where the errors come from, counted by mechanism (never by row, so the held-out part can
    # be read this way too): why each relevant measure was missed, how each labeled false flag
    # was read, and which way each wrong stance of a measure found went
    miss_causes: Counter[str] = field(default_factory=Counter)
    false_flags_with_text: int = 0
    stance_causes: Counter[str] = field(default_factory=Counter)
    rows: list[EvalRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    # Short names kept for callers that read one labeled file.
    @property
    def n(self) -> int:
        return self.relevance.n + self.background_n

    @property
    def precision(self) -> float:
        return self.relevance.precision

    @property
    def recall(self) -> float:
        return self.relevance.recall

    @property
    def stance_accuracy(self) -> float:
        return _share(self.stance_ok, self.stance_n)

    @property
    def stance_accuracy_found(self) -> float:
        """The stance accuracy on the relevant rows found (the reading, apart from the finding)."""
        return _share(self.stance_found_ok, self.relevance.tp)

    @property
    def reach_bound(self) -> float:
        """The recall (and stance accuracy) at most reachable without guessing."""
        return _share(self.reach, self.relevance.tp + self.relevance.fn)

    @property
    def topic_tp(self) -> int:
        return sum(c[0] for c in self.by_topic.values())

    @property
    def topic_fp(self) -> int:
        return sum(c[1] for c in self.by_topic.values())

    @property
    def topic_fn(self) -> int:
        return sum(c[2] for c in self.by_topic.values())

    @property
    def topic_f1(self) -> float:
        return _micro_f1(self.topic_tp, self.topic_fp, self.topic_fn)

    @property
    def topic_f1_found(self) -> float:
        """The topic micro-F1 on the relevant rows found (the reading, apart from the finding)."""
        return _micro_f1(*self.topics_found)

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.background_n if self.background_n else 0.0

    @property
    def rate(self) -> float:
        """Measures classified per CPU-second."""
        return self.classified / self.seconds if self.seconds else 0.0

    def format(self, show_rows: bool = True) -> str:
        """The figures, the baseline beside them, then (optionally) every confusion row."""
        rel, ter, brel, bter = self.relevance, self.terse, self.base_relevance, self.base_terse
        per = FALSE_ALARM_PER
        lines = [
            f"classifier {CLASSIFIER_VERSION} on {', '.join(self.paths)}",
            f"labeled rows {rel.n} ({rel.tp + rel.fn} relevant), background rows "
            f"{self.background_n}",
            f"relevance      {rel.pr()}  F1 {rel.f1:.3f}  (tp {rel.tp}, fp {rel.fp}, fn {rel.fn},"
            f" tn {rel.tn})   baseline {brel.pr()}",
            f"terse titles   {ter.pr()}  ({ter.n} rows of <= {TERSE_WORDS} words,"
            f" {ter.tp + ter.fn} relevant)   baseline {bter.pr()}",
            f"stance         accuracy {self.stance_accuracy:.3f} on {self.stance_n} relevant rows"
            + (f" ({self.stance_accuracy_found:.3f} on the {rel.tp} found)" if rel.tp else ""),
            f"topics         micro-F1 {self.topic_f1:.3f}"
            f"  (tp {self.topic_tp}, fp {self.topic_fp}, fn {self.topic_fn})"
            + (f" ({self.topic_f1_found:.3f} on the {rel.tp} found)" if rel.tp else ""),
        ]
        relevant, terse_relevant = rel.tp + rel.fn, ter.tp + ter.fn
        if relevant:
            terse_bound = _share(self.terse_reach, terse_relevant)
            lines.append(
                f"within reach   {self.reach} of {relevant} relevant rows ({self.terse_reach} of"
                f" {terse_relevant} terse) name immigration anywhere; without guessing, recall and"
                f" stance at most {self.reach_bound:.3f} (terse {terse_bound:.3f})"
            )
        if self.by_topic:
            lines.append(
                "  by topic      (tp / fp / fn; the measures' own topics, missed ones included)"
            )
            lines.extend(
                f"    {t:<20} {tp:>4} / {fp:>3} / {fn:>3}"
                for t, (tp, fp, fn) in sorted(self.by_topic.items(), key=lambda kv: -sum(kv[1]))
            )
        if self.with_text or self.background_with_text or self.text_unfetched:
            lines.append(
                f"texts          {self.with_text} labeled rows and {self.background_with_text}"
                " background bills read with their bill text; "
                f"{self.text_unfetched} more read without it, as the spiders would not fetch it"
                " (triage: no) (--no-texts leaves all out)"
            )
        lines.extend(self._causes())
        if self.background_n:
            lines.append(
                f"false alarms   {self.false_alarms} of {self.background_n} background bills"
                f" = {self.false_alarm_rate * per:.2f} per {per:,}"
                f"   baseline {self.base_false_alarms}"
                f" = {self.base_false_alarms / self.background_n * per:.1f} per {per:,}"
            )
        lines.append(
            f"speed          {self.rate:,.0f} measures per CPU-second"
            f" ({self.classified} classified, title + summary"
            f"{', and text where given' if self.with_text or self.background_with_text else ''})"
        )
        if show_rows:
            for kind in (
                "false positive",
                "false negative",
                "wrong stance",
                "wrong topics",
                "false alarm",
            ):
                rows = [r for r in self.rows if r.kind == kind]
                lines.append(f"{kind if kind.endswith('s') else kind + 's'}: {len(rows)}")
                for r in rows:
                    lines.append(f"  - [{r.identifier}] {r.title}")
                    if r.detail:
                        lines.append(f"      {r.detail}")
                    lines.append(f"      why: {'; '.join(r.why)}")
        if self.errors:
            lines.append(f"unreadable lines: {len(self.errors)}")
            lines.extend(f"  - {e}" for e in self.errors)
        return "\n".join(lines)

    def _causes(self) -> list[str]:
        """The error counts by mechanism, most frequent first (no line when there is none)."""
        lines = []
        for label, counts in (
            ("misses", self.miss_causes),
            ("wrong stances", self.stance_causes),
        ):
            if counts:
                parts = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
                lines.append(f"{label:<15}" + ", ".join(f"{k} {n}" for k, n in parts))
        fp = self.relevance.fp
        if fp:
            lines.append(
                f"false flags    {self.false_flags_with_text} read with a bill text,"
                f" {fp - self.false_flags_with_text} on title and summary"
            )
        return lines


def _miss_cause(res: Classification, reachable: bool, unfetched: bool) -> str:
    """Why a relevant measure was not flagged, by the mechanism that let it go."""
    if not reachable:
        return "out of reach"
    if unfetched:
        return "text not fetched"
    if res.category == "other_immigration":
        return "read as other immigration"
    if res.basis in LOOK_ALIKE_BASES:
        return "look-alike"
    return "no tracked phrase"


def _stance_cause(gold: str, got: str, with_text: bool) -> str:
    """Which way a wrong stance of a measure found went, and whether a bill text was read."""
    kind = (
        "read unclear"
        if got == "unclear"
        else "a side where the label is unclear"
        if gold == "unclear"
        else "the opposite way"
    )
    return f"{kind}{' (with a text)' if with_text else ''}"


def _score_row(
    report: EvalReport,
    row: dict,
    ident: str,
    fn: Callable[..., Classification] = classify,
    stored_text: str | None = None,
) -> None:
    """Add one row's outcome to ``report`` (``fn`` is the classifier, swappable for CV).
    ``stored_text`` is a text the classifier was not given (the triage would not fetch it): it
    counts toward what is within reach, since a better triage could read it."""
    title, summary, text = row["title"], row.get("summary"), row.get("text")
    start = time.process_time()
    res = fn(title, summary, text, row.get("jurisdiction"), row.get("level"))
    report.seconds += time.process_time() - start
    report.classified += 1
    base = baseline(title, summary)
    if "topics" not in row:  # a background bill: relevant only by mistake
        report.background_n += 1
        report.base_false_alarms += base
        if res.relevant:
            report.false_alarms += 1
            report.rows.append(
                EvalRow("false alarm", ident, title, f"flagged {res.stance}", list(res.why))
            )
        return
    gold = bool(row["relevant"])
    report.relevance.add(gold, res.relevant)
    report.base_relevance.add(gold, base)
    if is_terse(title):
        report.terse.add(gold, res.relevant)
        report.base_terse.add(gold, base)
    reachable = gold and within_reach(title, summary, text or stored_text)
    if res.relevant and not gold:
        report.false_flags_with_text += bool(text)
        report.rows.append(
            EvalRow("false positive", ident, title, f"flagged {res.stance}", list(res.why))
        )
    elif gold and not res.relevant:
        report.miss_causes[_miss_cause(res, reachable, stored_text is not None)] += 1
        report.rows.append(EvalRow("false negative", ident, title, "", list(res.why)))
    if gold:
        if reachable:
            report.reach += 1
            report.terse_reach += is_terse(title)
        gold_stance = row.get("stance") or "unclear"
        report.stance_n += 1
        if res.relevant:
            report.stance_found_ok += res.stance == gold_stance
        if res.stance == gold_stance:
            report.stance_ok += 1
        elif res.relevant:
            report.stance_causes[_stance_cause(gold_stance, res.stance, bool(text))] += 1
            report.rows.append(
                EvalRow(
                    "wrong stance",
                    ident,
                    title,
                    f"gold {gold_stance}, got {res.stance}",
                    list(res.why),
                )
            )
    gold_topics = {t for t in row.get("topics") or () if t in TOPICS} if gold else set()
    pred = set(res.topics)
    for t in gold_topics | pred:
        counts = report.by_topic.setdefault(t, [0, 0, 0])
        kind = 0 if t in gold_topics and t in pred else 1 if t in pred else 2
        counts[kind] += 1
        if gold and res.relevant:
            report.topics_found[kind] += 1
    if gold and res.relevant and gold_topics != pred:
        detail = (
            f"gold {', '.join(sorted(gold_topics)) or '-'}; got {', '.join(sorted(pred)) or '-'}"
        )
        report.rows.append(EvalRow("wrong topics", ident, title, detail, list(res.why)))


def fetched(row: dict) -> bool:
    """Whether a spider would fetch this measure's text: only for what the triage sends on
    (candidate or maybe)."""
    return triage(row["title"], row.get("summary") or None) != "no"


def evaluate(*paths: str, texts: bool = True) -> EvalReport:
    """Score the classifier against one or more JSON Lines files (labeled, background, texts).

    Gold topics are compared on the DOMAIN topics only (``other_immigration`` / ``none`` are
    categories, not topics). Stance accuracy counts every gold-relevant row, so a missed measure
    also counts as a wrong stance. A row whose ``relevant`` is null (an open case) is skipped.
    With ``texts`` False, texts rows are read but not used: the title-and-summary figures.
    """
    report = EvalReport(paths=[str(p) for p in paths])
    scored: list[tuple[dict, str]] = []
    found: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for lineno, line in enumerate(f, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if "text_for" in row:
                        if isinstance(row.get("text"), str) and row["text"].strip():
                            found[str(row["text_for"])] = row["text"]
                        continue
                    if row.get("relevant") is None:
                        continue
                    if not isinstance(row.get("title"), str):
                        raise ValueError("missing 'title'")
                except (json.JSONDecodeError, ValueError, AttributeError) as exc:
                    report.errors.append(f"{path} line {lineno}: {exc}")
                    continue
                ident = (
                    " ".join(str(x) for x in (row.get("jurisdiction"), row.get("identifier")) if x)
                    or f"{path} line {lineno}"
                )
                scored.append((row, ident))
    for row, ident in scored:
        text = found.get(stable_id(row)) if texts else None
        unfetched = None
        if text and not row.get("text"):
            if not fetched(row):
                report.text_unfetched += 1
                unfetched = text
            else:
                row = {**row, "text": text}
                if "topics" in row:
                    report.with_text += 1
                else:
                    report.background_with_text += 1
        _score_row(report, row, ident, stored_text=unfetched)
    return report
