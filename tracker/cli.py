"""The `tracker` command."""

from __future__ import annotations

import json
import logging
import sys

import click

from tracker.config import load_config
from tracker.domain import STANCES
from tracker.feeds.cli import feeds as feeds_group
from tracker.mail.cli import digest as digest_group
from tracker.mail.cli import subscribe as subscribe_command
from tracker.mail.cli import subscribers as subscribers_group
from tracker.web.cli import serve as serve_command


@click.group()
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """Track sanctuary, Trust Act, 287(g) and anti-sanctuary measures and publish every change."""
    level = logging.WARNING - 10 * verbose
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.root.handlers:
        # Scrapy lowers the root logger's level for its own loggers; the handler keeps ours.
        handler.setLevel(level)


@main.command()
@click.option(
    "--source", "sources", multiple=True, help="Source name (repeatable); default all enabled."
)
def crawl(sources: tuple[str, ...]) -> None:
    """Crawl sources, classify and store what they publish; print a summary per source."""
    from tracker.crawl import run_crawls
    from tracker.sources import RegistryError

    try:
        reports = run_crawls(list(sources) or None, echo=lambda line: click.echo(line, err=True))
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    for report in reports:
        click.echo(report.summary_line())
    if any(not r.ok for r in reports):
        sys.exit(1)


@main.command()
@click.option("--jurisdiction", help='Jurisdiction name ("Seattle, WA") or slug.')
@click.option("--state", help="Two-letter state code.")
@click.option("--topic", help="Topic, e.g. 287g, detainers, sanctuary.")
@click.option("--stance", type=click.Choice(STANCES))
@click.option("--status", help="Ladder step, e.g. enacted, in_committee.")
@click.option("--all", "include_all", is_flag=True, help="Include measures found not relevant.")
@click.option("--limit", type=int, default=None)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines output.")
def bills(jurisdiction, state, topic, stance, status, include_all, limit, as_json) -> None:
    """List stored measures."""
    from tracker.bills import bill_rows

    rows = bill_rows(
        load_config(),
        jurisdiction=jurisdiction,
        state=state,
        topic=topic,
        stance=stance,
        status=status,
        relevant=None if include_all else True,
        limit=limit,
    )
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            topics = ",".join(row["topics"]) or "-"
            click.echo(
                f"{row['jurisdiction']:<24} {row['identifier']:<16} {row['status'] or '-':<18} "
                f"{row['stance'] or '-':<12} {topics:<28} {row['title'][:90]}"
            )
    if not rows and not as_json:
        click.echo("No measures match.", err=True)


