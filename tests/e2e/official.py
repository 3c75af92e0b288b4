"""Helpers for end-to-end crawls of the official state sites: a one-source registry pointing a
state spider at the local server, and a look at what the crawl stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage.models import Action, CrawlRun, Event, Measure, Source
from tests.e2e.crawling import FAST_SETTINGS
from tests.e2e.crawling import snapshot as crawl_snapshot


def write_state_registry(
    path: Path,
    name: str,
    spider: str,
    state: str,
    jurisdiction: str,
    **args: object,
) -> Path:
    """A registry of one official source; ARGS go to [sources.args] (strings and numbers)."""
    lines = []
    for key, value in args.items():
        if isinstance(value, bool):
            rendered = str(value).lower()
        else:
            rendered = f'"{value}"' if isinstance(value, str) else str(value)
        lines.append(f"{key} = {rendered}")
    path.write_text(
        f"""[[sources]]
name = "{name}"
spider = "{spider}"
jurisdiction = "{jurisdiction}"
level = "state"
state = "{state}"
[sources.args]
{chr(10).join(lines)}
{FAST_SETTINGS}"""
    )
    return path


@dataclass
class Snapshot:
    measures: dict[str, Measure]  # by identifier
    events: list[Event]
    actions: list[Action]
    source: Source
    runs: list[CrawlRun]

    def actions_of(self, identifier: str) -> list[Action]:
        measure_id = self.measures[identifier].id
        return sorted(
            (a for a in self.actions if a.measure_id == measure_id), key=lambda a: a.position
        )


def snapshot(db_url: str) -> Snapshot:
    taken = crawl_snapshot(db_url, by="identifier")
    return Snapshot(*(taken[name] for name in ("measures", "events", "actions", "source", "runs")))


def write_official_registry(
    path: Path, name: str, spider: str, jurisdiction: str, state: str, **args: object
) -> Path:
    """The same registry, arguments in (jurisdiction, state) order."""
    return write_state_registry(path, name, spider, state, jurisdiction, **args)
