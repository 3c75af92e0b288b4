"""Signed links: confirm (expires), unsubscribe (never expires), manage (long-lived).

Each purpose has its own salt, so an unsubscribe token can never confirm anything. Tokens carry
the subscriber id and its token_version; confirm and manage links die when the version moves on
(the subscriber left or was suppressed), unsubscribe links always work (leaving is always safe).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
MANAGE = "manage"
MAX_AGE = {CONFIRM: 7 * 24 * 3600, UNSUBSCRIBE: None, MANAGE: 400 * 24 * 3600}


class MissingSecretKey(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            "TRACKER_SECRET_KEY is not set: it signs confirmation and unsubscribe links. "
            "Set it to a long random string (e.g. `python -c 'import secrets; "
            "print(secrets.token_urlsafe(32))'`) and keep it stable."
        )


class TokenError(ValueError):
    """A link that is expired, tampered with or no longer valid; the message is for people."""


@dataclass(frozen=True)
class TokenData:
    subscriber_id: int
    version: int
    # Confirm links name the subscriptions their mail listed; None in links made before they did.
    subscriptions: tuple[int, ...] | None = None
    signed_at: datetime | None = None


def _serializer(secret: str | None, purpose: str) -> URLSafeTimedSerializer:
    if not secret:
        raise MissingSecretKey()
    return _cached_serializer(secret, purpose)


@lru_cache(maxsize=16)
def _cached_serializer(secret: str, purpose: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=f"tracker-mail-{purpose}")


def make_token(
    secret: str | None,
    purpose: str,
    subscriber_id: int,
    version: int,
    subscriptions: list[int] | None = None,
) -> str:
    """A signed link token; a confirm token also names the SUBSCRIPTIONS it confirms."""
    data: dict[str, object] = {"s": subscriber_id, "v": version}
    if subscriptions is not None:
        data["i"] = sorted(subscriptions)
    return _serializer(secret, purpose).dumps(data)


def read_token(secret: str | None, purpose: str, token: str | None) -> TokenData:
    """The subscriber a token names; TokenError with a clear message otherwise."""
    if not token:
        raise TokenError(
            "This link is incomplete: it has no token. Use the full link from the email."
        )
    try:
        data, signed_at = _serializer(secret, purpose).loads(
            token, max_age=MAX_AGE[purpose], return_timestamp=True
        )
    except SignatureExpired as exc:
        raise TokenError(
            "This link has expired. Subscribe again to get a fresh confirmation email."
        ) from exc
    except BadSignature as exc:
        raise TokenError("This link is not valid (it may be incomplete or altered).") from exc
    if not isinstance(data, dict) or not isinstance(data.get("s"), int):
        raise TokenError("This link is not valid.")
    listed = data.get("i")
    if listed is not None and not (
        isinstance(listed, list) and all(isinstance(i, int) for i in listed)
    ):
        raise TokenError("This link is not valid.")
    return TokenData(
        subscriber_id=data["s"],
        version=int(data.get("v", 0)),
        subscriptions=tuple(listed) if listed is not None else None,
        signed_at=signed_at,
    )
