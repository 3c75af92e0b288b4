"""`tracker subscribe` and `tracker digest send|preview`. Heavy imports stay inside the commands
so the CLI starts fast."""

from __future__ import annotations

import sys

import click

from tracker.config import load_config


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.command()
@click.argument("email")
@click.option("--state", "states", multiple=True, help="Two-letter state code (repeatable).")
@click.option(
    "--jurisdiction", "jurisdictions", multiple=True, help="Jurisdiction slug, e.g. chicago-il."
)
@click.option("--level", "levels", multiple=True, help="state, county or city (repeatable).")
@click.option("--topic", "topics", multiple=True, help="Topic, e.g. 287g, detainers (repeatable).")
@click.option("--stance", "stances", multiple=True, help="protective, restrictive, unclear.")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    help="Event kind: new_measure, action, status_change, hearing, title, ...",
)
@click.option(
    "--frequency", type=click.Choice(["daily", "weekly"]), default="daily", show_default=True
)
@click.option(
    "--timezone", default="UTC", show_default=True, help="IANA zone, e.g. America/Chicago."
)
@click.option(
    "--hour",
    "send_hour",
    type=click.IntRange(0, 23),
    default=7,
    show_default=True,
    help="Local hour the digest goes out.",
)
@click.option("--confirmed", is_flag=True, help="Operator: skip the confirmation email.")
@click.option(
    "--backfill-days",
    type=click.IntRange(0, 366),
    default=0,
    help="Operator: the first digest also carries events seen in the last N days.",
)
def subscribe(
    email,
    states,
    jurisdictions,
    levels,
    topics,
    stances,
    kinds,
    frequency,
    timezone,
    send_hour,
    confirmed,
    backfill_days,
) -> None:
    """Subscribe EMAIL to digests (sends a confirmation link first)."""
    from datetime import timedelta

    from tracker.config import engine
    from tracker.mail import service

    config = load_config()
    filters = {
        "states": states,
        "jurisdictions": jurisdictions,
        "levels": levels,
        "topics": topics,
        "stances": stances,
        "kinds": kinds,
    }
    try:
        result = service.request_subscription(
            engine(config),
            config,
            email,
            filters,
            frequency,
            timezone,
            send_hour=send_hour,
            confirmed=confirmed,
            backfill=timedelta(days=backfill_days) if backfill_days else None,
        )
    except (ValueError, RuntimeError) as exc:
        _fail(str(exc))
    click.echo(result.message)
    if result.status == "rate_limited":
        sys.exit(1)


@click.group()
def digest() -> None:
    """Email digests: send the due ones, or preview one."""


@digest.command("send")
@click.option(
    "--frequency",
    type=click.Choice(["daily", "weekly"]),
    default=None,
    help="Only subscriptions of this frequency.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Send what is pending now, whatever the schedule (never repeats an event).",
)
def send(frequency, force) -> None:
    """Compose the digests that are due, then send every pending message."""
    from tracker.config import engine
    from tracker.mail.run import run_digests

    config = load_config()
    try:
        recorded, sent = run_digests(engine(config), config, frequency=frequency, force=force)
    except RuntimeError as exc:
        _fail(str(exc))
    click.echo(recorded.summary_line())
    target = "SMTP" if config.smtp_url else f"the outbox folder {config.outbox_dir}"
    click.echo(f"outbox ({target}): {sent.summary_line()}")
    if sent.error:
        click.echo("Unsent messages are kept and retried by the next run.", err=True)
        sys.exit(1)


@digest.command("preview")
@click.argument("email")
def preview(email) -> None:
    """Print what the next digest for EMAIL would say (records and sends nothing)."""
    from tracker.config import engine
    from tracker.mail.run import preview as preview_digest

    config = load_config()
    try:
        composed, note = preview_digest(engine(config), config, email)
    except (ValueError, RuntimeError) as exc:
        _fail(str(exc))
    if composed is None:
        click.echo(note)
        return
    click.echo(f"Subject: {composed.subject}\n")
    click.echo(composed.text)


@click.group()
def subscribers() -> None:
    """Subscriber data: show or erase what is kept about an address, forget expired ones."""


@subscribers.command("export")
@click.argument("email")
def export_command(email) -> None:
    """Print, as JSON, everything kept about EMAIL (to answer its owner's request)."""
    import json

    from tracker.config import engine
    from tracker.mail import privacy

    config = load_config()
    try:
        data = privacy.export(engine(config), config, email)
    except ValueError as exc:
        _fail(str(exc))
    if data is None:
        click.echo(f"Nothing is kept about {email}.", err=True)
        sys.exit(1)
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@subscribers.command("delete")
@click.argument("email")
def delete_command(email) -> None:
    """Erase EMAIL: its subscriptions, the mails sent to it and the address itself."""
    from tracker.config import engine
    from tracker.mail import privacy

    config = load_config()
    try:
        deleted = privacy.delete(engine(config), config, email)
    except ValueError as exc:
        _fail(str(exc))
    if not deleted:
        click.echo(f"Nothing is kept about {email}.", err=True)
        sys.exit(1)
    click.echo(f"Erased {email}: its subscriptions, messages and the address itself.")


@subscribers.command("purge")
def purge_command() -> None:
    """Forget addresses past TRACKER_SUBSCRIBER_RETENTION_DAYS (left, bounced, never confirmed)."""
    from tracker.config import engine
    from tracker.mail import privacy

    config = load_config()
    try:
        report = privacy.purge(engine(config), config)
    except (ValueError, RuntimeError) as exc:
        _fail(str(exc))
    click.echo(report.summary_line())
