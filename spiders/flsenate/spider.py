"""Florida: the Senate's public bill pages (flsenate.gov), crawled slowly.

Florida publishes no API and no changed-since feed. The paged bill list (`/Session/Bills/2026`)
gives each bill's number, title and last action; a bill whose last action is older than the
cursor is skipped, every other one is stored from its list row, and those the tracker's triage
finds worth it get their bill page read for the history (one bulleted cell per date and chamber,
split into separate actions) and the text's address. Usage:

    scrapy crawl flsenate -a source=official-fl
    scrapy crawl flsenate -a source=official-fl -a session=2026
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import scrapy
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider, whole

TZ = ZoneInfo("America/New_York")
BULLET = "\u2022"
_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_CITE = re.compile(r"\s*-\s*([HS]J)\s+(\d+)\s*$")  # the journal page an action is printed on
_TALLY = re.compile(r"YEAS\s+(\d+)\s+NAYS\s+(\d+)", re.I)
_CS = re.compile(r"^(?:(?:CS|\d?E\d?)/)+")  # "CS/CS/SB 1718": committee substitutes of SB 1718
_SESSION = re.compile(r"^(\d{4})([A-Z]?)$")


def us_date(value: str) -> date | None:
    found = _DATE.search(value or "")
    if not found:
        return None
    month, day, year = map(int, found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def split_actions(cell: str) -> list[tuple[str, str | None]]:
    """One history cell's actions: [(text without its journal cite, cite)]."""
    out = []
    for piece in cell.split(BULLET):
        piece = " ".join(piece.split())
        if not piece:
            continue
        cite = _CITE.search(piece)
        if cite:
            piece = piece[: cite.start()].strip()
        if piece:
            out.append((piece, f"{cite.group(1)} {cite.group(2)}" if cite else None))
    return out


def vote_of(action: str) -> dict[str, Any] | None:
    found = _TALLY.search(action)
    if not found:
        return None
    head = action[: found.start()].strip(" ;,")
    lowered = head.lower()
    result = "pass" if ("passed" in lowered or "favorable" in lowered) else None
    if "unfavorable" in lowered or "failed" in lowered:
        result = "fail"
    return {
        "motion": head or None,
        "result": result,
        "yes": int(found.group(1)),
        "no": int(found.group(2)),
    }


def actor_kind(chamber: str) -> str | None:
    low = chamber.lower()
    if low in ("senate", "house"):
        return "chamber"
    if "governor" in low:
        return "executive"
    return None


