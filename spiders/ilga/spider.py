"""Illinois General Assembly from its bill-status XML, one file per bill, under
https://www.ilga.gov/ftp/legislation/<GA>/BillStatus/XML/ (`10400HB5234.xml`).

The folder listing is the changed-since signal: each file's listed time. A crawl reads the
listing, then every file listed at or after the cursor (all of them the first time); the new
cursor is the newest time listed. Files that failed are asked for by name next time. The XML's
actions are flat date / chamber / action triplets.

    scrapy crawl ilga -a source=official-il
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider

# "10400HB5234.xml": General Assembly, a two-digit session code, document type, number.
FILE = re.compile(r"^(\d{2,3})(\d{2})([A-Z]+)(\d+)\.xml$", re.I)
_LINK = re.compile(r"""<a\s[^>]*href\s*=\s*["']?([^"' >]+)""", re.I)
_US_TIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\s+(\d{1,2}):(\d{2})\s*([AP]M)?", re.I)
_ISO_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})")
_TALLY = re.compile(r"(\d{3})-(\d{3})-(\d{3})\s*$")
_TITLE_ID = re.compile(r"for\s+([A-Z]+)\s*(\d+)\s*$")


def listed_time(text: str) -> str | None:
    """A folder listing's time ("2/5/2026  3:05 PM" or "2026-02-05 15:05") as ISO minutes."""
    found = _US_TIME.search(text)
    if found:
        month, day, year, hour, minute, half = found.groups()
        hour = int(hour) % 12 + (12 if (half or "").upper() == "PM" else 0) if half else int(hour)
        return f"{year}-{int(month):02d}-{int(day):02d}T{hour:02d}:{minute}"
    found = _ISO_TIME.search(text)
    if found:
        year, month, day, hour, minute = found.groups()
        return f"{year}-{month}-{day}T{int(hour):02d}:{minute}"
    return None


def listing_entries(html: str) -> dict[str, str]:
    """Bill-status file name -> listed time. Each entry's line (IIS: `<br>`-separated) or table
    row holds one link and its time."""
    out = {}
    for chunk in re.split(r"<br\s*/?>|</tr>|\n", html, flags=re.I):
        link = _LINK.search(chunk)
        when = listed_time(re.sub(r"<[^>]+>", " ", chunk))
        if not link or not when:
            continue
        name = link.group(1).rsplit("/", 1)[-1]
        if FILE.match(name):
            out[name] = when
    return out


