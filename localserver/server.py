"""The one local server: real HTTP on 127.0.0.1, platforms mounted by path prefix, faults on demand.

Every platform simulator (localserver/<platform>/) is a `Platform`: an object that answers one
request with (status, body, headers) in that platform's real format. A `LocalServer` mounts any
number of them, so one process serves Legistar, Open States, LegiScan and the state sites at once
(the demo does; tests usually mount one). Faults that every platform needs in tests are generic:

    server.faults.add(r"/bills", "429")                      # a 429 without Retry-After
    server.faults.add(r"/bills", "429", retry_after=1)       # with Retry-After: 1
    server.faults.add(r"op=getBill", "500", times=2)         # two 500s, then normal answers
    server.faults.add(r"/bills", "malformed")                # the real body cut in half
    server.faults.add(r"/bills", "timeout", delay=30)        # an answer that never comes in time

A pattern is searched in the request target (path and query). `server.requests` logs every
request as (method, target) for assertions on what a crawl cost.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

Reply = tuple[int, bytes, dict[str, str]]
FAULT_KINDS = ("429", "500", "502", "503", "malformed", "timeout", "reset")


class Platform(Protocol):
    """One platform's API: answers a request below its mount prefix."""

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply: ...


@dataclass
class Fault:
    pattern: re.Pattern
    kind: str
    times: int | None  # None: until cleared
    retry_after: int | None = None
    delay: float = 30.0


@dataclass
class FaultPlan:
    """Faults waiting for requests whose target matches; each fires `times` times."""

    faults: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self,
        pattern: str,
        kind: str,
        times: int | None = 1,
        retry_after: int | None = None,
        delay: float = 30.0,
    ) -> None:
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; one of {', '.join(FAULT_KINDS)}")
        with self.lock:
            self.faults.append(Fault(re.compile(pattern), kind, times, retry_after, delay))

    def clear(self) -> None:
        with self.lock:
            self.faults.clear()

    def take(self, target: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.pattern.search(target):
                    if fault.times is not None:
                        fault.times -= 1
                        if fault.times <= 0:
                            self.faults.remove(fault)
                    return fault
        return None


def json_type() -> dict[str, str]:
    return {"Content-Type": "application/json; charset=utf-8"}


def fault_reply(fault: Fault, real: Reply | None) -> Reply:
    """What a fault looks like on the wire; `real` is the answer the platform would have given."""
    if fault.kind == "429":
        headers = json_type()
        if fault.retry_after is not None:
            headers["Retry-After"] = str(fault.retry_after)
        return 429, b'{"detail":"rate limit exceeded"}', headers
    if fault.kind in ("500", "502", "503"):
        return int(fault.kind), b"Internal Server Error", {"Content-Type": "text/plain"}
    assert real is not None
    status, body, headers = real
    if fault.kind == "malformed":
        return status, body[: max(1, len(body) // 2)], headers
    return status, body, {**headers, "X-Local-Delay": str(fault.delay)}  # timeout


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a "timeout" fault must not hold up shutdown
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], owner: LocalServer) -> None:
        self.owner = owner
        self.open_connections: set[socket.socket] = set()
        self.connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def close_connections(self) -> None:
        """End idle keep-alive connections, so a stopped server holds no sockets or threads."""
        with self.connections_lock:
            for conn in list(self.open_connections):
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
            self.open_connections.clear()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as Scrapy and httpx expect
    server: _Server

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in two writes; without this, Nagle's algorithm and delayed
        # ACKs add ~40 ms to every keep-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        with self.server.connections_lock:
            self.server.open_connections.add(self.connection)

    def finish(self) -> None:
        with self.server.connections_lock:
            self.server.open_connections.discard(self.connection)
        with contextlib.suppress(OSError):  # the peer or stop() closed the connection first
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # tests and benchmarks read `requests`, not stderr

    def do_HEAD(self) -> None:  # noqa: N802 - stdlib naming
        self._serve()

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._serve()

    def do_POST(self) -> None:  # noqa: N802 - stdlib naming
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        owner = self.server.owner
        try:
            status, payload, headers = owner.answer(
                self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
            )
        except Exception as exc:  # noqa: BLE001 - a simulator bug must still answer like a server
            status, payload, headers = 500, f"server error: {exc!r}".encode(), {}
        headers = dict(headers)
        if headers.pop("X-Local-Reset", None):
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)
            return
        delay = headers.pop("X-Local-Delay", None)
        if delay and owner.stopping.wait(float(delay)):
            return  # shutting down: drop the request
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Length", str(len(payload)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (a timeout test); nothing to do


class LocalServer:
    """Platforms mounted by prefix on one port. Start with `start()` or `with`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.host = host
        self.port = port
        self.platforms: dict[str, Platform] = {}
        self.faults = FaultPlan()
        self.requests: list[tuple[str, str]] = []
        self.stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._log_lock = threading.Lock()

    def mount(self, prefix: str, platform: Platform) -> Platform:
        """Serve PLATFORM below PREFIX ("/openstates"); longest prefix wins."""
        self.platforms["/" + prefix.strip("/")] = platform
        return platform

    def url(self, prefix: str) -> str:
        return f"http://{self.host}:{self.port}/{prefix.strip('/')}"

    def start(self) -> LocalServer:
        self.stopping.clear()
        self._server = _Server((self.host, self.port), self)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name=f"localserver:{self.port}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server.close_connections()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def count(self, pattern: str = "") -> int:
        """Requests so far whose target matches PATTERN."""
        found = re.compile(pattern)
        with self._log_lock:
            return sum(1 for _, target in self.requests if found.search(target))

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        with self._log_lock:
            self.requests.append((method, target))
        path = target.split("?", 1)[0]
        prefix = max(
            (p for p in self.platforms if path == p or path.startswith(p.rstrip("/") + "/")),
            key=len,
            default=None,
        )
        if prefix is None:
            return 404, b'{"detail":"Not Found"}', json_type()
        fault = self.faults.take(target)
        if fault is not None and fault.kind in ("429", "500", "502", "503"):
            return fault_reply(fault, None)
        if fault is not None and fault.kind == "reset":
            return 200, b"", {"X-Local-Reset": "1"}
        inner = target[len(prefix.rstrip("/")) :] or "/"
        real = self.platforms[prefix].answer(method, inner, headers, body)
        return fault_reply(fault, real) if fault is not None else real
