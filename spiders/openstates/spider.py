"""Open States API v3: bills of every state legislature, DC and Puerto Rico.

One source a jurisdiction. Each crawl, inside the free tier's 10 requests a minute and 250 a
day (shared by every Open States source through the database, tracker/apibudget.py):

1. refresh: the source's tracked measures, asked for by identifier (20 to a request) and
   `updated_since` the cursor, so an idle refresh costs one request;
2. discovery: broad full-text queries (`q=`), `sort=updated_asc` from the cursor, with actions,
   abstracts, sources and versions included, paged 20 bills at a time. Every result is yielded
   and classified by the tracker, never here.

`updated_since` follows Open States' own copy, not the legislature: a re-import marks bills
updated without anything new, and the store compares actions, so such a crawl makes no events.
The cursor (the newest `updated_at` received) moves only over what arrived. Usage:

    OPENSTATES_API_KEY=... scrapy crawl openstates -a source=openstates-tx
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

import scrapy
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.misc import load_object
from twisted.internet.error import TCPTimedOutError, TimeoutError  # noqa: A004
from twisted.python.failure import Failure

from spiders.base import TrackerSpider
from spiders.documents import TEXT_KINDS
from tracker.apibudget import BudgetExhausted

API_URL = "https://v3.openstates.org"
PER_PAGE = 20  # the API's maximum for /bills
IDENTIFIERS_PER_REQUEST = 20  # the API refuses more in one request
INCLUDES = ("actions", "abstracts", "sources", "versions")
# One full-text query (PostgreSQL websearch_to_tsquery: "or" between alternatives, quotes for
# phrases), so that a crawl's discovery is one listing and an idle crawl one request.
DEFAULT_QUERIES = (
    "immigration or immigrant or immigrants or undocumented or sanctuary or detainer or "
    'detainers or noncitizen or noncitizens or "287(g)" or "immigration enforcement"',
)
# The API reads a `q` that matches this at its start as a bill identifier ("HB 1"), not text.
LIKELY_BILL_ID = re.compile(r"\w{1,3}\s*\d{1,5}")
ACTOR_KINDS = {
    "lower": "chamber",
    "upper": "chamber",
    "legislature": "legislature",
    "executive": "executive",
    "committee": "committee",
}


@dataclass(eq=False)
class Listing:
    """One paged query: the tracked refresh (by identifiers) or one discovery query."""

    label: str
    params: list[tuple[str, str]]
    wanted: set[str] | None = None  # refresh: only these platform ids are ours
    newest: str | None = None  # the newest updated_at received, in page order
    done: bool = False
    pages: int = 0


def check_query(query: str) -> str:
    """QUERY, unless the API would take it for a bill identifier (then a clear error)."""
    text = query.strip()
    if not text or LIKELY_BILL_ID.match(text):
        raise ValueError(
            f"openstates: the query {query!r} would be read as a bill identifier by the API "
            "(it starts like 'HB 1'); start it with a word, or quote it"
        )
    return text


def api_time(moment: datetime) -> str:
    """A time as `updated_since` reads it everywhere: the API has compared it as text against
    PostgreSQL's "2026-06-18 17:07:03+00" and, later, parsed it with fromisoformat; a space
    between date and time sorts right in both."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


