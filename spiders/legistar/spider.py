"""Granicus Legistar Web API: hundreds of city councils and county boards.

Lists every matter changed since the source's cursor (oldest first, paged past the 1000-row cap),
asks the tracker's triage which ones could be relevant, and fetches histories (and, where the title
is not enough, the text) only for those. Usage:

    scrapy crawl legistar -a source=seattle
    scrapy crawl legistar -a client=seattle -a jurisdiction="Seattle, WA" -a level=city \
        -a state=WA -a web_url=https://seattle.legistar.com -a timezone=America/Los_Angeles
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from tracker.votes import roll_call

PAGE_CAP = 1000  # Legistar never returns more rows than this in one reply


def parse_local(value: str | None, tz: ZoneInfo) -> datetime | None:
    """A Legistar wall-clock timestamp ("2013-04-30T10:00:00") in the city's zone."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def odata_datetime(moment: datetime) -> str:
    return "datetime'" + moment.strftime("%Y-%m-%dT%H:%M:%S") + "'"


def dedupe_histories(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Legistar repeats history rows (same date, action and body, new id): keep one of each,
    the one with the most text, in the first one's place."""
    kept: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        key = (
            row.get("MatterHistoryActionDate"),
            (row.get("MatterHistoryActionName") or "").strip().lower(),
            (row.get("MatterHistoryActionBodyName") or "").strip().lower(),
        )
        known = kept.get(key)
        if known is None:
            kept[key] = row
        elif len(row.get("MatterHistoryActionText") or "") > len(
            known.get("MatterHistoryActionText") or ""
        ):
            kept[key] = {**row, "MatterHistoryId": known.get("MatterHistoryId")}
    return list(kept.values())


class LegistarSpider(TrackerSpider):
    name = "legistar"
    vocabulary = "legistar"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.client = a.get("client")
        if not self.client:
            raise ValueError("legistar: give -a client=NAME (the Legistar client, e.g. seattle)")
        self.api_url = str(a.get("api_url") or "https://webapi.legistar.com/v1").rstrip("/")
        self.web_url = str(a.get("web_url") or f"https://{self.client}.legistar.com").rstrip("/")
        self.token = a.get("token") or None
        if not self.token and a.get("token_env"):
            # Clients that need a token (New York City's) name the variable that holds it.
            self.token = os.environ.get(str(a["token_env"])) or None
            if not self.token:
                raise ValueError(
                    f"legistar: {self.source_name} needs its API token in ${a['token_env']}"
                )
        self.tz = ZoneInfo(str(a.get("timezone") or "America/New_York"))
        self.overlap = timedelta(days=float(a.get("overlap_days", 3)))
        self.page_size = min(int(a.get("page_size", PAGE_CAP)), PAGE_CAP)
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self.hearing_days = int(a.get("hearing_days", 60))  # 0 turns hearings off
        # Roll calls of actions with a vote (one request each); "false" turns them off.
        self.votes = self.flag("votes")
        self._triage = None
        self._newest_modified: str | None = None
        self._hearings_asked = False
        self._agendas_pending = 0
        self._hearings: dict[str, list[dict[str, Any]]] = {}

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any) -> LegistarSpider:  # noqa: ANN001
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.idle, signal=signals.spider_idle)
        return spider

    # --- requests -------------------------------------------------------------------------

    def api(self, path: str, **params: Any) -> str:
        if self.token:
            params["token"] = self.token
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.api_url}/{self.client}/{path}{query}"

    def listing_request(self, skip: int) -> scrapy.Request:
        params: dict[str, Any] = {"$orderby": "MatterLastModifiedUtc", "$top": self.page_size}
        if skip:
            params["$skip"] = skip
        if self.cursor:
            since = datetime.fromisoformat(self.cursor) - self.overlap
            params["$filter"] = f"MatterLastModifiedUtc gt {odata_datetime(since)}"
        return scrapy.Request(
            self.api("matters", **params),
            callback=self.parse_listing,
            errback=self.listing_failed,
            cb_kwargs={"skip": skip},
            dont_filter=True,
            priority=-skip,  # histories of the page in hand come before the next page
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        yield self.listing_request(0)
        for matter_id in self.retry_ids:
            yield scrapy.Request(
                self.api(f"matters/{matter_id}"),
                callback=self.parse_single,
                errback=self.matter_failed,
                cb_kwargs={"matter_id": str(matter_id)},
                dont_filter=True,
            )

    # --- parsing --------------------------------------------------------------------------

    def load_json(self, response: Response, what: str) -> Any:
        try:
            return json.loads(response.text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{what}: malformed JSON from {response.url} ({exc})") from None

    def parse_listing(self, response: Response, skip: int) -> Iterator[Any]:
        try:
            rows = self.load_json(response, "matter listing")
            if not isinstance(rows, list):
                raise ValueError(f"matter listing: expected a JSON list from {response.url}")
        except ValueError as exc:
            self.fail(str(exc))
            return
        for row in rows:
            yield from self.matter(row)
        if len(rows) >= self.page_size:
            yield self.listing_request(skip + len(rows))
        elif self.fatal_error is None:
            # The whole listing arrived: the cursor may move to the newest change seen.
            self.listing_complete = True
            self.new_cursor = max(filter(None, [self.cursor, self._newest_modified]), default=None)

    def parse_single(self, response: Response, matter_id: str) -> Iterator[Any]:
        try:
            row = self.load_json(response, f"matter {matter_id}")
        except ValueError as exc:
            self.count_error(str(exc), matter_id)
            return
        if isinstance(row, dict):
            # Asked for by name (a failure last time, or a measure found relevant since):
            # always with its history.
            yield from self.matter(row, track_cursor=False, force=True)

    def matter(
        self, row: dict[str, Any], track_cursor: bool = True, force: bool = False
    ) -> Iterator[Any]:
        matter_id = row.get("MatterId") if isinstance(row, dict) else None
        if matter_id is None:
            self.count_error(f"matter listing row without MatterId: {str(row)[:200]}")
            return
        modified = row.get("MatterLastModifiedUtc")
        if track_cursor and modified and (self._newest_modified or "") < modified:
            self._newest_modified = modified
        if row.get("MatterRestrictViewViaWeb"):
            return  # not public on the city's own site; not ours to publish
        item = self.matter_item(row)
        verdict = self._triage(item["title"] or "", item.get("summary"))  # type: ignore[misc]
        if verdict == "no" and force:
            verdict = "maybe"
        if verdict == "no":
            yield item
            return
        self.crawler.stats.inc_value("tracker/candidates")
        yield scrapy.Request(
            self.api(f"matters/{matter_id}/histories"),
            callback=self.parse_histories,
            errback=self.matter_failed,
            # The text settles what a terse title cannot, and carries the provisions.
            cb_kwargs={"item": item, "want_text": True},
            dont_filter=True,
            priority=10,
        )

    def matter_item(self, row: dict[str, Any]) -> dict[str, Any]:
        matter_id = row["MatterId"]
        title = row.get("MatterTitle") or row.get("MatterName")
        name = row.get("MatterName")
        intro = parse_local(row.get("MatterIntroDate"), self.tz)
        dated = intro or parse_local(row.get("MatterAgendaDate"), self.tz)
        modified = parse_local(row.get("MatterLastModifiedUtc"), UTC)
        session = str((dated or modified or datetime.now(UTC)).year)
        guid = row.get("MatterGuid")
        url = f"{self.web_url}/LegislationDetail.aspx?ID={matter_id}"
        if guid:
            url += f"&GUID={guid}"
        return self.base_item(
            session=session,
            identifier=row.get("MatterFile")
            or f"{row.get('MatterTypeName') or 'Matter'} {matter_id}",
            platform_id=str(matter_id),
            url=url,
            title=title,
            summary=name if name and title and name.strip() != title.strip() else None,
            measure_type=row.get("MatterTypeName"),
            raw_status=row.get("MatterStatusName"),
            introduced_date=intro.date().isoformat() if intro else None,
            modified=row.get("MatterLastModifiedUtc"),
        )

    def parse_histories(self, response: Response, item: dict, want_text: bool) -> Iterator[Any]:
        try:
            rows = self.load_json(response, f"histories of {item['identifier']}")
            if not isinstance(rows, list):
                raise ValueError(f"histories of {item['identifier']}: expected a JSON list")
        except ValueError as exc:
            self.count_error(str(exc), item["platform_id"])
            return
        item["actions"] = []
        voted: list[tuple[int, int]] = []  # (action index, history id) of each vote taken
        for row in dedupe_histories(rows):
            action = self.action(row)
            if action is None:
                continue
            if self.votes and action["passed"] is not None and row.get("MatterHistoryId"):
                voted.append((len(item["actions"]), int(row["MatterHistoryId"])))
            item["actions"].append(action)
        yield from self.next_roll_call(item, voted, want_text)

    # --- roll calls: EventItems/{MatterHistoryId}/Votes for each action with a vote -----------

    def next_roll_call(
        self, item: dict, voted: list[tuple[int, int]], want_text: bool
    ) -> Iterator[Any]:
        """The next vote's roll call; after the last, the text (or the item itself)."""
        if voted:
            index, history_id = voted[0]
            yield scrapy.Request(
                self.api(f"eventitems/{history_id}/votes"),
                callback=self.parse_votes,
                errback=self.votes_failed,
                cb_kwargs={"item": item, "voted": voted, "want_text": want_text},
                dont_filter=True,
                priority=15,
            )
        elif want_text:
            yield scrapy.Request(
                self.api(f"matters/{item['platform_id']}/versions"),
                callback=self.parse_versions,
                errback=self.text_failed,
                cb_kwargs={"item": item},
                dont_filter=True,
                priority=20,
            )
        else:
            yield item

    def parse_votes(
        self, response: Response, item: dict, voted: list[tuple[int, int]], want_text: bool
    ) -> Iterator[Any]:
        index, _ = voted[0]
        action = item["actions"][index]
        try:
            rows = self.load_json(response, f"votes of {item['identifier']}")
        except ValueError as exc:
            self.logger.warning("no roll call for %s: %s", item["identifier"], exc)
            rows = []
        members = [
            (r.get("VotePersonName"), r.get("VoteValueName"))
            for r in (rows if isinstance(rows, list) else [])
            if isinstance(r, dict)
        ]
        action["vote"] = roll_call(members, motion=action["description"], passed=action["passed"])
        yield from self.next_roll_call(item, voted[1:], want_text)

    def votes_failed(self, failure: Failure) -> Iterator[Any]:
        # A roll call is extra: its failure is logged and the measure goes on without it.
        kwargs = failure.request.cb_kwargs
        self.logger.warning(
            "no roll call for %s: %s", kwargs["item"]["identifier"], self.describe(failure)
        )
        yield from self.next_roll_call(kwargs["item"], kwargs["voted"][1:], kwargs["want_text"])

    def action(self, row: dict[str, Any]) -> dict[str, Any] | None:
        when = parse_local(row.get("MatterHistoryActionDate"), self.tz)
        name = row.get("MatterHistoryActionName")
        if when is None or not name:
            return None  # an undated or unnamed row cannot be placed in the history
        flag = row.get("MatterHistoryPassedFlag")
        has_time = (when.hour, when.minute, when.second) != (0, 0, 0)
        return {
            "date": when.date().isoformat(),
            "occurred_at": when.isoformat() if has_time else None,
            "actor": row.get("MatterHistoryActionBodyName"),
            "description": name,
            "text": row.get("MatterHistoryActionText"),
            "classification": [row["MatterHistoryPassedFlagName"]]
            if row.get("MatterHistoryPassedFlagName")
            else [],
            "passed": None if flag is None else bool(flag),
        }

    def parse_versions(self, response: Response, item: dict) -> Iterator[Any]:
        try:
            versions = self.load_json(response, f"versions of {item['identifier']}")
            if versions == []:
                yield item  # many matters have no text on file: nothing to say
                return
            latest = max(versions, key=lambda v: int(v["Key"]))["Key"]
        except (ValueError, KeyError, TypeError) as exc:
            self.logger.warning("no text for %s: %s", item["identifier"], exc)
            yield item
            return
        yield scrapy.Request(
            self.api(f"matters/{item['platform_id']}/texts/{latest}"),
            callback=self.parse_text,
            errback=self.text_failed,
            cb_kwargs={"item": item},
            dont_filter=True,
            priority=30,
        )

    def parse_text(self, response: Response, item: dict) -> Iterator[Any]:
        try:
            body = self.load_json(response, f"text of {item['identifier']}")
            item["full_text"] = body.get("MatterTextPlain") if isinstance(body, dict) else None
        except ValueError as exc:
            self.logger.warning("no text for %s: %s", item["identifier"], exc)
        yield item

    # --- hearings: upcoming meetings whose agendas name a matter ------------------------------

    def idle(self) -> None:
        """After the listing, ask for the meetings ahead (their agenda items name matters)."""
        if self._hearings_asked or not self.hearing_days or self.fatal_error:
            return
        self._hearings_asked = True
        today = datetime.now(self.tz).replace(hour=0, minute=0, second=0, microsecond=0)
        until = today + timedelta(days=self.hearing_days)
        window = f"EventDate ge {odata_datetime(today)} and EventDate lt {odata_datetime(until)}"
        params = {
            "$filter": window,
            "$orderby": "EventDate",
        }
        request = scrapy.Request(
            self.api("events", **params),
            callback=self.parse_events,
            errback=self.hearings_failed,
            dont_filter=True,
        )
        self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def parse_events(self, response: Response) -> Iterator[Any]:
        try:
            events = self.load_json(response, "events")
        except ValueError as exc:
            self.logger.warning("hearings skipped: %s", exc)
            return
        for event in events if isinstance(events, list) else []:
            if event.get("EventId") is None:
                continue
            self._agendas_pending += 1
            yield scrapy.Request(
                self.api(f"events/{event['EventId']}/eventitems"),
                callback=self.parse_event_items,
                errback=self.hearings_failed,
                cb_kwargs={"event": event},
                dont_filter=True,
            )

    def hearing_time(self, event: dict[str, Any]) -> datetime | None:
        day = parse_local(event.get("EventDate"), self.tz)
        if day is None:
            return None
        clock = (event.get("EventTime") or "").strip().upper()
        for fmt in ("%I:%M %p", "%I:%M%p", "%H:%M"):
            try:
                t = datetime.strptime(clock, fmt)
                return day.replace(hour=t.hour, minute=t.minute)
            except ValueError:
                continue
        return day

    def parse_event_items(self, response: Response, event: dict[str, Any]) -> Iterator[Any]:
        self._agendas_pending -= 1
        try:
            rows = self.load_json(response, f"agenda of event {event['EventId']}")
        except ValueError as exc:
            self.logger.warning("hearing agenda skipped: %s", exc)
            rows = []
        starts = self.hearing_time(event)
        notes = " ".join(
            str(event.get(k) or "") for k in ("EventAgendaStatusName", "EventComment")
        ).lower()
        for row in rows if isinstance(rows, list) and starts else []:
            matter_id = row.get("EventItemMatterId")
            if matter_id is None:
                continue
            self._hearings.setdefault(str(matter_id), []).append(
                {
                    "key": f"{event['EventId']}",
                    "starts_at": starts.isoformat(),
                    "body": event.get("EventBodyName"),
                    "location": event.get("EventLocation"),
                    "status": "cancelled" if "cancel" in notes else "scheduled",
                }
            )
        if self._agendas_pending == 0:
            yield from self.hearing_items()

    def hearings_failed(self, failure: Failure) -> Iterator[Any]:
        # Hearings are extra: a failure is logged, never fatal, and does not hold the cursor.
        self.logger.warning("hearings: %s failed: %s", failure.request.url, self.describe(failure))
        if failure.request.callback == self.parse_event_items:
            self._agendas_pending -= 1
            if self._agendas_pending == 0:
                yield from self.hearing_items()

    # --- failures -------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"matter listing failed ({failure.request.url}): {self.describe(failure)}")

    def matter_failed(self, failure: Failure) -> None:
        item = failure.request.cb_kwargs.get("item") or {}
        matter_id = item.get("platform_id") or failure.request.cb_kwargs.get("matter_id")
        label = item.get("identifier") or f"matter {matter_id}"
        self.count_error(
            f"{label}: {failure.request.url} failed: {self.describe(failure)}; "
            "kept for the next crawl",
            matter_id,
        )

    def text_failed(self, failure: Failure) -> Iterator[Any]:
        item = failure.request.cb_kwargs["item"]
        self.logger.warning("no text for %s: %s", item["identifier"], self.describe(failure))
        yield item
