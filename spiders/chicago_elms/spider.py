"""Chicago City Clerk eLMS API: the City Council's matters since 2023, with roll calls.

Lists matters with an action (or an introduction) on or after the cursor, minus an overlap of a
few days, sorted by introduction date, 100 a page. eLMS refuses offsets past 100,000, so when
the next page would cross that line the listing starts again from the last introduction date
seen (`introductionDate ge ...`), skipping matters already listed. Candidates (the tracker's
triage) get their full record (`/matter/{id}`: actions with votes). After the listing, meetings
ahead are read for their agendas: a tracked matter on one is a hearing. Usage:

    scrapy crawl chicago_elms -a source=chicago-elms
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.internet.error import TCPTimedOutError, TimeoutError  # noqa: A004
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from tracker.votes import roll_call

PAGE_MAX = 100  # eLMS answers at most 100 rows a page
OFFSET_MAX = 100_000  # and refuses skip beyond this
SORT_KEY = "introductionDate"
WEB_URL = "https://chicityclerkelms.chicago.gov"


def parse_time(value: Any) -> datetime | None:
    """An eLMS date-time (UTC, "2023-10-12T15:00:00+00:00"), aware."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def literal(moment: datetime) -> str:
    """An eLMS filter date literal (unquoted ISO, UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def agenda_matter_ids(node: Any) -> set[str]:
    """Every matterId in a meeting's agenda, however its groups and items nest."""
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("matterId"), str) and node["matterId"]:
            found.add(node["matterId"])
        for value in node.values():
            found |= agenda_matter_ids(value)
    elif isinstance(node, list):
        for value in node:
            found |= agenda_matter_ids(value)
    return found


