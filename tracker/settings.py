"""Scrapy settings for every spider: one module, as Scrapy expects (scrapy.cfg points here).

Per-source overrides come from the registry's `[sources.settings]` table; see tracker/sources.py.
"""

from tracker.config import load_config

BOT_NAME = "tracker"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
SPIDER_LOADER_CLASS = "tracker.spiderloader.PlatformSpiderLoader"

USER_AGENT = load_config().user_agent
ROBOTSTXT_OBEY = True

# Politeness: AutoThrottle adapts the delay to each host's latency, never below DOWNLOAD_DELAY.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
DOWNLOAD_TIMEOUT = 60

# Retries: transient HTTP errors and 429 are retried with exponential backoff (honouring
# Retry-After) by tracker.middlewares.BackoffRetryMiddleware, which replaces Scrapy's own.
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
TRACKER_RETRY_BACKOFF_BASE = 2.0  # seconds; doubled each attempt
TRACKER_RETRY_BACKOFF_MAX = 60.0
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "tracker.middlewares.BackoffRetryMiddleware": 550,
}
# Responses the spider handles itself (a permanent 500 on one matter is logged, not fatal).
HTTPERROR_ALLOW_ALL = False

# Development: TRACKER_HTTP_CACHE=1 replays responses from data/httpcache instead of the network.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0

ITEM_PIPELINES = {
    "tracker.pipelines.ValidatePipeline": 100,
    "tracker.pipelines.ClassifyPipeline": 200,
    "tracker.pipelines.StorePipeline": 300,
}
EXTENSIONS = {
    "tracker.crawlstate.CrawlStateExtension": 100,
    "scrapy.extensions.telnet.TelnetConsole": None,
}
# Plain measures a callback yields travel as one item per group (tracker/batching.py).
SPIDER_MIDDLEWARES = {"tracker.batching.BatchPlainItemsMiddleware": 1100}
TRACKER_ITEM_BATCH = 1000
# Scrapy starts this many worker tasks for *every* response to process its output concurrently;
# the pipelines are synchronous, so one does the same work in the same order, without the
# 100 asyncio tasks a response that the default costs (a third of a first crawl's time).
CONCURRENT_ITEMS = 1
# Scrapy re-reads and parses a callback's source on every response to warn about `return value`
# in generators (its cache misses on bound methods): 1 ms a response, for a development aid.
WARN_ON_GENERATOR_RETURN_VALUE = False
# The spider asks this to tell candidates from the rest before fetching histories.
TRACKER_TRIAGE = "tracker.classify.triage"

LOG_LEVEL = "INFO"
LOG_FORMATTER = "tracker.logformat.QuietLogFormatter"
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
