"""One local HTTP server that speaks every platform's API on 127.0.0.1, replaying recorded
responses in each platform's real format, with paging, error replies and changes between crawls.

Tests, benchmarks and `tracker demo` crawl it instead of the live services. It is not part of the
tracker itself: nothing in `tracker/`, `spiders/` or `storage/` imports it at run time.
"""
