"""Plain functions behind ``tracker classify``: a JSON Lines filter and the evaluation report.

Kept free of click so `tracker classify` and the tests call the same plain functions.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from . import CLASSIFIER_VERSION, classify
from .evaluation import EvalReport, EvalRow, evaluate

__all__ = ["EvalReport", "EvalRow", "classify_stream", "evaluate", "main"]

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


def main(argv: list[str] | None = None) -> int:
    """``python -m tracker.classify.cli [--eval FILE... [--errors] [--no-texts]]``: the same
    without click."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--eval"] and len(args) >= 2:
        show = "--errors" in args
        paths = [a for a in args[1:] if a not in ("--errors", "--no-texts")]
        print(evaluate(*paths, texts="--no-texts" not in args).format(show_rows=show))
        return 0
    return 1 if classify_stream(sys.stdin, sys.stdout) else 0


if __name__ == "__main__":
    raise SystemExit(main())
