"""Check a new file of hand-labeled measures before it joins `tests/data/`.

Run: ``python scripts/check_labeled_rows.py NEW.jsonl``. One line per row: OK, or what is wrong.

Why: a new set is only a fair test of the classifier if none of its measures is already in the
data, under another spelling or as a re-introduction of the same bill with the same words. Rows
are compared with every row of `tests/data/` (both parts) by id (jurisdiction without its state
suffix, identifier without punctuation or leading zeros, year), by title within a jurisdiction,
and by word overlap
of title and summary within a jurisdiction (0.7 or more of the words of both: a near-duplicate).
Existing rows are never printed, so checking a set does not show anyone the held-out part.

Then score the whole new set once (`tracker classify --eval NEW.jsonl`, its "first sight"
figure) before splitting it with `scripts/split_eval_data.py` (docs/classifier.md).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.domain import TOPICS  # noqa: E402

DATA = ROOT / "tests" / "data"
CATEGORIES = ("other_immigration", "none")
STANCES = ("protective", "restrictive", "unclear", "not_relevant")
FIELDS = (
    "jurisdiction",
    "level",
    "identifier",
    "year",
    "title",
    "summary",
    "source",
    "relevant",
    "stance",
    "topics",
    "rationale",
)
NEAR = 0.7


def words(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def place_of(row: dict) -> str:
    """The jurisdiction without its state suffix or punctuation: "Fort Collins, CO" and
    "Fort Collins" are one place."""
    name = re.sub(r",\s*[A-Za-z]{2}$", "", str(row.get("jurisdiction") or "").strip())
    return words(name)


def bill_number(identifier: object) -> str:
    """An identifier without punctuation or leading zeros: "H.B. 0012" and "HB12" are one; so
    are a chamber's bill written "HB 318" and "H 318", or "SB 101" and "S 101" (North Carolina,
    New Jersey and others print the letter alone)."""
    ident = re.sub(r"[^A-Z0-9]", "", str(identifier or "").upper())
    ident = re.sub(r"^([HS])B(?=\d)", r"\1", ident)
    return re.sub(r"^([A-Z]+)0+", r"\1", ident)


def title_words(text: str | None) -> str:
    """A title's words without a leading article: "The Criminal Illegal Alien Enforcement Act"
    is the same title as "Criminal Illegal Alien Enforcement Act"."""
    return re.sub(r"^(?:the|an|a) ", "", words(text))


def data_rows(data: Path = DATA) -> Iterator[tuple[Path, dict]]:
    """Every row of every file under DATA (both parts; labeled, background and texts rows)."""
    for path in sorted(data.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path, json.loads(line)


def row_id(row: dict) -> tuple[str, str, str]:
    year = str(row.get("year") or row.get("session_or_year") or "")
    return place_of(row), bill_number(row.get("identifier")), year


def tokens(row: dict) -> set[str]:
    return set(words(f"{row.get('title') or ''} {row.get('summary') or ''}").split())


def problems(row: dict) -> list[str]:
    """What is wrong with ROW's shape and labels (not whether it is new)."""
    found = [f"missing {name}" for name in FIELDS if name not in row]
    topics = row.get("topics") or []
    if row.get("stance") not in STANCES:
        found.append(f"stance must be one of {', '.join(STANCES)}")
    if not topics or any(t not in (*TOPICS, *CATEGORIES) for t in topics):
        found.append("topics must be DOMAIN.md topics, or other_immigration / none")
    if row.get("relevant") is True and (
        set(topics) & set(CATEGORIES) or row.get("stance") == "not_relevant"
    ):
        found.append("a relevant row needs tracked topics and a stance")
    if row.get("relevant") is False and (
        set(topics) - set(CATEGORIES) or row.get("stance") != "not_relevant"
    ):
        found.append("a row that is not relevant takes other_immigration or none, not_relevant")
    return found


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    if not Path(argv[0]).is_file():
        print(f"no such file: {argv[0]}", file=sys.stderr)
        return 2
    ids, titles, texts = set(), set(), []
    for path, known in data_rows():
        place = place_of(known)
        ids.add(row_id(known))
        titles.add((place, title_words(known.get("title"))))
        if "labeled" in path.name:
            texts.append((place, tokens(known)))
    seen: set[tuple[str, str, str]] = set()
    bad = 0
    lines = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            print(f"line {number}: not JSON ({exc})")
            bad += 1
            continue
        found = problems(row)
        place = place_of(row)
        mine = tokens(row)
        if row_id(row) in ids or (place, title_words(row.get("title"))) in titles:
            found.append("already in tests/data: drop it")
        elif any(
            p == place and mine and len(mine & other) / len(mine | other) >= NEAR
            for p, other in texts
        ):
            found.append("a near-duplicate of a row in tests/data (a re-introduction?): drop it")
        if row_id(row) in seen:
            found.append("twice in this file")
        seen.add(row_id(row))
        name = f"{row.get('jurisdiction')} {row.get('identifier')}"
        print(f"line {number} {name}: {'; '.join(found) if found else 'OK'}")
        bad += bool(found)
    print(f"{bad} rows with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
