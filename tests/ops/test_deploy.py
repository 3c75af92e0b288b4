"""`tracker db upgrade` builds the schema on an empty database, on SQLite and PostgreSQL, and can
run again; the deployment files start the commands that exist."""

from __future__ import annotations

import shlex
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect

from tests.mail.helpers import free_port
from tracker.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_db_upgrade_builds_the_schema_and_runs_again(db_url, monkeypatch) -> None:
    monkeypatch.setenv("TRACKER_DATABASE_URL", db_url)
    for _ in range(2):
        done = CliRunner().invoke(main, ["db", "upgrade"])
        assert done.exit_code == 0, done.output
        assert "up to date" in done.output
    engine = create_engine(db_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert {"measure", "event", "crawlrun", "crawl_lease", "health_incident"} <= tables


def tracker_commands() -> list[list[str]]:
    """Every `tracker ...` command line the systemd units and the compose file start."""
    lines = []
    for unit in (ROOT / "deploy").glob("*.service"):
        text = unit.read_text().replace("\\\n", " ")
        for line in text.splitlines():
            if line.startswith(("ExecStart=", "ExecStartPre=")):
                lines.append(shlex.split(line.split("=", 1)[1]))
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    lines += [s["command"] for s in compose["services"].values() if "command" in s]
    return [[Path(c[0]).name, *c[1:]] for c in lines]


def test_deployment_files_start_commands_that_exist() -> None:
    commands = tracker_commands()
    assert ["tracker", "run"] in commands and ["tracker", "db", "upgrade"] in commands
    for command in commands:
        if command[0] == "tracker":
            done = CliRunner().invoke(main, [*command[1:], "--help"])
            assert done.exit_code == 0, (command, done.output)
    web = [c for c in commands if c[0] == "uvicorn"]
    assert web and all("tracker.web.app:create_app" in c for c in web)


def test_the_web_app_runs_under_an_asgi_server_as_documented(tracker_env) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "tracker.web.app:create_app",
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/status", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "uvicorn did not come up"
                time.sleep(0.3)
        assert page.status_code == 200 and "Sources' status" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
