"""Turn congress.gov records (one ``BILL.md`` per bill) into a stream for ``check_stream.py``.

Run: ``python scripts/congress_stream.py FOLDER OUT.jsonl [--crs-summaries]``.

Why: the tracker crawls Congress through LegiScan (``legiscan-us``), and a whole Congress read
as a stream shows false alarms that labeled sets, half relevant by design, cannot
(docs/classifier-history.md, "Classifier 2.45.0"). The public ``Transparency47/Congress`` repository
keeps every bill of the 119th Congress as markdown: a heading ``# HR 1714: <title>``, an
``- Introduced: YYYY-MM-DD`` line, a ``## Summary`` (the Congressional Research Service's, once
written) and a ``## Full Bill Text`` with each version under its own ``### <version>``. FOLDER is
a checkout of it (or any folder of such files, searched recursively); a bare mirror can be
unpacked with ``git --git-dir=MIRROR archive HEAD | tar -x -C FOLDER``. A mirror that lacks a
few files (its largest may be listed but absent) stops ``git archive``; write the ``BILL.md``
files one by one instead (``git ls-tree -r HEAD`` for each path and blob, ``git cat-file -e``
to skip an absent one, ``git cat-file blob`` to write it): 16,311 of the 16,315 bills in the
snapshot read for classifier 2.61.0.

Each bill becomes ``{"jurisdiction": "United States", "level": "federal", "identifier", "year",
"title", "summary", "text"}``. By default the summary is what LegiScan hands the tracker: the
official long title ("To direct the Secretary of Homeland Security to …") read from the first
text version, or none where it is the title itself. ``--crs-summaries`` puts the CRS summary there
instead, as congress.gov shows it. The text is the first version's, unbounded (the classifier
bounds what it reads).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

KINDS = {
    "HR": "H.R.",
    "S": "S.",
    "HRES": "H.Res.",
    "SRES": "S.Res.",
    "HCONRES": "H.Con.Res.",
    "SCONRES": "S.Con.Res.",
    "HJRES": "H.J.Res.",
    "SJRES": "S.J.Res.",
}
_HEADING_RE = re.compile(r"^# (\w+) (\d+): (.+)$", re.MULTILINE)
_INTRODUCED_RE = re.compile(r"^- Introduced: (\d{4})", re.MULTILINE)
_SECTION_RE = re.compile(r"^## (.+)$", re.MULTILINE)
_VERSION_RE = re.compile(r"^### \S.*$", re.MULTILINE)
# the official long title, as the enrolled or introduced text states it after its form
_LONG_TITLE_RE = re.compile(
    r"\b(?:A BILL|AN ACT|JOINT RESOLUTION|CONCURRENT RESOLUTION|RESOLUTION)\s+"
    r"((?:To|Making|Providing|Expressing|Recognizing|Supporting|Condemning|Directing|Honoring"
    r"|Designating|Authorizing|Requesting|Calling|Relating|Disapproving|Establishing"
    r"|Congratulating|Commemorating|Affirming|Celebrating|Reaffirming|Requiring|Of inquiry"
    r"|Electing|Amending)\b.{0,2000}?\.)\s+(?:#|Be it|That |Whereas|Resolved)",
    re.DOTALL,
)


def sections(markdown: str) -> dict[str, str]:
    """The ``## `` sections of one record, by heading."""
    parts = _SECTION_RE.split(markdown)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def first_text(full_text: str) -> str | None:
    """The first version under ``## Full Bill Text``, without its source and date lines."""
    versions = _VERSION_RE.split(full_text)
    body = versions[1] if len(versions) > 1 else full_text
    lines = [ln for ln in body.strip().splitlines() if not ln.startswith(("- Source:", "- Date:"))]
    return "\n".join(lines).strip() or None


def bill(markdown: str, crs_summaries: bool = False) -> dict | None:
    """One stream row from one record (None: no heading to name the bill by)."""
    head = _HEADING_RE.search(markdown)
    if head is None:
        return None
    kind, number, title = head.groups()
    parts = sections(markdown)
    text = first_text(parts["Full Bill Text"]) if "Full Bill Text" in parts else None
    if crs_summaries:
        summary = " ".join(parts.get("Summary", "").split()) or None
    else:
        found = _LONG_TITLE_RE.search(" ".join((text or "").split()))
        summary = found.group(1) if found else None
        if summary and summary.rstrip(".") == title.strip().rstrip("."):
            summary = None
    year = _INTRODUCED_RE.search(markdown)
    return {
        "jurisdiction": "United States",
        "level": "federal",
        "identifier": f"{KINDS.get(kind, kind)} {number}",
        "year": int(year.group(1)) if year else None,
        "title": title.strip(),
        "summary": summary,
        "text": text,
    }


def main(argv: list[str]) -> int:
    paths = [a for a in argv if not a.startswith("--")]
    if len(paths) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder, out = Path(paths[0]), Path(paths[1])
    written = skipped = 0
    with out.open("w", encoding="utf-8") as f:
        for path in sorted(folder.rglob("BILL.md")):
            row = bill(path.read_text(encoding="utf-8"), "--crs-summaries" in argv)
            if row is None:
                print(f"{path}: no '# KIND NUMBER: title' heading, skipped", file=sys.stderr)
                skipped += 1
                continue
            f.write(json.dumps(row) + "\n")
            written += 1
    print(f"{written} bills written to {out}" + (f", {skipped} skipped" if skipped else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
