"""New York State Legislature through the Senate's Open Legislation API v3.

The first crawl lists the whole session (`/bills/{year}`, 1000 bills a page, summary view); later
crawls read the bills updates feed from the cursor (`/bills/updates/{from}`, processed times)
and fetch each changed bill of the session once. The triage decides which bills deserve their
history and text; the API gives both in one response. Needs a free key (NYSENATE_API_KEY).

    scrapy crawl nysenate -a source=official-ny
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

import scrapy
from scrapy import signals
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.internet.error import TCPTimedOutError, TimeoutError  # noqa: A004
from twisted.python.failure import Failure

from spiders.base import TrackerSpider

PAGE = 1000  # the API's largest page
NEW_YORK = ZoneInfo("America/New_York")  # the feed's times are local, without a zone
VOTE_CODES = {
    "AYE": "yes",
    "AYEWR": "yes",  # aye with reservations
    "NAY": "no",
    "EXC": "excused",
    "ABS": "absent",
    "ABD": "abstain",
}


class KeyRedactor(logging.Filter):
    """Scrapy's own log lines name request URLs ("Gave up retrying <GET ...?key=...>"): the key
    must not reach the log. Installed on the log handlers while the spider runs."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.key in message:
            record.msg, record.args = message.replace(self.key, "***"), None
        return True


class APIError(ValueError):
    """A reply that is not the API's success envelope."""


def session_year(value: Any, today: datetime | None = None) -> int:
    """The odd first year of a two-year session: 2026 -> 2025."""
    year = int(value) if value else (today or datetime.now(NEW_YORK)).year
    return year if year % 2 else year - 1


