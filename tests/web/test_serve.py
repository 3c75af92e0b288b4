"""`tracker serve` itself (uvicorn on 127.0.0.1) against slow, truncated and spoofing clients.

Raw sockets, because a well-behaved HTTP client cannot send half a request; every wait is
bounded, so a server that never closes fails the test instead of hanging it.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.mail.helpers import free_port

DEADLINE = 1.5  # the server's --request-timeout in these tests
PATIENCE = 10.0  # how long a test waits before calling the server stuck


class Server:
    def __init__(self, extra_env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, **(extra_env or {})}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tracker", "serve", "--port", str(self.port),
             "--request-timeout", str(DEADLINE)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        until = time.monotonic() + 60
        while time.monotonic() < until:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("tracker serve did not start")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def served(tracker_env) -> Iterator[Server]:  # noqa: ANN001
    from tests.web.seed import seed
    from tracker.config import engine, load_config

    seed(engine(load_config()))
    server = Server()
    yield server
    server.stop()


def _closed_after(sock: socket.socket) -> float:
    """Seconds until the server closes SOCK (reading and discarding whatever it sends)."""
    start = time.monotonic()
    sock.settimeout(PATIENCE)
    try:
        while sock.recv(4096):
            pass
    except TimeoutError:
        pytest.fail(f"the server held the connection for more than {PATIENCE} s")
    except ConnectionResetError:
        pass
    return time.monotonic() - start


def test_a_whole_request_is_answered(served):
    response = httpx.get(served.url + "/measures", timeout=PATIENCE)
    assert response.status_code == 200 and "SB 4" in response.text


def test_partial_headers_are_not_held_open(served):
    with socket.create_connection(("127.0.0.1", served.port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # no blank line: never ends
        assert _closed_after(sock) < DEADLINE + 3


def test_trickled_headers_do_not_extend_the_deadline(served):
    with socket.create_connection(("127.0.0.1", served.port)) as sock:
        sock.settimeout(PATIENCE)
        start = time.monotonic()
        try:
            for byte in b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + b"a" * 100:
                sock.sendall(bytes([byte]))
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        closed = time.monotonic() - start + _closed_after(sock)
        assert closed < DEADLINE + 3


@pytest.mark.parametrize("method", ["POST", "GET"])
def test_an_announced_body_that_never_comes_is_not_waited_for(served, method):
    with socket.create_connection(("127.0.0.1", served.port)) as sock:
        sock.sendall(
            f"{method} /subscribe HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 100000000\r\n\r\nemail=a".encode()
        )
        assert _closed_after(sock) < DEADLINE + 3
    # The server still answers others.
    assert httpx.get(served.url + "/", timeout=PATIENCE).status_code == 200


def test_an_oversized_head_is_refused(served):
    with socket.create_connection(("127.0.0.1", served.port)) as sock:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + b"a" * 40_000)
        time.sleep(0.5)  # the server has buffered 40 KB of a head that is still not over
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(b"\r\n\r\n")
        sock.settimeout(PATIENCE)
        assert sock.recv(100).startswith(b"HTTP/1.1 400")


def _subscribe_from(url: str, address: str, forwarded_for: str) -> int:
    with httpx.Client(base_url=url, timeout=PATIENCE) as client:
        page = client.get("/subscribe")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        form = {"email": address, "frequency": "daily", "timezone": "UTC", "csrf_token": token}
        answer = client.post("/subscribe", data=form, headers={"X-Forwarded-For": forwarded_for})
        return answer.status_code


def test_x_forwarded_for_is_not_believed_by_default(served):
    from tracker.web.app import SUBSCRIBE_PER_CLIENT

    limit = SUBSCRIBE_PER_CLIENT[0]
    statuses = [
        _subscribe_from(served.url, f"p{i}@example.org", f"203.0.113.{i}") for i in range(limit + 1)
    ]
    # Each request claimed another client; the server counted the one it saw, and refused.
    assert statuses == [200] * limit + [429]


def test_x_forwarded_for_is_believed_from_a_configured_proxy(tracker_env):  # noqa: ANN001
    from tracker.web.app import SUBSCRIBE_PER_CLIENT

    server = Server({"FORWARDED_ALLOW_IPS": "127.0.0.1"})
    try:
        statuses = [
            _subscribe_from(server.url, f"p{i}@example.org", f"203.0.113.{i}")
            for i in range(SUBSCRIBE_PER_CLIENT[0] + 1)
        ]
    finally:
        server.stop()
    assert statuses == [200] * (SUBSCRIBE_PER_CLIENT[0] + 1)