def us_date(text: str | None) -> str | None:
    try:
        return datetime.strptime((text or "").strip(), "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


def words(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


class ILGASpider(TrackerSpider):
    name = "ilga"
    vocabulary = "ilga"
    precedence = 10

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        default = "https://www.ilga.gov/ftp/legislation"
        self.base_url = str(a.get("base_url") or default).rstrip("/")
        self.web_url = str(a.get("web_url") or "https://www.ilga.gov").rstrip("/")
        self.ga = int(a.get("ga") or 104)  # the 104th General Assembly sits 2025-2026
        self.gaid = a.get("gaid")  # the web site's ids for the GA, for bill page links
        self.session_id = a.get("session_id")
        self._triage = None

    @property
    def folder(self) -> str:
        return f"{self.base_url}/{self.ga}/BillStatus/XML"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        yield scrapy.Request(
            f"{self.folder}/",
            callback=self.parse_listing,
            errback=self.listing_failed,
            dont_filter=True,
        )
        for name in self.retry_ids:
            if FILE.match(name):
                yield self.file_request(name)

    def file_request(self, name: str) -> scrapy.Request:
        return scrapy.Request(
            f"{self.folder}/{name}",
            callback=self.parse_bill,
            errback=self.bill_failed,
            cb_kwargs={"name": name},
            dont_filter=True,
        )

    def parse_listing(self, response: Response) -> Iterator[Any]:
        entries = listing_entries(response.text)
        if not entries:
            self.fail(f"bill-status listing {response.url}: no bill files found (page changed?)")
            return
        retrying = set(self.retry_ids)
        # At or after the cursor: a file changed later in the cursor's own minute is not missed.
        for name, when in sorted(entries.items(), key=lambda e: e[1]):
            if name not in retrying and (not self.cursor or when >= self.cursor):
                yield self.file_request(name)
        self.listing_complete = True
        self.new_cursor = max(filter(None, [self.cursor, max(entries.values())]))

    def parse_bill(self, response: Response, name: str) -> Iterator[Any]:
        try:
            root = ET.fromstring(response.body)
            item = self.bill_item(root, name)
        except (ET.ParseError, ValueError) as exc:
            self.count_error(
                f"{name}: malformed bill-status XML ({exc}); kept for the next crawl", name
            )
            return
        if self._triage(item["title"], item.get("summary")) == "no":  # type: ignore[misc]
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        item["actions"] = self.actions(root, name)
        yield item

    def bill_item(self, root: ET.Element, name: str) -> dict[str, Any]:
        found = FILE.match(name)
        if root.tag != "xml" or found is None:
            raise ValueError(f"not a bill-status document (root <{root.tag}>)")
        doc_type, number = found.group(3).upper(), int(found.group(4))
        shown = _TITLE_ID.search(words(root.find("title")))
        identifier = f"{shown.group(1)} {shown.group(2)}" if shown else f"{doc_type}{number}"
        synopses = [words(s) for s in root.iter("SynopsisText")]
        dates = [us_date(d.text) for d in root.iterfind("actions/statusdate")]
        if self.gaid and self.session_id:
            url = (
                f"{self.web_url}/Legislation/BillStatus?DocNum={number}&GAID={self.gaid}"
                f"&DocTypeID={doc_type}&SessionID={self.session_id}"
            )
        else:
            url = f"{self.folder}/{name}"
        start = 2 * self.ga + 1817  # the 104th General Assembly: 2025-2026
        return self.base_item(
            session=str(self.ga),
            session_start_year=start,
            session_end_year=start + 1,
            identifier=identifier,
            platform_id=name,
            url=url,
            title=words(root.find("shortdesc")) or None,
            summary=next((s for s in synopses if s), None),
            measure_type=doc_type,
            raw_status=words(root.find("lastaction/action")) or None,
            introduced_date=next((d for d in dates if d), None),
        )

    def actions(self, root: ET.Element, name: str) -> list[dict[str, Any]]:
        """The flat <statusdate/><chamber/><action/> triplets, in order."""
        out: list[dict[str, Any]] = []
        current: dict[str, str] = {}
        block = root.find("actions")
        for child in list(block) if block is not None else []:
            if child.tag == "statusdate":
                current = {"date": child.text or ""}
            elif child.tag in ("chamber", "action") and current:
                current[child.tag] = words(child)
            if child.tag != "action":
                continue
            when = us_date(current.get("date"))
            text = current.get("action")
            if not when or not text:
                self.logger.warning("%s: an action without date or text skipped", name)
                current = {}
                continue
            action: dict[str, Any] = {
                "date": when,
                "actor": current.get("chamber") or None,
                "actor_kind": "chamber",
                "description": text,
            }
            tally = _TALLY.search(text)
            if tally:
                yes, no, present = (int(g) for g in tally.groups())
                failed = re.search(r"\b(lost|failed)\b", text, re.I)
                action["vote"] = {
                    "result": "fail" if failed else "pass",
                    "yes": yes,
                    "no": no,
                    "other": present,
                }
            out.append(action)
            current = {}
        return out

    # --- failures -----------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"bill-status listing {failure.request.url} failed: {self.describe(failure)}")

    def bill_failed(self, failure: Failure) -> None:
        name = failure.request.cb_kwargs["name"]
        self.count_error(f"{name} failed: {self.describe(failure)}; kept for the next crawl", name)
