"""congress.gov records (one BILL.md per bill) written as a stream for the whole-stream check:
in LegiScan's shape (the official long title as the summary) or with the CRS summaries."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "congress_stream.py"

# Records as the public repository writes them (shortened): heading, facts, summary, versions.
BANKS = """# HR 4478: TRUST Act of 2030

- Congress: 121
- Origin chamber: House
- Introduced: 2030-07-17
- Policy area: Finance and Financial Sector

## Summary

**Tailored Regulatory Updates for Supervisory Testing Act of 2030 or the TRUST Act of 2030**

This bill permits additional small insured depository institutions to qualify for less frequent
examinations.

## Text Versions

### IH
- Formatted XML: https://example.invalid/BILLS-121hr4478ih.xml

## Full Bill Text

### Introduced in House
- Date: 2030-07-17
- Source: https://example.invalid/BILLS-121hr4478ih.xml

I
121st CONGRESS
1st Session
H. R. 4478
A BILL
To amend the Federal Deposit Insurance Act to permit Federal banking agencies to examine
qualifying insured depository institutions less often, and for other purposes.
#### 1. Short title
This Act may be cited as the Tailored Regulatory Updates for Supervisory Testing Act of 2030 or
the TRUST Act of 2030 .

### Engrossed in House
- Date: 2030-09-01

A later version that the stream leaves out.
"""

SANCTUARY = """# S 2060: No Community Development Block Grants for Sanctuary Cities Act

- Introduced: 2030-06-12

## Full Bill Text

### Introduced in Senate
- Date: 2030-06-12

II
121st CONGRESS
A BILL
To prohibit sanctuary jurisdictions from receiving community development block grants.
#### 1. Short title
This Act may be cited as the No Community Development Block Grants for Sanctuary Cities Act .
"""

BARE = """# HRES 12: Recognizing the contributions of public librarians.

- Introduced: 2030-01-09
"""


def write_records(folder: Path) -> None:
    for name, record in (("HR_4478", BANKS), ("S_2060", SANCTUARY), ("HRES_12", BARE)):
        (folder / name).mkdir(parents=True)
        (folder / name / "BILL.md").write_text(record, encoding="utf-8")
    (folder / "notes").mkdir()
    (folder / "notes" / "BILL.md").write_text("no heading here\n", encoding="utf-8")


def build(folder: Path, out: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(folder), str(out), *flags],
        capture_output=True,
        text=True,
        check=True,
    )


def rows(path: Path) -> dict[str, dict]:
    return {r["identifier"]: r for r in map(json.loads, path.read_text().splitlines())}


def test_legiscan_shape_and_crs_summaries(tmp_path: Path) -> None:
    write_records(tmp_path / "records")
    done = build(tmp_path / "records", tmp_path / "ls.jsonl")
    assert "3 bills written" in done.stdout and "1 skipped" in done.stdout
    assert "no '# KIND NUMBER: title' heading, skipped" in done.stderr
    ls = rows(tmp_path / "ls.jsonl")
    assert set(ls) == {"H.R. 4478", "S. 2060", "H.Res. 12"}
    banks = ls["H.R. 4478"]
    assert banks["title"] == "TRUST Act of 2030"
    assert banks["year"] == 2030 and banks["level"] == "federal"
    # LegiScan's description: the official long title, read from the first text version
    assert banks["summary"].startswith("To amend the Federal Deposit Insurance Act")
    assert "Tailored Regulatory Updates" in banks["text"]
    assert "later version" not in banks["text"] and "- Date:" not in banks["text"]
    assert ls["H.Res. 12"]["summary"] is None and ls["H.Res. 12"]["text"] is None

    build(tmp_path / "records", tmp_path / "crs.jsonl", "--crs-summaries")
    crs = rows(tmp_path / "crs.jsonl")
    assert crs["H.R. 4478"]["summary"].startswith("**Tailored Regulatory Updates")
    assert crs["S. 2060"]["summary"] is None  # no CRS summary written yet


def test_the_stream_reads_in_the_whole_stream_check(tmp_path: Path) -> None:
    """What an engineer runs next: the bank bill named TRUST is not flagged, the sanctuary
    funding cut-off is."""
    write_records(tmp_path / "records")
    build(tmp_path / "records", tmp_path / "ls.jsonl")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "check_stream.py"),
            str(tmp_path / "ls.jsonl"),
            "--show",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    flagged = [ln for ln in done.stdout.splitlines() if ln.startswith("+ ")]
    assert len(flagged) == 1 and "S. 2060" in flagged[0], done.stdout
    assert "restrictive" in flagged[0] and "anti_sanctuary" in flagged[0]
