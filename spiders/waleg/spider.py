"""Washington State Legislature: the Legislature's own web services (wslwebservices.leg.wa.gov).

Lists every status change of the biennium since the source's cursor
(`GetLegislativeStatusChangesByDateRange`, one call per date window), fetches each changed bill
once (`GetLegislation`, keyed by biennium and bill number: the `BillId` changes as substitutes
and engrossed versions appear) and, for bills the tracker's triage finds worth it, its whole
history (`GetLegislativeStatusChangesByBillNumber`). No key is needed. Usage:

    scrapy crawl waleg -a source=official-wa
    scrapy crawl waleg -a source=official-wa -a biennium=2025-26 -a protocol=soap
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import scrapy
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.internet.error import TCPTimedOutError, TimeoutError  # noqa: A004
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from spiders.waleg.wsl import (
    WslError,
    error_text,
    flag,
    parse_rows,
    request_parts,
    text,
    wsl_datetime,
)

TZ = ZoneInfo("America/Los_Angeles")  # the services give Olympia wall-clock times
APPOINTMENTS = 9000  # numbers from 9000 are gubernatorial appointments, not bills
_NUMBER = re.compile(r"(\d+)\s*$")
# "2ESSB 5000" -> "SB 5000", "E2SHB 1000" -> "HB 1000", "SHJR 4200" -> "HJR 4200": the leading
# engrossed (E, 2E) and substitute (S, 2S) marks name a version of the bill, not another bill.
_VERSION_MARKS = re.compile(r"^(?:\d?E)?(?:\d?S)?(?=[HS][A-Z]*\s*\d)")
_TALLY = re.compile(
    r"yeas,\s*(\d+);\s*nays,\s*(\d+)(?:;\s*absent,\s*(\d+))?(?:;\s*excused,\s*(\d+))?", re.I
)


def biennium_of(day: date) -> str:
    """ "2025-26" for any day of 2025 or 2026."""
    first = day.year if day.year % 2 else day.year - 1
    return f"{first}-{(first + 1) % 100:02d}"


def biennium_years(biennium: str) -> tuple[int, int]:
    found = re.fullmatch(r"(\d{4})-(\d{2})", biennium.strip())
    if not found:
        raise ValueError(f"waleg: a biennium looks like 2025-26, not {biennium!r}")
    first = int(found.group(1))
    return first, first + 1


def base_identifier(bill_id: str) -> str:
    """The bill a version belongs to: "ESHB 1234" -> "HB 1234"."""
    return _VERSION_MARKS.sub("", " ".join(bill_id.split()))


def actor_of(status: str | None) -> tuple[str | None, str | None]:
    """Who acted, read from the status code the action left ("H Passed 3rd", "S Rules 2",
    "Gov Signed", "C 45 L 25"): (actor, actor kind)."""
    code = (status or "").strip()
    if re.match(r"^(gov|c \d+ l \d+|del to gov|governor)", code, re.I):
        return "Governor", "executive"
    if re.match(r"^H\b|^H[A-Z]", code):
        return "House", "chamber"
    if re.match(r"^S\b|^S[A-Z]", code):
        return "Senate", "chamber"
    return None, None


def vote_of(line: str) -> dict[str, Any] | None:
    """The tally a history line carries ("Third reading, passed; yeas, 83; nays, 13; absent, 0;
    excused, 2.")."""
    found = _TALLY.search(line)
    if not found:
        return None
    yes, no, absent, excused = (int(g) if g else 0 for g in found.groups())
    head = line[: found.start()].lower()
    result = (
        "fail" if "failed" in head else "pass" if "passed" in head or "adopted" in head else None
    )
    return {
        "motion": line[: found.start()].strip(" ;,.") or None,
        "result": result,
        "yes": yes,
        "no": no,
        "other": absent + excused,
    }


def parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=TZ)


