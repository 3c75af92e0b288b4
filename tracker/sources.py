"""The source registry: which jurisdictions to crawl, with which spider and arguments.

A TOML file (the bundled default, or TRACKER_SOURCES). Every entry's base URL is an argument, so
any source can be pointed at a mirror or a local server.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tracker.config import load_config
from tracker.domain import LEVELS

REQUIRED = ("name", "spider", "jurisdiction", "level", "state")


class RegistryError(ValueError):
    """The registry file cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class SourceEntry:
    name: str
    spider: str
    jurisdiction: str
    level: str
    state: str
    schedule: str = "0 */6 * * *"
    enabled: bool = True
    args: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


def _entry(raw: dict[str, Any], where: str) -> SourceEntry:
    missing = [key for key in REQUIRED if not raw.get(key)]
    if missing:
        raise RegistryError(f"{where}: missing {', '.join(missing)}")
    if raw["level"] not in LEVELS:
        raise RegistryError(f"{where}: level must be one of {', '.join(LEVELS)}")
    state = str(raw["state"]).upper()
    if len(state) != 2 or not state.isalpha():
        raise RegistryError(f"{where}: state must be a two-letter code, not {raw['state']!r}")
    known = {f for f in SourceEntry.__dataclass_fields__}
    unknown = set(raw) - known
    if unknown:
        raise RegistryError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    return SourceEntry(**{**raw, "state": state})


def _read(path: Path) -> list[SourceEntry]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RegistryError(f"source registry {path} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"source registry {path} is not valid TOML: {exc}") from None
    return [
        _entry(raw, f"{path} [[sources]] #{i + 1} ({raw.get('name', '?')})")
        for i, raw in enumerate(data.get("sources", []))
    ]


def load_sources(path: Path | str | None = None) -> list[SourceEntry]:
    """Every entry of the registry at PATH (default: the configured one), in file order. PATH is
    a TOML file or a folder of them (read in name order), like the bundled registry."""
    path = Path(path or load_config().sources_path)
    files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
    entries = [entry for file in files for entry in _read(file)]
    names = [e.name for e in entries]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise RegistryError(f"{path}: duplicate source name(s) {', '.join(dupes)}")
    return entries


def get_source(name: str, path: Path | str | None = None) -> SourceEntry:
    for entry in load_sources(path):
        if entry.name == name:
            return entry
    raise RegistryError(f"no source named {name!r} in the registry")


def missing_env(entry: SourceEntry) -> list[str]:
    """Environment variables the entry needs and that are not set: every argument ending in
    `_env` names one (`token_env = "NYC_LEGISTAR_TOKEN"`: the token is read from it)."""
    import os

    wanted = [str(v) for k, v in sorted(entry.args.items()) if k.endswith("_env") and v]
    return [name for name in wanted if not os.environ.get(name)]
