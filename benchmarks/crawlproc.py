"""Run one `tracker crawl` process and measure it on its own: wall time and peak RSS.

The crawl is started by a small launcher process: on Linux a child's peak RSS (`ru_maxrss`)
starts from its parent's at fork time, and a benchmark's parent holds the whole simulated corpus
(a 60,000-matter mirror made a 160 MiB crawl read as 251 MiB). The launcher is small when it
forks, and reports its child's peak.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LAUNCHER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    out.write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code)
"""


def run_measured(args: list[str], env: dict[str, str]) -> tuple[float, float, int, str, str]:
    """(wall seconds, peak RSS in MiB, exit code, stdout, stderr tail) of `python ARGS`."""
    started = time.perf_counter()
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.NamedTemporaryFile("r") as rss,
    ):
        code = subprocess.call(
            [sys.executable, "-c", LAUNCHER, rss.name, sys.executable, *args],
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
