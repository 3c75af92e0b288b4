"""The subscription lifecycle: request (double opt-in), confirm, unsubscribe, manage.

Used by the CLI (`tracker subscribe`) and the web app (/subscribe, /confirm, /unsubscribe,
/manage). Every function takes the engine and the Config and owns its transactions.

Errors are for people: ValueError subclasses (InvalidEmail, FilterError, SubscribeError,
TokenError) carry a message fit to show as is; MissingSecretKey (a RuntimeError) means the
operator has not set TRACKER_SECRET_KEY.

Nothing but a confirmation mail ever goes to an address before it is confirmed, and confirmation
mails are rate-limited per address (CONFIRM_INTERVAL, CONFIRM_PER_DAY), so repeating a request
never sends a burst. Confirmation mails go through the outbox like digests: if SMTP is down the
mail is kept and sent by the next `tracker digest send`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from storage import mail as db
from storage.db import session_scope
from storage.mail_models import Subscriber, Subscription
from storage.models import utcnow
from tracker.config import Config
from tracker.mail import messages, settings, tokens
from tracker.mail.addresses import InvalidEmail, normalize_email
from tracker.mail.filters import FREQUENCIES, FilterError, Filters
from tracker.mail.tokens import MissingSecretKey, TokenError

__all__ = [
    "InvalidEmail",
    "FilterError",
    "MissingSecretKey",
    "TokenError",
    "SubscribeError",
    "SubscribeResult",
    "Result",
    "ManageView",
    "request_subscription",
    "confirm",
    "confirmation_target",
    "unsubscribe_target",
    "unsubscribe",
    "manage_view",
    "update_filters",
    "remove_subscription",
    "leave",
]

log = logging.getLogger(__name__)

CONFIRM_INTERVAL = timedelta(minutes=10)  # at most one confirmation mail per address per 10 min
CONFIRM_PER_DAY = 5  # and at most this many in 24 hours
DEFAULT_SEND_HOUR = 7


class SubscribeError(ValueError):
    """A request we cannot accept (bad frequency or time zone, address that bounced)."""


@dataclass(frozen=True)
class SubscribeResult:
    """What request_subscription did.

    status: "confirmation_sent" (mail accepted by SMTP or written to the outbox folder),
    "confirmation_queued" (recorded; SMTP unavailable, sent later by `tracker digest send`),
    "already_sent" (a confirmation went out less than 10 minutes ago; nothing sent now),
    "rate_limited" (too many confirmations today; nothing sent), "confirmed" (operator's
    --confirmed), "already_confirmed" (this address already gets exactly this subscription; it
    is mailed a short notice with its manage link, within the same limits as confirmations).
    The web form shows none of this (every outcome reads the same); the CLI prints the message.
    """

    status: str
    email: str
    subscriber_id: int
    message: str

    @property
    def mailed(self) -> bool:
        return self.status in ("confirmation_sent", "confirmation_queued")


@dataclass(frozen=True)
class Result:
    """Outcome of confirm / unsubscribe / leave / update: status and a sentence for people."""

    status: str
    email: str
    message: str


@dataclass
class ManageView:
    email: str
    status: str
    subscriptions: list[dict] = field(default_factory=list)


# Requests ----------------------------------------------------------------------------------------


def request_subscription(
    engine: Engine,
    config: Config,
    email: str,
    filters: Filters | Mapping[str, object] | None = None,
    frequency: str = "daily",
    timezone: str = "UTC",
    *,
    send_hour: int = DEFAULT_SEND_HOUR,
    confirmed: bool = False,
    backfill: timedelta | None = None,
    now: datetime | None = None,
) -> SubscribeResult:
    """Record a subscription for EMAIL and mail a confirmation link (double opt-in).

    filters: a Filters or a mapping with any of states, jurisdictions (slugs), levels, topics,
    stances, kinds, each a list or a comma-separated string; empty means everything.
    confirmed=True (operators only, `tracker subscribe --confirmed`) skips the confirmation mail.
    A new subscription starts after the newest event, so nobody is mailed the archive; backfill
    (operators: `--backfill-days`) starts it with the events seen in that recent period instead.
    Raises InvalidEmail / FilterError / SubscribeError (clear messages) or MissingSecretKey.
    """
    if not config.secret_key:
        raise MissingSecretKey()
    address = normalize_email(email)
    chosen = filters if isinstance(filters, Filters) else Filters.build(**dict(filters or {}))
    schedule = _schedule(frequency, timezone, send_hour)
    now = now or utcnow()
    for attempt in range(2):  # a concurrent first request for the same address may win the insert
        try:
            result, outbox_id = _record_request(
                engine, config, address, chosen, schedule, confirmed, now, backfill
            )
            break
        except IntegrityError:
            if attempt:
                raise
    if outbox_id is None:
        return result
    from tracker.mail.sender import send_pending

    report = send_pending(engine, config, ids=[outbox_id], ignore_backoff=True)
    if report.sent or result.status != "confirmation_sent":
        return result  # a notice that could not go now is retried like any mail
    return SubscribeResult(
        "confirmation_queued",
        address,
        result.subscriber_id,
        f"Your request for {address} is saved; the confirmation email could not be sent just "
        "now and will be retried shortly.",
    )


def _schedule(frequency: str, timezone: str, send_hour: int) -> dict:
    if frequency not in FREQUENCIES:
        raise SubscribeError(
            f"frequency must be one of {', '.join(FREQUENCIES)}, not {frequency!r}"
        )
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SubscribeError(
            f"unknown time zone {timezone[:60]!r} (use a name like America/Chicago)"
        ) from exc
    if not 0 <= int(send_hour) <= 23:
        raise SubscribeError("send hour must be between 0 and 23")
    return {"frequency": frequency, "timezone": timezone, "send_hour": int(send_hour)}


def _same(sub: Subscription, filters: Filters, schedule: dict) -> bool:
    return Filters.from_columns(sub) == filters and all(
        getattr(sub, k) == v for k, v in schedule.items()
    )


def _record_request(
    engine: Engine,
    config: Config,
    address: str,
    filters: Filters,
    schedule: dict,
    confirmed: bool,
    now: datetime,
    backfill: timedelta | None = None,
) -> tuple[SubscribeResult, int | None]:
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, address)
        if who is None:
            from tracker.mail import privacy

            bounced = privacy.suppressed_tombstone(session, config, address)
            if bounced is not None and not confirmed:
                raise SubscribeError(
                    f"Mail to {address} was refused permanently by its mail server, so we no "
                    "longer send to it. Contact the operator of this site if that has changed."
                )
            if bounced is not None:  # the operator vouches for it again: forget the refusal
                db.erase_subscriber(session, bounced, f"erased:{bounced.id}", "erased")
            who = db.create_subscriber(session, address, now)
        if who.status == "suppressed" and not confirmed:
            raise SubscribeError(
                f"Mail to {address} was refused permanently by its mail server, so we no longer "
                "send to it. Contact the operator of this site if that has changed."
            )
        subs = db.subscriptions_of(session, who.id)
        existing = next((s for s in subs if _same(s, filters, schedule)), None)
        if existing is None:
            existing = db.add_subscription(
                session,
                who.id,
                **filters.columns(),
                **schedule,
                created_at=now,
                last_event_id=(
                    db.max_event_id_seen_before(session, now - backfill)
                    if backfill
                    else db.max_event_id(session)
                ),
            )
        if confirmed:
            _confirm(session, who, now)
            return SubscribeResult(
                "confirmed", address, who.id, f"{address} is subscribed (confirmed by operator)."
            ), None
        already = who.status == "confirmed" and existing.confirmed_at is not None
        if who.status in ("unsubscribed", "suppressed"):
            who.status = "pending"
        # Leaving ended the links sent before (token_version moved on): a request made after
        # leaving gets a fresh mail at once rather than "use the link" that no longer works.
        left_since = (
            who.unsubscribed_at is not None
            and who.last_confirmation_sent_at is not None
            and who.unsubscribed_at >= who.last_confirmation_sent_at
        )
        recent = (
            who.last_confirmation_sent_at is not None
            and now - who.last_confirmation_sent_at < CONFIRM_INTERVAL
        )
        if recent and not left_since:
            return SubscribeResult(
                "already_sent",
                address,
                who.id,
                f"A confirmation email was sent to {address} a few minutes ago; use the link in "
                "it to confirm what it lists. No new email was sent.",
            ), None
        window = who.confirmation_window_started_at
        if window is None or now - window >= timedelta(days=1):
            who.confirmation_window_started_at, who.confirmation_count = now, 0
        if who.confirmation_count >= CONFIRM_PER_DAY:
            return SubscribeResult(
                "rate_limited",
                address,
                who.id,
                f"Too many confirmation emails were sent to {address} today; use a link already "
                "sent or try again tomorrow. No new email was sent.",
            ), None
        who.confirmation_count += 1
        who.last_confirmation_sent_at = now
        session.add(who)
        if already:
            # Nothing to confirm; the owner (only) hears that someone asked again.
            outbox_id = _queue_notice(session, config, who, existing)
            return SubscribeResult(
                "already_confirmed",
                address,
                who.id,
                f"{address} already gets these alerts; nothing to confirm. We told the "
                "address so, with its link to manage them.",
            ), outbox_id
        outbox_id = _queue_confirmation(session, config, who, db.subscriptions_of(session, who.id))
        return SubscribeResult(
            "confirmation_sent",
            address,
            who.id,
            f"We sent a confirmation link to {address}. Nothing else is sent until you open it.",
        ), outbox_id


def _queue_confirmation(session, config: Config, who: Subscriber, subs: list) -> int:  # noqa: ANN001
    pending = [s for s in subs if s.confirmed_at is None] or subs
    described = [_describe(s) for s in pending]
    listed = [s.id for s in pending if s.id is not None]
    text, html = messages.render(
        "confirmation",
        email=who.email,
        filters=described,
        # The link confirms exactly what this mail lists, nothing requested after it.
        confirm_url=settings.confirm_link(config, who.id, who.token_version, listed),
    )
    return _queue(session, config, who, "confirm", "Confirm your email alerts", text, html)


def _queue_notice(session, config: Config, who: Subscriber, sub: Subscription) -> int:  # noqa: ANN001
    text, html = messages.render(
        "already_subscribed",
        email=who.email,
        filters=[_describe(sub)],
        manage_url=settings.manage_link(config, who.id, who.token_version),
    )
    return _queue(session, config, who, "notice", "Your email alerts", text, html)


def _queue(
    session,  # noqa: ANN001
    config: Config,
    who: Subscriber,
    kind: str,
    subject: str,
    text: str,
    html: str,
) -> int:
    """Put one mail of the subscription flow in the outbox (kind "confirmation": the sender
    lets these go to addresses not yet confirmed)."""
    message_id = messages.new_message_id(config, kind)
    raw = messages.build(
        config,
        to=who.email,
        subject=subject,
        text=text,
        html=html,
        message_id=message_id,
        subscriber_id=who.id,
        token_version=who.token_version,
    )
    return db.add_outbox(
        session,
        subscriber_id=who.id,
        kind="confirmation",
        message_id=message_id,
        subject=subject,
        to=who.email,
        raw=raw,
        next_attempt_at=utcnow(),
        created_at=utcnow(),
    )


def _describe(sub: Subscription) -> str:
    return f"{Filters.from_columns(sub).describe()} ({sub.frequency}, {sub.timezone})"


# Confirm -----------------------------------------------------------------------------------------


def _subscriber_for(session, config: Config, purpose: str, token: str | None) -> Subscriber:  # noqa: ANN001
    data = tokens.read_token(config.secret_key, purpose, token)
    who = db.subscriber(session, data.subscriber_id, for_update=True)
    if who is None:
        raise TokenError("This link is no longer valid.")
    if who.status == "erased" or "@" not in who.email:
        raise TokenError(
            "This link is no longer valid: the address it was sent to was removed from our "
            "list and gets no mail from us."
        )
    if purpose != tokens.UNSUBSCRIBE and data.version != who.token_version:
        raise TokenError(
            "This link is no longer valid (the subscription was ended since). "
            "Subscribe again if you want alerts."
        )
    return who


def confirmation_target(engine: Engine, config: Config, token: str | None) -> str:
    """The address a confirm link is for (to show before the button); TokenError if invalid."""
    with session_scope(engine) as session:
        return _subscriber_for(session, config, tokens.CONFIRM, token).email


def unsubscribe_target(engine: Engine, config: Config, token: str | None) -> str:
    """The address an unsubscribe link is for (to show before the button)."""
    with session_scope(engine) as session:
        return _subscriber_for(session, config, tokens.UNSUBSCRIBE, token).email


def _confirm(
    session,  # noqa: ANN001
    who: Subscriber,
    now: datetime,
    ids: tuple[int, ...] | None = None,
    created_by: datetime | None = None,
) -> None:
    if who.status != "confirmed":
        who.status, who.confirmed_at = "confirmed", now
        who.suppressed_reason = None
    session.add(who)
    session.flush()
    db.confirm_subscriptions(session, who.id, now, ids=ids, created_by=created_by)


def confirm(
    engine: Engine, config: Config, token: str | None, now: datetime | None = None
) -> Result:
    """Confirm the address and the subscriptions its confirmation mail listed (never one asked
    for later, perhaps by someone else). TokenError if the link is expired, altered, or from
    before the subscriber left."""
    now = now or utcnow()
    data = tokens.read_token(config.secret_key, tokens.CONFIRM, token)
    with session_scope(engine) as session:
        who = _subscriber_for(session, config, tokens.CONFIRM, token)
        if who.status == "suppressed":
            raise TokenError(
                "Mail to this address was refused by its server; we cannot send to it."
            )
        before = who.status
        if data.subscriptions is not None:
            _confirm(session, who, now, ids=data.subscriptions)
        else:  # a link from before links listed their subscriptions: what existed when sent
            signed = (data.signed_at or now) + timedelta(seconds=1)
            _confirm(session, who, now, created_by=signed)
        status = "already_confirmed" if before == "confirmed" else "confirmed"
        return Result(
            status, who.email, f"Confirmed: {who.email} will get the alerts it asked for."
        )


# Unsubscribe and manage --------------------------------------------------------------------------


def _leave(session, who: Subscriber, now: datetime) -> Result:  # noqa: ANN001
    if who.status in ("unsubscribed", "suppressed"):
        return Result("already_unsubscribed", who.email, f"{who.email} gets no mail from us.")
    who.status, who.unsubscribed_at = "unsubscribed", now
    who.token_version += 1  # old confirm / manage links stop working
    # Subscriptions go: a later subscribe starts afresh instead of mailing a backlog.
    for sub in db.subscriptions_of(session, who.id):
        db.delete_subscription(session, sub)
    session.add(who)
    return Result("unsubscribed", who.email, f"Unsubscribed: {who.email} will get no more mail.")


def unsubscribe(
    engine: Engine, config: Config, token: str | None, now: datetime | None = None
) -> Result:
    """Stop all mail to the subscriber an unsubscribe link names (links never expire)."""
    with session_scope(engine) as session:
        who = _subscriber_for(session, config, tokens.UNSUBSCRIBE, token)
        return _leave(session, who, now or utcnow())


def leave(engine: Engine, config: Config, token: str | None, now: datetime | None = None) -> Result:
    """Unsubscribe from the manage page (a manage token)."""
    with session_scope(engine) as session:
        who = _subscriber_for(session, config, tokens.MANAGE, token)
        return _leave(session, who, now or utcnow())


def manage_view(engine: Engine, config: Config, token: str | None) -> ManageView:
    """The subscriber's address and subscriptions, for the manage form."""
    with session_scope(engine) as session:
        who = _subscriber_for(session, config, tokens.MANAGE, token)
        subs = [
            {
                "id": s.id,
                **{k: list(v) for k, v in vars(Filters.from_columns(s)).items()},
                "frequency": s.frequency,
                "timezone": s.timezone,
                "send_hour": s.send_hour,
                "confirmed": s.confirmed_at is not None,
                "description": Filters.from_columns(s).describe(),
            }
            for s in db.subscriptions_of(session, who.id)
        ]
        return ManageView(who.email, who.status, subs)


