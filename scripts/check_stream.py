"""Run the classifier over a whole stream of unlabeled bills and list what it flags.

Run: ``python scripts/check_stream.py STREAM.jsonl [...] [--all-texts] [--show] [--keywords]
[--labels]``.

Why: the labeled data holds a few thousand measures; a source's whole stream holds tens of
thousands of bills nobody labeled, and a false alarm or a look-alike that the labeled data never
met shows up there first (docs/classifier-history.md, "Whole streams"). Flagged bills are few
enough to read by hand.

A stream row is one bill: ``{"jurisdiction", "level", "identifier", "year", "title", "summary",
"text"}`` (``id`` and ``session`` are read too; summary and text may be null). Each row is read
as the spiders hand it over: its text only where the triage sends it on (candidate or maybe),
or every text with ``--all-texts``. Rows already in ``tests/data`` (either part, labeled or
background: same place and identifier in any year, or the same title) are left out unread and
never printed, so a stream check shows no held-out row under its title or number. A measure
the data holds under another title and another way of writing its number can still show:
whoever reads the output must not write rules from such a row.

``--labels`` scores the flags instead of leaving known rows out: every bill is read, and each
flagged bill the data labels (same place and number, either part) counts as labeled relevant or
labeled not relevant, with how many of those labels are held out; a stream's false-alarm rate
measured on labels (docs/classifier-history.md, "Classifier 2.50.0"). Held-out rows are counted,
never printed: ``--show`` and ``--keywords`` leave out every bill the held-out part holds (by number
or by title) and say how many they left out.

Prints, per stream: bills read, left out, with a text, the triage's verdicts, flagged bills,
and bills the keyword baseline would flag that the classifier does not. ``--show`` lists the
flagged bills with their topics, stance and reasons; ``--keywords`` lists the keyword bills it
leaves out (where a missed measure would be).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from check_labeled_rows import DATA, bill_number, data_rows, words  # noqa: E402

from tracker.classify import classify, triage  # noqa: E402
from tracker.classify.evaluation import baseline  # noqa: E402


def place_word(row: dict) -> str:
    """The first word of a place's name: "New York City, NY", "New York, NY" and "New York" are
    one place here, as are "City of Chicago" and "Chicago, IL". Too coarse to name a place, and
    meant to be: a stream row that might be a known one is left out."""
    name = words(row.get("jurisdiction"))
    name = re.sub(r"^(?:city|county|town|village|borough|township) of ", "", name)
    return (name.split() or [""])[0]


def bill_key(place: str, identifier: object) -> tuple[str, str]:
    """Place and bill number without punctuation, leading zeros or year: "HB 0012" of 2019 and
    "HB12" of 2021 are one key, so a re-introduction is left out too."""
    # the year a council writes after the number ("Int 0486-2014") goes first
    return place, bill_number(re.sub(r"(\d)-(?:19|20)\d\d\b.*$", r"\1", str(identifier or "")))


def known_rows(data: Path = DATA) -> tuple[set[tuple[str, str]], set[str]]:
    """Keys and titles of every row in the data (texts rows name their measure)."""
    keys, titles = set(), set()
    for _path, row in data_rows(data):
        if "text_for" in row:
            place, ident, _year, title = (row["text_for"].split("|", 3) + ["", "", ""])[:4]
            row = {"jurisdiction": place, "identifier": ident, "title": title}
        keys.add(bill_key(place_word(row), row.get("identifier")))
        titles.add(words(row.get("title")))
    return keys, titles


def labeled_rows(data: Path = DATA) -> tuple[dict[tuple[str, str], tuple[bool, str]], set[str]]:
    """Each labeled measure's key and (relevant, part), and the titles of the held-out part's
    rows of every kind (never to be printed)."""
    labels: dict[tuple[str, str], tuple[bool, str]] = {}
    held_titles: set[str] = set()
    for path, row in data_rows(data):
        part = path.parent.name
        if part == "heldout":
            title = row["text_for"].split("|", 3)[-1] if "text_for" in row else row.get("title")
            held_titles.add(words(title))
        if not path.name.startswith("labeled") or not isinstance(row.get("relevant"), bool):
            continue
        labels[bill_key(place_word(row), row.get("identifier"))] = (row["relevant"], part)
    return labels, held_titles


def label_kind(label: tuple[bool, str] | None) -> str:
    """How a flagged bill stands against the labels: one wording for the counts and the list."""
    if label is None:
        return "unlabeled"
    return "labeled relevant" if label[0] else "labeled not relevant"


def check(
    path: Path,
    all_texts: bool,
    keys: set,
    titles: set,
    labels: dict[tuple[str, str], tuple[bool, str]] | None = None,
    held_titles: frozenset[str] | set[str] = frozenset(),
) -> tuple[Counter, list, list]:
    """Read every bill of PATH; with LABELS, known rows are read and their flags scored rather
    than left out, and no held-out bill goes into the lists returned for printing."""
    counts: Counter = Counter()
    flagged, keyword_only = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            row = exc
        if not isinstance(row, dict) or not isinstance(row.get("title") or "", str):
            print(f"{path.name} line {number}: not a bill object, skipped", file=sys.stderr)
            counts["skipped (not a bill)"] += 1
            continue
        title = row["title"].strip() if row.get("title") else ""
        if not title:
            counts["skipped (no title)"] += 1
            continue
        ident = row.get("identifier") or row.get("id")
        key = bill_key(place_word(row), ident)
        if labels is None and (words(title) in titles or key in keys):
            counts["left out (in tests/data)"] += 1
            continue
        label = labels.get(key) if labels is not None else None
        held_label = label is not None and label[1] == "heldout"
        held = labels is not None and (held_label or words(title) in held_titles)
        summary = row.get("summary") if isinstance(row.get("summary"), str) else None
        summary = (summary or "").strip() or None
        text = row.get("text") if isinstance(row.get("text"), str) else None
        counts["bills"] += 1
        counts["with a text"] += bool(text)
        verdict = triage(title, summary)
        counts[f"triage {verdict}"] += 1
        read = text if text and (all_texts or verdict != "no") else None
        counts["read with the text"] += bool(read)
        res = classify(title, summary, read, row.get("jurisdiction"), row.get("level"))
        name = f"{row.get('jurisdiction')} {ident} {row.get('year') or row.get('session') or ''}"
        if res.relevant:
            counts["flagged"] += 1
            if labels is not None:
                kind = label_kind(label)
                counts[f"flagged {kind}"] += 1
                if held_label:
                    counts[f"flagged {kind} (held out)"] += 1
            if held:
                counts["held-out flags not listed"] += 1
            else:
                flagged.append((name, title, summary, res, label))
        elif baseline(title, summary):
            counts["keyword baseline only"] += 1
            if not held:
                keyword_only.append((name, title, res.category))
    # both are printed, zero or not
    counts["flagged"] += 0
    counts["keyword baseline only"] += 0
    return counts, flagged, keyword_only


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    keys, titles = known_rows()
    labels, held_titles = labeled_rows() if "--labels" in argv else (None, set())
    for path in paths:
        counts, flagged, keyword_only = check(
            path, "--all-texts" in argv, keys, titles, labels, held_titles
        )
        print(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        if "--show" in argv:
            for name, title, summary, res, label in flagged:
                tag = "" if labels is None else f" ({label_kind(label)})"
                print(f"+ {name}{tag} [{res.stance}; {', '.join(res.topics)}] {title[:200]}")
                if summary:
                    print(f"    summary: {summary[:200]}")
                print(f"    why: {'; '.join(res.why)[:300]}")
        if "--keywords" in argv:
            for name, title, category in keyword_only:
                print(f"- {name} [{category}] {title[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
