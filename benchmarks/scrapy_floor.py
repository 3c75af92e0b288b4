"""Scrapy alone: fetch a list of URLs with Scrapy's own machinery and parse their JSON, nothing
else (no pipelines, no database, no classification), with the politeness settings given.

Run by benchmarks/bench_crawl.py: ``python benchmarks/scrapy_floor.py URLS_FILE [--unthrottled]``.
What a first crawl costs beyond this is the tracker's own work; what this costs beyond the bare
fetch is Scrapy's (process start, scheduler, downloader, middlewares).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess


class FetchOnly(scrapy.Spider):
    name = "fetch_only"

    def __init__(self, urls: list[str], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.urls = urls

    async def start(self):  # noqa: ANN201 - Scrapy's start() protocol
        for url in self.urls:
            yield scrapy.Request(url, dont_filter=True)

    def parse(self, response):  # noqa: ANN001, ANN201
        json.loads(response.text)
        self.crawler.stats.inc_value("fetch_only/parsed")


def main(argv: list[str]) -> int:
    urls = Path(argv[0]).read_text(encoding="utf-8").split()
    settings = {
        "LOG_LEVEL": "WARNING",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "CONCURRENT_ITEMS": 1,
        "HTTPERROR_ALLOW_ALL": False,
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
    }
    if "--unthrottled" in argv:
        settings.update(
            DOWNLOAD_DELAY=0,
            AUTOTHROTTLE_ENABLED=False,
            CONCURRENT_REQUESTS=16,
            CONCURRENT_REQUESTS_PER_DOMAIN=16,
        )
    else:  # the tracker's defaults (tracker/settings.py)
        settings.update(
            DOWNLOAD_DELAY=0.25,
            AUTOTHROTTLE_ENABLED=True,
            AUTOTHROTTLE_START_DELAY=1.0,
            AUTOTHROTTLE_TARGET_CONCURRENCY=2.0,
            CONCURRENT_REQUESTS=8,
            CONCURRENT_REQUESTS_PER_DOMAIN=4,
        )
    process = CrawlerProcess(settings)
    process.crawl(FetchOnly, urls=urls)
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
