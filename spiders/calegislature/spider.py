"""California Legislature from the Legislative Counsel's PUBINFO database extracts.

The downloads folder (https://downloads.leginfo.legislature.ca.gov/) lists `pubinfo_YYYY.zip`
(the whole session that starts in YYYY) and `pubinfo_daily_Mon.zip` .. `pubinfo_daily_Sat.zip`
(the day's changes). The first crawl reads the session's zip and every daily zip newer than it;
later crawls read the daily zips whose listing time is after the cursor, oldest first. An idle
crawl costs the listing alone.

Rows of bill_tbl, bill_history_tbl and bill_version_tbl are merged by primary key, the newest
by trans_update(_dt) winning: a history row can change in place months after its action date.

    scrapy crawl calegislature -a source=official-ca
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from spiders.calegislature.pubinfo import Extract, ExtractError, parse_datetime, stamp

_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})\s+(\d{1,2}:\d{2})")
_TALLY = re.compile(r"\(Ayes (\d+)\.\s*Noes (\d+)\.", re.I)


def listing_stamp(text: str) -> str | None:
    """The folder listing's "2025-06-02 03:12" as the cursor's ISO "2025-06-02T03:12"."""
    found = _STAMP.search(text or "")
    if not found:
        return None
    hour, minute = found.group(2).split(":")
    return f"{found.group(1)}T{int(hour):02d}:{minute}"


def session_start(value: Any) -> int:
    """California's two-year session starts in the odd year: 2026 -> 2025."""
    year = int(value) if value else datetime.now().year
    return year if year % 2 else year - 1


