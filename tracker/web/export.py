"""CSV and JSON exports of any measures result, streamed so a large result never sits in memory."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime

COLUMNS = (
    "id", "jurisdiction", "state", "level", "session", "identifier", "title", "status",
    "status_date", "introduced_date", "latest_action_date", "stance", "topics", "provisions",
    "summary", "url", "text_url", "page_url",
)  # fmt: skip

# A cell starting with one of these is a formula to a spreadsheet; scraped text must not run.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def public_row(row: dict, public_url: str) -> dict:
    """A measure as exported (and as the API shows it in lists)."""
    return {
        "id": row["id"],
        "uid": row["uid"],
        "jurisdiction": row["jurisdiction"],
        "jurisdiction_slug": row["jurisdiction_slug"],
        "state": row["state"],
        "level": row["level"],
        "session": row["session"],
        "identifier": row["identifier"],
        "title": row["title"],
        "summary": row["summary"],
        "measure_type": row["measure_type"],
        "status": row["status"],
        "status_date": row["status_date"],
        "introduced_date": row["introduced_date"],
        "latest_action_date": row["latest_action_date"],
        "relevant": bool(row["relevant"]),
        "topics": row["topics"],
        "stance": row["stance"],
        "provisions": row["provisions"],
        "url": row["url"],
        "text_url": row["text_url"],
        "page_url": f"{public_url}/measures/{row['id']}",
    }


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        text = ";".join(str(v) for v in value)
    elif isinstance(value, date | datetime):
        return value.isoformat()
    else:
        text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    """The CSV file, line by line: a header, then one measure per line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    yield buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([_cell(row.get(c)) for c in COLUMNS])
        yield buffer.getvalue()


def _default(value: object) -> str:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def json_chunks(rows: Iterable[dict]) -> Iterator[str]:
    """A JSON array of measures, one element per chunk."""
    yield "["
    first = True
    for row in rows:
        yield ("" if first else ",\n") + json.dumps(row, default=_default, ensure_ascii=False)
        first = False
    yield "]\n"
