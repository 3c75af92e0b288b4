"""Helpers for end-to-end crawls of the official state sites: a one-source registry pointing a
state spider at the local server, and a look at what the crawl stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage.models import Action, CrawlRun, Event, Measure, Source
from tests.e2e.crawling import snapshot as crawl_snapshot
from tests.e2e.crawling import source_entry


def write_state_registry(
    path: Path,
    name: str,
    spider: str,
    state: str,
    jurisdiction: str,
    **args: object,
) -> Path:
    """A registry of one official source; ARGS go to [sources.args]."""
    path.write_text(source_entry(name, spider, jurisdiction, "state", state, args))
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