class CALegislatureSpider(TrackerSpider):
    name = "calegislature"
    vocabulary = "calegislature"
    precedence = 10

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        default = "https://downloads.leginfo.legislature.ca.gov"
        self.base_url = str(a.get("base_url") or default).rstrip("/")
        self.web_url = str(a.get("web_url") or "https://leginfo.legislature.ca.gov").rstrip("/")
        self.session_year = session_start(a.get("session_year"))
        self.extract = Extract()
        self._todo: list[tuple[str, str]] = []  # (listing time, file name), oldest first
        self._triage = None

    async def start(self) -> AsyncIterator[scrapy.Request]:
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        yield scrapy.Request(
            f"{self.base_url}/",
            callback=self.parse_listing,
            errback=self.listing_failed,
            dont_filter=True,
        )

    # --- the folder listing -------------------------------------------------------------------

    def files(self, response: Response) -> dict[str, str]:
        """File name -> listing time, from the folder's table (name in the 2nd cell, time in
        the 3rd)."""
        out = {}
        for row in response.xpath("//tr[td]"):
            name = (row.xpath("./td[2]//a/@href").get() or "").rsplit("/", 1)[-1]
            when = listing_stamp(" ".join(row.xpath("./td[3]//text()").getall()))
            if name and when:
                out[name] = when
        return out

    def parse_listing(self, response: Response) -> Iterator[Any]:
        files = self.files(response)
        if not files:
            self.fail(f"downloads listing {response.url}: no files found (the page changed?)")
            return
        dailies = sorted(
            (when, name)
            for name, when in files.items()
            if name.lower().startswith("pubinfo_daily_") and name.lower().endswith(".zip")
        )
        if self.cursor:
            self._todo = [(when, name) for when, name in dailies if when > self.cursor]
        else:
            yearly = f"pubinfo_{self.session_year}.zip"
            if yearly not in files:
                self.fail(
                    f"downloads listing: {yearly} (the {self.session_year} session) is missing"
                )
                return
            since = files[yearly]
            self._todo = [(since, yearly)] + [(w, n) for w, n in dailies if w > since]
        if not self._todo:
            self.finish()
            return
        yield self.zip_request(0)

    def zip_request(self, index: int) -> scrapy.Request:
        when, name = self._todo[index]
        return scrapy.Request(
            f"{self.base_url}/{name}",
            callback=self.parse_zip,
            errback=self.listing_failed,
            cb_kwargs={"index": index},
            dont_filter=True,
        )

    def parse_zip(self, response: Response, index: int) -> Iterator[Any]:
        name = self._todo[index][1]
        try:
            self.extract.read_zip(response.body, name)
        except ExtractError as exc:
            self.fail(str(exc))
            return
        for problem in self.extract.bad_rows:
            self.count_error(problem)
        self.extract.bad_rows.clear()
        if index + 1 < len(self._todo):
            yield self.zip_request(index + 1)
            return
        yield from self.items()
        self.finish()

    def finish(self) -> None:
        self.listing_complete = True
        newest = self._todo[-1][0] if self._todo else None
        self.new_cursor = max(filter(None, [self.cursor, newest]), default=None)

    # --- bills --------------------------------------------------------------------------------

    def items(self) -> Iterator[dict[str, Any]]:
        tables = self.extract.tables
        versions: dict[str, list[dict]] = defaultdict(list)
        for row in tables["BILL_VERSION_TBL"].values():
            versions[row.get("bill_id") or ""].append(row)
        history: dict[str, list[dict]] = defaultdict(list)
        for row in tables["BILL_HISTORY_TBL"].values():
            history[row.get("bill_id") or ""].append(row)
        orphans = set(history) - set(tables["BILL_TBL"])
        if orphans:
            self.logger.warning(
                "%d bill(s) have history rows but no bill_tbl row in these extracts: %s",
                len(orphans),
                ", ".join(sorted(orphans)[:10]),
            )
        for bill_id, bill in sorted(tables["BILL_TBL"].items()):
            item = self.bill_item(bill, versions.get(bill_id, []), history.get(bill_id, []))
            if item is not None:
                yield item
        self.extract = Extract()

    def bill_item(
        self, bill: dict[str, Any], versions: list[dict], history: list[dict]
    ) -> dict[str, Any] | None:
        bill_id = bill["bill_id"]
        by_id = {v["bill_version_id"]: v for v in versions}
        latest = by_id.get(bill.get("latest_bill_version_id") or "") or max(
            versions, key=lambda v: int(v.get("version_num") or 0), default=None
        )
        title = (latest or {}).get("subject")
        if not title:
            self.count_error(f"{bill_id}: no bill version with a subject in these extracts")
            return None
        session = bill.get("session_year") or ""
        special = int(bill.get("session_num") or 0) or None
        introduced = min(
            (
                parse_datetime(v.get("bill_version_action_date"))
                for v in versions
                if (v.get("bill_version_action") or "").lower().startswith("introduced")
            ),
            default=None,
            key=lambda d: d or datetime.max,
        )
        item = self.base_item(
            session=session,
            session_start_year=int(session[:4]) if session[:4].isdigit() else None,
            session_end_year=int(session[4:8]) if session[4:8].isdigit() else None,
            session_special=special,
            identifier=f"{bill.get('measure_type') or ''}{bill.get('measure_num') or ''}",
            platform_id=bill_id,
            url=f"{self.web_url}/faces/billNavClient.xhtml?bill_id={bill_id}",
            title=title,
            measure_type=bill.get("measure_type"),
            raw_status=bill.get("measure_state"),
            introduced_date=introduced.date().isoformat() if introduced else None,
            modified=bill.get("trans_update"),
        )
        if self._triage(title, None) == "no":  # type: ignore[misc]
            return item
        self.crawler.stats.inc_value("tracker/candidates")
        item["full_text"] = self.extract.text(latest) if latest else None
        item["actions"] = [a for a in map(self.action, self.ordered(history)) if a]
        return item

    @staticmethod
    def ordered(history: list[dict]) -> list[dict]:
        def key(row: dict) -> tuple:
            sequence = row.get("action_sequence") or "0"
            return (
                stamp(row, "action_date"),
                int(sequence) if sequence.isdigit() else 0,
                row.get("bill_history_id") or "",
            )

        return sorted(history, key=key)

    def action(self, row: dict[str, Any]) -> dict[str, Any] | None:
        when = parse_datetime(row.get("action_date"))
        text = (row.get("action") or "").strip()
        if when is None or not text:
            return None
        out: dict[str, Any] = {
            "date": when.date().isoformat(),
            "actor": row.get("primary_location") or None,
            "actor_kind": "committee"
            if (row.get("secondary_location") or "").lower() == "committee"
            else "chamber",
            "description": text,
            "classification": [row["action_code"]] if row.get("action_code") else [],
        }
        tally = _TALLY.search(text)
        if tally:
            out["vote"] = {"yes": int(tally.group(1)), "no": int(tally.group(2))}
        return out

    # --- failures -----------------------------------------------------------------------------

    def listing_failed(self, failure: Failure) -> None:
        self.fail(f"{failure.request.url} failed: {self.describe(failure)}")
