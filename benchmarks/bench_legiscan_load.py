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
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

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


# The crawl is started by a small launcher process: on Linux a child's peak RSS starts from its
# parent's at fork time, and this benchmark's parent holds the whole simulated corpus.
LAUNCHER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def run_crawl(env: dict[str, str], *sources: str) -> tuple[float, float, int, str, str]:
    """(wall seconds, peak RSS in MiB, exit code, stdout, stderr tail) of one crawl process."""
    names = [arg for source in sources for arg in ("--source", source)]
    started = time.perf_counter()
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.NamedTemporaryFile("r") as rss,
    ):
        crawl = [sys.executable, "-m", "tracker.cli", "crawl", *names]
        code = subprocess.call(
            [sys.executable, "-c", LAUNCHER, rss.name, *crawl],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=err,
        )
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
        peak_kib = int(rss.read() or 0)  # Linux reports KiB
    return wall, peak_kib / 1024, code, stdout.strip(), stderr.strip()[-2000:]


def queries(server: LocalServer) -> int:
    return server.count(r"op=")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bills", type=int, default=13_000)
    parser.add_argument("--jurisdictions", type=int, default=len(STATES))
    parser.add_argument("--bills-each", type=int, default=200)
    parser.add_argument("--database-url", help="default: SQLite in a temporary folder")
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

        def measure(label: str, *sources: str, bills: int | None = None) -> None:
            nonlocal failed
            server.requests.clear()
            wall, peak, code, stdout, stderr = run_crawl(env, *sources)
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
            if code != 0:
                failed = True
                print(f"  crawl failed; stderr tail:\n{stderr}")

        measure("TX first load from the dataset", "legiscan-tx", bills=args.bills)
        measure("TX idle re-crawl", "legiscan-tx")
        if len(states) > 1:
            others = [f"legiscan-{s.lower()}" for s in states if s != "TX"]
            measure(f"first load of {len(others)} more jurisdictions", *others)
            every = [f"legiscan-{s.lower()}" for s in states]
            measure(f"idle re-crawl of {len(every)} jurisdictions", *every)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
