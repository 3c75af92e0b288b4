"""What every tracker spider shares: its source's identity and the crawl state it is handed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.exceptions import DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import TCPTimedOutError, TimeoutError  # noqa: A004
from twisted.python.failure import Failure

from spiders.documents import MAX_BYTES, UnreadableDocument, document_text, is_pdf
from tracker.sources import get_source


def content_type(response: Response) -> str:
    return response.headers.get(b"Content-Type", b"").decode("latin-1")


def whole(response: Response) -> bool:
    """An HTML page that arrived in full ends its document, and so does a PDF (its last
    end-of-file marker); a cut-off transfer does not."""
    if is_pdf(response.body, content_type(response)):
        return b"%%EOF" in response.body[-2048:]
    return b"</html>" in response.body.lower()


class TrackerSpider(scrapy.Spider):
    """Base for all platforms.

    Arguments come from the registry entry named by `-a source=NAME`, and any `-a key=value`
    given on the command line overrides the entry's. The crawl-state extension sets `cursor` and
    `retry_ids` (and `known_hashes`, each measure's stored `change_hash` by platform id, for
    sources without a changed-since query) from the database before the first request, and
    reads `new_cursor`, `failed_ids` and `fatal_error` when the crawl ends.
    """

    vocabulary = "text"
    # Order among sources of one measure for title, summary and text (lower wins); a registry
    # entry's `precedence` overrides it. Official sites 10, Open States 50, LegiScan 60.
    precedence = 10

    def __init__(
        self,
        source: str | None = None,
        jurisdiction: str | None = None,
        level: str | None = None,
        state: str | None = None,
        **kwargs: Any,
    ) -> None:
        entry = get_source(source) if source else None
        args: dict[str, Any] = dict(entry.args) if entry else {}
        args.update(kwargs)
        super().__init__(**{k: v for k, v in args.items() if k == "name"})
        self.args = args
        self.source_name = source or args.get("client") or self.name
        self.jurisdiction = jurisdiction or (entry.jurisdiction if entry else None)
        self.level = level or (entry.level if entry else None)
        self.state = (state or (entry.state if entry else "") or "").upper() or None
        missing = [k for k in ("jurisdiction", "level", "state") if not getattr(self, k)]
        if missing:
            wanted = " ".join(f"-a {key}=..." for key in missing)
            raise ValueError(f"{self.name}: give -a source=NAME from the registry, or {wanted}")
        self.entry = entry
        # Crawl state, filled in by tracker.crawlstate.CrawlStateExtension.
        self.cursor: str | None = args.get("since")
        self.retry_ids: list[str] = []
        self.known_hashes: dict[str, str] = {}
        self.new_cursor: str | None = None
        self.listing_complete = False  # set by the spider when its listing reached the end
        self.failed_ids: set[str] = set()
        self.fatal_error: str | None = None
        # `-a texts=no`: keep bill texts' links but do not fetch them (page_text)
        self.fetch_texts = self.flag("texts")

    def flag(self, name: str, default: bool = True) -> bool:
        """A yes/no argument: "0", "false" and "no" (or TOML's false) turn it off."""
        return str(self.args.get(name, default)).lower() not in ("0", "false", "no")

    def base_item(self, **fields: Any) -> dict[str, Any]:
        """A normalized item dict with this source's identity filled in."""
        return {
            "source": self.source_name,
            "jurisdiction": self.jurisdiction,
            "level": self.level,
            "state": self.state,
            "vocabulary": self.vocabulary,
            "precedence": int(self.args.get("precedence", self.precedence)),
            **fields,
        }

    def count_error(self, message: str, platform_id: str | None = None) -> None:
        """A per-measure failure: logged, counted, remembered for the next crawl; not fatal."""
        self.logger.error(message)
        if self.crawler:
            self.crawler.stats.inc_value("tracker/errors")
        if platform_id is not None:
            self.failed_ids.add(platform_id)

    def hearing_items(self) -> Iterator[dict[str, Any]]:
        """The hearings gathered from agendas (`self._hearings`: platform id -> hearings), one
        item per measure, each meeting once."""
        hearings_by_id: dict[str, list[dict[str, Any]]] = getattr(self, "_hearings", {})
        for matter_id, hearings in sorted(hearings_by_id.items()):
            unique = {h["key"]: h for h in hearings}
            yield {
                "kind": "hearings",
                "source": self.source_name,
                "jurisdiction": self.jurisdiction,
                "platform_id": matter_id,
                "hearings": list(unique.values()),
            }
        hearings_by_id.clear()

    # --- a bill's text from its latest version: its web page, else its PDF -------------------

    def page_text(
        self, item: dict[str, Any], page: str | None, pdf: str | None, copy: Any = None
    ) -> Iterator[Any]:
        """The item with its text read from PAGE (an HTML version of the bill) when there is
        one, else from PDF; the item as it is when there is neither, or when the source's
        `texts` argument is "no" (the link is kept either way). A text that cannot be
        fetched or read costs only the text: the item goes on with its title and summary.

        COPY names the platform's own copy of the same text (`text_copy` reads it) for when
        the legislature's link is missing or fails; most platforms keep none."""
        url = page or pdf
        if url:
            item["text_url"] = url
        if not self.fetch_texts:
            yield item
            return
        if not url:
            yield from self.text_copy(item, copy)
            return
        yield scrapy.Request(
            url,
            callback=self.parse_page_text,
            errback=self.page_text_failed,
            cb_kwargs={"item": item, "copy": copy},
            meta={"download_maxsize": MAX_BYTES},
            dont_filter=True,
            priority=20,
        )

    def parse_page_text(
        self, response: Response, item: dict[str, Any], copy: Any = None
    ) -> Iterator[Any]:
        try:
            text = document_text(
                response.body, content_type(response), getattr(response, "encoding", "")
            )
        except UnreadableDocument as exc:
            yield from self.text_unread(item, str(exc), copy)
            return
        if not (whole(response) and text):
            yield from self.text_unread(item, "the document is cut off or empty", copy)
            return
        item["full_text"] = text
        yield item

    def page_text_failed(self, failure: Failure) -> Iterator[Any]:
        kwargs = failure.request.cb_kwargs
        yield from self.text_unread(kwargs["item"], self.describe(failure), kwargs.get("copy"))

    def text_unread(self, item: dict[str, Any], why: str, copy: Any) -> Iterator[Any]:
        tail = "; reading the platform's copy" if copy is not None else ""
        self.logger.warning("no text for %s: %s%s", item["identifier"], why, tail)
        yield from self.text_copy(item, copy)

    def text_copy(self, item: dict[str, Any], copy: Any) -> Iterator[Any]:
        """The item with the text of the platform's own copy named by COPY, where the platform
        keeps one (LegiScan does); by default the item as it is."""
        yield item

    def describe(self, failure: Failure) -> str:
        """One line saying why a request failed, for the crawl's log and its run record."""
        if failure.check(HttpError):
            status = failure.value.response.status
            retries = failure.request.meta.get("retry_times", 0)
            tail = f" after {retries} retries" if retries else ""
            return f"HTTP {status}{tail}"
        if failure.check(DownloadTimeoutError, TimeoutError, TCPTimedOutError):
            return f"timed out after {getattr(self, 'download_timeout', 'the download timeout')}s"
        return f"{failure.type.__name__}: {failure.getErrorMessage()}"

    def fail(self, message: str) -> None:
        """A failure that makes the whole crawl unsuccessful: the cursor stays where it was."""
        self.logger.error(message)
        if self.fatal_error is None:
            self.fatal_error = message
        if self.crawler:
            self.crawler.stats.inc_value("tracker/errors")
