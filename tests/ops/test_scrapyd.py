"""Past one machine: two real Scrapyd nodes on 127.0.0.1, the project deployed to them as an egg
built by scrapyd-client, and `tracker run`'s crawl runner dispatching through Scrapyd's HTTP API.
Items flow through the same pipelines into the same database as a local crawl."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlmodel import Session, select

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from storage.db import get_engine
from storage.models import CrawlRun, Event, Hearing, Jurisdiction, Measure
from tests.mail.helpers import free_port
from tests.ops.helpers import SilentServer, source_block, write_sources
from tracker.config import load_config
from tracker.runner import CrawlRunner
from tracker.scrapyd import ScrapydDispatcher
from tracker.sources import load_sources

pytestmark = pytest.mark.backends("postgresql")

ROOT = Path(__file__).resolve().parents[2]
TODAY = date.today()


class ScrapydNode:
    """A real `scrapyd` process with its own folder, port and environment."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.folder = folder
        self.port = free_port()
        folder.mkdir(parents=True)
        (folder / "scrapyd.conf").write_text(
            "[scrapyd]\n"
            f"bind_address = 127.0.0.1\nhttp_port = {self.port}\n"
            "poll_interval = 0.3\nmax_proc = 2\n"
            f"eggs_dir = {folder / 'eggs'}\nlogs_dir = {folder / 'logs'}\n"
            f"dbs_dir = {folder / 'dbs'}\n"
        )
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "scrapyd", "--pidfile=", "--logfile", str(folder / "log")],
            cwd=folder,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{self.url}/daemonstatus.json", timeout=2).raise_for_status()
                return
            except httpx.HTTPError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"scrapyd did not start: {self.log()}") from None
                time.sleep(0.3)

    def deploy(self, egg: Path) -> dict:
        with egg.open("rb") as f:
            reply = httpx.post(
                f"{self.url}/addversion.json",
                data={"project": "tracker", "version": "1"},
                files={"egg": ("tracker.egg", f)},
                timeout=60,
            )
        return reply.json()

    def log(self) -> str:
        path = self.folder / "log"
        return path.read_text()[-3000:] if path.exists() else ""

    def job_logs(self) -> str:
        return "\n".join(p.read_text()[-3000:] for p in (self.folder / "logs").rglob("*.log"))

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="module")
def egg(tmp_path_factory) -> Path:
    """The project's egg, built the way `scrapyd-deploy` builds it."""
    out = tmp_path_factory.mktemp("egg") / "tracker.egg"
    # scrapyd-client leaves its build folder behind: keep it in the test's own temp folder
    scratch = tmp_path_factory.mktemp("egg-build")
    subprocess.run(
        [sys.executable, "-m", "scrapyd_client.deploy", "--build-egg", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, "TMPDIR": str(scratch)},
    )
    return out


def test_crawls_dispatched_to_scrapyd_nodes_land_in_the_database(
    db_url, tmp_path, monkeypatch, egg
) -> None:
    clients = {
        "northville": build_client("northville", 150, relevant=4, today=TODAY, hearings=1),
        "southville": build_client("southville", 120, relevant=3, today=TODAY, hearings=0),
    }
    with LegistarMirror(clients) as mirror, SilentServer() as silent:
        registry = write_sources(
            tmp_path / "sources.toml",
            source_block("north", mirror.base_url, "northville", "0 * * * *", "Northville, IL"),
            source_block("south", mirror.base_url, "southville", "0 * * * *", "Southville, IL"),
            source_block("stuck", silent.base_url, "stuck", "0 * * * *", "Stuckville, IL", 6),
        )
        node_tmp = tmp_path / "tmp"
        node_tmp.mkdir()
        env = {
            **os.environ,
            "TRACKER_DATABASE_URL": db_url,
            "TRACKER_SOURCES": str(registry),
            "TRACKER_DATA_DIR": str(tmp_path / "data"),
            "TMPDIR": str(node_tmp),
        }
        for key, value in env.items():
            if key.startswith("TRACKER_"):
                monkeypatch.setenv(key, value)
        nodes = [ScrapydNode(tmp_path / f"node{i}", env) for i in (1, 2)]
        try:
            for node in nodes:
                deployed = node.deploy(egg)
                assert deployed["status"] == "ok", deployed
                spiders = httpx.get(f"{node.url}/listspiders.json?project=tracker").json()
                assert "legistar" in spiders["spiders"]
            runner = CrawlRunner(
                check_health=False, dispatcher=ScrapydDispatcher([n.url for n in nodes], poll=0.3)
            )
            entries = {e.name: e for e in load_sources()}
            outcomes = [runner.crawl(entries["north"]), runner.crawl(entries["south"])]
            logs = "\n".join(n.job_logs() + n.log() for n in nodes)
            assert [o.status for o in outcomes] == ["succeeded", "succeeded"], logs
            # A crawl that hangs on its node is cancelled there at its time limit.
            hung = runner.crawl(entries["stuck"])
            assert hung.status == "failed"
            assert hung.message == "stopped: still running after its time limit of 6 s"
            # Each job copied the migrations out of the egg; only a job killed at its limit
            # may have left its copy, for the next job on that node to remove.
            copies = list(node_tmp.glob("tracker-migrations-*"))
            assert len(copies) <= 1, copies
        finally:
            for node in nodes:
                node.stop()

    engine = get_engine(load_config().database_url)
    with Session(engine) as s:
        runs = list(s.exec(select(CrawlRun).order_by(CrawlRun.id)))
        relevant = s.exec(
            select(Jurisdiction.name, Measure.platform_id)
            .join(Measure, Measure.jurisdiction_id == Jurisdiction.id)
            .where(Measure.relevant)
        ).all()
        events = list(s.exec(select(Event)))
        hearings = list(s.exec(select(Hearing)))
    stuck = runs.pop()
    assert stuck.outcome == "failed" and stuck.message == hung.message
    assert stuck.node.startswith("scrapyd http://127.0.0.1:")
    # One run per source, each on its own node (both idle: they take turns), with its job id.
    assert [r.outcome for r in runs] == ["succeeded", "succeeded"]
    used = [r.node.split()[1] for r in runs]
    assert [r.node.split()[0] for r in runs] == ["scrapyd", "scrapyd"]
    assert sorted(used) == sorted(n.url for n in nodes)
    assert all(len(r.node.split()) == 3 for r in runs)
    public = [sum(not m.restricted for m in c.matters.values()) for c in clients.values()]
    assert [r.items_seen for r in runs] == public
    # The pipelines ran on the nodes: measures classified and stored, events written.
    expected = {
        ("Northville, IL", str(i)) for i in clients["northville"].expected_relevant_ids()
    } | {("Southville, IL", str(i)) for i in clients["southville"].expected_relevant_ids()}
    assert set(relevant) == expected
    assert len([e for e in events if e.kind == "new_measure"]) == len(expected)
    assert len(events) == sum(r.events for r in runs)
    assert len(hearings) == 1  # the agenda of an upcoming meeting was read on the node too
