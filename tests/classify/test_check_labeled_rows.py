"""The check a new labeled set passes before it joins tests/data: format, labels, and no measure
the data already holds (under another spelling, or re-introduced with the same words)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_labeled_rows.py"


def check(tmp_path: Path, *rows: dict) -> tuple[int, list[str]]:
    path = tmp_path / "new.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(path)], capture_output=True, text=True, check=False
    )
    return done.returncode, done.stdout.splitlines()


def existing_row() -> dict:
    line = (ROOT / "tests" / "data" / "rules" / "labeled_dev2.jsonl").read_text().splitlines()[0]
    return json.loads(line)


NEW = {
    "jurisdiction": "Exampleton, ZZ",
    "level": "city",
    "identifier": "R-2030-1",
    "year": "2030",
    "title": "Resolution adopting a welcoming village policy for the village hall",
    "summary": "",
    "source": "https://example.org/r-2030-1",
    "relevant": True,
    "stance": "protective",
    "topics": ["sanctuary"],
    "rationale": "A welcoming policy of this government: sanctuary, protective.",
}


def test_a_new_well_labeled_row_passes(tmp_path: Path) -> None:
    code, out = check(tmp_path, NEW)
    assert code == 0
    assert out == ["line 1 Exampleton, ZZ R-2030-1: OK", "0 rows with problems"]


def test_a_row_already_held_is_refused_under_another_spelling(tmp_path: Path) -> None:
    known = existing_row()
    respelled = {
        **known,
        "jurisdiction": f"{known['jurisdiction']}, XX",  # "Fort Collins" = "Fort Collins, CO"
        "identifier": f" {known['identifier']} ".replace("A", "A-", 1),
    }
    code, out = check(tmp_path, respelled)
    assert code == 1
    assert "already in tests/data" in out[0]
    assert known["title"] not in "\n".join(out)  # existing rows are never shown


def test_a_reintroduction_with_the_same_words_is_refused(tmp_path: Path) -> None:
    known = existing_row()
    again = {**known, "identifier": "A99999", "year": "2031", "title": known["title"] + " (2031)"}
    code, out = check(tmp_path, again)
    assert code == 1 and "near-duplicate" in out[0]


def test_labels_that_contradict_each_other_are_refused(tmp_path: Path) -> None:
    code, out = check(
        tmp_path,
        {**NEW, "topics": ["other_immigration"]},
        {**NEW, "identifier": "R-2030-2", "relevant": False, "topics": ["sanctuary"]},
        {**NEW, "identifier": "R-2030-3", "topics": ["immigration"]},
    )
    assert code == 1
    assert "needs tracked topics" in out[0]
    assert "takes other_immigration or none" in out[1]
    assert "topics must be DOMAIN.md topics" in out[2]


def test_a_missing_file_or_help_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    for args in (["--help"], [str(tmp_path / "absent.jsonl")]):
        done = subprocess.run(
            [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
        )
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert done.stderr.strip()


def test_a_bill_held_under_the_chambers_other_spelling_is_refused(tmp_path: Path) -> None:
    """A bill "HB 318" is "H 318"; a title "The … Act" is "… Act"."""
    rows = [
        json.loads(line)
        for path in sorted((ROOT / "tests" / "data" / "rules").glob("labeled*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    known = next(
        r
        for r in rows
        if str(r.get("identifier", "")).startswith("HB ")
        and r.get("year")
        and not str(r["title"]).lower().startswith(("the ", "a ", "an "))
    )
    respelled = {**NEW, "jurisdiction": known["jurisdiction"], "year": known["year"]}
    respelled["identifier"] = known["identifier"].replace("HB ", "H ", 1)
    code, out = check(tmp_path, respelled)
    assert code == 1
    assert "already in tests/data" in out[0]
    retitled = {**NEW, "jurisdiction": known["jurisdiction"], "title": f"The {known['title']}"}
    code, out = check(tmp_path, retitled)
    assert code == 1
    assert "already in tests/data" in out[0]
