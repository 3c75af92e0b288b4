"""A local copy of the Legislative Counsel's downloads folder
(downloads.leginfo.legislature.ca.gov): an Apache-style folder listing and PUBINFO zips built from
a small model of bills, so that "a bill changed between two crawls" is a new daily zip.

The zips hold BILL_TBL.dat, BILL_HISTORY_TBL.dat and BILL_VERSION_TBL.dat in the official
loader's format (tab-separated, strings in backticks, NULL for no value, columns in the order of
bill_tbl.sql, bill_history_tbl.sql and bill_version_tbl.sql) and one BILL_VERSION_TBL_<n>.lob per
version holding the bill's XML. History rows follow the one real row published (issue 1905 of
openstates-scrapers: `201720180AB81`, trans_uid LEG_ESI, action_code 300, action_status Applied,
locations Senate / Committee / CS61, end_status In Committee Process).

    downloads = Downloads(build_corpus(2025))
    downloads.publish_yearly(2025, "2025-06-01 03:12")
    downloads.bill("202520260AB4").act("From committee: Do pass. (Ayes 5. Noes 2.)", ...)
    downloads.publish_daily("Tue", "2025-06-03 02:40", ["202520260AB4"])
"""

from __future__ import annotations

import io
import threading
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from html import escape

from localserver.server import Reply
from spiders.calegislature.pubinfo import BILL_COLUMNS, HISTORY_COLUMNS, VERSION_COLUMNS

# The column orders of the Legislative Counsel's load scripts, which the spider reads by position
# (tested against the official scripts in the spider's tests).
NUMBERS = {"measure_num", "bill_history_id", "action_sequence", "version_num"}


