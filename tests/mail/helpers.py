"""What the mail tests share: a recording SMTP server, and reading parts and links out of the
messages it received."""

from __future__ import annotations

import re
import socket
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from urllib.parse import urlsplit

from aiosmtpd.controller import Controller

from tracker.config import engine, load_config


def env_engine():  # noqa: ANN201
    config = load_config()
    return config, engine(config)


def parts(msg: EmailMessage) -> tuple[str, str]:
    """(text, html) of a multipart/alternative message, checking text comes first."""
    kinds = [p.get_content_type() for p in msg.iter_parts()]
    assert kinds == ["text/plain", "text/html"], kinds
    text, html = (p.get_content() for p in msg.iter_parts())
    return text, html


def link(text: str, path: str) -> str:
    """The first link to PATH in TEXT (path and query, ready for a test client)."""
    found = re.search(rf"https?://[^\s<>\"]+{re.escape(path)}\?token=[A-Za-z0-9_.\-]+", text)
    assert found, f"no {path} link in {text[:500]!r}"
    url = urlsplit(found.group(0))
    return f"{url.path}?{url.query}"


def csrf(page_html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', page_html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Recorder:
    """aiosmtpd handler: keeps every accepted message; answers RCPT with a chosen code."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.refuse: dict[str, str] = {}  # address -> SMTP reply, e.g. "550 5.1.1 no such user"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001
        reply = self.refuse.get(address.lower())
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
        raw = envelope.original_content or envelope.content
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), bytes(raw)))
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self) -> None:
        self.handler = Recorder()
        self.port = free_port()
        self.controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def messages(self, to: str | None = None) -> list[EmailMessage]:
        out = []
        for _sender, rcpts, raw in self.handler.received:
            if to is None or to.lower() in [r.lower() for r in rcpts]:
                out.append(BytesParser(policy=policy.default).parsebytes(raw))
        return out

    def raw(self) -> list[bytes]:
        return [raw for _s, _r, raw in self.handler.received]
