"""A local copy of the Illinois General Assembly's legislation folders
(www.ilga.gov/ftp/legislation/<GA>/BillStatus/XML/): an IIS-style folder listing with each file's
time, and one bill-status XML per bill, written in the shape of the real HB 5234 file
(data/IL_billstatus_HB5234_104GA.xml): the same declaration, elements and flat action triplets.

    folders = ILGAFolders(build_corpus(104))
    folders.act("10400HB1001.xml", "2/20/2026", "House", "Assigned to Judiciary",
                "2026-02-20 10:31")
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path

from localserver.server import Reply

DATA = Path(__file__).with_name("data")
REAL_FILE = "10400HB5234.xml"


@dataclass
class Bill:
    ga: int
    doc_type: str  # HB, SB, HR ...
    number: int
    shortdesc: str
    synopsis: str
    sponsor: str
    changed: datetime  # the file's time in the listing
    actions: list[tuple[str, str, str]] = field(default_factory=list)  # (M/D/YYYY, chamber, text)

    @property
    def name(self) -> str:
        return f"{self.ga}00{self.doc_type}{self.number:04d}.xml"

    def xml(self) -> bytes:
        chamber = "House" if self.doc_type.startswith("H") else "Senate"
        last = self.actions[-1] if self.actions else ("", chamber, "")
        lines = [
            "<?xml version='1.0' encoding='UTF-8'?>",
            "<xml>",
            "<title>Illinois General Assembly - Bill Status for "
            f"{self.doc_type} {self.number}</title>",
            f"<shortdesc>{escape(self.shortdesc)}</shortdesc>",
            "<sponsor>",
            f"<sponsorhead1>{chamber} Sponsors</sponsorhead1>"
            f"<sponsors>{escape(self.sponsor)}</sponsors>",
            "</sponsor>",
            "<lastaction>",
            f"<statusdate>{last[0]}</statusdate><chamber>{last[1]}</chamber>"
            f"<action>{escape(last[2])}</action>",
            "</lastaction>",
            "<synopsis>",
            "<synopsistitle></synopsistitle>",
            "<reference>5 ILCS 805/15</reference><aliasreference></aliasreference>"
            f"<SynopsisText>     {escape(self.synopsis)}</SynopsisText></synopsis>",
            "<actions>",
            *(
                f"<statusdate>{d}</statusdate><chamber>{c}</chamber><action>{escape(a)}</action>"
                for d, c, a in self.actions
            ),
            "</actions>",
            "</xml>",
            "",
        ]
        return "\n".join(lines).encode("utf-8")


def iis_time(moment: datetime) -> str:
    """IIS listing time: "2/5/2026  3:05 PM" (right-aligned hour)."""
    hour = moment.hour % 12 or 12
    half = "PM" if moment.hour >= 12 else "AM"
    return f"{moment.month}/{moment.day}/{moment.year} {hour:>2}:{moment.minute:02d} {half}"


class ILGAFolders:
    """The legislation folders as a platform of the local server."""

    def __init__(self, bills: list[Bill], real_file_changed: datetime | None = None) -> None:
        self.bills = {b.name: b for b in bills}
        self.ga = bills[0].ga if bills else 104
        # The real HB 5234 file, served as saved.
        self.real = (DATA / "IL_billstatus_HB5234_104GA.xml").read_bytes()
        self.real_changed = real_file_changed or datetime(2026, 6, 29, 9, 14)
        self.broken: set[str] = set()  # files served cut short (a bad write at the source)
        self.lock = threading.Lock()

    def act(self, name: str, on: str, chamber: str, text: str, changed: str) -> None:
        """The General Assembly records an action; the file is rewritten at CHANGED."""
        with self.lock:
            bill = self.bills[name]
            bill.actions.append((on, chamber, text))
            bill.changed = datetime.fromisoformat(changed)

    def files(self) -> dict[str, tuple[datetime, bytes]]:
        out = {b.name: (b.changed, b.xml()) for b in self.bills.values()}
        if self.ga == 104:
            out[REAL_FILE] = (self.real_changed, self.real)
        return out

    def listing(self, path: str) -> bytes:
        rows = [
            f'<A HREF="/ftp/legislation/{self.ga}/BillStatus/">[To Parent Directory]</A><br><br>'
        ]
        for name, (changed, body) in sorted(self.files().items()):
            rows.append(
                f"{iis_time(changed):>20} {len(body):>12} "
                f'<A HREF="/ftp/legislation/{self.ga}/BillStatus/XML/{name}">{name}</A><br>'
            )
        title = f"www.ilga.gov - /ftp/legislation/{self.ga}/BillStatus/XML/"
        return (
            f"<html><head><title>{title}</title></head><body><H1>{title}</H1><hr>\n\n"
            f"<pre>{''.join(rows)}</pre><hr></body></html>"
        ).encode()

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        path = target.split("?", 1)[0].rstrip("/")
        html = {"Content-Type": "text/html; charset=utf-8"}
        folder = f"/{self.ga}/BillStatus/XML"
        with self.lock:
            if path == folder:
                return 200, self.listing(path), html
            if path.startswith(folder + "/"):
                name = path.rsplit("/", 1)[-1]
                found = self.files().get(name)
                if found is not None:
                    data = found[1]
                    if name in self.broken:
                        data = data[: len(data) // 2]
                    return 200, data, {"Content-Type": "text/xml"}
        return 404, b"<html><body><h2>404 - File or directory not found.</h2></body></html>", html


RELEVANT = [
    (
        "HB",
        "IMMIGRANT SAFE SPACES",
        "Amends the Illinois TRUST Act. Provides that law enforcement agencies shall not "
        "detain or continue to detain any individual solely on the basis of an immigration "
        "detainer or civil immigration warrant.",
    ),
    (
        "SB",
        "WAY FORWARD-IMMIGRANT LEGAL",
        "Creates the Immigrant Legal Defense Act. Provides for legal representation of "
        "immigrants in removal proceedings.",
    ),
]
OTHER = [
    ("LANDLORD-TENANT FEES", "Amends the Landlord and Tenant Act. Limits fees."),
    ("VEH CD-LICENSE PLATES", "Amends the Illinois Vehicle Code. Special plates."),
    ("SCH CD-RECESS", "Amends the School Code. Daily recess."),
    ("FISH & AQUATIC-BAIT", "Amends the Fish and Aquatic Life Code. Bait."),
]


def build_corpus(ga: int = 104, n_other: int = 20) -> list[Bill]:
    """Bills filed a day apart, files rewritten at distinct minutes."""
    year = 2 * ga + 1817 + 1  # bills of this model are filed in the GA's second year
    start = datetime(year, 1, 12, 9, 0)
    bills = []
    for i in range(len(RELEVANT) + n_other):
        if i < len(RELEVANT):
            doc_type, shortdesc, synopsis = RELEVANT[i]
        else:
            doc_type = "HB" if i % 2 else "SB"
            shortdesc, synopsis = OTHER[i % len(OTHER)]
        filed = start + timedelta(days=i, minutes=i)
        chamber = "House" if doc_type == "HB" else "Senate"
        day = filed.date()
        first = f"{day.month}/{day.day}/{day.year}"
        refer = day + timedelta(days=5)
        bill = Bill(
            ga,
            doc_type,
            1000 + i,
            shortdesc,
            synopsis,
            "Rep. Lilian Jiménez" if chamber == "House" else "Sen. Robert Peters",
            changed=filed + timedelta(days=5, hours=1),
            actions=[
                (
                    first,
                    chamber,
                    "Filed with the Clerk by Rep. Lilian Jiménez"
                    if chamber == "House"
                    else "Filed with Secretary by Sen. Robert Peters",
                ),
                (first, chamber, "First Reading"),
                (
                    short(refer),
                    chamber,
                    "Referred to Rules Committee"
                    if chamber == "House"
                    else "Referred to Assignments",
                ),
            ],
        )
        bills.append(bill)
    return bills


def short(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"
