"""Compose and send daily digests for many subscribers to a local SMTP sink; print throughput.

    .venv/bin/python benchmarks/bench_digest.py [--subscribers 10000] [--database-url URL]

The sink is aiosmtpd's Sink handler in a separate process on 127.0.0.1 (it accepts and drops);
the database is a fresh SQLite file unless --database-url names another (empty) database.
Aim: under one minute for 10,000 subscribers, composing and sending.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STATES = ["IL", "TX", "CA", "NY", "AZ", "WA", "FL", "GA", "MD", "NJ"]
MEASURES_PER_STATE = 3


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("SMTP sink did not start")


def seed_events(engine) -> int:  # noqa: ANN001
    from datetime import date

    from tests.seeding import actions_until, make_item, store_raw

    items = []
    for s, state in enumerate(STATES):
        for m in range(MEASURES_PER_STATE):
            items.append(
                make_item(
                    jurisdiction=f"City {s}-{m}, {state}",
                    state=state,
                    identifier=f"ORD-{s}-{m}",
                    platform_id=f"{s}-{m}",
                    title=f"Ordinance prohibiting 287(g) agreements and ICE detainers {m}",
                    actions=actions_until(
                        date(2024, 3, 1), [("Introduced", "Council"), ("Referred", "Clerk")]
                    ),
                )
            )
    store_raw(engine, *items)
    return len(items)


def seed_subscribers(engine, n: int) -> None:  # noqa: ANN001
    from storage.db import session_scope
    from storage.mail_models import Subscriber, Subscription
    from storage.models import utcnow

    now = utcnow()
    with session_scope(engine) as session:
        people = [
            Subscriber(email=f"reader{i}@example.org", status="confirmed", confirmed_at=now)
            for i in range(n)
        ]
        session.add_all(people)
        session.flush()
        session.add_all(
            Subscription(
                subscriber_id=p.id,
                states=f",{STATES[i % len(STATES)]},",
                frequency="daily",
                timezone="America/Chicago",
                confirmed_at=now,
                last_event_id=0,
            )
            for i, p in enumerate(people)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-digest-"))
    port = free_port()
    sink = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Sink",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        os.environ.update(
            TRACKER_DATA_DIR=str(tmp),
            TRACKER_DATABASE_URL=args.database_url or f"sqlite:///{tmp / 'bench.db'}",
            TRACKER_SECRET_KEY="bench-secret",
            TRACKER_PUBLIC_URL="https://tracker.example.org",
            TRACKER_SMTP_URL=f"smtp://127.0.0.1:{port}",
        )
        from tracker.config import engine as make_engine
        from tracker.config import load_config
        from tracker.mail.run import record_digests
        from tracker.mail.sender import connections, send_pending

        config = load_config()
        engine = make_engine(config)
        t0 = time.perf_counter()
        measures = seed_events(engine)
        seed_subscribers(engine, args.subscribers)
        setup = time.perf_counter() - t0

        t1 = time.perf_counter()
        recorded = record_digests(engine, config, force=True)
        t2 = time.perf_counter()
        sent = send_pending(engine, config)
        t3 = time.perf_counter()
        compose_s, send_s, total = t2 - t1, t3 - t2, t3 - t1
        print(f"setup: {measures} measures, {args.subscribers} subscribers in {setup:.1f} s")
        print(
            f"composed+recorded: {recorded.composed} digests in {compose_s:.2f} s "
            f"({recorded.composed / compose_s:.0f}/s)"
        )
        print(
            f"sent over {connections(config)} SMTP connection(s): {sent.sent} in {send_s:.2f} s "
            f"({sent.sent / send_s:.0f}/s); deferred {sent.deferred}"
        )
        print(
            f"total (compose + send): {total:.2f} s "
            f"({'under' if total < 60 else 'OVER'} the one-minute aim)"
        )
        if sent.sent != args.subscribers or recorded.composed != args.subscribers:
            raise SystemExit("not every subscriber got exactly one digest")
    finally:
        sink.terminate()
        sink.wait(timeout=10)


if __name__ == "__main__":
    main()
