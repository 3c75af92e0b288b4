"""`tracker sources-check`: ask each registry entry's live endpoint one cheap question and say
which answer, for operators with internet (client names and hosts change without notice).

One probe per platform, the smallest request its API serves (one row of one listing); a source
answers when the reply is HTTP 200 in the platform's own shape. Sources whose token is not set
are reported as skipped, not as failures.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx

from tracker.config import load_config
from tracker.sources import SourceEntry, load_sources, missing_env


@dataclass(frozen=True)
class Probe:
    """One request, and how to tell a real answer from anything else."""

    url: str
    method: str = "GET"
    body: dict[str, Any] | None = None
    looks_right: Callable[[Any], bool] = lambda data: True
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    source: str
    url: str
    outcome: str  # ok | failed | skipped
    detail: str

    def line(self) -> str:
        verdict = "NO ANSWER" if self.outcome == "failed" else self.outcome
        return f"{self.source}: {verdict}: {self.detail} ({self.url})"


def _legistar(entry: SourceEntry) -> Probe:
    a = entry.args
    api = str(a.get("api_url") or "https://webapi.legistar.com/v1").rstrip("/")
    params: dict[str, Any] = {"$top": 1}
    token = a.get("token") or (os.environ.get(str(a["token_env"])) if a.get("token_env") else None)
    if token:
        params["token"] = token
    return Probe(
        f"{api}/{a.get('client')}/matters?{urlencode(params)}",
        looks_right=lambda data: isinstance(data, list),
    )


def _chicago_elms(entry: SourceEntry) -> Probe:
    api = str(entry.args.get("api_url") or "https://api.chicityclerkelms.chicago.gov")
    return Probe(
        f"{api.rstrip('/')}/matter?top=1",
        looks_right=lambda data: isinstance(data, dict) and isinstance(data.get("data"), list),
    )


def _dc_lims(entry: SourceEntry) -> Probe:
    from spiders.dc_lims.spider import council_period

    api = str(entry.args.get("api_url") or "https://lims.dccouncil.gov").rstrip("/")
    period = int(entry.args.get("council_period") or council_period(time.gmtime().tm_year))
    return Probe(
        f"{api}/api/Search/LegislationSearch",
        method="POST",
        body={
            "searchTerm": "",
            "pagination": {"pageIndex": 0, "pageSize": 1},
            "councilPeriodId": {"ids": [period]},
            "recordType": "Legislation",
        },
        looks_right=lambda data: isinstance(data, dict) and "searchResults" in data,
    )


PROBES: dict[str, Callable[[SourceEntry], Probe]] = {
    "legistar": _legistar,
    "chicago_elms": _chicago_elms,
    "dc_lims": _dc_lims,
}


def probe_for(entry: SourceEntry) -> Probe | None:
    """The platform's probe; for a platform without one, a GET of the entry's base URL."""
    if entry.spider in PROBES:
        return PROBES[entry.spider](entry)
    base = entry.args.get("api_url") or entry.args.get("base_url")
    return Probe(str(base)) if base else None


def check_entry(client: httpx.Client, entry: SourceEntry) -> CheckResult:
    unset = missing_env(entry)
    if unset:
        return CheckResult(entry.name, "-", "skipped", f"set {', '.join(unset)} to check it")
    probe = probe_for(entry)
    if probe is None:
        return CheckResult(entry.name, "-", "skipped", "no endpoint in the registry entry")
    shown = probe.url.split("token=")[0].rstrip("?&")  # never print a token
    started = time.monotonic()
    try:
        reply = client.request(probe.method, probe.url, json=probe.body, headers=probe.headers)
    except httpx.HTTPError as exc:
        return CheckResult(entry.name, shown, "failed", f"no answer: {type(exc).__name__}: {exc}")
    took = f"{time.monotonic() - started:.1f} s"
    if reply.status_code != 200:
        return CheckResult(
            entry.name, shown, "failed", f"HTTP {reply.status_code}: {reply.text[:160].strip()}"
        )
    try:
        data = json.loads(reply.text)
    except ValueError:
        return CheckResult(entry.name, shown, "failed", f"HTTP 200 but not JSON ({took})")
    if not probe.looks_right(data):
        return CheckResult(
            entry.name, shown, "failed", f"HTTP 200 but not the platform's reply ({took})"
        )
    return CheckResult(entry.name, shown, "ok", f"HTTP 200 in {took}")


def check_sources(
    entries: Iterable[SourceEntry] | None = None,
    timeout: float = 20.0,
    echo: Callable[[str], None] = print,
) -> list[CheckResult]:
    """Probe each entry once, one after another (politely), printing a line for each."""
    chosen = list(load_sources() if entries is None else entries)
    results = []
    headers = {"User-Agent": load_config().user_agent, "Accept": "application/json"}
    with httpx.Client(timeout=timeout, headers=headers, follow_redirects=True) as client:
        for entry in chosen:
            result = check_entry(client, entry)
            echo(result.line())
            results.append(result)
    return results
