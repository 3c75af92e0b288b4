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