class NYSenateSpider(TrackerSpider):
    name = "nysenate"
    vocabulary = "nysenate"
    precedence = 10
    requires_env = ("NYSENATE_API_KEY",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.api_url = str(a.get("api_url") or "https://legislation.nysenate.gov/api/3").rstrip("/")
        self.web_url = str(a.get("web_url") or "https://www.nysenate.gov").rstrip("/")
        self.key = a.get("api_key") or os.environ.get("NYSENATE_API_KEY") or ""
        self.session_year = session_year(a.get("session_year"))
        self.page_size = min(int(a.get("page_size", PAGE)), PAGE)
        self._triage = None
        self._asked: set[str] = set()  # bills fetched this crawl (the feed repeats them)
        self._newest: str | None = None

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> NYSenateSpider:  # noqa: ANN001
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.hide_key, signal=signals.spider_opened)
        crawler.signals.connect(spider.unhide_key, signal=signals.spider_closed)
        return spider

    def hide_key(self) -> None:
        if self.key:
            self._redactor = KeyRedactor(self.key)
            for handler in logging.getLogger().handlers:
                handler.addFilter(self._redactor)

    def unhide_key(self) -> None:
        redactor = getattr(self, "_redactor", None)
        for handler in logging.getLogger().handlers if redactor else []:
            handler.removeFilter(redactor)

    # --- requests -----------------------------------------------------------------------------

    def api(self, path: str, **params: Any) -> str:
        params["key"] = self.key
        return f"{self.api_url}/{path}?{urlencode(params)}"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        if not self.key:
            self.fail(
                "nysenate: no API key; set NYSENATE_API_KEY (free at legislation.nysenate.gov)"
            )
            return
        if self.cursor:
            yield self.updates_request(1)
        else:
            # A full listing; the next crawl reads the feed from the moment this one began.
            self._newest = datetime.now(NEW_YORK).replace(tzinfo=None, microsecond=0).isoformat()
            yield self.listing_request(1)
        for platform_id in self.retry_ids:
            base, _, year = platform_id.rpartition("-")
            if base and year.isdigit():
                yield self.bill_request(base, int(year))

    def listing_request(self, offset: int) -> scrapy.Request:
        return scrapy.Request(
            self.api(f"bills/{self.session_year}", limit=self.page_size, offset=offset),
            callback=self.parse_listing,
            errback=self.listing_failed,
            dont_filter=True,
            priority=-offset,
        )

    def updates_request(self, offset: int) -> scrapy.Request:
        since = quote(str(self.cursor), safe="")
        return scrapy.Request(
            self.api(
                f"bills/updates/{since}",
                type="processed",
                order="asc",
                limit=self.page_size,
                offset=offset,
            ),
            callback=self.parse_updates,
            errback=self.listing_failed,
            dont_filter=True,
            priority=-offset,
        )

    def bill_request(self, base: str, year: int, force: bool = True) -> scrapy.Request:
        self._asked.add(f"{base}-{year}")
        return scrapy.Request(
            self.api(f"bills/{year}/{base}", view="default"),
            callback=self.parse_bill,
            errback=self.bill_failed,
            cb_kwargs={"platform_id": f"{base}-{year}", "force": force},
            dont_filter=True,
            priority=10,
        )

    # --- parsing ------------------------------------------------------------------------------

    def envelope(self, response: Response, what: str) -> dict[str, Any]:
        """The API's reply, or APIError naming what went wrong (bad JSON, error envelope)."""
        try:
            body = json.loads(response.text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise APIError(f"{what}: malformed JSON from {response.url} ({exc})") from None
        if not isinstance(body, dict) or body.get("success") is not True:
            if isinstance(body, dict):
                code, message = body.get("errorCode"), body.get("message")
                detail = f"error {code}: {message}"
            else:
                detail = "not the API's envelope"
            raise APIError(f"{what}: Open Legislation answered {detail}")
        return body

    def next_offset(self, body: dict[str, Any]) -> int | None:
        if body.get("responseType") == "empty list":
            return None
        end, total = body.get("offsetEnd") or 0, body.get("total") or 0
        start = body.get("offsetStart") or 0
        return end + 1 if start <= end < total else None

    def parse_listing(self, response: Response) -> Iterator[Any]:
        try:
            body = self.envelope(response, "bill listing")
            rows = body["result"]["items"]
        except (APIError, KeyError, TypeError) as exc:
            self.fail(str(exc) if isinstance(exc, APIError) else f"bill listing: {exc!r}")
            return
        for row in rows:
            yield from self.listed(row)
        offset = self.next_offset(body)
        if offset is not None:
            yield self.listing_request(offset)
        elif self.fatal_error is None:
            self.finish_listing()

    def listed(self, row: dict[str, Any]) -> Iterator[Any]:
        if not isinstance(row, dict) or not row.get("basePrintNo"):
            self.count_error(f"bill listing row without basePrintNo: {str(row)[:200]}")
            return
        item = self.bill_item(row)
        if self._triage(item["title"], item.get("summary")) == "no":  # type: ignore[misc]
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        yield self.bill_request(row["basePrintNo"], int(row.get("session") or self.session_year))

    def parse_updates(self, response: Response) -> Iterator[Any]:
        try:
            body = self.envelope(response, "bills updates")
            tokens = body["result"]["items"]
        except (APIError, KeyError, TypeError) as exc:
            self.fail(str(exc) if isinstance(exc, APIError) else f"bills updates: {exc!r}")
            return
        for token in tokens:
            ident = (token or {}).get("id") or {}
            base, year = ident.get("basePrintNo"), ident.get("session")
            processed = token.get("processedDateTime")
            if processed and (self._newest or "") < processed:
                self._newest = processed
            # The feed carries every session's bills; only this session's are ours.
            if not base or year != self.session_year or f"{base}-{year}" in self._asked:
                continue
            yield self.bill_request(base, int(year), force=False)
        offset = self.next_offset(body)
        if offset is not None:
            yield self.updates_request(offset)
        elif self.fatal_error is None:
            self.finish_listing()

    def finish_listing(self) -> None:
        self.listing_complete = True
        self.new_cursor = max(filter(None, [self.cursor, self._newest]), default=None)

    def parse_bill(self, response: Response, platform_id: str, force: bool) -> Iterator[Any]:
        try:
            bill = self.envelope(response, f"bill {platform_id}")["result"]
            item = self.bill_item(bill)
        except (APIError, KeyError, TypeError, ValueError) as exc:
            self.count_error(f"bill {platform_id}: {exc}", platform_id)
            return
        verdict = self._triage(item["title"], item.get("summary"))  # type: ignore[misc]
        if verdict == "no" and not force:
            yield item  # a changed bill nobody tracks: its title and status are enough
            return
        active = bill.get("activeVersion") or ""
        amendment = ((bill.get("amendments") or {}).get("items") or {}).get(active) or {}
        item["full_text"] = amendment.get("fullText")
        item["actions"] = self.actions(bill)
        yield item

    def bill_item(self, bill: dict[str, Any]) -> dict[str, Any]:
        base, year = bill["basePrintNo"], int(bill["session"])
        kind = bill.get("billType") or {}
        status = bill.get("status") or {}
        published = bill.get("publishedDateTime") or ""
        return self.base_item(
            session=str(year),
            session_start_year=year,
            session_end_year=year + 1,
            identifier=bill.get("printNo") or base,  # "S609A": identity drops the letter
            platform_id=f"{base}-{year}",
            url=f"{self.web_url}/legislation/bills/{year}/{base}",
            title=bill.get("title"),
            summary=bill.get("summary") or None,
            measure_type="Resolution" if kind.get("resolution") else "Bill",
            raw_status=status.get("statusDesc") or status.get("statusType"),
            introduced_date=published[:10] or None,
        )

    def actions(self, bill: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        for row in (bill.get("actions") or {}).get("items") or []:
            if not row.get("date") or not row.get("text"):
                continue
            version = (row.get("billId") or {}).get("version")
            out.append(
                {
                    "date": row["date"],
                    "actor": (row.get("chamber") or "").title() or None,
                    "actor_kind": "chamber",
                    "description": row["text"],
                    "classification": [],
                    "text": f"Amendment {version}" if version else None,
                }
            )
        for vote in (bill.get("votes") or {}).get("items") or []:
            self.attach_vote(out, vote, bill)
        return out

    def attach_vote(self, actions: list[dict[str, Any]], vote: dict[str, Any], bill: dict) -> None:
        """A roll call goes on the action it decided: the same day's passage (a floor vote) or
        report (a committee vote) in the chamber that voted."""
        on = vote.get("voteDate")
        committee = vote.get("committee") or {}
        floor = vote.get("voteType") == "FLOOR"
        chamber = (committee.get("chamber") or "").title()
        words = ("PASSED", "ADOPTED", "LOST", "DEFEATED") if floor else ("REPORTED", "ORDERED")
        target = next(
            (
                a
                for a in actions
                if a["date"] == on
                and (not chamber or a["actor"] == chamber)
                and any(w in a["description"].upper() for w in words)
            ),
            None,
        )
        if target is None:
            self.logger.info("%s: vote of %s matches no action", bill.get("basePrintNoStr"), on)
            return
        members, tally = [], {"yes": 0, "no": 0, "other": 0}
        for code, group in ((vote.get("memberVotes") or {}).get("items") or {}).items():
            said = VOTE_CODES.get(code, "other")
            for member in (group or {}).get("items") or []:
                members.append({"name": member.get("shortName") or "?", "vote": said})
                tally[said if said in ("yes", "no") else "other"] += 1
        motion = "Floor vote" if floor else f"Committee vote: {committee.get('name') or '?'}"
        target["vote"] = {"motion": motion, **tally, "members": members}

    # --- failures -----------------------------------------------------------------------------

    def describe(self, failure: Failure) -> str:
        if failure.check(HttpError):
            response = failure.value.response
            retries = failure.request.meta.get("retry_times", 0)
            tail = f" after {retries} retries" if retries else ""
            try:
                message = json.loads(response.text).get("message")
            except (ValueError, AttributeError):
                message = None
            return f"HTTP {response.status}{tail}" + (f" ({message})" if message else "")
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            return "timed out"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"

    def listing_failed(self, failure: Failure) -> None:
        url = failure.request.url.replace(self.key, "***") if self.key else failure.request.url
        self.fail(f"bill listing failed ({url}): {self.describe(failure)}")

    def bill_failed(self, failure: Failure) -> None:
        platform_id = failure.request.cb_kwargs["platform_id"]
        self.count_error(
            f"bill {platform_id} failed: {self.describe(failure)}; kept for the next crawl",
            platform_id,
        )
