"""`tracker db upgrade` builds the schema on an empty database, on SQLite and PostgreSQL, and can
run again; the deployment files start the commands that exist."""

from __future__ import annotations

import shlex
import shutil
import subprocess
import sys
import time
import tomllib
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


def installed_packages() -> list[str]:
    """The top-level packages `pip install .` puts on a machine (pyproject's find rule)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    return sorted({pattern.rstrip("*") for pattern in include})


def test_the_image_copies_every_package_the_project_installs() -> None:
    copied = {
        line.split()[1]
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.startswith("COPY ")
    }
    installed = installed_packages()
    assert installed == ["localserver", "spiders", "storage", "tracker"]
    missing = [name for name in installed if name not in copied]
    assert not missing, f"the image would install without {missing}"


def test_an_installed_copy_runs_the_demo_away_from_the_clone(tmp_path) -> None:
    """What the image and a plain `pip install .` run: no module or recorded response may come
    from the clone, so every file the demo needs must be package data."""
    # From a copy of the sources, as the image's COPY lines give them: a build folder left in
    # the clone would hand pip files the package data rules no longer name.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "scrapy.cfg"):
        shutil.copy(ROOT / name, source / name)
    for name in installed_packages():
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation"]
        + ["--target", str(target), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYTHONPATH": str(target),
        "TRACKER_DATA_DIR": str(away / "data"),
    }
    where = subprocess.run(
        [sys.executable, "-c", "import localserver, spiders, tracker; print(tracker.__file__)"],
        cwd=away,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert where.stdout.startswith(str(target)), where.stdout + where.stderr
    demo = subprocess.run(
        [sys.executable, "-m", "tracker", "demo"],
        cwd=away,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert "FAILED" not in demo.stdout
    assert (away / "data" / "demo" / "feeds" / "all.atom").is_file()
    assert list((away / "data" / "demo" / "outbox").glob("*.eml"))
