"""Feed latency on a large SQLite database: 100,000 measures and 1,000,000 events.

Builds the database once (bulk inserts through sqlite3, after the real Alembic migrations), then
times, as the median of several runs:
  - a per-jurisdiction feed (query + Atom document), and the same through the web app (ASGI);
  - a filtered feed (state + topic + stance), likewise;
  - the enacted and hearings-ahead feeds;
  - a conditional GET answered 304 through the web app.
Aim: under 50 ms for the per-jurisdiction and filtered feeds.

Usage: .venv/bin/python benchmarks/bench_feeds.py [--db PATH] [--measures N] [--events N]
A database already built at --db with the same sizes is reused.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storage.db import get_engine, session_scope  # noqa: E402
from tracker.config import load_config  # noqa: E402
from tracker.feeds.service import feed_marker, feed_rows, render, resolve  # noqa: E402

TOPICS = [  # weights: common topics first, rare ones last (as in real data)
    ("sanctuary", 30), ("detainers", 20), ("287g", 15), ("anti_sanctuary", 12),
    ("info_sharing", 8), ("ice_access", 6), ("detention_contracts", 4),
    ("access_to_counsel", 3), ("municipal_id", 1.5), ("u_visa", 0.5),
]  # fmt: skip
STATES = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY",
]  # fmt: skip
PLACES_PER_STATE = 19  # plus the state itself: 1,020 jurisdictions
KINDS = [("action", 70), ("new_measure", 10), ("hearing", 10), ("status", 5), ("title", 5)]
STATUSES = ["introduced", "in_committee", "passed_committee", "passed_chamber", "enacted"]
PUBLIC_URL = "http://tracker.test"


def ts(value: datetime) -> str:
    """A UTC timestamp as SQLAlchemy stores it in SQLite ("2026-01-02 03:04:05.000006")."""
    utc = value.astimezone(UTC).replace(tzinfo=None)
    return utc.isoformat(sep=" ", timespec="microseconds")


def build(path: Path, n_measures: int, n_events: int) -> None:
    """Migrate an empty database, then bulk-insert jurisdictions, measures, hearings, events."""
    get_engine(f"sqlite:///{path}")  # real schema and indexes, through Alembic
    rnd = random.Random(42)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    jurisdictions = []
    for state in STATES:
        jurisdictions.append((f"State of {state}", "state", state))
        for i in range(PLACES_PER_STATE):
            level = "county" if i % 3 == 0 else "city"
            jurisdictions.append((f"Place {i} {level}, {state}", level, state))
    con.executemany(
        "INSERT INTO jurisdiction (id, name, level, state, slug) VALUES (?, ?, ?, ?, ?)",
        [
            (i + 1, name, level, state, name.lower().replace(",", "").replace(" ", "-"))
            for i, (name, level, state) in enumerate(jurisdictions)
        ],
    )
    now = datetime.now(UTC)
    stamp = ts(now)
    topic_names = [t for t, _ in TOPICS]
    topic_weights = [w for _, w in TOPICS]
    measures = []
    for mid in range(1, n_measures + 1):
        jid = rnd.randint(1, len(jurisdictions))
        topics = sorted(set(rnd.choices(topic_names, topic_weights, k=rnd.choice((1, 1, 2, 3)))))
        stance = rnd.choices(["protective", "restrictive", "unclear"], [45, 40, 15])[0]
        relevant = rnd.random() < 0.95
        full_text = ("Be it ordained " * 300) if rnd.random() < 0.1 else None
        measures.append(
            (
                mid,
                f"j{jid}/2024/m{mid}",
                jid,
                "2024",
                f"B{mid}",
                f"https://example.gov/m/{mid}",
                f"An ordinance concerning immigration enforcement, number {mid}",
                "A summary of the measure. " * 12,
                full_text,
                rnd.choice(STATUSES),
                relevant,
                "relevant" if relevant else "none",
                f",{','.join(topics)},",
                stance,
                0.9,
                json.dumps([f"evidence phrase {mid}", "287(g) agreement"]),
                "",
                stamp,
                stamp,
            )
        )
    con.executemany(
        "INSERT INTO measure (id, uid, jurisdiction_id, session, identifier, url, title, summary,"
        " full_text, status, relevant, category, topics, stance, confidence, why, provisions,"
        " first_seen_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        measures,
    )
    jur_of = {m[0]: m[2] for m in measures}
    level_state = {i + 1: (lv, st) for i, (_, lv, st) in enumerate(jurisdictions)}
    kind_names = [k for k, _ in KINDS]
    kind_weights = [w for _, w in KINDS]
    start = now - timedelta(days=365)
    step = timedelta(days=365) / n_events
    hearings = []

    def events():
        kinds = rnd.choices(kind_names, kind_weights, k=n_events)  # one call: much faster
        for eid in range(1, n_events + 1):
            mid = rnd.randint(1, n_measures)
            jid = jur_of[mid]
            level, state = level_state[jid]
            kind = kinds[eid - 1]
            seen = start + step * eid
            status_to = status_from = detail = None
            occurred = seen.date()
            summary = "City Council: Referred to committee"
            if kind in ("action", "status") and rnd.random() < 0.3:
                status_from, status_to = "in_committee", rnd.choice(STATUSES)
            if kind == "hearing":
                starts = seen + timedelta(days=rnd.randint(1, 60))
                detail = json.dumps(
                    {
                        "change": "scheduled",
                        "starts_at": starts.isoformat(),
                        "body": "Committee",
                        "location": "Room 1",
                    }
                )
                hearings.append((mid, f"h{eid}", ts(starts), "Committee", "Room 1", stamp, stamp))
                summary = f"Hearing scheduled, {starts:%Y-%m-%d %H:%M}"
                occurred = starts.date()  # as the store does: the hearing's date
            yield (
                eid,
                _uuid(rnd.getrandbits(128)),
                mid,
                jid,
                state,
                level,
                kind,
                status_from,
                status_to,
                occurred.isoformat(),
                ts(seen),
                summary,
                detail,
            )

    # Bulk load without the event indexes, then build them once (much faster than keeping them
    # up to date row by row); they end up exactly as the migrations define them.
    indexes = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event' "
        "AND sql IS NOT NULL"
    ).fetchall()
    for name, _sql in indexes:
        con.execute(f'DROP INDEX "{name}"')
    con.executemany(
        "INSERT INTO event (id, uid, measure_id, jurisdiction_id, state, level, kind, status_from,"
        " status_to, occurred_on, seen_at, summary, detail) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        events(),
    )
    for _name, sql in indexes:
        con.execute(sql)
    con.executemany(
        "INSERT INTO hearing (measure_id, key, starts_at, body, location, first_seen_at,"
        " updated_at, status) VALUES (?,?,?,?,?,?,?,'scheduled')",
        hearings,
    )
    con.commit()
    con.close()


def _uuid(bits: int) -> str:
    h = f"{bits:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def timed(fn, runs: int) -> tuple[float, float]:
    """(median, max) milliseconds of RUNS calls after one warm-up call."""
    fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples), max(samples)


def direct(engine, path: str, query: list[tuple[str, str]]):
    def run() -> int:
        now = datetime.now(UTC)
        with session_scope(engine) as session:
            spec, fmt, limit = resolve(session, path, query)
            body, _ = render(session, spec, fmt, limit, PUBLIC_URL, now)
        return len(body)

    return run


def query_only(engine, path: str, query: list[tuple[str, str]]):
    def run() -> None:
        now = datetime.now(UTC)
        with session_scope(engine) as session:
            spec, _fmt, limit = resolve(session, path, query)
            feed_rows(session, spec, limit, now)

    return run


def marker_only(engine, path: str, query: list[tuple[str, str]]):
    def run() -> None:
        with session_scope(engine) as session:
            spec, _fmt, limit = resolve(session, path, query)
            feed_marker(session, spec, limit, datetime.now(UTC))

    return run


def make_app(db_url: str):
    """The web app when it is there; otherwise the feeds router on a bare FastAPI app."""
    os.environ["TRACKER_DATABASE_URL"] = db_url
    os.environ["TRACKER_PUBLIC_URL"] = PUBLIC_URL
    os.environ.setdefault("TRACKER_SECRET_KEY", "bench")
    config = load_config()
    try:
        from tracker.web.app import create_app

        return create_app(config), "tracker.web.app.create_app"
    except Exception as exc:  # noqa: BLE001 - any failure: fall back, and say so
        from fastapi import FastAPI

        from tracker.config import engine
        from tracker.feeds.routes import router

        app = FastAPI()
        app.state.config, app.state.engine = config, engine(config)
        app.include_router(router)
        return app, f"bare FastAPI + feeds router (web app failed: {exc})"


async def http_figures(app, urls: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    import httpx

    out = {}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
        for label, url in urls.items():
            first = await client.get(url)
            assert first.status_code == 200, (url, first.status_code, first.text[:200])
            etag = first.headers["etag"]
            samples, cond = [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                r = await client.get(url)
                samples.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200
                t0 = time.perf_counter()
                r = await client.get(url, headers={"If-None-Match": etag})
                cond.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 304, r.status_code
            out[f"{label} 200"] = (statistics.median(samples), max(samples))
            out[f"{label} 304"] = (statistics.median(cond), max(cond))
    return out


def plans(path: Path) -> None:
    """SQLite's plan for the main feed queries (to see which index each one walks)."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from storage import feeds as q

    engine = get_engine(f"sqlite:///{path}")
    con = sqlite3.connect(path)
    with session_scope(engine) as session:
        slug = session.exec(q.select(q.Jurisdiction.slug).limit(1)).one()
        samples = {
            "place": q.FeedFilter(jurisdictions=(slug,)),
            "state+topic+stance": q.FeedFilter(
                states=("TX",), topics=("287g",), stances=("protective",)
            ),
            "enacted": q.FeedFilter(enacted_only=True),
        }
        for label, f in samples.items():
            stmt = q.latest_events_statement(session, f, 50)
            sql = stmt.compile(
                dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
            )
            detail = [r[-1] for r in con.execute(f"EXPLAIN QUERY PLAN {sql}")]
            print(f"  plan {label}: {'; '.join(detail)}")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--measures", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp(prefix="bench-feeds-")) / "feeds.db"
    url = f"sqlite:///{path}"
    marker = path.with_suffix(".built")
    wanted = f"{args.measures}/{args.events}"
    if not (path.exists() and marker.exists() and marker.read_text() == wanted):
        path.unlink(missing_ok=True)
        t0 = time.perf_counter()
        build(path, args.measures, args.events)
        marker.write_text(wanted)
        print(
            f"built {path} ({args.measures:,} measures, {args.events:,} events) "
            f"in {time.perf_counter() - t0:.1f} s, {path.stat().st_size / 1e6:.0f} MB"
        )
    else:
        print(f"reusing {path}")
    engine = get_engine(url)
    con = sqlite3.connect(path)
    slug, jid = con.execute(
        "SELECT j.slug, j.id FROM jurisdiction j JOIN event e ON e.jurisdiction_id = j.id "
        "WHERE j.level = 'city' GROUP BY j.id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    per_place = con.execute(
        "SELECT count(*) FROM event WHERE jurisdiction_id = ?", (jid,)
    ).fetchone()[0]
    con.close()
    filtered = [("state", "TX"), ("topic", "287g"), ("stance", "protective")]
    rare = [("state", "VT"), ("topic", "u_visa"), ("stance", "unclear"), ("level", "county")]
    print(f"per-jurisdiction feed: place/{slug} ({per_place:,} events in that place)")
    plans(path)
    cases = {
        "per-jurisdiction feed (query+Atom)": direct(engine, f"place/{slug}.atom", []),
        "filtered feed TX+287g+protective (query+Atom)": direct(engine, "events.atom", filtered),
        "rare filter VT+u_visa+unclear+county (query+Atom)": direct(engine, "events.atom", rare),
        "all feed (query+Atom)": direct(engine, "all.atom", []),
        "enacted feed (query+Atom)": direct(engine, "enacted.atom", []),
        "hearings-ahead feed (query+Atom)": direct(engine, "hearings.atom", []),
        "per-jurisdiction query only (no document)": query_only(engine, f"place/{slug}.atom", []),
        "filtered query only (no document)": query_only(engine, "events.atom", filtered),
        "per-jurisdiction marker only (304 work)": marker_only(engine, f"place/{slug}.atom", []),
        "filtered marker only (304 work)": marker_only(engine, "events.atom", filtered),
    }
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} CPUs, load average {load} (other work inflates figures)")
    print(f"median / max of {args.runs} runs, milliseconds:")
    for label, fn in cases.items():
        median, worst = timed(fn, args.runs)
        print(f"  {label:<55} {median:8.1f} / {worst:8.1f}")
    app, which = make_app(url)
    print(f"through the web app ({which}, httpx ASGITransport, in process):")
    query = "&".join(f"{k}={v}" for k, v in filtered)
    urls = {
        "per-jurisdiction GET": f"/feeds/place/{slug}.atom",
        "filtered GET": f"/feeds/events.atom?{query}",
    }
    for label, (median, worst) in asyncio.run(http_figures(app, urls, args.runs)).items():
        print(f"  {label:<55} {median:8.1f} / {worst:8.1f}")


if __name__ == "__main__":
    main()
