"""Crawls per hour one node sustains: `tracker run`'s crawl runner (a child process per crawl,
the lease, the run history, the health check) over many small sources of a local Legistar mirror.

Run: ``python benchmarks/bench_runner.py [--sources 12] [--matters 400] [--workers 2]
[--database-url URL]``.

Each source is its own client on the mirror. Two passes, each crawling every source once with
WORKERS crawls at a time: a first crawl (everything new) and the steady state (an incremental
crawl that finds a few changes: one new action on a tracked measure per source). Prints the
median crawl time and the crawls per hour the node sustained, with the mirror unthrottled (so the
figure is the node's own cost; the platforms' rate limits are in docs/scaling.md).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from localserver.legistar.corpus import build_client  # noqa: E402
from localserver.legistar.mirror import LegistarMirror  # noqa: E402

BLOCK = """\
[[sources]]
name = "{name}"
spider = "legistar"
jurisdiction = "{name} City, IL"
level = "city"
state = "IL"
[sources.args]
client = "{name}"
api_url = "{api_url}"
web_url = "https://{name}.legistar.example"
timezone = "America/Chicago"
[sources.settings]
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = false
ROBOTSTXT_OBEY = false
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=12)
    parser.add_argument("--matters", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url", help="default: SQLite in a temporary folder")
    args = parser.parse_args()

    names = [f"src{i:03d}" for i in range(args.sources)]
    clients = {n: build_client(n, n_matters=args.matters, relevant=6, hearings=1) for n in names}
    with (
        tempfile.TemporaryDirectory(prefix="bench-runner-") as tmp,
        LegistarMirror(clients) as mirror,
    ):
        registry = Path(tmp) / "sources.toml"
        registry.write_text(
            "\n".join(BLOCK.format(name=n, api_url=mirror.base_url) for n in names),
            encoding="utf-8",
        )
        os.environ.update(
            {
                "TRACKER_SOURCES": str(registry),
                "TRACKER_DATA_DIR": tmp,
                "TRACKER_DATABASE_URL": args.database_url or f"sqlite:///{tmp}/tracker.db",
            }
        )
        from tracker.runner import CrawlRunner
        from tracker.sources import load_sources

        entries = load_sources()
        runner = CrawlRunner()
        print(
            f"{args.sources} sources x {args.matters} matters, {args.workers} crawls at a time, "
            f"database {os.environ['TRACKER_DATABASE_URL'].split('://')[0]}"
        )
        for label in ("first crawl", "steady state (a few changes each)"):
            if label.startswith("steady"):
                for client in clients.values():
                    matter = sorted(client.expected_relevant_ids())[0]
                    client.advance(matter, {"MatterHistoryActionName": "Referred"})

            def crawl(entry) -> tuple[str, float]:  # noqa: ANN001 - SourceEntry
                started = time.perf_counter()
                outcome = runner.crawl(entry)
                return outcome.status, time.perf_counter() - started

            started = time.perf_counter()
            with ThreadPoolExecutor(args.workers) as pool:
                results = list(pool.map(crawl, entries))
            wall = time.perf_counter() - started
            statuses = [status for status, _ in results]
            times = [seconds for _, seconds in results]
            ok = statuses.count("succeeded")
            print(
                f"{label}: {ok}/{len(statuses)} succeeded in {wall:.1f}s; median crawl "
                f"{statistics.median(times):.1f}s (max {max(times):.1f}s); "
                f"{len(statuses) / wall * 3600:,.0f} crawls/hour on this node"
            )
            if ok != len(statuses):
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
