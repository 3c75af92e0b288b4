"""A registry with one official state-site source pointing at the local server, for the real
`tracker crawl` subprocess (see crawling.py)."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.crawling import FAST_SETTINGS


def write_official_registry(
    path: Path, name: str, spider: str, jurisdiction: str, state: str, **args: object
) -> Path:
    lines = []
    for key, value in args.items():
        shown = str(value).lower() if isinstance(value, bool) else value
        lines.append(f"{key} = {shown!r}".replace("'", '"'))
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
