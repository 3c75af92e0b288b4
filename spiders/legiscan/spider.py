"""LegiScan API: every state legislature, DC, Puerto Rico and Congress, on a monthly query budget.

One registry entry per jurisdiction. A crawl:

1. knows the jurisdiction's current sessions (getSessionList, at most once a day; the list is kept
   in the source's cursor);
2. for a session it has never loaded: getDatasetList, then getDataset for the weekly ZIP of every
   bill (a whole state for two queries); without a dataset, one getMasterList (titles and
   descriptions of every bill);
3. for a loaded session: one getMasterListRaw (bill_id, number, change_hash of every bill),
   compared with the change_hash stored per bill; getBill only where the hash moved and the bill
   is a candidate (the tracker's triage on its stored title and description) or already
   tracked. Bills never seen: one getBill when there is one, one getMasterList when there are
   more (a query either way, and the list carries every title at once).

A candidate's newest text is read from the state's own link (a page or a PDF, no query), so the
classifier can settle what a terse caption does not say; where that link is missing or fails,
from LegiScan's own copy (getBillText, one query). `-a texts=no` skips texts.

Every query is counted against the key's monthly budget (tracker/budget.py, 30,000 on a free
key); what is left is logged at the end of each crawl. Usage:

    LEGISCAN_API_KEY=... scrapy crawl legiscan -a source=legiscan-tx
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy.http import Response
from scrapy.utils.misc import load_object
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from spiders.documents import MAX_BYTES, UnreadableDocument, document_text
from spiders.legiscan import parse
from spiders.legiscan.dataset import Dataset, save_zip, temporary_zip
from spiders.legiscan.parse import LegiScanError

DEFAULT_API = "https://api.legiscan.com/"
KEY_VARIABLE = "LEGISCAN_API_KEY"
_KEY_IN_URL = re.compile(r"([?&]key=)[^&\s>]+")


def redact(text: str) -> str:
    """TEXT with any API key in a URL replaced: keys must not reach logs or crawl reports."""
    return _KEY_IN_URL.sub(r"\1***", text)


class _RedactKeys(logging.Filter):
    """Scrapy's own log lines (retries, errors) print request URLs, which carry the key."""

    def filter(self, record: logging.LogRecord) -> bool:
        if "key=" in str(record.msg) or any("key=" in str(a) for a in _args(record)):
            record.msg, record.args = redact(record.getMessage()), None
        return True


def _args(record: logging.LogRecord) -> list[Any]:
    if isinstance(record.args, dict):
        return list(record.args.values())
    return list(record.args or ())


_REDACTING = _RedactKeys()
for _name in (
    "scrapy.core.engine",
    "scrapy.core.scraper",
    "scrapy.core.downloader.handlers.http11",
    "scrapy.downloadermiddlewares.retry",
    "scrapy.spidermiddlewares.httperror",
    "tracker.middlewares",
):
    logging.getLogger(_name).addFilter(_REDACTING)


