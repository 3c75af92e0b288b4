"""The legislatures' own copies of Open States bills' versions, served on the local server.

Open States links each version to the legislature's site (a page, a PDF). `serve_texts` points
every link of the simulator's bills at a local mount instead, so a crawl that reads texts never
leaves 127.0.0.1: a version's document is the bill's title and abstracts, as a page or a PDF,
unless a test put a recorded text there (`put`).
"""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlsplit

from localserver.openstates.api import OpenStatesAPI
from localserver.pdf import text_pdf
from localserver.server import LocalServer, Reply

PDF = "application/pdf"
HTML = "text/html"


class BillTexts:
    def __init__(self, api: OpenStatesAPI, base: str) -> None:
        self.api = api
        self.base = base
        self.links: dict[str, tuple[str, str]] = {}  # path -> (bill id, media type)
        self.recorded: dict[str, bytes] = {}  # path -> a test's own document

    def adopt(self, bill: dict[str, Any]) -> None:
        """Point BILL's version links here (host and path kept below the mount)."""
        for version in bill.get("versions") or []:
            for link in version.get("links") or []:
                url = str(link.get("url") or "")
                if not url or url.startswith(self.base):
                    continue
                parts = urlsplit(url)
                path = f"/{parts.netloc}{parts.path}"
                self.links[path] = (bill["id"], str(link.get("media_type") or HTML))
                link["url"] = self.base + path

    def put(self, bill_id: str, body: bytes, media_type: str, date: str) -> str:
        """A newer version of BILL_ID whose one document is BODY; returns its URL."""
        bill = self.api.bills[bill_id]
        path = f"/recorded/{bill_id.rsplit('/', 1)[-1]}/{len(bill['versions'])}"
        link = {"url": self.base + path, "media_type": media_type}
        bill["versions"].append({"note": "Recorded", "date": date, "links": [link]})
        self.links[path] = (bill_id, media_type)
        self.recorded[path] = body
        return link["url"]

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        path = target.split("?", 1)[0]
        found = self.links.get(path)
        if found is None:
            return 404, b"<html><body>Not Found</body></html>", {"Content-Type": HTML}
        bill_id, media_type = found
        if path in self.recorded:
            return 200, self.recorded[path], {"Content-Type": media_type}
        bill = self.api.bills[bill_id]
        words = [bill["identifier"], bill["title"]]
        words += [a.get("abstract") or "" for a in bill.get("abstracts") or []]
        if media_type == PDF:
            return 200, text_pdf("\n".join(words)), {"Content-Type": PDF}
        page = "".join(f"<p>{escape(w)}</p>" for w in words)
        return 200, f"<html><body>{page}</body></html>".encode(), {"Content-Type": HTML}


def serve_texts(api: OpenStatesAPI, server: LocalServer, prefix: str = "/legislature") -> BillTexts:
    """Mount the legislatures' copies of API's bills on SERVER and point their links there."""
    texts = BillTexts(api, server.url(prefix))
    with api.lock:
        for bill in api.bills.values():
            texts.adopt(bill)
    server.mount(prefix, texts)
    return texts
