"""`tracker sources`: one row per registry source with its schedule, last success, last error and
health flags, built as plain rows and columns so more columns can be added in one place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from storage import ops
from storage.db import session_scope
from tracker.budget import budgeted, describe
from tracker.config import Config, engine, load_config
from tracker.health import open_flags
from tracker.sources import SourceEntry, load_sources


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[dict], str]


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "never"


COLUMNS: list[Column] = [
    Column("source", lambda r: r["name"]),
    Column("platform", lambda r: r["spider"]),
    Column("schedule", lambda r: r["schedule"] + ("" if r["enabled"] else " (off)")),
    Column("last success", lambda r: _when(r["last_success_at"])),
    Column(
        "last error",
        lambda r: (
            f"{_when(r['last_error_at'])} {r['last_error'] or ''}".strip()
            if r["last_error_at"]
            else "-"
        ),
    ),
    # The platform's request budget is its API key's, shared by all of the platform's sources.
    Column("requests (key's budget)", lambda r: r["budget"] or "-"),
    Column("health", lambda r: ",".join(r["flags"]) or ("ok" if r["crawled"] else "not crawled")),
]


def source_rows(
    config: Config | None = None, entries: list[SourceEntry] | None = None
) -> list[dict]:
    """Each registry entry joined with what the database knows of it."""
    config = config or load_config()
    entries = entries if entries is not None else load_sources()
    eng = engine(config)
    with session_scope(eng) as session:
        stored = {s.name: s for s, _ in ops.sources_with_places(session)}
        flags = open_flags(session)
    budgets = {e.spider: describe(e.spider, eng) for e in entries if budgeted(e.spider)}
    rows = []
    for entry in entries:
        source = stored.get(entry.name)
        rows.append(
            {
                "name": entry.name,
                "spider": entry.spider,
                "schedule": entry.schedule,
                "enabled": entry.enabled,
                "jurisdiction": entry.jurisdiction,
                "crawled": source is not None and (source.last_success_at or source.last_error_at),
                "last_success_at": source.last_success_at if source else None,
                "last_error_at": source.last_error_at if source else None,
                "last_error": (source.last_error or "")[:80] if source else None,
                "flags": sorted(flags.get(source.id, [])) if source else [],
                "budget": budgets.get(entry.spider),
            }
        )
    return rows


def render(rows: list[dict], columns: list[Column] | None = None) -> str:
    """A fixed-width text table."""
    columns = columns or COLUMNS
    cells = [[c.title for c in columns]] + [[c.value(r) for c in columns] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(columns))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in cells
    )
