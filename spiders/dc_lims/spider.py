"""DC Council LIMS: the bills and resolutions of the current Council Period.

LIMS has no changed-since query. The spider lists the whole period through the site's public
search (`POST /api/Search/LegislationSearch`, sorted by number, a page at a time), computes a
fingerprint of each search row and compares it with the one stored last time (`known_hashes`,
handed in by the crawl state from MeasureSource.change_hash): only a new or changed row is looked
at, and only a candidate (the tracker's triage) gets its details
(`GET /api/Search/GetLegislationDetails/{number}`: history, votes, hearings). A second search
for legislation with a hearing in the days ahead asks for those bills' details too, changed or
not, so hearings scheduled or moved are seen. LIMS sits behind anti-bot protection: the
registry entry keeps it to one request at a time, seconds apart. Usage:

    scrapy crawl dc_lims -a source=dc-council
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import scrapy
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from tracker.votes import roll_call

DC = ZoneInfo("America/New_York")
WEB_URL = "https://lims.dccouncil.gov"
# Legislation number prefixes (B26-0001, PR26-0012, CER26-0003, CA26-0001 ...).
TYPES = {
    "B": "Bill",
    "PR": "Resolution",
    "R": "Resolution",
    "CER": "Ceremonial Resolution",
    "CA": "Contract",
    "GBM": "Grant Budget Modification",
    "RC": "Reorganization Plan",
}
NUMBER = re.compile(r"^([A-Z]+)(\d+)-(\d+)$")


def council_period(year: int) -> int:
    """The Council Period sitting in YEAR: Period 26 is 2025-2026."""
    start = year if year % 2 == 1 else year - 1
    return (start - 1975) // 2 + 1


def fingerprint(row: dict[str, Any]) -> str:
    """What the search shows of a bill, hashed: any change in it means the bill changed."""
    return hashlib.sha1(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()[:20]


def parse_day(entry: dict[str, Any]) -> datetime | None:
    """A history entry's date: `sortDate` (ISO, local) or `date` ("Jan 06, 2025")."""
    for value, fmt in ((entry.get("sortDate"), None), (entry.get("date"), "%b %d, %Y")):
        if not isinstance(value, str) or not value.strip():
            continue
        try:
            moment = (
                datetime.fromisoformat(value.strip())
                if fmt is None
                else datetime.strptime(value.strip(), fmt)
            )
        except ValueError:
            continue
        return moment if moment.tzinfo else moment.replace(tzinfo=DC)
    return None


