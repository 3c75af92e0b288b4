"""LegiScan first load and idle re-crawls: `tracker crawl` against the local LegiScan simulator.

Run: ``python benchmarks/bench_legiscan_load.py [--bills 13000] [--jurisdictions 53]
[--database-url URL]``.

1. A Texas-sized session (13,000 bills by default) served as a weekly dataset ZIP: the first
   crawl loads it (getSessionList, getDatasetList, getDataset) and stores every bill; prints wall
   time and the crawl process's peak RSS (its own, measured through a small launcher).
2. An idle re-crawl of that source: requests and time.
3. An idle re-crawl of every jurisdiction (53 sources of small sessions, one process): requests
   and time, after a first load of each.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import io
import json
import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crawlproc import run_measured  # noqa: E402
from localserver.legiscan.model import LegiScanAPI, build_session  # noqa: E402
from localserver.server import LocalServer  # noqa: E402

KEY = "bench-key"
STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "DC",
    "PR",
    "US",
]
SETTINGS = """\
[sources.settings]
DOWNLOAD_DELAY = 0
AUTOTHROTTLE_ENABLED = false
"""


def entry(state: str, api_url: str) -> str:
    return f"""[[sources]]
name = "legiscan-{state.lower()}"
spider = "legiscan"
jurisdiction = "Bench {state}"
level = "state"
state = "{state}"
[sources.args]
api_url = "{api_url}"
{SETTINGS}
"""


def run_crawl(
    env: dict[str, str], *sources: str, profile: str | None = None
) -> tuple[float, float, int, str, str]:
    """(wall seconds, peak RSS in MiB, exit code, stdout, stderr tail) of one crawl process."""
    names = [arg for source in sources for arg in ("--source", source)]
    wrap = ["-m", "cProfile", "-o", profile] if profile else []
    return run_measured([*wrap, "-m", "tracker.cli", "crawl", *names], env)


def bare_load(server: LocalServer, targets: list[str]) -> float:
    """The floor: fetch the same replies one after another and parse them, the dataset ZIP
    included (every bill file in it read and parsed), with nothing else. Seconds taken."""
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
    for target in targets:
        conn.request("GET", target)
        reply = json.loads(conn.getresponse().read())
        dataset = reply.get("dataset") if isinstance(reply, dict) else None
        if isinstance(dataset, dict) and "zip" in dataset:
            with zipfile.ZipFile(io.BytesIO(base64.b64decode(dataset["zip"]))) as archive:
                for name in archive.namelist():
                    if name.endswith(".json"):
                        json.loads(archive.read(name))
    conn.close()
    return time.perf_counter() - started


def queries(server: LocalServer) -> int:
    return server.count(r"op=")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bills", type=int, default=13_000)
    parser.add_argument("--jurisdictions", type=int, default=len(STATES))
    parser.add_argument("--bills-each", type=int, default=200)
    parser.add_argument("--database-url", help="default: SQLite in a temporary folder")
    parser.add_argument("--profile", help="write a cProfile of the Texas first load to this file")
    args = parser.parse_args()

    started = time.perf_counter()
    api = LegiScanAPI(KEY)
    api.add_session(build_session("TX", 2131, args.bills))
    states = ["TX"] + [s for s in STATES if s != "TX"][: max(args.jurisdictions - 1, 0)]
    for n, state in enumerate(s for s in states if s != "TX"):
        api.add_session(build_session(state, 3000 + n, args.bills_each))
    texas = api.sessions[2131]
    api._dataset(texas)  # build the ZIP now: the crawl is measured, not the simulator
    print(
        f"corpus: TX {args.bills} bills (+{len(states) - 1} jurisdictions of {args.bills_each}) "
        f"built in {time.perf_counter() - started:.1f}s; dataset reply "
        f"{len(api._dataset(texas)[1]) / 2**20:.1f} MiB"
    )
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-legiscan-") as tmp, LocalServer() as server:
        server.mount("/legiscan", api)
        api_url = server.url("legiscan") + "/"
        registry = Path(tmp) / "sources.toml"
        registry.write_text("".join(entry(s, api_url) for s in states), encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "LEGISCAN_API_KEY": KEY,
            "TRACKER_SOURCES": str(registry),
            "TRACKER_DATA_DIR": tmp,
            "TRACKER_DATABASE_URL": args.database_url or f"sqlite:///{tmp}/tracker.db",
            "TRACKER_SECRET_KEY": "bench-secret",
            "TRACKER_BUDGET_LEGISCAN": "1000000/month",
        }
        print(f"server: {api_url}  database: {env['TRACKER_DATABASE_URL']}")

        def measure(
            label: str, *sources: str, bills: int | None = None, floor: bool = False
        ) -> None:
            nonlocal failed
            server.requests.clear()
            profile = args.profile if floor else None
            wall, peak, code, stdout, stderr = run_crawl(env, *sources, profile=profile)
            rate = f", {bills / wall:,.0f} bills/s" if bills else ""
            print(
                f"{label}: {wall:.1f}s wall{rate}, peak RSS {peak:.0f} MiB, exit {code}, "
                f"{queries(server)} LegiScan queries"
            )
            lines = stdout.splitlines()
            for line in lines[:3]:
                print(f"  {line}")
            if len(lines) > 3:
                print(f"  ... ({len(lines)} sources)")
            if floor:
                targets = [t for m, t in server.requests if m == "GET"]
                bare = bare_load(server, targets)
                print(
                    f"  floor (the same {len(targets)} replies fetched and parsed, every bill "
                    f"file of the dataset included): {bare:.1f}s; the load took "
                    f"{wall / bare:.1f}x the floor"
                )
            if code != 0:
                failed = True
                print(f"  crawl failed; stderr tail:\n{stderr}")

        measure("TX first load from the dataset", "legiscan-tx", bills=args.bills, floor=True)
        measure("TX idle re-crawl", "legiscan-tx")
        if len(states) > 1:
            others = [f"legiscan-{s.lower()}" for s in states if s != "TX"]
            measure(f"first load of {len(others)} more jurisdictions", *others)
            every = [f"legiscan-{s.lower()}" for s in states]
            measure(f"idle re-crawl of {len(every)} jurisdictions", *every)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