class OpenStatesSpider(TrackerSpider):
    name = "openstates"
    vocabulary = "ocd"
    precedence = 50
    budget = "openstates"  # every request counted by tracker.apibudget.BudgetMiddleware
    requires_env = ("OPENSTATES_API_KEY",)
    custom_settings = {
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "tracker.middlewares.BackoffRetryMiddleware": 550,
            "tracker.apibudget.BudgetMiddleware": 560,
        },
        # A 429 waits for the next minute (the budget middleware), not an exponential backoff.
        "RETRY_HTTP_CODES": [500, 502, 503, 504, 522, 524, 408],
        # Pages come one after another: the cursor relies on their order, and the budget
        # spaces them anyway.
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        # An authenticated API used under its terms; a robots.txt request would spend the
        # budget and says nothing about /bills.
        "ROBOTSTXT_OBEY": False,
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        a = self.args
        self.api_url = str(a.get("api_url") or API_URL).rstrip("/")
        self.jurisdiction_id = a.get("jurisdiction_id")
        if not self.jurisdiction_id:
            raise ValueError(
                "openstates: give -a jurisdiction_id="
                "ocd-jurisdiction/country:us/state:xx/government"
            )
        queries = a.get("queries") or DEFAULT_QUERIES
        if isinstance(queries, str):
            queries = [q for q in queries.split("|")]
        self.queries = [check_query(q) for q in queries]
        self.lookback_days = int(a.get("lookback_days", 730))
        self.overlap = timedelta(minutes=float(a.get("overlap_minutes", 60)))
        if a.get("timeout"):
            self.download_timeout = float(a["timeout"])
        self.api_key = os.environ.get("OPENSTATES_API_KEY", "")
        # Handed in by tracker.crawlstate: this source's relevant measures.
        self.tracked: list[Any] = []
        self.notice: str | None = None  # why the crawl stopped early on purpose
        self.listings: list[Listing] = []
        self._stopped = False
        self._triage: Any = None

    # --- requests -------------------------------------------------------------------------

    def since(self) -> str | None:
        if not self.cursor:
            return None
        try:
            moment = datetime.fromisoformat(self.cursor.replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return api_time(moment - self.overlap)

    def common_params(self) -> list[tuple[str, str]]:
        params = [("jurisdiction", self.jurisdiction_id), ("sort", "updated_asc")]
        since = self.since()
        if since:
            params.append(("updated_since", since))
        params += [("include", name) for name in INCLUDES]
        return params

    def plan(self) -> list[Listing]:
        """Tracked measures first, then discovery."""
        listings = []
        tracked = sorted({(t.identifier, t.platform_id) for t in self.tracked})
        wanted = {pid for _, pid in tracked}
        identifiers = sorted({ident for ident, _ in tracked})
        for i in range(0, len(identifiers), IDENTIFIERS_PER_REQUEST):
            batch = identifiers[i : i + IDENTIFIERS_PER_REQUEST]
            listings.append(
                Listing(
                    label=f"tracked bills {i + 1}-{i + len(batch)}",
                    params=self.common_params() + [("identifier", b) for b in batch],
                    wanted=wanted,
                )
            )
        floor = (date.today() - timedelta(days=self.lookback_days)).isoformat()
        for query in self.queries:
            listings.append(
                Listing(
                    label=f"bills matching {query!r}",
                    params=[("q", query), *self.common_params(), ("action_since", floor)],
                )
            )
        self.listings = listings
        return listings

    def page_request(self, listing: Listing, page: int) -> scrapy.Request:
        params = [*listing.params, ("page", str(page)), ("per_page", str(PER_PAGE))]
        return scrapy.Request(
            f"{self.api_url}/bills?{urlencode(params)}",
            headers={"X-API-KEY": self.api_key, "Accept": "application/json"},
            callback=self.parse_page,
            errback=self.listing_failed,
            cb_kwargs={"listing": listing, "page": page},
            dont_filter=True,
        )

    def detail_request(self, bill_id: str) -> scrapy.Request:
        params = urlencode([("include", name) for name in INCLUDES])
        return scrapy.Request(
            f"{self.api_url}/bills/{bill_id}?{params}",
            headers={"X-API-KEY": self.api_key, "Accept": "application/json"},
            callback=self.parse_detail,
            errback=self.detail_failed,
            cb_kwargs={"bill_id": bill_id},
            dont_filter=True,
            priority=10,
        )

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if not self.api_key:
            self.fail(
                "OPENSTATES_API_KEY is not set: get a key at https://openstates.org/account/"
                "profile/ and set it in the environment"
            )
            return
        self._triage = load_object(self.settings.get("TRACKER_TRIAGE"))
        self.plan()
        # Bills that could not be read last time, asked for by id (the listings, which start
        # after the cursor, would not bring them again unless they changed).
        for bill_id in self.retry_ids:
            if bill_id.startswith("ocd-bill/"):
                yield self.detail_request(bill_id)
        if self.listings:
            yield self.page_request(self.listings[0], 1)
        else:
            self.finish()

    # --- parsing --------------------------------------------------------------------------

    def load_json(self, response: Response, what: str) -> Any:
        try:
            return json.loads(response.text)
        except (ValueError, UnicodeDecodeError, AttributeError) as exc:
            raise ValueError(f"{what}: malformed JSON from {response.url} ({exc})") from None

    def parse_page(self, response: Response, listing: Listing, page: int) -> Iterator[Any]:
        try:
            body = self.load_json(response, listing.label)
            results = body.get("results") if isinstance(body, dict) else None
            paging = body.get("pagination") if isinstance(body, dict) else None
            if not isinstance(results, list) or not isinstance(paging, dict):
                raise ValueError(
                    f"{listing.label}: expected results and pagination from {response.url}"
                )
            max_page = int(paging.get("max_page") or 1)
        except (ValueError, TypeError) as exc:
            self.fail(str(exc))
            return
        listing.pages += 1
        for bill in results:
            item = self.bill_item(bill)
            if item is None:
                continue
            if listing.wanted is not None and item["platform_id"] not in listing.wanted:
                continue  # the same identifier in another session: not the tracked bill
            yield from self.with_text(item, bill, tracked=listing.wanted is not None)
        # Pages come oldest change first: everything up to the newest one here has arrived.
        stamps = [b.get("updated_at") for b in results if isinstance(b, dict)]
        newest = max(filter(None, [listing.newest, *stamps]), default=None)
        listing.newest = newest
        if page < max_page:
            yield self.page_request(listing, page + 1)
            return
        listing.done = True
        yield from self.next_listing(listing)

    def next_listing(self, finished: Listing) -> Iterator[scrapy.Request]:
        if self._stopped or self.fatal_error:
            return
        index = self.listings.index(finished) + 1
        if index < len(self.listings):
            yield self.page_request(self.listings[index], 1)
        else:
            self.finish()

    def finish(self) -> None:
        """Every listing arrived whole: the cursor may move to the newest change received."""
        self.listing_complete = True
        self.new_cursor = max(
            filter(None, [self.cursor, *(x.newest for x in self.listings)]), default=None
        )

    def parse_detail(self, response: Response, bill_id: str) -> Iterator[Any]:
        try:
            bill = self.load_json(response, f"bill {bill_id}")
        except ValueError as exc:
            self.count_error(str(exc), bill_id)
            return
        item = self.bill_item(bill if isinstance(bill, dict) else {}, fallback_id=bill_id)
        if item is not None:
            yield from self.with_text(item, bill, tracked=True)

    def with_text(self, item: dict[str, Any], bill: dict[str, Any], tracked: bool) -> Iterator[Any]:
        """A tracked bill or a candidate (the tracker's triage on title and abstract) with its
        newest version's text, read from the legislature's site: that costs nothing of the API's
        budget, and settles what a terse caption cannot. Other bills keep only the link."""
        page, pdf = self.text_links(bill.get("versions") or [])
        if not tracked and self._triage(item["title"] or "", item.get("summary")) == "no":
            item["text_url"] = page or pdf
            yield item
            return
        yield from self.page_text(item, page, pdf)

    def bill_item(self, bill: Any, fallback_id: str | None = None) -> dict[str, Any] | None:
        bill_id = bill.get("id") if isinstance(bill, dict) else None
        try:
            if not bill_id or not bill.get("identifier"):
                raise ValueError("no id or identifier")
            return self.item_from(bill)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            self.count_error(
                f"bill {bill_id or fallback_id or str(bill)[:120]!r} cannot be read ({exc}); "
                "asked for again next crawl",
                bill_id or fallback_id,
            )
            return None

    def item_from(self, bill: dict[str, Any]) -> dict[str, Any]:
        sources = [s.get("url") for s in bill.get("sources") or [] if s.get("url")]
        abstracts = [a.get("abstract") for a in bill.get("abstracts") or [] if a.get("abstract")]
        kinds = bill.get("classification") or []
        actions = bill.get("actions")
        return self.base_item(
            session=bill.get("session"),
            identifier=bill["identifier"],
            platform_id=bill["id"],
            url=bill.get("openstates_url") or (sources[0] if sources else None),
            title=bill.get("title"),
            summary=abstracts[0] if abstracts else None,
            measure_type=kinds[0] if kinds else None,
            raw_status=bill.get("latest_action_description") or None,
            introduced_date=(bill.get("first_action_date") or "")[:10] or None,
            actions=None if actions is None else [self.action(a) for a in actions],
            modified=bill.get("updated_at"),
        )

    @staticmethod
    def text_links(versions: list[dict[str, Any]]) -> tuple[str | None, str | None]:
        """(page, pdf): the newest version's web page and PDF links, either may be missing."""
        dated = [v for v in versions if isinstance(v, dict) and v.get("links")]
        if not dated:
            return None, None
        newest = max(dated, key=lambda v: v.get("date") or "")
        found: dict[str, str] = {}
        for link in newest["links"]:
            kind = TEXT_KINDS.get(link.get("media_type"))
            if kind and link.get("url") and kind not in found:
                found[kind] = link["url"]
        return found.get("page"), found.get("pdf")

    @staticmethod
    def action(row: dict[str, Any]) -> dict[str, Any]:
        org = row.get("organization") or {}
        stamp = str(row.get("date") or "")
        occurred = None
        if len(stamp) > 10:
            try:
                moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
                occurred = moment.isoformat() if moment.tzinfo else None
            except ValueError:
                occurred = None
        return {
            "date": stamp[:10],
            "occurred_at": occurred,
            "actor": org.get("name"),
            "actor_kind": ACTOR_KINDS.get(org.get("classification") or ""),
            "description": row.get("description"),
            "classification": list(row.get("classification") or []),
        }

    # --- failures -------------------------------------------------------------------------

    def describe(self, failure: Failure) -> str:
        if failure.check(HttpError):
            response = failure.value.response
            detail = ""
            try:
                body = json.loads(response.text)
                detail = body.get("detail") if isinstance(body, dict) else ""
            except (ValueError, AttributeError):
                pass
            retries = failure.request.meta.get("retry_times", 0) or failure.request.meta.get(
                "budget_429_retries", 0
            )
            tail = f" after {retries} retries" if retries else ""
            said = f": {detail}" if detail else ""
            return f"HTTP {response.status}{said}{tail}"
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            return f"timed out after {getattr(self, 'download_timeout', 'the download timeout')}s"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"

    def stop_for_budget(self, message: str) -> None:
        """The day's budget is spent: end cleanly, the cursor moving only over what arrived."""
        if self._stopped:
            return
        self._stopped = True
        self.notice = message
        self.logger.warning("%s", message)
        # Listings that arrived whole no longer hold the cursor back; the first one that did
        # not holds it at the newest change it delivered (its pages come oldest first).
        unfinished = [x.newest or self.cursor for x in self.listings if not x.done]
        self.listing_complete = True
        if any(stamp is None for stamp in unfinished):
            self.new_cursor = self.cursor  # a listing never got going: nothing to move over
        else:
            self.new_cursor = max(filter(None, [self.cursor, min(unfinished)]), default=None)

    def listing_failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        if failure.check(BudgetExhausted):
            self.stop_for_budget(str(failure.value))
            return
        listing = failure.request.cb_kwargs["listing"]
        page = failure.request.cb_kwargs["page"]
        if failure.check(HttpError) and failure.value.response.status == 404 and page > 1:
            # "invalid page": the listing shrank while we paged; what is left has arrived.
            self.logger.warning("%s: page %d is gone (%s)", listing.label, page, failure.value)
            listing.done = True
            yield from self.next_listing(listing)
            return
        self.fail(f"{listing.label} failed ({failure.request.url}): {self.describe(failure)}")

    def detail_failed(self, failure: Failure) -> None:
        bill_id = failure.request.cb_kwargs["bill_id"]
        if failure.check(BudgetExhausted):
            self.failed_ids.add(bill_id)  # still owed; asked for next crawl
            self.stop_for_budget(str(failure.value))
            return
        self.count_error(f"bill {bill_id} failed: {self.describe(failure)}", bill_id)
