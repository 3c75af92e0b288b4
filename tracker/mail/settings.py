"""Addresses and links every mail carries, derived from the configuration."""

from __future__ import annotations

import ipaddress
import os
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from tracker.config import Config
from tracker.mail import tokens


def mail_domain(config: Config) -> str:
    """The domain of our own addresses: TRACKER_PUBLIC_URL's host (localhost for bare IPs)."""
    return _domain(config.public_url)


@lru_cache(maxsize=8)
def _domain(public_url: str) -> str:
    host = urlsplit(public_url).hostname or "localhost"
    try:
        ipaddress.ip_address(host)
        return "localhost"
    except ValueError:
        return host


def from_address(config: Config) -> str:
    """TRACKER_MAIL_FROM, or alerts@<public host>."""
    return (
        os.environ.get("TRACKER_MAIL_FROM") or f"Sanctuary tracker <alerts@{mail_domain(config)}>"
    )


def envelope_sender(config: Config) -> str:
    from email.utils import parseaddr

    return parseaddr(from_address(config))[1] or f"alerts@{mail_domain(config)}"


def link(config: Config, path: str, **params: str) -> str:
    query = f"?{urlencode(params)}" if params else ""
    return f"{config.public_url}{path}{query}"


def unsubscribe_links(config: Config, subscriber_id: int, version: int) -> dict[str, str]:
    """The page link, the RFC 8058 one-click URL and the mailto for List-Unsubscribe."""
    token = tokens.make_token(config.secret_key, tokens.UNSUBSCRIBE, subscriber_id, version)
    return {
        "page": link(config, "/unsubscribe", token=token),
        "one_click": link(config, "/unsubscribe/one-click", token=token),
        "mailto": f"mailto:unsubscribe@{mail_domain(config)}?subject=unsubscribe-{token}",
    }


def manage_link(config: Config, subscriber_id: int, version: int) -> str:
    token = tokens.make_token(config.secret_key, tokens.MANAGE, subscriber_id, version)
    return link(config, "/manage", token=token)


def confirm_link(
    config: Config, subscriber_id: int, version: int, subscriptions: list[int] | None = None
) -> str:
    """The confirm link for exactly SUBSCRIPTIONS (the ones its mail lists)."""
    token = tokens.make_token(
        config.secret_key, tokens.CONFIRM, subscriber_id, version, subscriptions
    )
    return link(config, "/confirm", token=token)
