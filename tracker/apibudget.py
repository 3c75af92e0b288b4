"""Keeps every request of a keyed API inside its budget, shared through the database.

A spider with a `budget` attribute ("openstates") has each request to its API (`api_url`)
counted against tracker.budget.Budget.for_name(budget) before it goes out, in every process and
every source that uses the key (a bill's text on a legislature's own site is not the API's
business and is not counted):
- a full minute waits (without blocking the reactor) for the next minute, then goes out;
- a full day or month refuses the request with `BudgetExhausted` (an IgnoreRequest): the spider's
  errback sees it and ends its crawl cleanly, keeping what arrived;
- the API's own 429 (Open States sends no Retry-After) waits for the next minute and retries,
  unless its detail says the day is used up ("exceeded limit of 250/day: 251").

Enable it in a spider's custom_settings, before the retry middleware sees responses:
    DOWNLOADER_MIDDLEWARES = {"tracker.apibudget.BudgetMiddleware": 560}
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response

from tracker.budget import Budget

log = logging.getLogger(__name__)

WAIT_WINDOWS = ("minute",)  # full: wait for the next one; any other full window ends the crawl
MAX_429_RETRIES = 3
_DETAIL_WINDOW = re.compile(r"exceeded limit of \d+/(min|hour|day)", re.I)


class BudgetExhausted(IgnoreRequest):
    """The budget's day (or month) is used up: no more requests until it resets."""

    def __init__(self, message: str, window: str) -> None:
        super().__init__(message)
        self.window = window


class BudgetMiddleware:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.budgets: dict[str, Budget] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> BudgetMiddleware:
        return cls(crawler)

    def budget(self) -> Budget | None:
        name = getattr(self.crawler.spider, "budget", None)
        if not name:
            return None
        if name not in self.budgets:
            from tracker.config import engine, load_config

            self.budgets[name] = Budget.for_name(name, engine(load_config()))
        return self.budgets[name]

    def counts(self, request: Request) -> bool:
        """Only the keyed API's own requests spend its budget."""
        api = getattr(self.crawler.spider, "api_url", None)
        if not api:
            return True
        base = str(api).rstrip("/")
        return request.url == base or request.url.startswith((base + "/", base + "?"))

    async def process_request(self, request: Request) -> None:
        budget = self.budget()
        if budget is None or not self.counts(request):
            return None
        while True:
            full = budget.take()
            if full is None:
                return None
            limit = budget.limits[full]
            if full in WAIT_WINDOWS:
                wait = budget.seconds_until_reset(full) + 0.05
                log.info(
                    "%s budget: %d requests this %s used; waiting %.1fs for the next",
                    budget.name,
                    limit,
                    full,
                    wait,
                )
                await asyncio.sleep(wait)
                continue
            resets = budget.resets_at(full).strftime("%Y-%m-%d %H:%M UTC")
            raise BudgetExhausted(
                f"{budget.name} budget: all {limit} requests of this {full} are used "
                f"(resets {resets}); stopping here, the rest waits for the next crawl",
                full,
            )

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        budget = self.budget()
        if budget is None or response.status != 429 or not self.counts(request):
            return response
        detail = _detail(response)
        window = _DETAIL_WINDOW.search(detail)
        if window and window.group(1).lower() in ("day", "hour"):
            raise BudgetExhausted(
                f"{budget.name} refused the request: {detail!r}; stopping here, the rest waits "
                "for the next crawl",
                "day",
            )
        tries = request.meta.get("budget_429_retries", 0)
        if tries >= MAX_429_RETRIES:
            return response  # the spider's errback reports the HTTP 429
        wait = budget.seconds_until_reset("minute") + 0.05
        log.warning(
            "%s answered 429 (%s); waiting %.1fs for the next minute, then retrying %s",
            budget.name,
            detail or "no detail",
            wait,
            request.url,
        )
        await asyncio.sleep(wait)
        retry = request.replace(dont_filter=True)
        retry.meta["budget_429_retries"] = tries + 1
        return retry


def _detail(response: Response) -> str:
    try:
        body = json.loads(response.text)
    except (ValueError, AttributeError):
        return ""
    detail = body.get("detail") if isinstance(body, dict) else None
    return str(detail) if detail else ""