def update_filters(
    engine: Engine,
    config: Config,
    token: str | None,
    subscription_id: int,
    filters: Filters | Mapping[str, object],
    frequency: str,
    timezone: str,
    send_hour: int = DEFAULT_SEND_HOUR,
) -> Result:
    """Change one subscription's filter and schedule (from the manage page). Its high-water mark
    stays, so a change never re-sends events already mailed."""
    chosen = filters if isinstance(filters, Filters) else Filters.build(**dict(filters))
    schedule = _schedule(frequency, timezone, send_hour)
    with session_scope(engine) as session:
        who = _subscriber_for(session, config, tokens.MANAGE, token)
        sub = next(
            (s for s in db.subscriptions_of(session, who.id) if s.id == subscription_id), None
        )
        if sub is None:
            raise SubscribeError("That subscription does not exist (any more).")
        for key, value in {**chosen.columns(), **schedule}.items():
            setattr(sub, key, value)
        session.add(sub)
        return Result("updated", who.email, f"Saved: {chosen.describe()} ({frequency}).")


def remove_subscription(
    engine: Engine, config: Config, token: str | None, subscription_id: int
) -> Result:
    """Drop one subscription; the last one dropped means leaving altogether."""
    with session_scope(engine) as session:
        who = _subscriber_for(session, config, tokens.MANAGE, token)
        subs = db.subscriptions_of(session, who.id)
        sub = next((s for s in subs if s.id == subscription_id), None)
        if sub is None:
            raise SubscribeError("That subscription does not exist (any more).")
        if len(subs) == 1:
            return _leave(session, who, utcnow())
        db.delete_subscription(session, sub)
        return Result("removed", who.email, "Removed that subscription; the others stay.")
