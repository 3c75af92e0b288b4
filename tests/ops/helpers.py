"""Parts the operation tests share: a server that accepts connections and never answers (a hung
platform), and a registry of several sources pointing at local servers."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from tests.e2e.crawling import FAST_SETTINGS


class SilentServer:
    """Listens on 127.0.0.1, accepts every connection and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)

    def __enter__(self) -> SilentServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()
        for conn in self.conns:
            conn.close()


def source_block(
    name: str,
    base_url: str,
    client: str,
    schedule: str,
    jurisdiction: str,
    time_limit: float | None = None,
) -> str:
    limit = f"TRACKER_TIME_LIMIT = {time_limit}\n" if time_limit else ""
    return f"""[[sources]]
name = "{name}"
spider = "legistar"
jurisdiction = "{jurisdiction}"
level = "city"
state = "IL"
schedule = "{schedule}"
[sources.args]
client = "{client}"
api_url = "{base_url}"
web_url = "https://{client}.legistar.example"
timezone = "America/Chicago"
{FAST_SETTINGS}ROBOTSTXT_OBEY = false
{limit}"""


def write_sources(path: Path, *blocks: str) -> Path:
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path