class DcLimsSpider(TrackerSpider):
    name = "dc_lims"
    vocabulary = "dc_lims"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.api_url = str(a.get("api_url") or WEB_URL).rstrip("/")
        self.web_url = str(a.get("web_url") or WEB_URL).rstrip("/")
        self.period = int(a.get("council_period") or council_period(datetime.now(DC).year))
        self.page_size = max(1, min(int(a.get("page_size", 100)), 250))
        self.hearing_days = int(a.get("hearing_days", 60))  # 0 turns the hearing search off
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self._triage = None
        self._asked: set[str] = set()  # numbers whose details are requested this crawl
        self._hearing_numbers: set[str] = set()

    # --- requests -------------------------------------------------------------------------

    def search_body(self, page: int, hearings: bool = False) -> dict[str, Any]:
        body: dict[str, Any] = {
            "searchTerm": "",
            "sort": {"field": "legislationNumber", "dir": "asc"},
            "pagination": {"pageIndex": page, "pageSize": self.page_size},
            "councilPeriodId": {"ids": [self.period]},
            "recordType": "Legislation",
        }
        if hearings:
            today = datetime.now(DC).replace(hour=0, minute=0, second=0, microsecond=0)
            until = today + timedelta(days=self.hearing_days)
            body["hearingDate"] = {
                "startDate": today.replace(tzinfo=None).isoformat(),
                "endDate": until.replace(tzinfo=None).isoformat(),
            }
        return body

    def search_request(self, page: int, hearings: bool = False) -> scrapy.Request:
        return scrapy.Request(
            f"{self.api_url}/api/Search/LegislationSearch",
            method="POST",
            body=json.dumps(self.search_body(page, hearings)),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            callback=self.parse_hearing_search if hearings else self.parse_search,
            errback=self.hearings_failed if hearings else self.listing_failed,
            cb_kwargs={"page": page},
            dont_filter=True,
            priority=-page,
        )

    def details_request(self, number: str, change: str | None = None) -> scrapy.Request:
        """CHANGE: the search row's fingerprint, stored with the bill once its details arrive;
        None for a bill asked for by number (a retry, a hearing ahead), which keeps the stored
        one, so that the next crawl still compares its search row."""
        self._asked.add(number)
        return scrapy.Request(
            f"{self.api_url}/api/Search/GetLegislationDetails/{number}",
            headers={"Accept": "application/json"},
            callback=self.parse_details,
            errback=self.details_failed,
            cb_kwargs={"number": number, "change": change},
            dont_filter=True,
            priority=10,
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        if self.hearing_days:
            yield self.search_request(0, hearings=True)
        yield self.search_request(0)
        for number in self.retry_ids:
            yield self.details_request(number)

    # --- parsing --------------------------------------------------------------------------

    def load_json(self, response: Response, what: str) -> Any:
        try:
            return json.loads(response.text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{what}: malformed JSON from {response.url} ({exc})") from None

    def search_rows(self, response: Response, what: str) -> tuple[list[dict], int]:
        body = self.load_json(response, what)
        results = (body.get("searchResults") or {}) if isinstance(body, dict) else None
        rows = results.get("results") if isinstance(results, dict) else None
        total = (body.get("pagination") or {}).get("totalCount") if isinstance(body, dict) else None
        if not isinstance(rows, list) or not isinstance(total, int):
            raise ValueError(
                f"{what}: no searchResults/pagination in the reply from {response.url}"
            )
        return rows, total

    def parse_search(self, response: Response, page: int) -> Iterator[Any]:
        try:
            rows, total = self.search_rows(response, "legislation search")
        except ValueError as exc:
            self.fail(str(exc))
            return
        for row in rows:
            yield from self.search_row(row)
        if rows and (page + 1) * self.page_size < total:
            yield self.search_request(page + 1)
        elif self.fatal_error is None:
            self.listing_complete = True

    def search_row(self, row: Any) -> Iterator[Any]:
        number = row.get("legislationNumber") if isinstance(row, dict) else None
        if not isinstance(number, str) or not NUMBER.match(number.strip().upper()):
            self.count_error(f"legislation search row without a number: {str(row)[:200]}")
            return
        number = number.strip().upper()
        change = fingerprint(row)
        if self.known_hashes.get(number) == change and number not in self._hearing_numbers:
            self.crawler.stats.inc_value("tracker/unchanged")
            return  # nothing LIMS shows of it has changed since the last crawl
        item = self.bill_item(row, number, change)
        if number in self._asked:
            return  # its details are on the way (a hearing ahead, or a retry)
        if self._triage(item["title"] or "", None) == "no":  # type: ignore[misc]
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        yield self.details_request(number, change)

    def parse_hearing_search(self, response: Response, page: int) -> Iterator[Any]:
        try:
            rows, total = self.search_rows(response, "hearing search")
        except ValueError as exc:
            self.logger.warning("hearings skipped: %s", exc)
            return
        for row in rows:
            number = str((row or {}).get("legislationNumber") or "").strip().upper()
            if not NUMBER.match(number) or number in self._asked:
                continue
            if self._triage(str(row.get("title") or ""), None) == "no":  # type: ignore[misc]
                continue  # hearings matter only for measures someone tracks
            self._hearing_numbers.add(number)
            yield self.details_request(number)
        if rows and (page + 1) * self.page_size < total:
            yield self.search_request(page + 1, hearings=True)

    def bill_item(self, row: dict[str, Any], number: str, change: str | None) -> dict[str, Any]:
        prefix, period, _ = NUMBER.match(number).groups()  # type: ignore[union-attr]
        start = 2 * int(period) + 1973
        intro = parse_day({"sortDate": row.get("introductionDate")})
        status = row.get("status") or row.get("tag")
        return self.base_item(
            session=f"Council Period {int(period)}",
            session_start_year=start,
            session_end_year=start + 1,
            identifier=number,
            platform_id=number,
            url=f"{self.web_url}/Legislation/{number}",
            title=row.get("title"),
            summary=row.get("shortDescription") or None,
            measure_type=TYPES.get(prefix, prefix),
            raw_status=status,
            introduced_date=intro.date().isoformat() if intro else None,
            change_hash=change,
        )

    def parse_details(
        self, response: Response, number: str, change: str | None = None
    ) -> Iterator[Any]:
        try:
            bill = self.load_json(response, f"details of {number}")
            if not isinstance(bill, dict) or not bill.get("legislationNumber"):
                raise ValueError(f"details of {number}: not a legislation record")
        except ValueError as exc:
            self.count_error(str(exc), number)
            return
        history = [e for e in bill.get("legislationHistory") or [] if isinstance(e, dict)]
        intro = next((e for e in history if e.get("type") == "Introduction"), None)
        row = {
            **bill,
            "introductionDate": (intro or {}).get("sortDate"),
        }
        item = self.bill_item(row, number, change or self.known_hashes.get(number))
        item["actions"] = [a for e in history for a in self.actions(e)]
        item["hearings"] = [h for e in history if (h := self.hearing(e, number))]
        yield item

    def actions(self, entry: dict[str, Any]) -> Iterator[dict[str, Any]]:
        when = parse_day(entry)
        kind = str(entry.get("type") or "")
        if when is None or not kind or "hearing" in kind.lower() and when > datetime.now(DC):
            return  # undated, or a hearing still ahead (a hearing, not an action)
        data = entry.get("data") if isinstance(entry.get("data"), dict) else {}
        actor = "Mayor" if kind in ("SignedEnacted", "Vetoed") else "Council"
        meeting = data.get("meetingActions")
        if kind == "MeetingVoting" and isinstance(meeting, list) and meeting:
            for act in meeting:
                if not isinstance(act, dict) or not act.get("meetingAction"):
                    continue
                result = str(act.get("voteResult") or "")
                votes = act.get("votes") if isinstance(act.get("votes"), list) else []
                members = [
                    (v.get("memberName") or v.get("name"), v.get("vote") or v.get("voteType"))
                    for v in votes
                    if isinstance(v, dict)
                ]
                passed = None
                if result:
                    passed = not re.search(r"disapprov|fail|not approved|reject", result, re.I)
                yield {
                    "date": when.date().isoformat(),
                    "actor": "Council",
                    "description": f"{act['meetingAction']}: {result}"
                    if result
                    else act["meetingAction"],
                    "text": entry.get("actionText"),
                    "classification": [kind],
                    "passed": passed,
                    "vote": roll_call(members, motion=act["meetingAction"], passed=passed),
                }
            return
        text = entry.get("actionText") or kind
        yield {
            "date": when.date().isoformat(),
            "actor": actor,
            "description": text,
            "classification": [kind],
        }

    def hearing(self, entry: dict[str, Any], number: str) -> dict[str, Any] | None:
        kind = str(entry.get("type") or "")
        data = entry.get("data") if isinstance(entry.get("data"), dict) else {}
        if "hearing" not in kind.lower() and "roundtable" not in kind.lower():
            return None
        starts = parse_day({"sortDate": data.get("hearingDate")}) or parse_day(entry)
        if starts is None:
            return None
        committee = data.get("committeeName") or data.get("committee")
        if isinstance(committee, list):
            committee = ", ".join(str(c.get("name")) for c in committee if isinstance(c, dict))
        status = str(data.get("hearingStatus") or data.get("status") or "")
        return {
            "key": f"{number}/{entry.get('sortOrder') or kind}",
            "starts_at": starts.isoformat(),
            "body": committee or None,
            "location": data.get("location") or data.get("hearingLocation"),
            "status": "cancelled" if "cancel" in status.lower() else "scheduled",
        }

    # --- failures -------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"legislation search failed ({failure.request.url}): {self.describe(failure)}")

    def hearings_failed(self, failure: Failure) -> None:
        self.logger.warning("hearing search failed: %s", self.describe(failure))

    def details_failed(self, failure: Failure) -> None:
        number = failure.request.cb_kwargs.get("number")
        self.count_error(
            f"{number}: {failure.request.url} failed: {self.describe(failure)}; "
            "kept for the next crawl",
            number,
        )