class FloridaSpider(TrackerSpider):
    name = "flsenate"
    vocabulary = "flsenate"
    precedence = 10
    # One request at a time, about two seconds apart (1-3 s, jittered by Scrapy): the site has
    # blocked fast crawlers since 2025.
    custom_settings = {
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": 2.0,
        "DOWNLOAD_DELAY_JITTER": 0.5,
        "AUTOTHROTTLE_ENABLED": True,
        "TRACKER_RETRY_BACKOFF_BASE": 5.0,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.base_url = str(a.get("base_url") or "https://www.flsenate.gov").rstrip("/")
        self.session = str(a.get("session") or datetime.now(TZ).year)
        found = _SESSION.match(self.session)
        if not found:
            raise ValueError(f"flsenate: a session looks like 2026 or 2026A, not {self.session!r}")
        self.session_year = int(found.group(1))
        self.session_special = ord(found.group(2)) - ord("A") + 1 if found.group(2) else None
        self.overlap = timedelta(days=float(a.get("overlap_days", 2)))
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self._triage = None
        self._asked: set[str] = set()
        self._today = datetime.now(TZ).date()

    # --- requests -------------------------------------------------------------------------

    def list_request(self, url: str, page: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_list,
            errback=self.listing_failed,
            cb_kwargs={"page": page},
            dont_filter=True,
        )

    def bill_request(
        self, url: str, item: dict[str, Any] | None, platform_id: str
    ) -> scrapy.Request:
        return scrapy.Request(
            url.rstrip("/") + "/ByCategory",
            callback=self.parse_bill,
            errback=self.bill_failed,
            cb_kwargs={"item": item, "platform_id": platform_id},
            dont_filter=True,
            priority=10,  # the page in hand's bills before the next list page
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        yield self.list_request(f"{self.base_url}/Session/Bills/{self.session}?chamber=both", 1)
        for platform_id in self.retry_ids:
            self._asked.add(platform_id)
            yield self.bill_request(
                f"{self.base_url}/Session/Bill/{platform_id}", None, platform_id
            )

    def since(self) -> date | None:
        """Bills whose last action is older than this are unchanged since the last crawl."""
        if not self.cursor:
            return None
        try:
            return date.fromisoformat(self.cursor[:10]) - self.overlap
        except ValueError:
            return None

    # --- parsing --------------------------------------------------------------------------

    def parse_list(self, response: Response, page: int) -> Iterator[Any]:
        links = response.xpath("//th/a[contains(@href, '/Session/Bill/')]")
        if not whole(response) or (page == 1 and not links and not response.css("table")):
            self.fail(f"bill list page {page} is cut off or not a bill list ({response.url})")
            return
        since = self.since()
        for link in links:
            row = link.xpath("./ancestor::tr[1]")
            yield from self.listed_bill(link, row, since)
        pages = set(response.css("a.next::attr(href)").getall())
        if len(pages) > 1:
            self.fail(f"bill list page {page} points to {len(pages)} different next pages")
            return
        if pages:
            yield self.list_request(response.urljoin(pages.pop()), page + 1)
        elif self.fatal_error is None:
            self.listing_complete = True
            self.new_cursor = self._today.isoformat()

    def listed_bill(self, link: Any, row: Any, since: date | None) -> Iterator[Any]:
        name = " ".join(link.xpath("string(.)").get().split())
        href = link.attrib.get("href", "")
        found = re.search(r"/Session/Bill/(\w+/\d+)", href)
        cells = row.xpath("./td")
        title = " ".join(cells[0].xpath("string(.)").get().split()) if cells else ""
        if not found or not name or not title:
            self.count_error(f"bill list row without a number, link or title: {name!r} {href!r}")
            return
        platform_id = found.group(1)
        last = " ".join(cells[-1].xpath("string(.)").get().split()) if len(cells) >= 3 else ""
        last_day = us_date(last)
        if since and last_day and last_day < since:
            return  # unchanged since the last crawl
        if platform_id in self._asked:
            return
        self._asked.add(platform_id)
        item = self.base_item(
            session=self.session,
            session_start_year=self.session_year,
            session_end_year=self.session_year,
            session_special=self.session_special,
            identifier=_CS.sub("", name),
            platform_id=platform_id,
            url=urljoin(self.base_url + "/", href),
            title=title,
            raw_status=last.split(BULLET)[-1].strip() if BULLET in last else last or None,
            modified=last_day.isoformat() if last_day else None,
        )
        verdict = self._triage(title, None)  # type: ignore[misc]
        if verdict == "no":
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        yield self.bill_request(item["url"], item, platform_id)

    def parse_bill(
        self, response: Response, item: dict[str, Any] | None, platform_id: str
    ) -> Iterator[Any]:
        table = response.xpath("//div[@id='tabBodyBillHistory']//table")
        if not whole(response) or not table:
            self.count_error(
                f"bill {platform_id}: page cut off or without a history table ({response.url}); "
                "kept for the next crawl",
                platform_id,
            )
            return
        item = item or self.item_from_page(response, platform_id)
        if item is None:
            self.count_error(f"bill {platform_id}: no bill name on {response.url}", platform_id)
            return
        actions = []
        for tr in table[0].xpath("./tbody/tr"):
            cells = tr.xpath("./td")
            if len(cells) < 3:
                continue
            day = us_date(cells[0].xpath("string(.)").get())
            chamber = " ".join(cells[1].xpath("string(.)").get().split())
            if day is None:
                continue  # an undated row cannot be placed in the history
            cell = " ".join(cells[2].xpath(".//text()").getall())
            for text, cite in split_actions(cell):
                actions.append(
                    {
                        "date": day.isoformat(),
                        "actor": chamber or None,
                        "actor_kind": actor_kind(chamber),
                        "description": text,
                        "text": cite,
                        "vote": vote_of(text),
                    }
                )
        item["actions"] = actions
        latest = "//div[@id='tabBodyBillText']//tbody/tr[last()]//a"
        page = response.xpath(f"{latest}[not(contains(@class, 'lnk_PDF'))]/@href").get()
        pdf = response.xpath(f"{latest}[contains(@class, 'lnk_PDF')]/@href").get()
        # Florida's titles are terse ("Immigration", "Unauthorized Aliens"): the text decides.
        yield from self.page_text(
            item, page and response.urljoin(page), pdf and response.urljoin(pdf)
        )

    def item_from_page(self, response: Response, platform_id: str) -> dict[str, Any] | None:
        """A bill asked for by id (a retry): its name and title from the page's heading."""
        heading = " ".join(response.xpath("string(//div[@id='main']//h2[1])").get().split())
        name, _, title = heading.partition("\u2014")
        if not name.strip() or not title.strip():
            return None
        return self.base_item(
            session=self.session,
            session_start_year=self.session_year,
            session_end_year=self.session_year,
            session_special=self.session_special,
            identifier=_CS.sub("", name.strip()),
            platform_id=platform_id,
            url=f"{self.base_url}/Session/Bill/{platform_id}",
            title=title.strip(),
        )

    # --- failures -------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"bill list failed ({failure.request.url}): {self.describe(failure)}")

    def bill_failed(self, failure: Failure) -> None:
        platform_id = failure.request.cb_kwargs.get("platform_id")
        self.count_error(
            f"bill {platform_id}: {failure.request.url} failed: {self.describe(failure)}; "
            "kept for the next crawl",
            platform_id,
        )
