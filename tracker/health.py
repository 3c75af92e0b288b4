"""Source health: which sources need an operator's eye, and telling the operator once per incident.

A source is flagged when
- **failing**: its last FAILING_RUNS finished crawls all failed;
- **silent**: it has not succeeded for longer than its schedule allows (two scheduled windows
  after its last success, plus the crawl time limit);
- **items_dropped**: its newest successful crawl saw no item while each of the successful crawls
  before it saw some (a page layout or an API that changed under the spider);
- **validation_jump**: its newest crawl dropped at least VALIDATION_MIN items as invalid, a fifth
  of what it saw or more, while the crawls before it dropped almost none.

Each flag opens an incident (storage/ops_models.py) that stays open until a check no longer
shows it; the operator (TRACKER_OPERATOR_EMAIL) gets one mail when it opens, through the same
transport as the digests (SMTP, or .eml files in the outbox).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from storage import ops
from storage.db import session_scope
from storage.models import CrawlRun, Source
from tracker.config import Config, engine, load_config
from tracker.sources import SourceEntry

log = logging.getLogger(__name__)

FAILING_RUNS = 3
HISTORY = 6  # finished runs looked at per source
VALIDATION_MIN = 5
KINDS = ("failing", "silent", "items_dropped", "validation_jump")


@dataclass(frozen=True)
class Flag:
    kind: str
    detail: str


def time_limit() -> float:
    """Seconds a crawl may run before it is stopped (TRACKER_CRAWL_TIME_LIMIT, default 2 h)."""
    return float(os.environ.get("TRACKER_CRAWL_TIME_LIMIT") or 7200)


def entry_time_limit(entry: SourceEntry) -> float:
    """A source's own limit (`TRACKER_TIME_LIMIT` in its [sources.settings]) or the default."""
    return float(entry.settings.get("TRACKER_TIME_LIMIT") or time_limit())


def silent_after(entry: SourceEntry, last_success: datetime) -> datetime:
    """When a source last successful at LAST_SUCCESS counts as silent: two windows later."""
    from tracker.scheduler import cron_trigger

    trigger = cron_trigger(entry.schedule)
    first = trigger.get_next_fire_time(None, last_success)
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
    return second + timedelta(seconds=entry_time_limit(entry))


def flags_for(
    entry: SourceEntry,
    source: Source,
    runs: list[CrawlRun],
    now: datetime,
    crawling: bool = False,
    last_success: datetime | None = None,
) -> list[Flag]:
    """The health flags of one source from its newest finished RUNS (newest first) at NOW;
    a source being crawled right now (CRAWLING) is not silent. LAST_SUCCESS: when its newest
    successful crawl was due (its scheduled window), else its last success."""
    last_success = last_success or source.last_success_at
    flags: list[Flag] = []
    if len(runs) >= FAILING_RUNS and all(r.outcome == "failed" for r in runs[:FAILING_RUNS]):
        flags.append(
            Flag(
                "failing",
                f"the last {FAILING_RUNS} crawls failed; the newest: {runs[0].message or '?'}",
            )
        )
    if last_success is not None and not crawling:
        deadline = silent_after(entry, _aware(last_success))
        if now > deadline:
            flags.append(
                Flag(
                    "silent",
                    f"no successful crawl since {_aware(last_success):%Y-%m-%d %H:%M} "
                    f"UTC; its schedule ({entry.schedule}) expected one by "
                    f"{deadline:%Y-%m-%d %H:%M} UTC",
                )
            )
    ok = [r for r in runs if r.outcome == "succeeded"]
    if len(ok) >= 3 and ok[0].items_seen == 0 and all(r.items_seen > 0 for r in ok[1:4]):
        before = ", ".join(str(r.items_seen) for r in ok[1:4])
        flags.append(
            Flag(
                "items_dropped",
                f"the newest successful crawl saw no items; the ones before saw {before}",
            )
        )
    if runs and len(runs) >= 2:
        newest, earlier = runs[0], runs[1:]
        seen_before = sum(r.items_seen for r in earlier)
        errors_before = sum(r.errors for r in earlier)
        rate_before = errors_before / seen_before if seen_before else 0.0
        if (
            newest.errors >= VALIDATION_MIN
            and newest.errors >= 0.2 * max(newest.items_seen, 1)
            and rate_before < 0.05
        ):
            flags.append(
                Flag(
                    "validation_jump",
                    f"the newest crawl dropped {newest.errors} of {newest.items_seen} items as "
                    f"invalid; before it, {rate_before:.0%}",
                )
            )
    return flags


