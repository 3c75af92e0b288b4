"""`tracker demo`: the whole pipeline, offline, on bundled recorded sources.

One local server speaks the Legistar Web API for three sample councils (their agendas carry real
measure titles from many places, see localserver/legistar/corpus.py) and, beside it, Open States
and LegiScan for a sample Texas session (generated bills in the platforms' real formats, see
localserver/statedemo.py), with demo-only API keys. The real `tracker` commands crawl all five
sources, classify and store what they find, publish feeds and write the digest a subscriber
would get. One state bill is reported by both aggregators under different spellings: the demo
shows it stored as one measure with one merged history and one "new measure" event. Then it
plays a city clerk and the legislature recording new actions and crawls again, to show that
exactly those changes become events (the state action once, though both aggregators report it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable

from localserver.legistar.corpus import demo_clients, demo_registry
from localserver.legistar.mirror import LegistarMirror
from localserver.statedemo import DEMO_KEYS, StateDemo
from tracker.config import load_config
from tracker.demo.merged import describe_shared_measure


def run_demo(keep: bool = False, echo: Callable[[str], None] = print) -> int:
    config = load_config()
    folder = (config.data_dir / "demo").resolve()
    if folder.exists() and not keep:
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "TRACKER_DATA_DIR": str(folder),
        "TRACKER_DATABASE_URL": f"sqlite:///{folder / 'tracker.db'}",
        "TRACKER_SOURCES": str(folder / "sources.toml"),
        "TRACKER_SECRET_KEY": os.environ.get("TRACKER_SECRET_KEY") or "demo-only-secret",
        "TRACKER_OUTBOX_DIR": str(folder / "outbox"),
    }
    env.pop("TRACKER_SMTP_URL", None)  # the demo never sends real mail
    env.update(DEMO_KEYS)  # keys only the local simulators accept; the user's are never sent

    def tracker(*args: str, show: bool = True) -> int:
        done = subprocess.run(
            [sys.executable, "-m", "tracker", *args],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if show:
            for line in done.stdout.rstrip().splitlines():
                echo(f"    {line}")
        if done.returncode:
            echo(f"    `tracker {' '.join(args)}` failed ({done.returncode}):")
            for line in done.stderr.rstrip().splitlines()[-15:]:
                echo(f"    ! {line}")
        return done.returncode

    clients = demo_clients()
    states = StateDemo()
    with LegistarMirror(clients) as mirror:
        states.mount(mirror)
        registry = demo_registry(mirror.base_url) + "\n" + states.registry(mirror)
        (folder / "sources.toml").write_text(registry, encoding="utf-8")
        echo(
            f"A local Legistar Web API for {len(clients)} sample councils is up at "
            f"{mirror.base_url}\n(their agendas mix real measure titles from many places);\n"
            f"beside it Open States ({mirror.url('openstates')}) and LegiScan "
            f"({mirror.url('legiscan')}) serve a sample Texas session\n"
            "(generated bills in the platforms' real formats, demo-only API keys)"
        )

        def shared_measure() -> None:
            for line in describe_shared_measure(env["TRACKER_DATABASE_URL"], states.identifier):
                echo(f"    {line}")

        echo("\n0. An organizer subscribes to a daily digest (confirmed by the operator)")
        tracker("subscribe", "organizer@example.org", "--confirmed", "--frequency", "daily")

        echo(
            "\n1. Crawl: list every matter and state bill, fetch histories and text of "
            "candidates only"
        )
        if tracker("crawl"):
            return 1
        echo(
            "\n2. What was found (tracked measures, newest action first; the rows of the sample "
            "Texas session come from Open States and LegiScan)"
        )
        tracker("bills", "--limit", "25")
        echo("   One state bill, reported by both aggregators, stored as one measure:")
        shared_measure()

        echo(
            "\n3. The clerks and the legislature record new actions; the next crawl turns exactly "
            "those into events"
        )
        changes = clerk_records_actions(clients)
        changes.append(states.record_action())
        for line in changes:
            echo(f"    {line}")
        if tracker("crawl"):
            return 1
        echo("   The state bill's events (the new action once, though both aggregators report it):")
        shared_measure()

        echo("\n4. Feeds: every standard feed as RSS and Atom")
        tracker("feeds", "export", str(folder / "feeds"))

        echo("\n5. Email: the organizer's digest (no SMTP set: written as .eml files)")
        tracker("digest", "send", "--force")

    echo("\nWhere to look:")
    echo(f"    database  {folder / 'tracker.db'}")
    echo(f"    feeds     {folder / 'feeds'}  (open all.atom in any reader)")
    echo(f"    digests   {folder / 'outbox'}  (.eml files open in any mail program)")
    echo(
        f"    browse    TRACKER_DATABASE_URL={env['TRACKER_DATABASE_URL']} "
        f"{sys.executable} -m tracker serve   (then open http://127.0.0.1:8000)"
    )
    return 0


def clerk_records_actions(clients: dict) -> list[str]:
    """Two new actions on tracked measures in Sampleton: one signed, one sent to a committee."""
    client = clients["chicago"]
    ids = sorted(client.expected_relevant_ids())
    said = []
    for matter_id, action, body in (
        (ids[0], "Signed by Mayor", "Mayor"),
        (ids[1], "Referred", "Committee on Public Safety"),
    ):
        client.advance(
            matter_id, {"MatterHistoryActionName": action, "MatterHistoryActionBodyName": body}
        )
        said.append(f"{client.matter_row(matter_id)['MatterFile']}: {action} ({body})")
    return said
