"""Crawl throughput and memory: `tracker crawl` against a local 20,000-matter Legistar mirror.

Run: ``python benchmarks/bench_crawl.py [--matters 20000] [--database-url URL]``.

Starts the mirror (localserver/legistar/mirror.py) with one client built by
localserver/legistar/corpus.py, writes a one-source registry pointing at it, and runs
``python -m tracker.cli crawl --source bench`` twice in a subprocess against a fresh database:
a first crawl (everything is new) and an incremental crawl with nothing changed. Prints wall time,
matters per second, the requests the crawl made, and the crawl process's peak RSS (from
``os.wait4``, so each run is measured on its own).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawlproc import run_measured  # noqa: E402
from localserver.legistar.corpus import build_client  # noqa: E402
from localserver.legistar.mirror import LegistarMirror  # noqa: E402

REGISTRY = """\
[[sources]]
name = "bench"
spider = "legistar"
jurisdiction = "Benchville, IL"
level = "city"
state = "IL"
schedule = "0 */6 * * *"
[sources.args]
client = "bench"
api_url = "{api_url}"
web_url = "https://bench.legistar.com"
timezone = "America/Chicago"
"""

# --unthrottled: no politeness delay towards the local mirror, to measure the crawl's own cost.
UNTHROTTLED = """\
[sources.settings]
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = false
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 16
"""


def ready() -> str | None:
    """Why the crawl cannot run yet, or None."""
    for path in ("spiders/legistar/spider.py", "tracker/crawl.py"):
        if not (ROOT / path).exists():
            return f"{path} does not exist yet"
    return None


def run_crawl(
    env: dict[str, str], profile: str | None = None
) -> tuple[float, float, int, str, str]:
    """(wall seconds, peak RSS in MiB, exit code, stdout, stderr tail) of one crawl process."""
    wrap = ["-m", "cProfile", "-o", profile] if profile else []
    return run_measured([*wrap, "-m", "tracker.cli", "crawl", "--source", "bench"], env)


def bare_fetch(host: str, port: int, targets: list[str]) -> float:
    """The floor: fetch the same pages one after another on one keep-alive connection and parse
    their JSON, with nothing else. Seconds taken."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection(host, port, timeout=60)
    for target in targets:
        conn.request("GET", target)
        body = conn.getresponse().read()
        json.loads(body)
    conn.close()
    return time.perf_counter() - started


def scrapy_alone(base_url: str, targets: list[str], unthrottled: bool) -> float:
    """Seconds for Scrapy by itself (a fresh process, as the crawl is) to fetch and parse the
    same pages with the same politeness: the part of the crawl's time that is Scrapy's."""
    parts = urllib.parse.urlsplit(base_url)
    origin = f"{parts.scheme}://{parts.netloc}"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as urls:
        urls.write("\n".join(origin + t for t in targets))
    started = time.perf_counter()
    flags = ["--unthrottled"] if unthrottled else []
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "scrapy_floor.py"), urls.name, *flags],
        cwd=ROOT,
        check=True,
    )
    os.unlink(urls.name)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--matters", type=int, default=20_000)
    parser.add_argument("--relevant", type=int, default=36)
    parser.add_argument("--database-url", help="default: SQLite in a temporary folder")
    parser.add_argument(
        "--unthrottled",
        action="store_true",
        help="turn off DOWNLOAD_DELAY and AutoThrottle for this source (the registry's settings)",
    )
    parser.add_argument("--profile", help="write a cProfile of the first crawl to this file")
    args = parser.parse_args()
    why_not = ready()
    if why_not:
        print(f"cannot run the crawl benchmark: {why_not}")
        return 2

    started = time.perf_counter()
    state = build_client("bench", n_matters=args.matters, relevant=args.relevant)
    state.warm()  # encode every matter now: the crawl is measured, not the mirror's first pass
    print(
        f"corpus: {args.matters} matters ({args.relevant} relevant) built in "
        f"{time.perf_counter() - started:.1f}s"
    )

    with (
        tempfile.TemporaryDirectory(prefix="bench-crawl-") as tmp,
        LegistarMirror({"bench": state}) as mirror,
    ):
        registry = Path(tmp) / "sources.toml"
        text = REGISTRY.format(api_url=mirror.base_url)
        registry.write_text(text + (UNTHROTTLED if args.unthrottled else ""), encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "TRACKER_SOURCES": str(registry),
            "TRACKER_DATA_DIR": tmp,
            "TRACKER_DATABASE_URL": args.database_url or f"sqlite:///{tmp}/tracker.db",
            "TRACKER_SECRET_KEY": "bench-secret",
        }
        mode = "unthrottled" if args.unthrottled else "default politeness settings"
        print(f"mirror: {mirror.base_url}/bench  database: {env['TRACKER_DATABASE_URL']}  ({mode})")
        failed = False
        for label in ("first crawl", "incremental, nothing changed"):
            state.clear_log()
            mirror.requests.clear()
            profile = args.profile if label == "first crawl" else None
            wall, peak, code, stdout, stderr = run_crawl(env, profile)
            listings = len(state.listing_requests())
            histories = len(state.history_requests())
            other = len(state.request_log) - listings - histories
            print(
                f"{label}: {wall:.1f}s wall, {args.matters / wall:,.0f} corpus matters/s, "
                f"peak RSS {peak:.0f} MiB, exit {code}; requests: {listings} listing pages, "
                f"{histories} histories, {other} other"
            )
            if stdout:
                print(f"  {stdout.splitlines()[-1]}")
            targets = [t for m, t in mirror.requests if m == "GET" and "robots.txt" not in t]
            floor = bare_fetch(mirror.host, mirror.port, targets)
            print(
                f"  floor (the same {len(targets)} pages fetched and parsed one after another): "
                f"{floor:.1f}s; the crawl took {wall / floor:.1f}x the floor"
            )
            alone = scrapy_alone(mirror.base_url, targets, args.unthrottled)
            print(
                f"  Scrapy alone (a fresh process fetching and parsing the same pages, same "
                f"politeness): {alone:.1f}s = {alone / floor:.1f}x the floor; the tracker's "
                f"own work: {max(wall - alone, 0):.1f}s"
            )
            if code != 0:
                failed = True
                print(f"  crawl failed; stderr tail:\n{stderr}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
