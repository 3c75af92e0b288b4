"""Split a labeled or background JSON Lines file into its "rules" and "held-out" parts.

Run: ``python scripts/split_eval_data.py SOURCE.jsonl NAME [--texts TEXTS.jsonl]`` writes
``tests/data/rules/NAME`` and ``tests/data/heldout/NAME``; with ``--texts``, each text row
(``text_for`` = a measure's stable id) is added to ``texts.jsonl`` of its measure's part (a text
already there is not added twice; a text for no measure of SOURCE is refused, and nothing is
written).

Why a per-row hash: a row's part depends only on its own stable id (jurisdiction, identifier,
year, title), never on which other rows the file holds, so adding rows later never moves a
held-out row into the rules part. Large jurisdictions come out close to half and half (the
split is printed per jurisdiction so a lopsided one shows).
"""

from __future__ import annotations

import collections
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.classify.evaluation import stable_id  # noqa: E402 - one definition for both

DATA = ROOT / "tests" / "data"
SALT = "classifier-protocol-1"


def is_heldout(row: dict) -> bool:
    """Half the rows, chosen by a salted SHA-256 of the row's stable id."""
    digest = hashlib.sha256(f"{SALT}|{stable_id(row)}".encode()).digest()
    return digest[0] % 2 == 1


def _texts_by_part(path: Path, part_of: dict[str, str]) -> dict[str, list[tuple[str, str]]] | str:
    """The text rows of PATH (with their ``text_for``) by the part of their measure, or what is
    wrong with one."""
    out: dict[str, list[tuple[str, str]]] = {"rules": [], "heldout": []}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        key = json.loads(line).get("text_for")
        if key not in part_of:
            return f"{path} line {number}: its text_for names no measure of the source file"
        out[part_of[key]].append((key, line))
    return out


def _append_new(path: Path, rows: list[tuple[str, str]]) -> int:
    """Add the text rows not already in PATH (by ``text_for``); how many were added."""
    held = set()
    if path.exists():
        held = {
            json.loads(line)["text_for"]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
    new = [line for key, line in rows if key not in held]
    if new:
        with path.open("a", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in new)
    return len(new)


def main(argv: list[str]) -> int:
    texts_path = None
    if "--texts" in argv:
        i = argv.index("--texts")
        texts_path = Path(argv[i + 1]) if i + 1 < len(argv) else None
        argv = argv[:i] + argv[i + 2 :]
        if texts_path is None:
            print(__doc__, file=sys.stderr)
            return 2
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, name = Path(argv[0]), argv[1]
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts: dict[str, list[str]] = {"rules": [], "heldout": []}
    part_of: dict[str, str] = {}
    per_place: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in lines:
        row = json.loads(line)
        part = "heldout" if is_heldout(row) else "rules"
        parts[part].append(line)
        part_of[stable_id(row)] = part
        per_place[row.get("jurisdiction") or "?"][part] += 1
    texts = _texts_by_part(texts_path, part_of) if texts_path else None
    if isinstance(texts, str):
        print(texts, file=sys.stderr)
        return 1
    for part, rows in parts.items():
        out = DATA / part / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
        print(f"{part}/{name}: {len(rows)} rows")
        if texts is not None:
            added = _append_new(DATA / part / "texts.jsonl", texts[part])
            print(f"  {added} texts added to {part}/texts.jsonl")
    for place, c in sorted(per_place.items(), key=lambda kv: -sum(kv[1].values()))[:12]:
        print(f"  {place}: rules {c['rules']}, held-out {c['heldout']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
