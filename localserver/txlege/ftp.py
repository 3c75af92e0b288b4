"""A local copy of the Texas Legislature's FTP site (ftp.legis.state.tx.us): the bill-history
tree `bills/<session>/billhistory/<bill type>/<group of 100>/<bill>.xml`, served by a real FTP
server (pyftpdlib) on 127.0.0.1, with the site's Windows/IIS-style LIST lines
(`11-12-24  08:15AM                 2345 HB00001.xml`, `<DIR>` for folders).

The Legislature publishes by FTP only, so this simulator cannot be mounted on the HTTP
LocalServer; it is its own small server with the same use: start, point the spider at
`ftp_url`, change a bill, crawl again. Files are written to a temporary folder; each file's
modification time is the time the model says it changed, and that is what LIST shows.

Bill-history XML: no real file was available; the elements are those Open States' Texas scraper
reads (root `billhistory` with `bill` and `lastUpdate`, `caption`, `authors`, `subjects`,
`actions/action` with `actionNumber`, `date`, `description`, `comment`, `actionTimestamp`).
"""

from __future__ import annotations

import calendar
import logging
import os
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.filesystems import AbstractedFS
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.servers import ThreadedFTPServer

TYPES = {
    "HB": "house_bills",
    "HCR": "house_concurrent_resolutions",
    "HJR": "house_joint_resolutions",
    "HR": "house_resolutions",
    "SB": "senate_bills",
    "SCR": "senate_concurrent_resolutions",
    "SJR": "senate_joint_resolutions",
    "SR": "senate_resolutions",
}
# File names keep two letters: HJR 1 is HJ00001.xml.
FILE_PREFIX = {"HCR": "HC", "HJR": "HJ", "SCR": "SC", "SJR": "SJ"}


class IISListing(AbstractedFS):
    """LIST lines as the Legislature's IIS server writes them (MS-DOS style), in UTC."""

    def format_list(self, basedir, listing, ignore_err=True):  # noqa: ANN001, ANN201
        for name in listing:
            path = os.path.join(basedir, name)
            try:
                st = self.lstat(path)
            except OSError:
                if ignore_err:
                    continue
                raise
            moment = time.gmtime(st.st_mtime)
            stamp = time.strftime("%m-%d-%y  %I:%M%p", moment)
            size = "      <DIR>         " if os.path.isdir(path) else f"{st.st_size:>20}"
            yield f"{stamp} {size} {name}\r\n".encode(self.cmd_channel.encoding)


@dataclass
class Bill:
    """One bill of the model and its history file."""

    session: str  # "89R"
    kind: str  # "HB", "SJR" ...
    number: int
    caption: str
    author: str
    subjects: list[str]
    changed: datetime
    actions: list[tuple[str, str, str]] = field(default_factory=list)  # (H001, MM/DD/YYYY, text)

    @property
    def path(self) -> str:
        prefix = FILE_PREFIX.get(self.kind, self.kind)
        low = (self.number - 1) // 100 * 100
        group = f"{prefix}{max(low, 1):05d}_{prefix}{low + 99:05d}"
        folder = f"bills/{self.session}/billhistory/{TYPES[self.kind]}/{group}"
        return f"{folder}/{prefix}{self.number:05d}.xml"

    def xml(self) -> bytes:
        legislature, kind = self.session[:-1], self.session[-1]
        label = f"{legislature}({'R' if kind.upper() == 'R' else kind})"
        last = self.actions[-1] if self.actions else ("", "", "")
        stamp = self.changed.strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0")
        actions = "".join(
            "<action>"
            f"<actionNumber>{number}</actionNumber><date>{on}</date>"
            f"<description>{escape(text)}</description><comment></comment>"
            f"<actionTimestamp>{datetime.strptime(on, '%m/%d/%Y').isoformat()}</actionTimestamp>"
            "</action>\n"
            for number, on, text in self.actions
        )
        subjects = "".join(f"<subject>{escape(s)}</subject>" for s in self.subjects)
        body = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f"<billhistory bill={quoteattr(f'{label} {self.kind} {self.number}')} "
            f"lastUpdate={quoteattr(stamp)}>\n"
            f"<lastaction>{escape(f'{last[1]} {last[0][:1]} {last[2]}'.strip())}</lastaction>\n"
            f'<caption version="Introduced">{escape(self.caption)}</caption>\n'
            f"<authors>{escape(self.author)}</authors>\n<coauthors></coauthors>\n"
            "<sponsors></sponsors>\n<cosponsors></cosponsors>\n"
            f"<subjects>{subjects}</subjects>\n"
            f"<actions>\n{actions}</actions>\n"
            "</billhistory>\n"
        )
        return body.encode("utf-8")


