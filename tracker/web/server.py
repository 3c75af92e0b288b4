"""How `tracker serve` runs uvicorn so that a few slow or broken clients cannot hold it.

uvicorn closes idle keep-alive connections, but nothing bounds how long it waits for a request to
arrive: a client sending its headers a byte at a time, or announcing a large body and never
sending it, keeps a connection (and, for a body, a request) open for ever. GuardedH11Protocol
gives every request a deadline from its first byte (or from the connection's opening) to its
last; past it the connection is closed. Trickling data does not move the deadline.

Proxy headers (X-Forwarded-For/Proto) are trusted only from the addresses in FORWARDED_ALLOW_IPS,
which is empty unless set: with no proxy in front, a client could otherwise pick the address the
rate limits count it under.
"""

from __future__ import annotations

import asyncio
import os

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_TIMEOUT = 15.0  # seconds from a request's first byte to its last (headers and body)
KEEP_ALIVE_TIMEOUT = 5  # seconds an idle connection stays open between requests
MAX_HEAD_BYTES = 16 * 1024  # request line and headers; larger is refused with 400
LIMIT_CONCURRENCY = 200  # connections at once; more get 503 instead of queueing
# Where the request is still arriving (h11's view of the client side of the connection).
_READING = (h11.IDLE, h11.SEND_BODY)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline on reading each request."""

    request_timeout: float = REQUEST_TIMEOUT

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._deadline: asyncio.TimerHandle | None = None
        self._arm()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.conn.their_state in _READING:
            self._arm()  # a no-op while a deadline runs: trickling bytes buys no time
        else:
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.conn.their_state is not h11.SEND_BODY:  # answered before its body came: wait on
            self._disarm()  # the next request's deadline starts with its first byte

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.request_timeout, self._too_slow)

    def _disarm(self) -> None:
        if getattr(self, "_deadline", None) is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if self.conn.their_state in _READING and not self.transport.is_closing():
            if self.cycle is not None and not self.cycle.response_complete:
                self.cycle.disconnected = True  # the app's receive() now says http.disconnect
                self.cycle.message_event.set()
            self.logger.info("Closed a connection whose request did not arrive in time.")
            self.transport.close()


def guarded_protocol(request_timeout: float) -> type[GuardedH11Protocol]:
    """The protocol class with this deadline (uvicorn builds one instance per connection)."""
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"request_timeout": request_timeout})


def forwarded_allow_ips() -> str:
    """Proxies whose X-Forwarded-* headers are believed: FORWARDED_ALLOW_IPS, default none."""
    return os.environ.get("FORWARDED_ALLOW_IPS", "").strip()
