"""Texas Legislature from its bill-history XML on the Legislature's FTP site.

The Texas Legislative Council asks bulk users to take the FTP files, not the web pages
(capitol.texas.gov blocks data mining). The tree is
`bills/<session>/billhistory/<bill type>/<group of 100>/<bill>.xml` (sessions `89R`, `891`).
A crawl walks the tree with LIST (one request per folder) and fetches every history file whose
listed time is at or after the cursor (all of them the first time); the new cursor is the newest
time listed. Files that failed are fetched by name next time.

    scrapy crawl txlege -a source=official-tx
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.internet.error import TCPTimedOutError, TimeoutError  # noqa: A004
from twisted.python.failure import Failure

from spiders.base import TrackerSpider

# IIS (MS-DOS style) LIST lines: "11-12-24  08:15AM       <DIR>          HB00001_HB00099".
_LIST_LINE = re.compile(
    r"^(\d{2})-(\d{2})-(\d{2,4})\s+(\d{1,2}):(\d{2})\s*([AP]M)?\s+(<DIR>|\d+)\s+(.+?)\s*$", re.I
)
_SESSION = re.compile(r"^(\d{2,3})([R\d])$", re.I)
_FILE = re.compile(r"^([A-Z]{2,3})(\d+)\.xml$", re.I)
FILE_KINDS = {"HC": "HCR", "HJ": "HJR", "SC": "SCR", "SJ": "SJR"}  # file names drop the R
ACTORS = {"H": ("House", "chamber"), "S": ("Senate", "chamber"), "E": ("Governor", "executive")}
DEFAULT_TYPES = (
    "house_bills",
    "house_joint_resolutions",
    "house_concurrent_resolutions",
    "house_resolutions",
    "senate_bills",
    "senate_joint_resolutions",
    "senate_concurrent_resolutions",
    "senate_resolutions",
)


def list_entries(text: str) -> list[tuple[bool, str, str]]:
    """(is folder, name, listed time as ISO minutes) for each LIST line in the IIS format."""
    out = []
    for line in text.splitlines():
        found = _LIST_LINE.match(line.strip())
        if not found:
            continue
        month, day, year, hour, minute, half, size, name = found.groups()
        year = int(year) + (2000 if len(year) == 2 else 0)
        hour = int(hour) % 12 + (12 if (half or "").upper() == "PM" else 0) if half else int(hour)
        when = f"{year}-{month}-{day}T{hour:02d}:{minute}"
        out.append((size.upper() == "<DIR>", name, when))
    return out


def session_years(session: str) -> tuple[int | None, int | None]:
    """("89R") -> (2025, None); ("891") -> (2025, 1): the Nth Legislature sits from 2N + 1847."""
    found = _SESSION.match(session)
    if not found:
        return None, None
    start = 2 * int(found.group(1)) + 1847
    called = found.group(2)
    return start, (int(called) if called.isdigit() else None)


def us_date(text: str | None) -> str | None:
    try:
        return datetime.strptime((text or "").strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


class TXLegeSpider(TrackerSpider):
    name = "txlege"
    vocabulary = "txlege"
    precedence = 10
    custom_settings = {
        "DOWNLOAD_HANDLERS": {"ftp": "spiders.txlege.ftp.FTPListingHandler"},
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.ftp_url = str(a.get("ftp_url") or "ftp://ftp.legis.state.tx.us").rstrip("/")
        self.web_url = str(a.get("web_url") or "https://capitol.texas.gov").rstrip("/")
        self.session = str(a.get("session") or "89R").upper()
        types = a.get("types")
        self.types = tuple(types.split(",")) if isinstance(types, str) else DEFAULT_TYPES
        self._pending = 0  # folder listings not yet answered
        self._newest: str | None = None
        self._triage = None

    @property
    def root(self) -> str:
        return f"{self.ftp_url}/bills/{self.session}/billhistory"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        yield self.list_request(f"{self.root}/", depth=0)
        for path in self.retry_ids:
            yield self.file_request(path)

    def list_request(self, url: str, depth: int) -> scrapy.Request:
        self._pending += 1
        return scrapy.Request(
            url,
            callback=self.parse_list,
            errback=self.listing_failed,
            cb_kwargs={"depth": depth},
            dont_filter=True,
            meta={"ftp_user": "anonymous", "ftp_password": "anonymous@"},
        )

    def file_request(self, path: str) -> scrapy.Request:
        return scrapy.Request(
            f"{self.ftp_url}/{path}",
            callback=self.parse_history,
            errback=self.file_failed,
            cb_kwargs={"path": path},
            dont_filter=True,
            priority=10,
            meta={"ftp_user": "anonymous", "ftp_password": "anonymous@"},
        )

    # --- the tree -----------------------------------------------------------------------------

    def parse_list(self, response: Response, depth: int) -> Iterator[Any]:
        self._pending -= 1
        entries = list_entries(response.text)
        if not entries and depth < 2:
            self.fail(f"FTP listing {response.url}: no entries in a format we know")
            return
        base = response.url.rstrip("/")
        retrying = set(self.retry_ids)
        for is_folder, name, when in entries:
            if depth == 0 and is_folder and name.lower() in self.types:
                yield self.list_request(f"{base}/{name}/", depth=1)
            elif depth == 1 and is_folder:
                yield self.list_request(f"{base}/{name}/", depth=2)
            elif depth == 2 and not is_folder and _FILE.match(name):
                self._newest = max(filter(None, [self._newest, when]))
                path = f"{base}/{name}"[len(self.ftp_url) + 1 :]
                # At or after the cursor: a file changed later in the cursor's minute is read.
                if path not in retrying and (not self.cursor or when >= self.cursor):
                    yield self.file_request(path)
        if self._pending == 0 and self.fatal_error is None:
            self.listing_complete = True
            self.new_cursor = max(filter(None, [self.cursor, self._newest]), default=None)

    # --- one bill -----------------------------------------------------------------------------

    def parse_history(self, response: Response, path: str) -> Iterator[Any]:
        try:
            root = ET.fromstring(response.body)
            if root.tag != "billhistory":
                raise ValueError(f"root <{root.tag}>, not <billhistory>")
            item = self.bill_item(root, path)
        except (ET.ParseError, ValueError) as exc:
            self.count_error(
                f"{path}: malformed bill history ({exc}); kept for the next crawl", path
            )
            return
        if item is None:
            return
        if self._triage(item["title"], None) == "no":  # type: ignore[misc]
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        item["actions"] = [a for a in map(self.action, root.iterfind("actions/action")) if a]
        yield item

    def bill_item(self, root: ET.Element, path: str) -> dict[str, Any] | None:
        caption = " ".join((root.findtext("caption") or "").split())
        if not caption or caption.lower() == "bill does not exist":
            self.logger.info("%s: no bill (caption %r)", path, caption)
            return None
        name = path.rsplit("/", 1)[-1]
        found = _FILE.match(name)
        label = (root.get("bill") or "").split(maxsplit=1)  # "89(R) HB 1" -> "HB 1"
        if len(label) == 2:
            identifier = label[1]
        elif found:
            identifier = f"{FILE_KINDS.get(found.group(1).upper(), found.group(1).upper())}"
            identifier += str(int(found.group(2)))
        else:
            raise ValueError("no bill number in the file or its name")
        start, called = session_years(self.session)
        dates = [us_date(a.findtext("date")) for a in root.iterfind("actions/action")]
        compact = identifier.replace(" ", "")
        return self.base_item(
            session=self.session,
            session_start_year=start,
            session_end_year=start,
            session_special=called,
            identifier=identifier,
            platform_id=path,
            url=f"{self.web_url}/BillLookup/History.aspx?LegSess={self.session}&Bill={compact}",
            title=caption,
            measure_type=identifier.split()[0] if " " in identifier else None,
            raw_status=" ".join((root.findtext("lastaction") or "").split()) or None,
            introduced_date=next((d for d in dates if d), None),
            modified=root.get("lastUpdate"),
        )

    def action(self, element: ET.Element) -> dict[str, Any] | None:
        when = us_date(element.findtext("date"))
        text = " ".join((element.findtext("description") or "").split())
        if not when or not text:
            return None
        number = (element.findtext("actionNumber") or "").strip()
        actor, kind = ACTORS.get(number[:1].upper(), (None, None))
        comment = " ".join((element.findtext("comment") or "").split())
        return {
            "date": when,
            "actor": actor,
            "actor_kind": kind,
            "description": text,
            "text": comment or None,
            "classification": [],
        }

    # --- failures -----------------------------------------------------------------------------

    def describe(self, failure: Failure) -> str:
        if failure.check(HttpError):
            retries = failure.request.meta.get("retry_times", 0)
            tail = f" after {retries} retries" if retries else ""
            status = failure.value.response.status
            return f"FTP answer mapped to {status}{tail}"
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            return "timed out"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"

    def listing_failed(self, failure: Failure) -> None:
        self._pending -= 1
        self.fail(f"FTP listing {failure.request.url} failed: {self.describe(failure)}")

    def file_failed(self, failure: Failure) -> None:
        path = failure.request.cb_kwargs["path"]
        self.count_error(f"{path} failed: {self.describe(failure)}; kept for the next crawl", path)