class TexasFTP:
    """The FTP site on 127.0.0.1 (anonymous login), files written from the model."""

    def __init__(self, bills: list[Bill]) -> None:
        self.bills = {(b.kind, b.number, b.session): b for b in bills}
        self.root = Path(tempfile.mkdtemp(prefix="txftp-"))
        self.broken: set[str] = set()  # file names written cut short
        self.server: ThreadedFTPServer | None = None
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()
        for bill in bills:
            self.write(bill)

    def write(self, bill: Bill) -> None:
        path = self.root / bill.path
        path.parent.mkdir(parents=True, exist_ok=True)
        body = bill.xml()
        if path.name in self.broken:
            body = body[: len(body) // 2]
        path.write_bytes(body)
        stamp = calendar.timegm(bill.changed.timetuple())
        os.utime(path, (stamp, stamp))

    def bill(self, kind: str, number: int, session: str = "89R") -> Bill:
        return self.bills[(kind, number, session)]

    def act(self, kind: str, number: int, code: str, on: str, text: str, changed: str) -> None:
        """The Legislature records an action; the history file is rewritten at CHANGED."""
        with self.lock:
            bill = self.bill(kind, number)
            bill.actions.append((code, on, text))
            bill.changed = datetime.fromisoformat(changed)
            self.write(bill)

    def rewrite(self) -> None:
        for bill in self.bills.values():
            self.write(bill)

    @property
    def ftp_url(self) -> str:
        assert self.server is not None
        host, port = self.server.address[:2]
        return f"ftp://{host}:{port}"

    def start(self) -> TexasFTP:
        logging.getLogger("pyftpdlib").setLevel(logging.WARNING)
        authorizer = DummyAuthorizer()
        authorizer.add_anonymous(str(self.root))
        handler = type("Handler", (FTPHandler,), {})
        handler.authorizer = authorizer
        handler.abstracted_fs = IISListing
        handler.use_gmt_times = True
        handler.banner = "Microsoft FTP Service"
        self.server = ThreadedFTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"timeout": 0.2}, daemon=True
        )
        self.thread.start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.close_all()
            self.server = None
        if self.thread is not None:
            self.thread.join(timeout=5)
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> TexasFTP:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


RELEVANT = [
    (
        "SB",
        8,
        "Relating to a requirement that certain sheriffs request and enter into an agreement "
        "with United States Immigration and Customs Enforcement under Section 287(g).",
        ["Immigration (I0027)", "Law Enforcement (I0049)"],
    ),
    (
        "HB",
        2,
        "Relating to the prohibition of sanctuary city policies and the enforcement of "
        "immigration detainers by local entities.",
        ["Immigration (I0027)"],
    ),
]
OTHER = [
    ("Relating to the regulation of fireworks sales.", ["Fireworks (I0101)"]),
    ("Relating to the state's oyster shell recovery program.", ["Fisheries (I0102)"]),
    ("Relating to fees for certified copies of birth records.", ["Vital Statistics (I0103)"]),
    ("Relating to school bus seat belts.", ["Education--Transportation (I0104)"]),
]


def build_corpus(session: str = "89R", n_other: int = 16) -> list[Bill]:
    """Bills filed a day apart in two groups of 100 per chamber; files changed at distinct
    minutes."""
    start = datetime(2024, 11, 12, 8, 0)
    bills = []
    for i in range(len(RELEVANT) + n_other):
        if i < len(RELEVANT):
            kind, number, caption, subjects = RELEVANT[i]
        else:
            kind = "HB" if i % 2 else "SB"
            number = 50 + i * 6  # some in the second group of 100
            caption, subjects = OTHER[i % len(OTHER)]
        filed = start + timedelta(days=i, minutes=i)
        chamber = "H" if kind.startswith("H") else "S"
        day = filed.date()
        referred = day + timedelta(days=60)
        bill = Bill(
            session,
            kind,
            number,
            caption,
            "Bettencourt" if chamber == "S" else "Spiller",
            subjects,
            changed=datetime.combine(referred, datetime.min.time()) + timedelta(hours=9, minutes=i),
            actions=[
                (f"{chamber}001", us(day), "Filed"),
                (f"{chamber}010", us(referred), "Read first time"),
                (
                    f"{chamber}015",
                    us(referred),
                    "Referred to State Affairs" if chamber == "H" else "Referred to Finance",
                ),
            ],
        )
        bills.append(bill)
    return bills


def us(day: date) -> str:
    return day.strftime("%m/%d/%Y")
