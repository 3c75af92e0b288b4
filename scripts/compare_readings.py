"""What a rules change moves on the rules part: every reading before and after, compared.

Run, from the repository root::

    python scripts/compare_readings.py snapshot before.json   # before the change
    python scripts/compare_readings.py snapshot after.json    # after it
    python scripts/compare_readings.py diff before.json after.json

Why: a rule written for one class of wording can change measures nobody looked at. The
figures of ``tracker classify --eval`` net such changes out; this lists each one, with its
labels, so a change that moves more than the rows it was written for shows before it lands.
It reads the rules part only (every labeled measure and background bill there, with and without
the text a spider would bring), never the held-out part, whose rows are not to be read while
writing rules (docs/classifier.md, "The protocol").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.classify import classify  # noqa: E402
from tracker.classify.evaluation import stable_id  # noqa: E402

RULES = ROOT / "tests" / "data" / "rules"


def _rows() -> tuple[list[dict], dict[str, str]]:
    rows: list[dict] = []
    texts: dict[str, str] = {}
    for path in sorted(RULES.glob("*.jsonl")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                row = json.loads(line)
                if "text_for" in row:
                    texts[row["text_for"]] = row["text"]
                else:
                    rows.append(row)
    return rows, texts


def _reading(row: dict, text: str | None) -> list:
    res = classify(
        row["title"], row.get("summary"), text, row.get("jurisdiction"), row.get("level")
    )
    return [res.relevant, res.stance, list(res.topics), list(res.why), list(res.provisions)]


def snapshot(out: Path) -> int:
    """Every reading of the rules part: title and summary, and with the text where there is one."""
    rows, texts = _rows()
    readings: dict[str, dict] = {}
    for row in rows:
        key = stable_id(row)
        entry = {
            "labels": [row.get("relevant"), row.get("stance"), row.get("topics")],
            "words": _reading(row, None),
        }
        if key in texts:
            entry["text"] = _reading(row, texts[key])
        readings[key] = entry
    out.write_text(json.dumps(readings, ensure_ascii=False), encoding="utf-8")
    print(f"{len(readings)} measures and bills read into {out}")
    return 0


def diff(before: Path, after: Path) -> int:
    """Each reading whose verdict (relevance, stance or topics) changed, with its labels; a
    count of readings whose reasons alone changed."""
    a = json.loads(before.read_text(encoding="utf-8"))
    b = json.loads(after.read_text(encoding="utf-8"))
    changed = reasons = 0
    for key in sorted(a.keys() & b.keys()):
        for way in ("words", "text"):
            old, new = a[key].get(way), b[key].get(way)
            if old is None or new is None or old == new:
                continue
            if old[:3] == new[:3]:
                reasons += 1
                continue
            changed += 1
            print(f"{key[:140]}  ({'title and summary' if way == 'words' else 'with its text'})")
            print(f"   labels  {b[key]['labels']}")
            print(f"   before  {old[:3]}")
            print(f"   after   {new[:3]}")
    only = len(a.keys() ^ b.keys())
    print(f"{changed} verdicts changed, {reasons} readings changed only their reasons", end="")
    print(f", {only} measures in one snapshot only" if only else "")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "snapshot":
        return snapshot(Path(argv[1]))
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
