"""flsenate.gov's bill list and bill pages as HTML, in the structure Open States' working
scraper reads: list rows `th/a[contains(@href,'/Session/Bill/')]` with the title in the next
cell and a duplicated `a.next` pager; bill pages with `#tabBodyBillHistory` (date, chamber,
bulleted actions) and `#tabBodyBillText` (versions)."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import parse_qs, urlsplit

from localserver.flsenate.model import Bill, Session
from localserver.server import Reply

HTML = {"Content-Type": "text/html; charset=utf-8"}
BULLET = "\u2022"


def _page(title: str, body: str) -> bytes:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)} - The Florida Senate</title></head><body>"
        '<div id="wrapper"><div id="main">'
        f"{body}</div></div></body></html>"
    ).encode()


class FloridaSenate:
    """The platform the local server mounts: one session's list and bill pages."""

    def __init__(self, session: Session, page_size: int = 25, root: str = "") -> None:
        self.session = session
        self.page_size = page_size
        # Links on the site are root-relative ("/Session/Bill/2026/1"); mounted below a prefix,
        # they carry it.
        self.root = root.rstrip("/")

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        listing = re.fullmatch(r"/Session/Bills/(\w+)", parts.path)
        if listing and listing.group(1) == self.session.session:
            return 200, self.list_page(int(query.get("pageNumber", "1"))), HTML
        text = re.fullmatch(r"/Session/Bill/(\w+)/(\d+)/BillText/(\w+)/HTML", parts.path)
        if text and text.group(1) == self.session.session:
            bill = next((b for b in self.session.bills if b.number == int(text.group(2))), None)
            if bill is not None and text.group(3) in {v for v, _ in bill.versions}:
                return 200, self.text_page(bill, text.group(3)), HTML
        page = re.fullmatch(r"/Session/Bill/(\w+)/(\d+)(?:/ByCategory)?", parts.path)
        if page and page.group(1) == self.session.session:
            bill = next((b for b in self.session.bills if b.number == int(page.group(2))), None)
            if bill is not None:
                return 200, self.bill_page(bill), HTML
        return 404, _page("Page Not Found", "<h2>Page Not Found</h2>"), HTML

    def list_page(self, number: int) -> bytes:
        bills = self.session.bills
        start = (number - 1) * self.page_size
        rows = []
        for bill in bills[start : start + self.page_size]:
            last = bill.last_action
            last_text = (
                f"{last.day:%m/%d/%Y} {escape(last.chamber)} {BULLET} {escape(last.actions[-1])}"
                if last
                else ""
            )
            link = f"{self.root}/Session/Bill/{self.session.session}/{bill.number}"
            rows.append(
                f'<tr><th scope="row"><a href="{link}">'
                f"{bill.name}</a></th><td>{escape(bill.title)}</td><td>{escape(bill.sponsor)}</td>"
                f"<td>{last_text}</td></tr>"
            )
        pager = ""
        if start + self.page_size < len(bills):
            href = (
                f"{self.root}/Session/Bills/{self.session.session}"
                f"?chamber=both&amp;pageNumber={number + 1}"
            )
            pager = f'<div class="ListPagination"><a class="next" href="{href}">Next &gt;</a></div>'
        table = (
            '<table class="tbl width100" summary="Bills">'
            '<thead><tr><th scope="col">Bill</th><th scope="col">Title</th>'
            '<th scope="col">Filed By</th><th scope="col">Last Action</th></tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
        title = f"Bills - {self.session.session} Session"
        return _page(title, f"<h2>{escape(title)}</h2>{pager}{table}{pager}")

    def text_page(self, bill: Bill, version: str) -> bytes:
        body = (
            f'<div class="billText"><p>{bill.name} {escape(version)}</p>'
            f"<p>{escape(bill.words())}</p></div>"
        )
        return (
            "<!DOCTYPE html><html><head><title>"
            f"{bill.name} ({self.session.session})</title></head><body>{body}</body></html>"
        ).encode()

    def bill_page(self, bill: Bill) -> bytes:
        base = f"{self.root}/Session/Bill/{self.session.session}/{bill.number}"
        versions = "".join(
            f'<tr><td class="lefttext">{bill.name} {escape(name)}</td><td>{day:%m/%d/%Y}</td>'
            f'<td><a class="lnk_PDF" href="{base}/BillText/{name}/PDF">PDF</a> '
            f'<a href="{base}/BillText/{name}/HTML">Web Page</a></td></tr>'
            for name, day in bill.versions
        )
        history = "".join(
            f"<tr><td>{row.day:%m/%d/%Y}</td><td>{escape(row.chamber)}</td><td>"
            + "<br />".join(f"{BULLET} {escape(a)}" for a in row.actions)
            + "</td></tr>"
            for row in bill.history
        )
        history_tab = (
            ""
            if bill.number in self.session.broken_pages
            else '<div id="tabBodyBillHistory" class="tabBody"><h3>Bill History</h3>'
            '<table class="tbl"><thead><tr><th scope="col">Date</th><th scope="col">Chamber</th>'
            f'<th scope="col">Action</th></tr></thead><tbody>{history}</tbody></table></div>'
        )
        body = (
            f'<div id="prevNextBillNav"></div><h2>{bill.name} &mdash; {escape(bill.title)}</h2>'
            f'<p class="width80">by <a href="/Senators/">{escape(bill.sponsor)}</a></p>'
            '<div id="tabBodyBillText" class="tabBody"><table class="tbl"><thead><tr>'
            '<th scope="col">Version</th><th scope="col">Posted</th><th scope="col">Format</th>'
            f"</tr></thead><tbody>{versions}</tbody></table></div>"
            f"{history_tab}"
            '<div id="tabBodyVoteHistory" class="tabBody"></div>'
        )
        return _page(f"{bill.name} ({self.session.session})", body)