@main.command("classify")
@click.argument(
    "files",
    nargs=-1,
    metavar="[FILE]",
    type=click.Path(exists=True, dir_okay=False, allow_dash=True),
)
@click.option(
    "--eval",
    "eval_paths",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Score the classifier against labeled or background JSON Lines instead (repeatable;"
    " files named after it are scored too, so `--eval tests/data/heldout/*.jsonl` works).",
)
@click.option(
    "--errors",
    is_flag=True,
    help="With --eval, also list every confusion row (not on the held-out part: see docs).",
)
@click.option(
    "--no-texts",
    is_flag=True,
    help="With --eval, leave out bill texts (texts.jsonl rows): title and summary alone.",
)
def classify_cmd(files, eval_paths, errors, no_texts) -> None:
    """Classify JSON Lines (title, summary, text, jurisdiction) from FILE or standard input."""
    from tracker.classify.cli import classify_stream, evaluate

    if eval_paths:
        if "-" in files:
            raise click.UsageError("--eval scores files; standard input cannot be one")
        paths = (*eval_paths, *files)
        click.echo(evaluate(*paths, texts=not no_texts).format(show_rows=errors))
        return
    if len(files) > 1:
        raise click.UsageError(
            f"classify reads one FILE (or standard input), got {len(files)}; "
            "to score several labeled files, name them after --eval"
        )
    with click.open_file(files[0] if files else "-", encoding="utf-8") as infile:
        if classify_stream(infile, sys.stdout):
            sys.exit(1)


@main.command()
def reclassify() -> None:
    """Classify stored measures again; events only where relevance changed."""
    from tracker.reclassify import reclassify_all

    report = reclassify_all(load_config())
    click.echo(report.summary_line())


@main.command()
@click.option(
    "--list", "list_only", is_flag=True, help="Print the jobs and their next runs, then exit."
)
def run(list_only: bool) -> None:
    """Run the scheduler: every enabled source on its schedule, digests hourly, until stopped
    (SIGTERM or Ctrl-C: running crawls are stopped and recorded)."""
    from tracker.scheduler import build_scheduler

    scheduler = build_scheduler()
    if list_only:
        from datetime import UTC, datetime

        now = datetime.now(UTC)
        for job in scheduler.get_jobs():
            click.echo(
                f"{job.name:<40} next {job.trigger.get_next_fire_time(None, now):%Y-%m-%d %H:%M %Z}"
            )
        return
    if not logging.root.isEnabledFor(logging.INFO):
        logging.root.setLevel(logging.INFO)
        for handler in logging.root.handlers:
            handler.setLevel(logging.INFO)
    click.echo(
        f"Scheduler started with {len(scheduler.get_jobs())} jobs; Ctrl-C or SIGTERM stops it.",
        err=True,
    )
    scheduler.serve()


@main.command()
@click.option("--check", is_flag=True, help="Try each live endpoint once instead (needs internet).")
@click.option("--source", "names", multiple=True, help="With --check: source name (repeatable).")
@click.option("--all", "everything", is_flag=True, help="With --check: disabled entries too.")
@click.option("--timeout", default=20.0, show_default=True, help="With --check: seconds each.")
def sources(check: bool, names: tuple[str, ...], everything: bool, timeout: float) -> None:
    """List the registry's sources: platform, schedule, last success, last error, requests used
    against the key's budget, health. With --check, ask each live endpoint one cheap question."""
    from tracker.source_table import render, source_rows
    from tracker.sources import RegistryError

    if check:
        _check_sources(names, everything, timeout)
        return
    try:
        click.echo(render(source_rows()))
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from None


@main.group()
def db() -> None:
    """The database's schema."""


@db.command()
def upgrade() -> None:
    """Run the Alembic migrations up to the newest schema (safe to run again)."""
    from storage.db import make_engine
    from storage.db import upgrade as run_upgrade

    config = load_config()
    engine = make_engine(config.database_url)
    try:
        run_upgrade(engine)
    finally:
        engine.dispose()
    click.echo(f"Database at {engine.url.render_as_string(hide_password=True)} is up to date.")


@main.command()
@click.option("--keep", is_flag=True, help="Keep the demo's data folder from an earlier run.")
def demo(keep: bool) -> None:
    """Run the whole pipeline offline on bundled recorded responses served locally."""
    from tracker.demo.run import run_demo

    sys.exit(run_demo(keep=keep, echo=click.echo))


# Commands of the feature packages (their modules import nothing heavy at load time).
@main.command("sources-check")
@click.option("--source", "names", multiple=True, help="Source name (repeatable).")
@click.option("--all", "everything", is_flag=True, help="Disabled entries too.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds per request.")
def sources_check(names: tuple[str, ...], everything: bool, timeout: float) -> None:
    """Try each source's live endpoint once and say which answer (same as `sources --check`)."""
    _check_sources(names, everything, timeout)


def _check_sources(names: tuple[str, ...], everything: bool, timeout: float) -> None:
    from tracker.sourcecheck import check_sources
    from tracker.sources import RegistryError, load_sources

    try:
        entries = load_sources()
    except RegistryError as exc:
        raise click.ClickException(str(exc)) from None
    known = {e.name for e in entries}
    unknown = sorted(set(names) - known)
    if unknown:
        raise click.ClickException(f"unknown source(s): {', '.join(unknown)}")
    chosen = [e for e in entries if (e.name in names if names else (everything or e.enabled))]
    results = check_sources(chosen, timeout=timeout, echo=click.echo)
    answered = sum(r.outcome == "ok" for r in results)
    failed = sum(r.outcome == "failed" for r in results)
    click.echo(f"{answered} answered, {failed} did not, {len(results) - answered - failed} skipped")
    if failed:
        sys.exit(1)


main.add_command(feeds_group)
main.add_command(subscribe_command)
main.add_command(digest_group)
main.add_command(subscribers_group)
main.add_command(serve_command)


if __name__ == "__main__":
    main()