def check(
    entries: Iterable[SourceEntry],
    now: datetime | None = None,
    config: Config | None = None,
) -> dict[str, list[Flag]]:
    """Evaluate ENTRIES' health, open and close incidents, mail the operator about new ones.

    Returns each checked source's flags. Sources never crawled have nothing to judge yet.
    """
    now = now or datetime.now(UTC)
    config = config or load_config()
    db = engine(config)
    result: dict[str, list[Flag]] = {}
    to_mail: list[tuple[int, str, Flag]] = []
    with session_scope(db) as session:
        for entry in entries:
            source = ops.source_by_name(session, entry.name)
            if source is None:
                continue
            runs = ops.recent_runs(session, source.id, HISTORY)  # type: ignore[arg-type]
            crawling = ops.lease_holder(db, entry.name) is not None
            last_ok = ops.latest_window(session, entry.name, "succeeded")
            flags = flags_for(entry, source, runs, now, crawling, last_ok)
            result[entry.name] = flags
            current = {f.kind: f for f in flags}
            open_ = {i.kind: i for i in ops.open_incidents(session, source.id)}
            for kind, incident in open_.items():
                if kind not in current:
                    ops.close_incident(session, incident, now)
                    log.warning("%s: %s is over", entry.name, kind)
            for kind, flag in current.items():
                incident = open_.get(kind)
                if incident is None:
                    incident = ops.open_incident(session, source.id, kind, flag.detail, now)  # type: ignore[arg-type]
                    log.error("%s: %s: %s", entry.name, kind, flag.detail)
                if incident.notified_at is None:
                    to_mail.append((incident.id, entry.name, flag))  # type: ignore[arg-type]
    if to_mail:
        notify(to_mail, now, config)
    return result


def notify(incidents: list[tuple[int, str, Flag]], now: datetime, config: Config) -> bool:
    """One mail to the operator about INCIDENTS; they are marked told only once it was sent."""
    to = os.environ.get("TRACKER_OPERATOR_EMAIL")
    if not to:
        return False
    from tracker.mail.sender import transport_for
    from tracker.mail.settings import envelope_sender, from_address, mail_domain

    msg = EmailMessage()
    names = sorted({name for _, name, _ in incidents})
    msg["Subject"] = f"[tracker] needs attention: {', '.join(names)}"
    msg["From"] = from_address(config)
    msg["To"] = to
    msg["Date"] = formatdate(now.timestamp())
    msg["Message-ID"] = make_msgid(domain=mail_domain(config))
    lines = [f"- {name}: {flag.kind}: {flag.detail}" for _, name, flag in incidents]
    msg.set_content(
        "These sources need attention:\n\n"
        + "\n".join(lines)
        + f"\n\nEvery source's state: {config.public_url}/status\n"
        "You get one mail when a problem starts; none while it goes on.\n"
    )
    transport = transport_for(config)
    try:
        transport.send(envelope_sender(config), to, msg.as_bytes())
    except Exception as exc:  # noqa: BLE001 - the incident stays untold and is retried next check
        log.error("could not mail the operator (%s): %s", to, exc)
        return False
    finally:
        transport.close()
    with session_scope(engine(config)) as session:
        for incident_id, _, _ in incidents:
            ops.mark_notified(session, incident_id, now)
    return True


def open_flags(session) -> dict[int, list[str]]:  # noqa: ANN001 - sqlmodel Session
    """Source id -> kinds of its open incidents (for tables and pages)."""
    out: dict[int, list[str]] = {}
    for incident in ops.open_incidents(session):
        out.setdefault(incident.source_id, []).append(incident.kind)
    return out


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