class ChicagoElmsSpider(TrackerSpider):
    name = "chicago_elms"
    vocabulary = "chicago_elms"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.api_url = str(a.get("api_url") or "https://api.chicityclerkelms.chicago.gov")
        self.api_url = self.api_url.rstrip("/")
        self.web_url = str(a.get("web_url") or WEB_URL).rstrip("/")
        self.page_size = max(1, min(int(a.get("page_size", PAGE_MAX)), PAGE_MAX))
        self.offset_max = int(a.get("offset_max", OFFSET_MAX))
        self.overlap = timedelta(days=float(a.get("overlap_days", 7)))
        # The first crawl reaches back to the start of the 2023-2027 term unless told otherwise.
        self.start_date = str(a.get("start_date") or "2023-05-15")
        self.hearing_days = int(a.get("hearing_days", 60))  # 0 turns hearings off
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self._triage = None
        self._seen: set[str] = set()
        self._started = datetime.now(UTC)
        self._hearings_asked = False
        self._agendas_pending = 0
        self._hearings: dict[str, list[dict[str, Any]]] = {}

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> ChicagoElmsSpider:  # noqa: ANN001
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    # --- requests -------------------------------------------------------------------------

    def api(self, path: str, **params: Any) -> str:
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.api_url}/{path}{query}"

    def since(self) -> datetime:
        if self.cursor:
            moment = parse_time(self.cursor)
            if moment is not None:
                return moment - self.overlap
        return parse_time(self.start_date) or datetime(2023, 5, 15, tzinfo=UTC)

    def listing_request(self, skip: int, floor: datetime | None) -> scrapy.Request:
        since = literal(self.since())
        changed = f"({SORT_KEY} ge {since} or actions/any(a: a/actionDate ge {since}))"
        query = changed if floor is None else f"{changed} and {SORT_KEY} ge {literal(floor)}"
        params = {"filter": query, "sort": f"{SORT_KEY} asc", "top": self.page_size}
        if skip:
            params["skip"] = skip
        return scrapy.Request(
            self.api("matter", **params),
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"skip": skip, "floor": floor},
            dont_filter=True,
            priority=-skip,
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        yield self.listing_request(0, None)
        for matter_id in self.retry_ids:
            yield self.detail_request(matter_id, None)

    def detail_request(self, matter_id: str, item: dict | None) -> scrapy.Request:
        return scrapy.Request(
            self.api(f"matter/{matter_id}"),
            callback=self.parse_matter,
            errback=self.matter_failed,
            cb_kwargs={"matter_id": matter_id},
            dont_filter=True,
            priority=10,
        )

    # --- parsing --------------------------------------------------------------------------

    def load_json(self, response: Response, what: str) -> Any:
        try:
            return json.loads(response.text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{what}: malformed JSON from {response.url} ({exc})") from None

    def parse_listing(self, response: Response, skip: int, floor: datetime | None) -> Iterator:
        try:
            body = self.load_json(response, "matter listing")
            rows = body.get("data") if isinstance(body, dict) else None
            meta = body.get("meta") if isinstance(body, dict) else None
            if not isinstance(rows, list) or not isinstance(meta, dict):
                raise ValueError(f"matter listing: no data/meta in the reply from {response.url}")
        except ValueError as exc:
            self.fail(str(exc))
            return
        last_key: datetime | None = None
        for row in rows:
            key = parse_time(row.get(SORT_KEY)) if isinstance(row, dict) else None
            last_key = key or last_key
            yield from self.matter(row)
        count = int(meta.get("count") or 0)
        following = skip + len(rows)
        if len(rows) < self.page_size or following >= count:
            if self.fatal_error is None:
                # Everything changed before this crawl began has been listed.
                self.listing_complete = True
                self.new_cursor = max(filter(None, [self.cursor, literal(self._started)]))
            return
        if following <= self.offset_max:
            yield self.listing_request(following, floor)
            return
        # The offset ceiling: go on from the last sort key seen, from offset 0.
        if last_key is None or (floor is not None and last_key <= floor):
            self.fail(
                f"matter listing: more than {self.offset_max} matters share one "
                f"{SORT_KEY}; cannot page past the offset limit"
            )
            return
        self.logger.info("offset limit reached; listing again from %s", literal(last_key))
        yield self.listing_request(0, last_key)

    def matter(self, row: Any) -> Iterator[Any]:
        matter_id = row.get("matterId") if isinstance(row, dict) else None
        if not isinstance(matter_id, str) or not matter_id:
            self.count_error(f"matter listing row without matterId: {str(row)[:200]}")
            return
        if matter_id in self._seen:
            return  # listed again after a restart at the offset limit
        self._seen.add(matter_id)
        item = self.matter_item(row)
        verdict = self._triage(item["title"] or "", item.get("summary"))  # type: ignore[misc]
        if verdict == "no":
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        yield self.detail_request(matter_id, item)

    def matter_item(self, row: dict[str, Any]) -> dict[str, Any]:
        matter_id = row["matterId"]
        intro = parse_time(row.get("introductionDate"))
        year = intro.year if intro else row.get("fileYear") or datetime.now(UTC).year
        title = row.get("title") or row.get("shortTitle")
        short = row.get("shortTitle")
        return self.base_item(
            session=str(year),
            identifier=row.get("recordNumber") or f"{row.get('type') or 'Matter'} {matter_id}",
            platform_id=matter_id,
            url=f"{self.web_url}/Matter/?matterId={matter_id}",
            title=title,
            summary=short if short and title and short.strip() not in title else None,
            measure_type=row.get("type"),
            raw_status=" ".join(filter(None, [row.get("status"), row.get("subStatus")])) or None,
            introduced_date=intro.date().isoformat() if intro else None,
        )

    def parse_matter(self, response: Response, matter_id: str) -> Iterator[Any]:
        try:
            row = self.load_json(response, f"matter {matter_id}")
            if not isinstance(row, dict) or row.get("matterId") is None:
                raise ValueError(f"matter {matter_id}: not a matter record ({response.url})")
        except ValueError as exc:
            self.count_error(str(exc), matter_id)
            return
        item = self.matter_item(row)
        actions = row.get("actions")
        if isinstance(actions, list):
            ordered = sorted(
                (a for a in actions if isinstance(a, dict)), key=lambda a: a.get("sort") or 0
            )
            item["actions"] = [a for a in map(self.action, ordered) if a]
        else:
            item["actions"] = []
        yield item

    def action(self, row: dict[str, Any]) -> dict[str, Any] | None:
        when = parse_time(row.get("actionDate"))
        name = row.get("actionName")
        if when is None or not name:
            return None
        has_time = (when.hour, when.minute, when.second) != (0, 0, 0)
        votes = row.get("votes") if isinstance(row.get("votes"), list) else []
        members = [
            (v.get("voterName") or v.get("name"), v.get("vote") or v.get("voteValue"))
            for v in votes
            if isinstance(v, dict)
        ]
        return {
            "date": when.date().isoformat(),
            "occurred_at": when.isoformat() if has_time else None,
            "actor": row.get("actionByName"),
            "description": name,
            "text": row.get("actionText"),
            "classification": [],
            "vote": roll_call(members, motion=name),
        }

    # --- hearings: meetings ahead whose agendas name a matter -------------------------------

    def idle(self) -> None:
        if self._hearings_asked or not self.hearing_days or self.fatal_error:
            return
        self._hearings_asked = True
        today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        until = today + timedelta(days=self.hearing_days)
        params = {
            "filter": f"date ge {literal(today)} and date lt {literal(until)}",
            "sort": "date asc",
            "top": PAGE_MAX,
        }
        self.crawler.engine.crawl(
            scrapy.Request(
                self.api("meeting", **params),
                callback=self.parse_meetings,
                errback=self.hearings_failed,
                dont_filter=True,
            )
        )
        raise DontCloseSpider

    def parse_meetings(self, response: Response) -> Iterator[Any]:
        try:
            body = self.load_json(response, "meetings")
            rows = body.get("data") if isinstance(body, dict) else None
            if not isinstance(rows, list):
                raise ValueError(f"meetings: no data in the reply from {response.url}")
        except ValueError as exc:
            self.logger.warning("hearings skipped: %s", exc)
            return
        for meeting in rows:
            if not isinstance(meeting, dict) or not meeting.get("meetingId"):
                continue
            self._agendas_pending += 1
            yield scrapy.Request(
                self.api(f"meeting/{meeting['meetingId']}"),
                callback=self.parse_meeting,
                errback=self.hearings_failed,
                dont_filter=True,
            )

    def parse_meeting(self, response: Response) -> Iterator[Any]:
        self._agendas_pending -= 1
        try:
            meeting = self.load_json(response, "meeting")
        except ValueError as exc:
            self.logger.warning("hearing agenda skipped: %s", exc)
            meeting = None
        starts = parse_time(meeting.get("date")) if isinstance(meeting, dict) else None
        if isinstance(meeting, dict) and starts is not None:
            status = str(meeting.get("status") or "").lower()
            for matter_id in sorted(agenda_matter_ids(meeting.get("agenda"))):
                self._hearings.setdefault(matter_id, []).append(
                    {
                        "key": str(meeting["meetingId"]),
                        "starts_at": starts.isoformat(),
                        "body": meeting.get("body"),
                        "location": meeting.get("location"),
                        "status": "cancelled" if "cancel" in status else "scheduled",
                    }
                )
        if self._agendas_pending == 0:
            yield from self.hearing_items()

    def hearings_failed(self, failure: Failure) -> Iterator[Any]:
        self.logger.warning("hearings: %s failed: %s", failure.request.url, self.describe(failure))
        if failure.request.callback == self.parse_meeting:
            self._agendas_pending -= 1
            if self._agendas_pending == 0:
                yield from self.hearing_items()

    # --- failures -------------------------------------------------------------------------

    def describe(self, failure: Failure) -> str:
        if failure.check(HttpError):
            response = failure.value.response
            retries = failure.request.meta.get("retry_times", 0)
            tail = f" after {retries} retries" if retries else ""
            try:
                message = json.loads(response.text).get("message")
            except (ValueError, AttributeError):
                message = None
            return f"HTTP {response.status}{tail}" + (f": {message}" if message else "")
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            return f"timed out after {getattr(self, 'download_timeout', 'the download timeout')}s"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"matter listing failed ({failure.request.url}): {self.describe(failure)}")

    def matter_failed(self, failure: Failure) -> None:
        matter_id = failure.request.cb_kwargs.get("matter_id")
        self.count_error(
            f"matter {matter_id}: {failure.request.url} failed: {self.describe(failure)}; "
            "kept for the next crawl",
            matter_id,
        )
