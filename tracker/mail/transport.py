"""Where messages go: an SMTP server from TRACKER_SMTP_URL (one connection reused for a batch), or
.eml files in the outbox folder when no server is configured (so nothing is lost)."""

from __future__ import annotations

import os
import re
import smtplib
import socket
import ssl
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

TIMEOUT = 30.0


class Unavailable(Exception):
    """The server could not be reached or dropped us: try the message again later."""


class Rejected(Exception):
    """The server answered no. permanent (5xx) or not (4xx); recipient says whether the address
    itself was refused (suppress it) or the message (fail it)."""

    def __init__(self, code: int, message: str, *, recipient: bool) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.permanent = 500 <= code < 600
        self.recipient = recipient
        found = _ENHANCED.match(message)
        self.enhanced = found.group(1) if found else None

    @property
    def policy(self) -> bool:
        """5.7.x (relaying denied, authentication required, ...): the server refuses *us*, so
        the fault is our setup, not the recipient's address."""
        return bool(self.enhanced and self.enhanced.startswith("5.7."))


_ENHANCED = re.compile(r"\s*([245]\.\d{1,3}\.\d{1,3})\b")


class SmtpTransport:
    """smtp://[user:pass@]host[:port][?starttls=1] (STARTTLS, default on port 587) or
    smtps://... (implicit TLS, default port 465). Credentials are URL-decoded."""

    def __init__(self, url: str, timeout: float = TIMEOUT) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError(f"TRACKER_SMTP_URL must look like smtp://host:port, not {url!r}")
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.implicit_tls = parts.scheme == "smtps"
        self.host = parts.hostname
        self.port = parts.port or (465 if self.implicit_tls else 25)
        flag = query.get("starttls")
        self.starttls = (
            flag.lower() in ("1", "true", "yes") if flag is not None else self.port == 587
        ) and not self.implicit_tls
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.timeout = timeout
        self._conn: smtplib.SMTP | None = None
        self.sent_on_connection = 0

    def _open(self) -> smtplib.SMTP:
        try:
            if self.implicit_tls:
                conn: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=ssl.create_default_context()
                )
            else:
                conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if conn.sock is not None:  # replies are awaited after each command: do not batch
                conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn.ehlo()
            if self.starttls:
                conn.starttls(context=ssl.create_default_context())
                conn.ehlo()
            if self.username:
                conn.login(self.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise Unavailable(
                f"SMTP login refused: {exc.smtp_code} {_text(exc.smtp_error)}"
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise Unavailable(f"cannot reach SMTP server {self.host}:{self.port}: {exc}") from exc
        self.sent_on_connection = 0
        return conn

    def send(self, sender: str, to: str, raw: bytes) -> None:
        """Hand one message over; Rejected or Unavailable when it was not accepted."""
        for attempt in range(2):
            if self._conn is None:
                self._conn = self._open()
            try:
                self._conn.sendmail(sender, [to], raw)
                self.sent_on_connection += 1
                return
            except smtplib.SMTPRecipientsRefused as exc:
                code, msg = next(iter(exc.recipients.values()))
                raise Rejected(code, _text(msg), recipient=True) from exc
            except smtplib.SMTPDataError as exc:
                raise Rejected(exc.smtp_code, _text(exc.smtp_error), recipient=False) from exc
            except smtplib.SMTPSenderRefused as exc:
                # Our own sender address refused: a setup problem, not the recipient's; keep it.
                raise Unavailable(
                    f"sender refused: {exc.smtp_code} {_text(exc.smtp_error)}"
                ) from exc
            except (smtplib.SMTPServerDisconnected, OSError, smtplib.SMTPException) as exc:
                self._drop()
                # A server may close a connection it kept idle or after N messages: reconnect once.
                if attempt == 0 and self.sent_on_connection:
                    continue
                raise Unavailable(f"SMTP connection failed: {exc}") from exc

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
            finally:
                self._drop()


class FileTransport:
    """Writes each message to DIR/<message id>.eml (atomically; rewriting one is harmless)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def send(self, sender: str, to: str, raw: bytes, message_id: str = "") -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = "".join(c if c.isalnum() or c in "._-" else "_" for c in message_id.strip("<>"))
        target = self.folder / f"{name or 'message'}.eml"
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, target)
        return target

    def close(self) -> None:
        pass


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
