"""Every founding place has an enabled source in the bundled registry or a written reason in
docs/sources.md, and the documentation's table agrees with the registry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.sources import load_sources

ROOT = Path(__file__).parents[2]
REGISTRY = ROOT / "tracker" / "data" / "sources"
DOC = ROOT / "docs" / "sources.md"

# (the place as the docs' table names it, its jurisdiction in the registry)
FOUNDING = [
    ("District of Columbia", "District of Columbia"),
    ("Chicago", "Chicago, IL"),
    ("San Francisco", "San Francisco, CA"),
    ("New York City", "New York City, NY"),
    ("Cincinnati", "Cincinnati, OH"),
    ("Madison, WI", "Madison, WI"),
    ("Santa Clara County", "Santa Clara County, CA"),
    ("Arlington County, VA", "Arlington County, VA"),
    ("Philadelphia", "Philadelphia, PA"),
]


def founding_rows() -> dict[str, list[str]]:
    """The table under '## The founding places': place -> its cells."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## The founding places", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("place", "---"):
            rows[cells[0]] = cells
    return rows


@pytest.mark.parametrize(("place", "jurisdiction"), FOUNDING)
def test_each_founding_place_is_crawled_or_says_why_not(place: str, jurisdiction: str) -> None:
    enabled = [e for e in load_sources(REGISTRY) if e.jurisdiction == jurisdiction and e.enabled]
    row = founding_rows().get(place)
    assert row is not None, f"docs/sources.md has no founding-places row for {place}"
    reason = row[3]
    if enabled:
        named = set(re.findall(r"`([a-z0-9-]+)`", row[2]))
        assert named & {e.name for e in enabled}, f"{place}: the table names no enabled source"
    else:
        # A reason a reader can act on: what the place uses, and what would be needed.
        assert len(reason.split()) >= 25 and "Needed" in reason, f"{place}: no written reason"


def test_every_place_in_the_table_is_a_founding_place() -> None:
    assert set(founding_rows()) == {place for place, _ in FOUNDING}


def test_every_source_the_docs_tables_name_exists_in_the_registry() -> None:
    names = {e.name for e in load_sources(REGISTRY)}
    text = DOC.read_text(encoding="utf-8")
    largest = text.split("## The largest places", 1)[1].split("\n## ", 1)[0]
    cells = [row[2] for row in founding_rows().values()]
    cells += [line.strip("| ").split("|")[-1] for line in largest.splitlines() if line[:2] == "| "]
    named = {n for cell in cells for n in re.findall(r"`([a-z][a-z0-9-]+)`", cell)}
    assert len(named) > 30 and named <= names, sorted(named - names)
