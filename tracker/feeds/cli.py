"""`tracker feeds ...` commands (imports stay inside the commands: the CLI must start fast)."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def feeds() -> None:
    """RSS and Atom feeds of every change."""


@feeds.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--limit", type=click.IntRange(1, 500), default=50, show_default=True, help="Items per feed."
)
def export(directory: Path, limit: int) -> None:
    """Write every standard feed (RSS and Atom) and feeds.opml into DIRECTORY."""
    from tracker.config import engine, load_config
    from tracker.feeds.export import export_feeds

    config = load_config()
    report = export_feeds(engine(config), config.public_url, directory, limit)
    click.echo(report.summary_line())
