"""A legislature's own site as far as bill texts go: documents at fixed paths, HTML or PDF.

Mounted beside an API simulator (LegiScan, Open States) whose bills link to their texts on the
state's site; `server.requests` shows which texts a crawl fetched.
"""

from __future__ import annotations

from localserver.server import Reply

PDF = "application/pdf"
HTML = "text/html; charset=utf-8"


class Documents:
    """Bill texts by path: `add("/TX/HB1.pdf", body, PDF)`, then GET that path below the mount."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[bytes, str]] = {}

    def add(self, path: str, body: bytes, content_type: str) -> str:
        self.files["/" + path.lstrip("/")] = (body, content_type)
        return "/" + path.lstrip("/")

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        found = self.files.get(target.split("?", 1)[0])
        if found is None:
            return 404, b"<html><body>Not Found</body></html>", {"Content-Type": HTML}
        data, content_type = found
        return 200, data, {"Content-Type": content_type}
