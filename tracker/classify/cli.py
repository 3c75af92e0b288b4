"""Plain functions behind ``tracker classify``: a JSON Lines filter and an evaluation report.

Kept free of click so `tracker classify` and the tests call the same plain functions.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import TextIO

from . import CLASSIFIER_VERSION, TOPICS, classify

RESULT_FIELDS = ("relevant", "topics", "stance", "confidence", "why", "provisions", "category")


def _classify_obj(obj: dict) -> dict:
    title = obj.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("missing or empty 'title'")
    for key in ("summary", "text", "jurisdiction", "level"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise ValueError(f"'{key}' must be a string")
    result = classify(
        title, obj.get("summary"), obj.get("text"), obj.get("jurisdiction"), obj.get("level")
    )
    return result.to_dict()


def classify_stream(infile: TextIO, outfile: TextIO, errfile: TextIO | None = None) -> int:
    """Classify JSON Lines from ``infile`` to ``outfile`` in order; return the number of errors.

    A malformed line is reported on stderr with its line number and passed through as
    ``{"error": ..., "line": n, "raw": ...}`` (or the object plus ``error``) so the output keeps
    one line per input line and the stream never stops.
    """
    err = errfile if errfile is not None else sys.stderr
    errors = 0
    for lineno, line in enumerate(infile, start=1):
        raw = line.rstrip("\n")
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors += 1
            msg = f"invalid JSON: {exc.msg} (column {exc.colno})"
            print(f"line {lineno}: {msg}", file=err)
            outfile.write(json.dumps({"error": msg, "line": lineno, "raw": raw}) + "\n")
            continue
        if not isinstance(obj, dict):
            errors += 1
            msg = "expected a JSON object"
            print(f"line {lineno}: {msg}", file=err)
            outfile.write(json.dumps({"error": msg, "line": lineno, "raw": raw}) + "\n")
            continue
        try:
            obj.update(_classify_obj(obj))
            obj["classifier_version"] = CLASSIFIER_VERSION
        except ValueError as exc:
            errors += 1
            print(f"line {lineno}: {exc}", file=err)
            obj["error"] = str(exc)
            obj["line"] = lineno
        outfile.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return errors


@dataclass
class EvalRow:
    """One confusion row: what a reviewer needs to see why it went wrong."""

    kind: str  # "false positive" | "false negative" | "wrong stance"
    identifier: str
    title: str
    detail: str
    why: list[str]


@dataclass
class EvalReport:
    """Relevance, stance and topic figures for one labeled file."""

    path: str
    n: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    stance_ok: int = 0
    stance_n: int = 0
    topic_tp: int = 0
    topic_fp: int = 0
    topic_fn: int = 0
    rows: list[EvalRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

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
    def stance_accuracy(self) -> float:
        return self.stance_ok / self.stance_n if self.stance_n else 1.0

    @property
    def topic_f1(self) -> float:
        d = 2 * self.topic_tp + self.topic_fp + self.topic_fn
        return 2 * self.topic_tp / d if d else 1.0

    @property
    def flagged_rate(self) -> float:
        """Share of all rows flagged relevant (the background false-positive rate)."""
        return (self.tp + self.fp) / self.n if self.n else 0.0

    def format(self) -> str:
        """Human-readable report: the figures, then every confusion row with its why."""
        pos = self.tp + self.fn
        lines = [
            f"{self.path}: {self.n} rows ({pos} relevant), classifier {CLASSIFIER_VERSION}",
            f"relevance  precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}"
            f"  (tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})",
            f"flagged    {self.tp + self.fp}/{self.n} = {self.flagged_rate:.4f}",
            f"stance     accuracy {self.stance_accuracy:.3f} on {self.stance_n} relevant rows",
            f"topics     micro-F1 {self.topic_f1:.3f}"
            f"  (tp {self.topic_tp}, fp {self.topic_fp}, fn {self.topic_fn})",
        ]
        for kind in ("false positive", "false negative", "wrong stance"):
            rows = [r for r in self.rows if r.kind == kind]
            lines.append(f"{kind}s: {len(rows)}")
            for r in rows:
                lines.append(f"  - [{r.identifier}] {r.title}")
                if r.detail:
                    lines.append(f"      {r.detail}")
                lines.append(f"      why: {'; '.join(r.why)}")
        if self.errors:
            lines.append(f"unreadable lines: {len(self.errors)}")
            lines.extend(f"  - {e}" for e in self.errors)
        return "\n".join(lines)


def evaluate(path: str) -> EvalReport:
    """Score the classifier against labeled JSON Lines (labeled_dev or background format).

    Gold topics are compared on the ten DOMAIN topics only (``other_immigration`` / ``none`` are
    categories, not topics). Stance accuracy counts every gold-relevant row, so a missed measure
    also counts as a wrong stance.
    """
    report = EvalReport(path=path)
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                gold = bool(row["relevant"])
                title = row["title"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                report.errors.append(f"line {lineno}: {exc}")
                continue
            res = classify(title, row.get("summary"), row.get("text"))
            report.n += 1
            ident = (
                " ".join(str(x) for x in (row.get("jurisdiction"), row.get("identifier")) if x)
                or f"line {lineno}"
            )
            if gold and res.relevant:
                report.tp += 1
            elif res.relevant:
                report.fp += 1
                report.rows.append(
                    EvalRow("false positive", ident, title, f"flagged {res.stance}", list(res.why))
                )
            elif gold:
                report.fn += 1
                report.rows.append(EvalRow("false negative", ident, title, "", list(res.why)))
            else:
                report.tn += 1
            if gold:
                gold_stance = row.get("stance", "unclear")
                report.stance_n += 1
                if res.stance == gold_stance:
                    report.stance_ok += 1
                elif res.relevant:
                    report.rows.append(
                        EvalRow(
                            "wrong stance",
                            ident,
                            title,
                            f"gold {gold_stance}, got {res.stance}",
                            list(res.why),
                        )
                    )
            gold_topics = {t for t in row.get("topics", []) if t in TOPICS} if gold else set()
            pred = set(res.topics)
            report.topic_tp += len(gold_topics & pred)
            report.topic_fp += len(pred - gold_topics)
            report.topic_fn += len(gold_topics - pred)
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m tracker.classify.cli [--eval FILE]``: stand-in until the click command exists."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--eval"] and len(args) == 2:
        print(evaluate(args[1]).format())
        return 0
    return 1 if classify_stream(sys.stdin, sys.stdout) else 0


if __name__ == "__main__":
    raise SystemExit(main())
