"""azleg.gov's bill list and apps.azleg.gov's bill API as the local server answers them.

The list page follows what Open States' scraper reads: a session `select.selectSession`, the
session chosen by POSTing `sessionID` to /azlegwp/setsession.php (remembered in a cookie), bill
numbers in `div[name=HBTable]` / `div[name=SBTable]` rows (`th/a`), and the broken comment close
(`--!>`) the live page carries. The API answers `GET /Bill/?billNumber=&sessionId=&
legislativeBody=` with one JSON object, or `null` for a bill it does not know.
"""

from __future__ import annotations

import itertools
import json
from html import escape
from urllib.parse import parse_qs, urlsplit

from localserver.azleg.model import Bill, Session
from localserver.server import Reply

HTML = {"Content-Type": "text/html; charset=UTF-8"}
JSON = {"Content-Type": "application/json; charset=utf-8"}
SESSION_NAMES = {
    130: "2026 - Fifty-seventh Legislature - Second Regular Session",
    129: "2025 - Fifty-seventh Legislature - First Regular Session",
}


class AzlegSite:
    """www.azleg.gov: the bills page and the session form."""

    def __init__(self, sessions: dict[int, Session], default: int) -> None:
        self.sessions = sessions
        self.default = default
        self.chosen: dict[str, int] = {}  # cookie -> session id
        self._cookies = itertools.count(1)

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        path = urlsplit(target).path
        cookie = _cookie(headers.get("cookie", ""))
        if path == "/azlegwp/setsession.php" and method == "POST":
            if "/azlegwp/" not in headers.get("referer", ""):
                return 403, b"<html><body>Forbidden</body></html>", HTML
            form = parse_qs(body.decode())
            wanted = int((form.get("sessionID") or ["0"])[0] or 0)
            if wanted not in self.sessions:
                return 200, b"<html><body>Unknown session</body></html>", HTML
            cookie = cookie or f"c{next(self._cookies)}"
            self.chosen[cookie] = wanted
            return 200, b"OK", {**HTML, "Set-Cookie": f"PHPSESSID={cookie}; path=/"}
        if path in ("/bills", "/bills/"):
            headers_out = dict(HTML)
            if not cookie:
                cookie = f"c{next(self._cookies)}"
                headers_out["Set-Cookie"] = f"PHPSESSID={cookie}; path=/"
            session = self.sessions[self.chosen.get(cookie, self.default)]
            return 200, self.bills_page(session), headers_out
        return 404, b"<html><body>Not Found</body></html>", HTML

    def bills_page(self, session: Session) -> bytes:
        options = "".join(
            f'<option value="{sid}"{" selected" if sid == session.session_id else ""}>'
            f"{escape(SESSION_NAMES.get(sid, str(sid)))}</option>"
            for sid in sorted(self.sessions, reverse=True)
        )

        def table(prefix: str) -> str:
            rows = "".join(
                f'<tr><th><a href="https://apps.azleg.gov/BillStatus/BillOverview/{b.bill_id}'
                f'?SessionId={session.session_id}">{b.number}</a></th>'
                f"<td>{escape(b.title)}</td></tr>"
                for b in session.bills.values()
                if b.number.startswith(prefix)
            )
            return (
                f'<div name="{prefix}Table" class="bill-table"><table><thead><tr>'
                "<th>Bill Number</th><th>Short Title</th></tr></thead>"
                f"<tbody>{rows}</tbody></table></div>"
            )

        return (
            '<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8">'
            "<title>Bills | Arizona State Legislature</title></head><body>"
            "<!-- site header --!>"
            f'<form><select class="selectSession" name="sessionID">{options}</select></form>'
            f"{table('HB')}{table('SB')}"
            "</body></html>"
        ).encode()


class AzlegApps:
    """apps.azleg.gov: the bill object (`/api/Bill/`), its documents (`/api/DocType/`) and the
    bill text pages they point to (`/legtext/...`)."""

    def __init__(self, sessions: dict[int, Session]) -> None:
        self.sessions = sessions

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        path = parts.path.rstrip("/")
        if path == "/api/Bill":
            try:
                session = self.sessions[int(query.get("sessionId", ""))]
            except (KeyError, ValueError):
                return 200, b"null", JSON
            bill = session.bills.get(query.get("billNumber", "").upper())
            if bill is None:
                return 200, b"null", JSON
            return 200, json.dumps(bill.as_json(session.session_id)).encode(), JSON
        if path == "/api/DocType":
            for session in self.sessions.values():
                for bill in session.bills.values():
                    if str(bill.bill_id) == query.get("billStatusId"):
                        return 200, json.dumps(bill.documents(session.code)).encode(), JSON
            return 200, b"[]", JSON
        if path.startswith("/legtext/"):
            for session in self.sessions.values():
                for bill in session.bills.values():
                    if path == bill.documents(session.code)[0]["Documents"][0]["HtmlPath"]:
                        return 200, text_page(bill), HTML
        return 404, json.dumps({"Message": "No HTTP resource was found."}).encode(), JSON


def text_page(bill: Bill) -> bytes:
    return (
        "<html><head><title>" + bill.number + "</title></head><body>"
        f'<div class="WordSection1"><p>{escape(bill.number)}</p><p>{escape(bill.words())}</p>'
        "</div></body></html>"
    ).encode()


def _cookie(header: str) -> str | None:
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name == "PHPSESSID" and value:
            return value
    return None