def dat_value(column: str, value: object) -> str:
    """One field as the extract writes it: NULL, a bare number or date, or a `string`."""
    if value is None:
        return "NULL"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if column in NUMBERS:
        return str(value)
    text = str(value)
    for raw, escaped in (("\\", "\\\\"), ("`", "\\`"), ("\t", "\\t"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return f"`{text}`"


def dat_file(columns: list[str], rows: list[dict]) -> bytes:
    lines = ["\t".join(dat_value(c, row.get(c)) for c in columns) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


@dataclass
class Bill:
    """One measure of the model with its rows."""

    session_year: int
    measure_type: str
    number: int
    subject: str
    digest: str
    introduced: date
    measure_state: str = "Introduced"
    history: list[dict] = field(default_factory=list)
    versions: list[dict] = field(default_factory=list)
    trans_update: datetime = datetime(2000, 1, 1)

    @property
    def bill_id(self) -> str:
        years = f"{self.session_year}{self.session_year + 1}"
        return f"{years}0{self.measure_type}{self.number}"

    @property
    def house(self) -> str:
        return "Assembly" if self.measure_type.startswith("A") else "Senate"

    def act(
        self,
        text: str,
        on: date,
        updated: datetime,
        location: str | None = None,
        secondary: str = "Floor",
        end_status: str = "In Floor Process",
    ) -> dict:
        """A new history row, as the Legislature records one."""
        row = {
            "bill_id": self.bill_id,
            "bill_history_id": 111189000 + len(self.history) + 1000 * self.number,
            "action_date": datetime.combine(on, datetime.min.time()),
            "action": text,
            "trans_uid": "LEG_ESI",
            "trans_update_dt": updated,
            "action_sequence": len(self.history) + 1,
            "action_code": "300",
            "action_status": "Applied",
            "primary_location": location or self.house,
            "secondary_location": secondary,
            "ternary_location": None,
            "end_status": end_status,
        }
        self.history.append(row)
        self.trans_update = max(self.trans_update, updated)
        return row

    def version(self, action: str, on: date, updated: datetime) -> dict:
        number = len(self.versions) + 1
        row = {
            "bill_version_id": f"{self.bill_id}{number:02d}{'INT' if number == 1 else 'AMD'}",
            "bill_id": self.bill_id,
            "version_num": number,
            "bill_version_action_date": datetime.combine(on, datetime.min.time()),
            "bill_version_action": action,
            "request_num": None,
            "subject": self.subject,
            "vote_required": "Majority",
            "appropriation": "No",
            "fiscal_committee": "Yes",
            "local_program": "Yes",
            "substantive_changes": "No",
            "urgency": "No",
            "taxlevy": "No",
            "bill_xml": None,  # named when a zip is written
            "active_flg": "Y",
            "trans_uid": "LEG_ESI",
            "trans_update": updated,
        }
        self.versions.append(row)
        self.trans_update = max(self.trans_update, updated)
        return row

    def bill_row(self) -> dict:
        latest = self.versions[-1]["bill_version_id"] if self.versions else None
        return {
            "bill_id": self.bill_id,
            "session_year": f"{self.session_year}{self.session_year + 1}",
            "session_num": "0",
            "measure_type": self.measure_type,
            "measure_num": self.number,
            "measure_state": self.measure_state,
            "chapter_year": None,
            "chapter_type": None,
            "chapter_session_num": None,
            "chapter_num": None,
            "latest_bill_version_id": latest,
            "active_flg": "Y",
            "trans_uid": "LEG_ESI",
            "trans_update": self.trans_update,
            "current_location": f"CX{self.number % 30:02d}",
            "current_secondary_loc": "Committee",
            "current_house": self.house,
            "current_status": "In Committee Process",
            "days_31st_in_print": None,
        }

    def xml(self) -> str:
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<caml:MeasureDoc xmlns:caml="http://lc.ca.gov/legalservices/schemas/caml.1#">'
            f"<caml:Description><caml:Id>{self.bill_id}</caml:Id>"
            f"<caml:Title>An act relating to {escape(self.subject)}</caml:Title>"
            f"<caml:DigestText><p>{escape(self.digest)}</p></caml:DigestText>"
            "</caml:Description><caml:Bill><caml:BillSection><caml:Content>"
            f"<p>SECTION 1. {escape(self.digest)}</p>"
            "</caml:Content></caml:BillSection></caml:Bill></caml:MeasureDoc>"
        )


def build_zip(bills: list[Bill]) -> bytes:
    """A PUBINFO zip holding every row of BILLS."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        versions, lobs = [], {}
        for bill in bills:
            for row in bill.versions:
                name = f"BILL_VERSION_TBL_{len(lobs) + 1}.lob"
                lobs[name] = bill.xml()
                versions.append({**row, "bill_xml": name})
        archive.writestr("BILL_TBL.dat", dat_file(BILL_COLUMNS, [b.bill_row() for b in bills]))
        history = [row for b in bills for row in b.history]
        archive.writestr("BILL_HISTORY_TBL.dat", dat_file(HISTORY_COLUMNS, history))
        archive.writestr("BILL_VERSION_TBL.dat", dat_file(VERSION_COLUMNS, versions))
        for name, xml in lobs.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


LISTING_HEAD = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">
<html>
 <head>
  <title>Index of /</title>
 </head>
 <body>
<h1>Index of /</h1>
  <table>
   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th>\
<th><a href="?C=N;O=D">Name</a></th><th><a href="?C=M;O=A">Last modified</a></th>\
<th><a href="?C=S;O=A">Size</a></th><th><a href="?C=D;O=A">Description</a></th></tr>
   <tr><th colspan="5"><hr></th></tr>
"""
LISTING_TAIL = """   <tr><th colspan="5"><hr></th></tr>
</table>
</body></html>
"""


class Downloads:
    """The downloads folder as a platform of the local server."""

    def __init__(self, bills: list[Bill]) -> None:
        self.bills = {b.bill_id: b for b in bills}
        self.files: dict[str, tuple[str, bytes]] = {
            "pubinfo_Readme.pdf": ("2016-02-24 10:00", b"%PDF-1.4 readme"),
            "pubinfo_load.zip": ("2016-02-24 10:00", build_zip([])),
        }
        self.lock = threading.Lock()

    def bill(self, bill_id: str) -> Bill:
        return self.bills[bill_id]

    def publish_yearly(self, year: int, when: str) -> None:
        bills = [b for b in self.bills.values() if b.session_year == year]
        with self.lock:
            self.files[f"pubinfo_{year}.zip"] = (when, build_zip(bills))

    def publish_daily(self, day: str, when: str, bill_ids: list[str]) -> None:
        """`pubinfo_daily_<day>.zip`: every row of the bills that changed that day."""
        with self.lock:
            self.files[f"pubinfo_daily_{day}.zip"] = (
                when,
                build_zip([self.bills[i] for i in bill_ids]),
            )

    def listing(self) -> bytes:
        rows = []
        for name, (when, body) in sorted(self.files.items()):
            size = f"{max(1, len(body) // 1024)}K"
            rows.append(
                '   <tr><td valign="top"><img src="/icons/compressed.gif" alt="[   ]"></td>'
                f'<td><a href="{escape(name)}">{escape(name)}</a></td>'
                f'<td align="right">{when}  </td><td align="right">{size}</td>'
                "<td>&nbsp;</td></tr>\n"
            )
        return (LISTING_HEAD + "".join(rows) + LISTING_TAIL).encode()

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        path = target.split("?", 1)[0].strip("/")
        html = {"Content-Type": "text/html;charset=UTF-8"}
        with self.lock:
            if path == "":
                return 200, self.listing(), html
            if path in self.files:
                return 200, self.files[path][1], {"Content-Type": "application/zip"}
        return 404, b"<html><body><h1>Not Found</h1></body></html>", html


RELEVANT = [
    (
        "AB",
        4,
        "Immigration enforcement: state and local law enforcement agencies: civil immigration "
        "detainers.",
        "This bill would prohibit state and local law enforcement agencies from detaining an "
        "individual on the basis of a hold request from federal immigration authorities.",
    ),
    (
        "SB",
        54,
        "Law enforcement: sharing data with federal immigration authorities.",
        "This bill would limit the information that law enforcement agencies share with federal "
        "immigration enforcement and prohibit 287(g) agreements.",
    ),
    (
        "AB",
        450,
        "Employment: workplace immigration enforcement.",
        "This bill would prohibit an employer from allowing a federal immigration enforcement "
        "agent to enter nonpublic areas of a place of labor without a judicial warrant.",
    ),
]
OTHER = [
    ("Vehicles: registration fees.", "Registration fees for commercial vehicles."),
    ("State parks: free day passes.", "Day passes for state parks."),
    ("Water: groundwater sustainability.", "Groundwater sustainability agencies."),
    ("Alcoholic beverages: tied-house restrictions.", "Advertising by beer manufacturers."),
    ("Elections: vote by mail ballots.", "Ballot return envelopes."),
]


def build_corpus(year: int = 2025, n_other: int = 30) -> list[Bill]:
    """Relevant bills with histories (one enrolled and signed) among unrelated ones."""
    bills = []
    start = date(year, 1, 6)
    for i in range(len(RELEVANT) + n_other):
        if i < len(RELEVANT):
            kind, number, subject, digest = RELEVANT[i]
        else:
            kind = "AB" if i % 2 else "SB"
            number = 100 + i
            subject, digest = OTHER[i % len(OTHER)]
        introduced = start + timedelta(days=i)
        stamp = datetime.combine(introduced, datetime.min.time()) + timedelta(hours=18)
        bill = Bill(year, kind, number, subject, digest, introduced)
        bill.version("Introduced", introduced, stamp)
        bill.act(
            "Introduced. Read first time. To Com. on RLS. for assignment. To print.",
            introduced,
            stamp,
        )
        bill.act(
            "Referred to Com. on JUD." if kind == "SB" else "Referred to Com. on PUB. S.",
            introduced + timedelta(days=14),
            stamp + timedelta(days=14),
            secondary="Committee",
            end_status="In Committee Process",
        )
        if i == 0:  # a bill that went all the way
            later = introduced + timedelta(days=60)
            for days, text in [
                (0, "From committee: Do pass and re-refer to Com. on APPR. (Ayes 5. Noes 2.)"),
                (20, "Read third time. Passed. Ordered to the Senate. (Ayes 52. Noes 20.)"),
                (90, "Senate amendments concurred in. To Engrossing and Enrolling."),
                (95, "Enrolled and presented to the Governor at 3 p.m."),
                (100, "Approved by the Governor."),
            ]:
                on = later + timedelta(days=days)
                bill.act(text, on, datetime.combine(on, datetime.min.time()) + timedelta(hours=17))
            bill.measure_state = "Enrolled"
        bills.append(bill)
    return bills