class WashingtonSpider(TrackerSpider):
    name = "waleg"
    vocabulary = "waleg"
    precedence = 10
    # The Legislature publishes no rate limit; one or two requests at a time, a second apart.
    custom_settings = {
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
        "DOWNLOAD_DELAY": 1.0,
        "AUTOTHROTTLE_ENABLED": True,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.api_url = str(a.get("api_url") or "https://wslwebservices.leg.wa.gov").rstrip("/")
        self.web_url = str(a.get("web_url") or "https://app.leg.wa.gov").rstrip("/")
        self.protocol = str(a.get("protocol") or "get").lower()
        if self.protocol not in ("get", "soap"):
            raise ValueError("waleg: protocol is get or soap")
        self.biennium = str(a.get("biennium") or biennium_of(datetime.now(TZ).date()))
        self.first_year, self.second_year = biennium_years(self.biennium)
        self.overlap = timedelta(days=float(a.get("overlap_days", 1)))
        self.window = timedelta(days=float(a.get("window_days", 31)))
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self._triage = None
        self._windows: list[tuple[datetime, datetime]] = []
        self._asked: set[int] = set()
        self._crawl_end: datetime | None = None

    # --- requests -------------------------------------------------------------------------

    def call(self, op: str, callback: Any, errback: Any, **params: str) -> scrapy.Request:
        url, method, headers, body = request_parts(
            self.api_url, "LegislationService", op, params, self.protocol
        )
        return scrapy.Request(
            url,
            method=method,
            headers=headers,
            body=body,
            callback=callback,
            errback=errback,
            dont_filter=True,
        )

    def biennium_start(self) -> datetime:
        # Prefiling opens in December before the first session year.
        return datetime(self.first_year - 1, 11, 1, tzinfo=TZ)

    def plan_windows(self, now: datetime) -> list[tuple[datetime, datetime]]:
        begin = self.biennium_start()
        if self.cursor:
            since = parse_when(self.cursor)
            if since is not None:
                begin = max(begin, since - self.overlap)
        end = min(now, datetime(self.second_year, 12, 31, 23, 59, 59, tzinfo=TZ))
        windows = []
        while begin < end:
            stop = min(begin + self.window, end)
            windows.append((begin, stop))
            begin = stop
        return windows

    def window_request(self, index: int) -> scrapy.Request:
        begin, end = self._windows[index]
        request = self.call(
            "GetLegislativeStatusChangesByDateRange",
            self.parse_window,
            self.listing_failed,
            biennium=self.biennium,
            beginDate=wsl_datetime(begin),
            endDate=wsl_datetime(end),
        )
        request.cb_kwargs["index"] = index
        return request

    def bill_request(self, biennium: str, number: int) -> scrapy.Request:
        request = self.call(
            "GetLegislation",
            self.parse_legislation,
            self.bill_failed,
            biennium=biennium,
            billNumber=str(number),
        )
        request.cb_kwargs.update(biennium=biennium, number=number)
        request.priority = 10  # the bills of the window in hand before the next window
        return request

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        self._crawl_end = datetime.now(TZ).replace(microsecond=0)
        self._windows = self.plan_windows(self._crawl_end)
        if self._windows:
            yield self.window_request(0)
        else:
            self.listing_complete = True  # the biennium is over and was crawled to its end
        for platform_id in self.retry_ids:
            biennium, _, number = str(platform_id).partition("/")
            if not number.isdigit():
                continue
            if biennium == self.biennium:
                self._asked.add(int(number))  # the listing need not ask for it again
            yield self.bill_request(biennium, int(number))

    # --- parsing --------------------------------------------------------------------------

    def parse_window(self, response: Response, index: int) -> Iterator[Any]:
        begin, end = self._windows[index]
        try:
            rows = parse_rows(response.body, "LegislativeStatus")
        except WslError as exc:
            self.fail(f"status changes {begin:%Y-%m-%d}..{end:%Y-%m-%d}: {exc} ({response.url})")
            return
        for row in rows:
            bill_id = text(row, "BillId") or ""
            found = _NUMBER.search(bill_id)
            if not found:
                self.count_error(f"status change without a bill number: {bill_id!r}")
                continue
            number = int(found.group(1))
            if number >= APPOINTMENTS or number in self._asked:
                continue
            self._asked.add(number)
            yield self.bill_request(self.biennium, number)
        if index + 1 < len(self._windows):
            yield self.window_request(index + 1)
        elif self.fatal_error is None:
            self.listing_complete = True
            self.new_cursor = self._crawl_end.isoformat() if self._crawl_end else None

    def parse_legislation(self, response: Response, biennium: str, number: int) -> Iterator[Any]:
        platform_id = f"{biennium}/{number}"
        try:
            versions = parse_rows(response.body, "Legislation")
        except WslError as exc:
            self.count_error(f"bill {platform_id}: {exc}; kept for the next crawl", platform_id)
            return
        if not versions:
            self.count_error(f"bill {platform_id}: GetLegislation answered no bill", platform_id)
            return
        item = self.bill_item(versions, biennium, number)
        if item is None:
            self.count_error(f"bill {platform_id}: no description to title it", platform_id)
            return
        verdict = self._triage(item["title"], item.get("summary"))  # type: ignore[misc]
        if verdict == "no":
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        first, second = biennium_years(biennium)
        request = self.call(
            "GetLegislativeStatusChangesByBillNumber",
            self.parse_history,
            self.bill_failed,
            billNumber=str(number),
            biennium=biennium,
            beginDate=wsl_datetime(date(first - 1, 11, 1)),
            endDate=wsl_datetime(date(second, 12, 31)),
        )
        request.cb_kwargs["item"] = item
        request.priority = 20
        yield request

    def bill_item(self, versions: list[Any], biennium: str, number: int) -> dict[str, Any] | None:
        """The bill as its newest floor version describes it (the one flagged Active)."""
        active = [v for v in versions if flag(v, "Active")] or versions
        main = active[-1]
        bill_id = (
            text(main, "BillId")
            or f"{text(main, 'ShortLegislationType/ShortLegislationType') or ''} {number}"
        )
        title = (
            text(main, "LongDescription")
            or text(main, "ShortDescription")
            or text(main, "LegalTitle")
        )
        if not title:
            return None
        legal = text(main, "LegalTitle")
        introduced = parse_when(text(main, "IntroducedDate"))
        first, second = biennium_years(biennium)
        return self.base_item(
            session=biennium,
            session_start_year=first,
            session_end_year=second,
            identifier=base_identifier(bill_id),
            platform_id=f"{biennium}/{number}",
            url=f"{self.web_url}/billsummary?BillNumber={number}&Year={first}&Initiative=false",
            title=title,
            summary=legal if legal and legal != title else None,
            measure_type=text(main, "ShortLegislationType/LongLegislationType"),
            raw_status=text(main, "CurrentStatus/Status"),
            introduced_date=introduced.date().isoformat() if introduced else None,
            modified=text(main, "CurrentStatus/ActionDate"),
        )

    def parse_history(self, response: Response, item: dict[str, Any]) -> Iterator[Any]:
        try:
            rows = parse_rows(response.body, "LegislativeStatus")
        except WslError as exc:
            self.count_error(
                f"{item['identifier']}: history: {exc}; kept for the next crawl",
                item["platform_id"],
            )
            return
        item["actions"] = [a for a in map(self.action, rows) if a]
        yield item

    def action(self, row: Any) -> dict[str, Any] | None:
        when = parse_when(text(row, "ActionDate"))
        line = text(row, "HistoryLine")
        if when is None or not line:
            return None  # an undated or empty line cannot be placed in the history
        status = text(row, "Status")
        actor, kind = actor_of(status)
        has_time = (when.hour, when.minute, when.second) != (0, 0, 0)
        return {
            "date": when.date().isoformat(),
            "occurred_at": when.isoformat() if has_time else None,
            "actor": actor,
            "actor_kind": kind,
            "description": line,
            "text": text(row, "BillId"),  # the version that acted ("ESHB 1234")
            "classification": [status] if status else [],
            "vote": vote_of(line),
        }

    # --- failures -------------------------------------------------------------------------

    def describe(self, failure: Failure) -> str:
        if failure.check(HttpError):
            response = failure.value.response
            retries = failure.request.meta.get("retry_times", 0)
            tail = f" after {retries} retries" if retries else ""
            return f"HTTP {response.status}{tail}: {error_text(response.body)}"
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            return f"timed out after {getattr(self, 'download_timeout', 'the download timeout')}s"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"status changes failed ({failure.request.url}): {self.describe(failure)}")

    def bill_failed(self, failure: Failure) -> None:
        kwargs = failure.request.cb_kwargs
        item = kwargs.get("item") or {}
        platform_id = item.get("platform_id") or f"{kwargs.get('biennium')}/{kwargs.get('number')}"
        self.count_error(
            f"bill {platform_id}: {failure.request.url} failed: {self.describe(failure)}; "
            "kept for the next crawl",
            platform_id,
        )
