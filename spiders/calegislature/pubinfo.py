"""Reading the Legislative Counsel's PUBINFO extract: a zip of `<TABLE>.dat` files (one row a
line, fields separated by tabs, strings optionally enclosed in backticks, MySQL's backslash
escapes, the bare word NULL for no value) and `<TABLE>_<n>.lob` files holding long columns.

Column orders are those of the official LOAD DATA scripts (bill_tbl.sql, bill_history_tbl.sql,
bill_version_tbl.sql in pubinfo_load.zip); the .dat files have no header.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

BILL_COLUMNS = (
    "bill_id",
    "session_year",
    "session_num",
    "measure_type",
    "measure_num",
    "measure_state",
    "chapter_year",
    "chapter_type",
    "chapter_session_num",
    "chapter_num",
    "latest_bill_version_id",
    "active_flg",
    "trans_uid",
    "trans_update",
    "current_location",
    "current_secondary_loc",
    "current_house",
    "current_status",
    "days_31st_in_print",
)
HISTORY_COLUMNS = (
    "bill_id",
    "bill_history_id",
    "action_date",
    "action",
    "trans_uid",
    "trans_update_dt",
    "action_sequence",
    "action_code",
    "action_status",
    "primary_location",
    "secondary_location",
    "ternary_location",
    "end_status",
)
VERSION_COLUMNS = (
    "bill_version_id",
    "bill_id",
    "version_num",
    "bill_version_action_date",
    "bill_version_action",
    "request_num",
    "subject",
    "vote_required",
    "appropriation",
    "fiscal_committee",
    "local_program",
    "substantive_changes",
    "urgency",
    "taxlevy",
    "bill_xml",  # the name of the .lob file that holds the bill's XML
    "active_flg",
    "trans_uid",
    "trans_update",
)
TABLES = {
    "BILL_TBL": BILL_COLUMNS,
    "BILL_HISTORY_TBL": HISTORY_COLUMNS,
    "BILL_VERSION_TBL": VERSION_COLUMNS,
}
# Which column names a row, and which stamps its last change.
KEYS = {
    "BILL_TBL": ("bill_id", "trans_update"),
    "BILL_HISTORY_TBL": ("bill_history_id", "trans_update_dt"),
    "BILL_VERSION_TBL": ("bill_version_id", "trans_update"),
}

_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%m/%d/%Y %H:%M", "%m/%d/%Y")
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")


class ExtractError(ValueError):
    """The zip cannot be read as a PUBINFO extract at all."""


def parse_datetime(value: str | None) -> datetime | None:
    """MySQL's "2017-09-01 19:20:00" (the LOAD DATA form) or "9/1/2017 19:20"."""
    text = (value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text[:19], fmt)
        except ValueError:
            continue
    return None


def decode(raw: bytes) -> str:
    """UTF-8, "with copious bogus characters": a file that is not is read as Windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def read_rows(text: str, columns: tuple[str, ...]) -> Iterator[dict[str, str | None] | str]:
    """Each line as a dict of COLUMNS; a line with the wrong number of fields is yielded as the
    line itself (a string), for the caller to report."""
    # MySQL escapes a backslash and a backtick with a backslash, and writes \t, \n for tabs and
    # newlines: hide the first two from the csv reader, restore everything per field.
    text = text.replace("\\\\", "\x00").replace("\\`", "\x01")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quotechar="`", strict=False)
    for raw in reader:
        fields = [_unescape(f) for f in raw]
        if not fields or fields == [""]:
            continue
        if len(fields) != len(columns):
            yield "\t".join(fields)[:200]
            continue
        yield {c: (None if v == "NULL" else v) for c, v in zip(columns, fields, strict=True)}


_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "0": "", "Z": "\x1a"}
_ESCAPE = re.compile(r"\\(.)")


def _unescape(value: str) -> str:
    if "\\" in value:
        value = _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), value)
    return value.replace("\x01", "`").replace("\x00", "\\")


@dataclass
class Extract:
    """The rows of the tables this project reads, each table keyed by its primary key, with
    the newest version of a row (by its trans_update stamp) when several extracts carry it."""

    tables: dict[str, dict[str, dict]] = field(default_factory=lambda: {t: {} for t in TABLES})
    bad_rows: list[str] = field(default_factory=list)
    archives: list[zipfile.ZipFile] = field(default_factory=list)  # the zips read, in order

    def add(self, table: str, row: dict) -> None:
        key_column, stamp_column = KEYS[table]
        key = row.get(key_column)
        if not key:
            self.bad_rows.append(f"{table}: row without {key_column}")
            return
        known = self.tables[table].get(key)
        if known is not None and stamp(known, stamp_column) > stamp(row, stamp_column):
            return  # an older copy of a row we already have
        self.tables[table][key] = row

    def read_zip(self, body: bytes, name: str) -> None:
        """Add every row of the zip BODY; ExtractError if it is not a readable zip."""
        try:
            archive = zipfile.ZipFile(io.BytesIO(body))
            members = {m.upper(): m for m in archive.namelist()}
            found = False
            for table, columns in TABLES.items():
                member = members.get(f"{table}.DAT")
                if member is None:
                    continue
                found = True
                for row in read_rows(decode(archive.read(member)), columns):
                    if isinstance(row, str):
                        self.bad_rows.append(f"{name}/{member}: malformed row {row!r}")
                        continue
                    # A .lob name is only meaningful inside its own zip: remember which.
                    lob = row.get("bill_xml") if table == "BILL_VERSION_TBL" else None
                    if lob and lob.upper() in members:
                        row["lob"] = (len(self.archives), members[lob.upper()])
                    self.add(table, row)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
            raise ExtractError(f"{name}: not a readable zip ({exc})") from None
        if not found:
            raise ExtractError(f"{name}: no BILL_TBL, BILL_HISTORY_TBL or BILL_VERSION_TBL")
        self.archives.append(archive)

    def text(self, version: dict) -> str | None:
        """The plain text of a version's bill XML, read from its zip only when asked: a
        session's zip holds every version of every bill, far more text than is wanted."""
        where = version.get("lob")
        if not where:
            return None
        index, member = where
        try:
            return plain_text(decode(self.archives[index].read(member)))
        except (zipfile.BadZipFile, KeyError, OSError):
            return None


def stamp(row: dict, column: str) -> datetime:
    return parse_datetime(row.get(column)) or datetime.min


def plain_text(xml: str) -> str:
    """The words of a bill's CAML XML, one paragraph a line."""
    text = re.sub(r"</(p|caml:p|Content|section|bill:Section)>", "\n", xml, flags=re.I)
    text = _TAGS.sub(" ", text)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    lines = (_SPACE.sub(" ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
