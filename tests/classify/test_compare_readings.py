"""The readings comparison: every reading of a rules-part folder before and after a change, and a
listing of exactly the verdicts that moved."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import compare_readings  # noqa: E402

MEASURE = {
    "jurisdiction": "Exampleton, ST",
    "level": "city",
    "identifier": "Ord 1",
    "year": "2026",
    "title": "An ordinance prohibiting 287(g) agreements",
    "summary": "",
    "relevant": True,
    "stance": "protective",
    "topics": ["287g"],
}
BILL = {"jurisdiction": "Ohio", "identifier": "HB 9", "year": "2026", "title": "Bridge repairs"}


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "labeled_x.jsonl").write_text(json.dumps(MEASURE) + "\n", encoding="utf-8")
    (rules / "background_x.jsonl").write_text(json.dumps(BILL) + "\n", encoding="utf-8")
    text = {
        "text_for": "Exampleton, ST|Ord 1|2026|An ordinance prohibiting 287(g) agreements",
        "text": "No city agency shall enter into an agreement under section 287(g).",
    }
    (rules / "texts.jsonl").write_text(json.dumps(text) + "\n", encoding="utf-8")
    monkeypatch.setattr(compare_readings, "RULES", rules)
    return tmp_path


def test_a_snapshot_reads_every_row_with_and_without_its_text(folder: Path) -> None:
    out = folder / "before.json"
    assert compare_readings.main(["snapshot", str(out)]) == 0
    readings = json.loads(out.read_text(encoding="utf-8"))
    assert len(readings) == 2
    measure = readings["Exampleton, ST|Ord 1|2026|An ordinance prohibiting 287(g) agreements"]
    assert measure["labels"] == [True, "protective", ["287g"]]
    assert measure["words"][:3] == [True, "protective", ["287g"]]
    assert measure["text"][:3] == [True, "protective", ["287g"]]
    bill = readings["Ohio|HB 9|2026|Bridge repairs"]
    assert bill["words"][0] is False and "text" not in bill


def test_the_diff_lists_exactly_the_verdicts_that_moved(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = folder / "before.json", folder / "after.json"
    compare_readings.main(["snapshot", str(before)])
    readings = json.loads(before.read_text(encoding="utf-8"))
    key = "Exampleton, ST|Ord 1|2026|An ordinance prohibiting 287(g) agreements"
    readings[key]["words"] = [True, "unclear", ["287g"], ["a reason"], []]
    bill = "Ohio|HB 9|2026|Bridge repairs"
    readings[bill]["words"] = [False, "not_relevant", [], ["another reason"], []]
    after.write_text(json.dumps(readings), encoding="utf-8")
    capsys.readouterr()
    assert compare_readings.main(["diff", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "An ordinance prohibiting 287(g) agreements  (title and summary)" in out
    assert "before  [True, 'protective', ['287g']]" in out
    assert "after   [True, 'unclear', ['287g']]" in out
    assert "Bridge repairs" not in out
    assert out.rstrip().endswith("1 verdicts changed, 1 readings changed only their reasons")


def test_it_says_how_to_run_it_when_asked_wrongly(capsys: pytest.CaptureFixture[str]) -> None:
    assert compare_readings.main(["compare"]) == 2
    assert "snapshot before.json" in capsys.readouterr().err
