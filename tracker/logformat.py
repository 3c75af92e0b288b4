"""Scrapy logs every scraped item in full by default; a crawl of 20,000 matters must not print
20,000 item dumps, and a hostile 5 MB title must not reach the log."""

from scrapy import logformatter


class QuietLogFormatter(logformatter.LogFormatter):
    def scraped(self, item, response, spider):  # noqa: ANN001, ANN201 - Scrapy's signature
        return None

    def dropped(self, item, exception, response, spider):  # noqa: ANN001, ANN201
        entry = super().dropped(item, exception, response, spider)
        entry["msg"] = "Dropped: %(exception)s"
        entry["args"] = {"exception": str(exception)[:500]}
        return entry

    def item_error(self, item, exception, response, spider):  # noqa: ANN001, ANN201
        # The traceback says what broke; the item itself may be a batch of a thousand measures.
        entry = super().item_error(item, exception, response, spider)
        entry["msg"] = "Error processing %(what)s"
        entry["args"] = {"what": describe_item(item)}
        return entry


def describe_item(item: object) -> str:
    """A short name for an item in a log line."""
    if isinstance(item, dict):
        if item.get("kind") == "batch":
            return f"a batch of {len(item.get('items') or [])} measures"
        ident = str(item.get("identifier") or item.get("platform_id") or "?")[:80]
        return f"item {ident!r}"
    return type(item).__name__
