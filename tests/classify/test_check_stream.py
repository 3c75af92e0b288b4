"""The whole-stream check: unlabeled bills read as the spiders hand them over, known rows left out
unprinted, flagged bills and keyword-only bills listed for a reader."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_stream.py"


def known_row() -> dict:
    line = (ROOT / "tests" / "data" / "rules" / "labeled_dev2.jsonl").read_text().splitlines()[0]
    return json.loads(line)


def bill(ident: str, title: str, text: str | None = None) -> dict:
    return {
        "jurisdiction": "Exampleton, ZZ",
        "level": "city",
        "identifier": ident,
        "year": "2030",
        "title": title,
        "summary": None,
        "text": text,
    }


STREAM = [
    bill("Ord 2030-7", "Ordinance prohibiting the use of city resources to assist ICE"),
    bill("Ord 2030-8", "Ordinance amending parking meter rates in the downtown district"),
    bill("Res 2030-9", "Resolution establishing the Exampleton Wildlife Sanctuary"),
    bill(
        "Ord 2030-10",
        "Ordinance amending the schedule of fees for swimming pools",
        "Section 4. No city agency shall enter into an agreement under section 287(g) of the"
        " Immigration and Nationality Act.",
    ),
]


def run(tmp_path: Path, *flags: str) -> list[str]:
    known = known_row()
    path = tmp_path / "stream.jsonl"
    rows = [*STREAM, {**known, "summary": None}]
    lines = [json.dumps(r) for r in rows] + ['{"title": "cut off', '["a list"]', '{"title": ""}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(path), *flags],
        capture_output=True,
        text=True,
        check=True,
    )
    assert known["title"][:60] not in done.stdout  # a known row is never printed
    # broken lines are named and skipped; the rest of the stream is still read
    assert "stream.jsonl line 6: not a bill object, skipped" in done.stderr
    assert "stream.jsonl line 7: not a bill object, skipped" in done.stderr
    assert "skipped (not a bill) 2" in done.stdout and "skipped (no title) 1" in done.stdout
    return done.stdout.splitlines()


def test_the_stream_is_read_as_the_spiders_hand_it_over(tmp_path: Path) -> None:
    lines = run(tmp_path, "--show", "--keywords")
    counts = lines[0]
    assert "bills 4," in counts and "left out (in tests/data) 1" in counts
    assert "flagged 1," in counts and "keyword baseline only 1" in counts
    # the pool-fee ordinance's text is not fetched (triage: no), so its 287(g) clause is unread
    assert "read with the text 0" in counts
    assert any(line.startswith("+ Exampleton, ZZ Ord 2030-7") for line in lines)
    assert any(line.startswith("- Exampleton, ZZ Res 2030-9") for line in lines)
    assert not any("parking meter" in line for line in lines)


def test_all_texts_reads_every_text(tmp_path: Path) -> None:
    lines = run(tmp_path, "--all-texts", "--show")
    assert "flagged 2," in lines[0] and "read with the text 1" in lines[0]
    assert any(line.startswith("+ Exampleton, ZZ Ord 2030-10") for line in lines)
