"""Groups the plain measures a callback yields into one batch item.

Most of what a first crawl lists are unrelated measures without a history: a listing page of a
big council holds a thousand of them. Scrapy's item machinery costs about half a millisecond an
item (several asyncio tasks, the middleware chain, the pipeline chain), more than validating,
classifying and storing one; handed over as one item per page, they pay that cost once. Each
measure inside is still validated, classified and stored on its own by the pipelines, and
counted as seen; events stay per measure (docs/crawling.md).

Only *plain* measures are grouped (no history fetched, no hearings): those are the ones the store
writes in bulk anyway. Anything else (a measure with its history, hearings, a request) passes at
once, after the measures held so far, so items reach the pipelines in the order the spider
yielded them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler

BATCH_KIND = "batch"


def batchable(output: Any) -> bool:
    """A plain measure: a dict item with no kind, no history and no hearings."""
    return (
        isinstance(output, dict)
        and "kind" not in output
        and output.get("actions") is None
        and not output.get("hearings")
    )


def batch_item(items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": BATCH_KIND, "items": items}


class _Grouper:
    """Holds plain measures until something else passes or the group is full."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.held: list[dict[str, Any]] = []

    def take(self, output: Any) -> Iterator[Any]:
        if batchable(output):
            self.held.append(output)
            if len(self.held) >= self.size:
                yield from self.release()
            return
        if not isinstance(output, Request):
            yield from self.release()  # items keep the spider's order
        yield output

    def release(self) -> Iterator[Any]:
        if self.held:
            held, self.held = self.held, []
            yield batch_item(held)


class BatchPlainItemsMiddleware:
    """Spider middleware closest to the spider, so that the others see one item per group."""

    def __init__(self, size: int) -> None:
        self.size = size

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BatchPlainItemsMiddleware:
        return cls(crawler.settings.getint("TRACKER_ITEM_BATCH", 1000))

    def process_spider_output(self, response: Any, result: Iterable[Any]) -> Iterator[Any]:
        if self.size <= 1:
            yield from result
            return
        grouper = _Grouper(self.size)
        for output in result:
            yield from grouper.take(output)
        yield from grouper.release()

    async def process_spider_output_async(
        self, response: Any, result: AsyncIterator[Any]
    ) -> AsyncIterator[Any]:
        if self.size <= 1:
            async for output in result:
                yield output
            return
        grouper = _Grouper(self.size)
        async for output in result:
            for passed in grouper.take(output):
                yield passed
        for passed in grouper.release():
            yield passed
