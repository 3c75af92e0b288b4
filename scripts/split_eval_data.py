"""Split a labeled or background JSON Lines file into its "rules" and "held-out" parts.

Run: ``python scripts/split_eval_data.py SOURCE.jsonl NAME`` writes
``tests/data/rules/NAME`` and ``tests/data/heldout/NAME``.

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


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, name = Path(argv[0]), argv[1]
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts: dict[str, list[str]] = {"rules": [], "heldout": []}
    per_place: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for line in lines:
        row = json.loads(line)
        part = "heldout" if is_heldout(row) else "rules"
        parts[part].append(line)
        per_place[row.get("jurisdiction") or "?"][part] += 1
    for part, rows in parts.items():
        out = DATA / part / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
        print(f"{out.relative_to(ROOT)}: {len(rows)} rows")
    for place, c in sorted(per_place.items(), key=lambda kv: -sum(kv[1].values()))[:12]:
        print(f"  {place}: rules {c['rules']}, held-out {c['heldout']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
