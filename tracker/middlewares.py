"""Retry with exponential backoff, through Scrapy's own RetryMiddleware.

Scrapy retries at once; against a struggling server (5xx) or a rate limit (429) waiting first is
what keeps us welcome, so the wait happens here, without blocking other requests.
"""

from __future__ import annotations

import asyncio
import logging

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.response import response_status_message

log = logging.getLogger(__name__)


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings) -> None:  # noqa: ANN001 - scrapy Settings
        super().__init__(settings)
        self.base = settings.getfloat("TRACKER_RETRY_BACKOFF_BASE", 2.0)
        self.ceiling = settings.getfloat("TRACKER_RETRY_BACKOFF_MAX", 60.0)

    def _max(self, request) -> int:  # noqa: ANN001
        return request.meta.get("max_retry_times", self.max_retry_times)

    def _delay(self, request, response=None) -> float:  # noqa: ANN001
        attempt = request.meta.get("retry_times", 0)
        delay = self.base * (2**attempt)
        if response is not None and response.status == 429:
            retry_after = response.headers.get(b"Retry-After")
            if retry_after and retry_after.strip().isdigit():
                delay = max(delay, float(retry_after))
        return min(delay, self.ceiling)

    async def process_response(self, request, response, spider=None):  # noqa: ANN001, ANN201
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        if request.meta.get("retry_times", 0) < self._max(request):
            await asyncio.sleep(self._delay(request, response))
        reason = response_status_message(response.status)
        return self._retry(request, reason) or response

    async def process_exception(self, request, exception, spider=None):  # noqa: ANN001, ANN201
        if isinstance(exception, self.exceptions_to_retry) and not request.meta.get(
            "dont_retry", False
        ):
            if request.meta.get("retry_times", 0) < self._max(request):
                await asyncio.sleep(self._delay(request))
            return self._retry(request, exception)
        return None