class LegiScanSpider(TrackerSpider):
    name = "legiscan"
    vocabulary = "legiscan"
    precedence = 60
    # tracker crawl skips the source, with a message, when these are not set.
    requires_env = (KEY_VARIABLE,)
    # The crawl state hands over what is stored per bill (change_hash, title, relevance).
    wants_known_bills = True
    custom_settings = {
        # LegiScan asks for restraint, not speed: one query at a time, a little apart.
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        "DOWNLOAD_DELAY": 1.0,
        # A large state's dataset reply is tens of megabytes of Base64.
        "DOWNLOAD_WARNSIZE": 256 * 1024 * 1024,
        "DOWNLOAD_MAXSIZE": 1024 * 1024 * 1024,
        "DOWNLOAD_TIMEOUT": 300,
        # Every URL carries the key: do not echo it back in Referer headers.
        "REFERER_ENABLED": False,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.api_url = str(a.get("api_url") or DEFAULT_API).rstrip("/") + "/"
        self.key = str(a.get("key") or os.environ.get(KEY_VARIABLE) or "")
        self.use_dataset = self.flag("dataset")
        self.session_list_days = float(a.get("session_list_days", 1))
        wanted = str(a.get("sessions") or "")
        self.only_sessions = {int(s) for s in re.findall(r"\d+", wanted)}
        self.known_bills: dict[str, Any] = {}
        self.queries = 0
        self._triage: Any = None
        self._budget: Any = None
        self._budget_spent: str | None = None
        self._open_listings = 0
        self._listing_cursor: str | None = None
        self._asked: set[str] = set()

    # --- queries and the budget -----------------------------------------------------------

    def query(self, op: str, callback: Any, errback: Any, **params: Any) -> scrapy.Request | None:
        """One LegiScan query, counted against the monthly budget; None once it is spent."""
        if self._budget_spent:
            return None
        full = self._budget.take() if self._budget is not None else None
        if full:
            used, limit = self._budget.remaining().get(full, (0, 0))
            resets = self._budget.resets_at(full).strftime("%Y-%m-%d %H:%M UTC")
            self._budget_spent = (
                f"LegiScan query budget exhausted ({used} of {limit} this {full}); "
                f"the crawl stops and resumes after {resets}"
            )
            self.fail(self._budget_spent)
            return None
        self.queries += 1
        cb_kwargs = params.pop("cb_kwargs", {})
        priority = params.pop("priority", 0)
        meta = params.pop("meta", {})
        query = urlencode({"key": self.key, "op": op, **params})
        return scrapy.Request(
            f"{self.api_url}?{query}",
            callback=callback,
            errback=errback,
            cb_kwargs=cb_kwargs,
            meta={"op": op, "what": f"{op} {params}" if params else op, **meta},
            dont_filter=True,
            priority=priority,
        )

    def open_listing(self, request: scrapy.Request | None) -> Iterator[scrapy.Request]:
        """A request the listing depends on: the crawl succeeds only when every one arrived."""
        if request is not None:
            self._open_listings += 1
            yield request

    def close_listing(self) -> None:
        self._open_listings -= 1
        if self._open_listings == 0 and self.fatal_error is None:
            self.listing_complete = True
            self.new_cursor = self._listing_cursor

    # --- start: which sessions ------------------------------------------------------------

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if not self.key:
            self.fail(f"{self.source_name}: {KEY_VARIABLE} is not set; nothing was crawled")
            return
        from tracker.budget import Budget
        from tracker.config import engine, load_config

        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        self._budget = Budget.for_name("legiscan", engine(load_config()))
        cached = self.cached_sessions()
        if cached is not None:
            self._listing_cursor = self.cursor
            for request in self.session_requests(cached):
                yield request
        else:
            listing = self.query(
                "getSessionList", self.parse_sessions, self.listing_failed, state=self.state
            )
            for request in self.open_listing(listing):
                yield request
        if self._open_listings == 0 and self.fatal_error is None:
            # No session to follow (or every listing already answered): nothing was missed.
            self.listing_complete = True
            self.new_cursor = self._listing_cursor
        for bill_id in self.retry_ids:
            request = self.bill_request(str(bill_id))
            if request is not None:
                yield request

    def cached_sessions(self) -> list[dict[str, Any]] | None:
        """The session list kept in the cursor, while it is fresh enough."""
        try:
            kept = json.loads(self.cursor or "")
            listed = date.fromisoformat(kept["listed"])
            sessions = list(kept["sessions"])
        except (ValueError, KeyError, TypeError):
            return None
        if datetime.now(UTC).date() - listed >= timedelta(days=self.session_list_days):
            return None
        return sessions

    def parse_sessions(self, response: Response) -> Iterator[scrapy.Request]:
        try:
            rows = parse.envelope(response.body, "sessions", f"{self.state} session list")
            sessions = parse.current_sessions(rows, datetime.now(UTC).year)
            if self.only_sessions:  # named sessions, current or not
                named = [r for r in rows if isinstance(r, dict)]
                sessions = [
                    parse.session_info(r)
                    for r in named
                    if parse.as_int(r.get("session_id")) in self.only_sessions
                ]
        except LegiScanError as exc:
            self.fail(str(exc))
            return
        if not sessions:
            self.logger.warning("%s: LegiScan lists no current session", self.source_name)
        self._listing_cursor = json.dumps(
            {"listed": datetime.now(UTC).date().isoformat(), "sessions": sessions},
            separators=(",", ":"),
        )
        yield from self.session_requests(sessions)
        self.close_listing()

    def session_requests(self, sessions: list[dict[str, Any]]) -> Iterator[scrapy.Request]:
        loaded = {k.session for k in self.known_bills.values()}
        fresh = [s for s in sessions if parse.session_fields(s)["session"] not in loaded]
        if fresh and self.use_dataset:
            yield from self.open_listing(
                self.query(
                    "getDatasetList",
                    self.parse_dataset_list,
                    self.dataset_list_failed,
                    state=self.state,
                    cb_kwargs={"sessions": fresh},
                )
            )
        else:
            for session in fresh:
                yield from self.masterlist_request(session)
        for session in sessions:
            if session not in fresh:
                yield from self.open_listing(
                    self.query(
                        "getMasterListRaw",
                        self.parse_masterlist_raw,
                        self.listing_failed,
                        id=session["session_id"],
                        cb_kwargs={"session": session},
                    )
                )

    def masterlist_request(
        self, session: dict[str, Any], only: set[str] | None = None
    ) -> Iterator[scrapy.Request]:
        yield from self.open_listing(
            self.query(
                "getMasterList",
                self.parse_masterlist,
                self.listing_failed,
                id=session["session_id"],
                cb_kwargs={"session": session, "only": only},
            )
        )

    # --- first load: the weekly dataset -----------------------------------------------------

    def parse_dataset_list(
        self, response: Response, sessions: list[dict[str, Any]]
    ) -> Iterator[scrapy.Request]:
        try:
            rows = parse.envelope(response.body, "datasetlist", f"{self.state} dataset list")
            if not isinstance(rows, list):
                raise LegiScanError(f"{self.state} dataset list: 'datasetlist' is not a list")
        except LegiScanError as exc:
            self.logger.warning("%s; loading from the master list instead", exc)
            rows = []
        by_session = {
            parse.as_int(r.get("session_id")): r
            for r in rows
            if isinstance(r, dict) and r.get("access_key")
        }
        for session in sessions:
            found = by_session.get(session["session_id"])
            if found is None:
                yield from self.masterlist_request(session)
                continue
            yield from self.open_listing(
                self.query(
                    "getDataset",
                    self.parse_dataset,
                    self.dataset_failed,
                    id=session["session_id"],
                    access_key=found["access_key"],
                    cb_kwargs={"session": session},
                )
            )
        self.close_listing()

    def dataset_list_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        self.logger.warning("dataset list failed: %s; using master lists", self.describe(failure))
        for session in failure.request.cb_kwargs["sessions"]:
            yield from self.masterlist_request(session)
        self.close_listing()

    def parse_dataset(self, response: Response, session: dict[str, Any]) -> Iterator[Any]:
        what = f"dataset of {self.state} session {session['session_id']}"
        with temporary_zip() as handle:
            try:
                save_zip(response.body, handle, what)
                dataset = Dataset(handle.name, what)
            except LegiScanError as exc:
                self.logger.warning("%s; loading from the master list instead", exc)
                yield from self.masterlist_request(session)
                self.close_listing()
                return
            self.logger.info("%s: %d bills", what, len(dataset.bill_files))
            try:
                for name, bill in dataset.bills():
                    if isinstance(bill, LegiScanError):
                        self.count_error(str(bill))
                        continue
                    yield from self.dataset_bill(bill, dataset, name)
            finally:
                dataset.close()
        self.close_listing()

    def dataset_bill(self, bill: dict[str, Any], dataset: Dataset, name: str) -> Iterator[Any]:
        try:
            fields = parse.bill_item_fields(bill)
        except (KeyError, TypeError) as exc:
            self.count_error(f"{name}: not a bill ({exc})")
            return
        known = self.known_bills.get(fields["platform_id"])
        if known is not None and known.change_hash == fields["change_hash"]:
            return
        item = self.base_item(**fields)
        if self.is_candidate(item, known):
            item["actions"] = parse.actions(bill, dataset.roll_calls(bill), dataset.names())
            yield from self.with_text(item, bill)
            return
        yield item

    def dataset_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        self.logger.warning(
            "dataset download failed: %s; loading from the master list instead",
            self.describe(failure),
        )
        yield from self.masterlist_request(failure.request.cb_kwargs["session"])
        self.close_listing()

    # --- later crawls: what changed --------------------------------------------------------

    def is_candidate(self, item: dict[str, Any], known: Any) -> bool:
        """Tracked already, or the triage sees something in the title and description."""
        if known is not None and known.relevant:
            return True
        verdict = self._triage(item.get("title") or "", item.get("summary"))
        if verdict != "no":
            self.crawler.stats.inc_value("tracker/candidates")
        return verdict != "no"

    def parse_masterlist_raw(self, response: Response, session: dict[str, Any]) -> Iterator[Any]:
        what = f"master list of {self.state} session {session['session_id']}"
        try:
            rows = list(
                parse.masterlist_rows(parse.envelope(response.body, "masterlist", what), what)
            )
        except LegiScanError as exc:
            self.fail(str(exc))
            return
        unknown: list[str] = []
        for row in rows:
            bill_id = str(row["bill_id"])
            known = self.known_bills.get(bill_id)
            if known is None or not known.title:
                unknown.append(bill_id)
            elif known.change_hash != row.get("change_hash") and self.is_candidate(
                {"title": known.title, "summary": known.summary}, known
            ):
                request = self.bill_request(bill_id)
                if request is not None:
                    yield request
        if len(unknown) == 1:
            # One getBill costs what a getMasterList costs, and brings the history with it.
            request = self.bill_request(unknown[0])
            if request is not None:
                yield request
        elif unknown:
            yield from self.masterlist_request(session, only=set(unknown))
        self.close_listing()

    def parse_masterlist(
        self, response: Response, session: dict[str, Any], only: set[str] | None
    ) -> Iterator[Any]:
        what = f"master list of {self.state} session {session['session_id']}"
        try:
            rows = list(
                parse.masterlist_rows(parse.envelope(response.body, "masterlist", what), what)
            )
        except LegiScanError as exc:
            self.fail(str(exc))
            return
        for row in rows:
            bill_id = str(row["bill_id"])
            if only is not None and bill_id not in only:
                continue
            known = self.known_bills.get(bill_id)
            if known is not None and known.change_hash == row.get("change_hash"):
                continue
            fields = parse.masterlist_item_fields(row, session)
            if not fields["identifier"] or not fields["title"]:
                self.count_error(f"{what}: bill {bill_id} without number or title")
                continue
            item = self.base_item(**fields)
            if self.is_candidate(item, known):
                request = self.bill_request(bill_id)
                if request is not None:
                    yield request
            else:
                yield item
        self.close_listing()

    # --- one bill ---------------------------------------------------------------------------

    def bill_request(self, bill_id: str) -> scrapy.Request | None:
        if bill_id in self._asked:
            return None
        self._asked.add(bill_id)
        return self.query(
            "getBill",
            self.parse_bill,
            self.bill_failed,
            id=bill_id,
            cb_kwargs={"bill_id": bill_id},
            priority=10,
        )

    def parse_bill(self, response: Response, bill_id: str) -> Iterator[Any]:
        try:
            bill = parse.envelope(response.body, "bill", f"getBill {bill_id}")
            if not isinstance(bill, dict):
                raise LegiScanError(f"getBill {bill_id}: 'bill' is not an object")
            fields = parse.bill_item_fields(bill)
        except (LegiScanError, KeyError, TypeError) as exc:
            self.count_error(f"{exc}; kept for the next crawl", bill_id)
            return
        item = self.base_item(**fields)
        known = self.known_bills.get(bill_id)
        if bill_id in self.retry_ids or self.is_candidate(item, known):
            # getBill carries each roll call's tally; members would cost a query each.
            item["actions"] = parse.actions(bill)
            yield from self.with_text(item, bill)
            return
        yield item

    def with_text(self, item: dict[str, Any], bill: dict[str, Any]) -> Iterator[Any]:
        """A candidate with its newest text, which settles what a terse caption cannot: from
        the state's link (page or PDF), else LegiScan's copy (`-a texts=no`: only the link is
        kept)."""
        newest = parse.latest_text(bill)
        if newest is None:
            yield item
            return
        if not (newest.page or newest.pdf) and newest.url:
            item["text_url"] = newest.url
        yield from self.page_text(item, newest.page, newest.pdf, copy=newest.doc_id)

    def text_copy(self, item: dict[str, Any], copy: Any) -> Iterator[Any]:
        """LegiScan's copy of the text (getBillText, one query) where the state's link is
        missing or failed; the item as it is when there is none or the budget is spent."""
        request = None
        if copy is not None:
            request = self.query(
                "getBillText",
                self.parse_bill_text,
                self.bill_text_failed,
                id=copy,
                cb_kwargs={"item": item},
                priority=20,
                # Base64 in JSON: a third larger than the document it carries.
                meta={"download_maxsize": MAX_BYTES * 4 // 3 + 65_536},
            )
        yield request if request is not None else item

    def parse_bill_text(self, response: Response, item: dict[str, Any]) -> Iterator[Any]:
        what = f"getBillText for {item['identifier']}"
        try:
            doc, mime = parse.text_document(response.body, what)
            text = document_text(doc, mime)
        except (LegiScanError, UnreadableDocument) as exc:
            yield from self.text_unread(item, str(exc), None)
            return
        if not text:
            yield from self.text_unread(item, f"{what}: the document is empty", None)
            return
        item["full_text"] = text
        yield item

    def bill_text_failed(self, failure: Failure) -> Iterator[Any]:
        why = f"getBillText failed: {self.describe(failure)}"
        yield from self.text_unread(failure.request.cb_kwargs["item"], why, None)

    # --- failures and the end -------------------------------------------------------------

    def describe(self, failure: Failure) -> str:
        # LegiScan puts the API key in the URL: it must not reach a log line or a run record
        return redact(super().describe(failure))

    def listing_failed(self, failure: Failure) -> None:
        what = failure.request.meta.get("what", "listing")
        self.fail(f"{self.source_name}: {what} failed: {self.describe(failure)}")

    def bill_failed(self, failure: Failure) -> None:
        bill_id = failure.request.cb_kwargs["bill_id"]
        self.count_error(
            f"getBill {bill_id} failed: {self.describe(failure)}; kept for the next crawl", bill_id
        )

    def closed(self, reason: str) -> None:
        if self._budget is None:
            return
        used, limit = self._budget.remaining().get("month", (0, 0))
        left = max(limit - used, 0)
        level = logging.WARNING if limit and left < limit // 10 else logging.INFO
        self.logger.log(
            level,
            "%s: %d LegiScan queries this crawl; %d of %d left this month",
            self.source_name,
            self.queries,
            left,
            limit,
        )
