"""The corpus: deterministic, real titles, the look-alikes, the sizes the crawl tests rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import httpx
import pytest

from localserver.legistar.corpus import (
    DEMO_NYC_TOKEN,
    DEMO_SOURCES,
    background_titles,
    build_client,
    demo_clients,
    relevant_measures,
    terse_matters,
)
from localserver.legistar.mirror import LegistarMirror

ROOT = Path(__file__).resolve().parents[2]


def test_same_arguments_give_the_same_corpus():
    a = build_client("chicago", n_matters=600, relevant=20, today=date(2025, 1, 1))
    b = build_client("chicago", n_matters=600, relevant=20, today=date(2025, 1, 1))
    c = build_client("chicago", n_matters=600, relevant=20, seed=7, today=date(2025, 1, 1))
    params = {"$orderby": "MatterLastModifiedUtc", "$top": "1000"}
    assert a.matter_listing_json(params) == b.matter_listing_json(params)
    assert a.matter_listing_json(params) != c.matter_listing_json(params)
    some = sorted(a.matters)[17]
    assert a.history_rows(some, {}) == b.history_rows(some, {})


def test_sizes_and_relevant_count():
    state = build_client("springfield", n_matters=3000, relevant=30)
    assert len(state.matters) == 3000
    assert len(state.expected_relevant_ids()) == 30
    times = [m.modified for m in state.matters.values()]
    assert len(set(times)) == len(times)
    with pytest.raises(ValueError):
        build_client("tiny", n_matters=20, relevant=30)


def test_relevant_matters_carry_real_titles_and_home_identifiers():
    real_titles = {m["title"] for m in relevant_measures()} | {
        t for t in (m.get("name") for m in relevant_measures()) if t
    }
    nyc = build_client("nyc", n_matters=400, relevant=20)
    files = {m.file: m for m in nyc.matters.values() if m.relevant}
    for number in ("Int 0486-2014", "Int 0487-2014", "Int 0253-2014"):
        matter = files[number]
        assert matter.title.startswith("A Local Law to amend the administrative code")
        assert matter.status_name == "Enacted" and matter.enactment_number.startswith("2014/")
        assert matter.intro.year == 2014
    terse = {t["title"] for t in terse_matters()}
    for matter in nyc.matters.values():
        if matter.relevant:
            assert matter.title in real_titles or matter.title in terse
    sf = build_client("sfgov", n_matters=300, relevant=10)
    due = next(m for m in sf.matters.values() if m.enactment_number == "204-13")
    assert "Due Process for All" in due.title
    assert [h.action_name for h in due.histories if not isinstance(h, dict)][-1] == "APPROVED"


def test_background_has_the_look_alikes_a_keyword_search_falls_for():
    titles = [row["title"].lower() for row in background_titles()]
    assert len(titles) > 2500
    for needle in ("second amendment", "detainer", "ice hockey", "trust fund", "sanctuary"):
        assert any(needle in t for t in titles), needle
    state = build_client("chicago", n_matters=2500)
    served = {m.title.lower() for m in state.matters.values() if not m.relevant}
    assert any("second amendment sanctuary" in t for t in served)
    assert any("forcible entry and detainer" in t for t in served)


def test_some_background_matters_are_restricted_from_the_web():
    state = build_client("bench", n_matters=5000)
    restricted = [m for m in state.matters.values() if m.restricted]
    assert restricted and not any(m.relevant for m in restricted)


def test_demo_clients_are_small_and_nyc_needs_its_token():
    clients = demo_clients(today=date(2025, 6, 1))
    assert set(clients) == {"chicago", "sfgov", "nyc"}
    assert all(100 <= len(c.matters) <= 400 for c in clients.values())
    assert clients["nyc"].token == DEMO_NYC_TOKEN
    with LegistarMirror(clients) as mirror, httpx.Client() as http:
        assert http.get(f"{mirror.base_url}/nyc/matters").status_code == 403
        rows = http.get(f"{mirror.base_url}/nyc/matters", params={"token": DEMO_NYC_TOKEN})
        assert len(rows.json()) == len(clients["nyc"].matters)
        sf = http.get(f"{mirror.base_url}/sfgov/matters").json()
        assert all(len(r["MatterFile"]) == 6 and r["MatterFile"].isdigit() for r in sf)


def test_command_line_mirror_prints_its_url_and_serves(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "localserver.legistar.mirror", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        rows = httpx.get(f"{url}/chicago/matters", params={"$top": 3}, timeout=10).json()
        assert len(rows) == 3
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_demo_registry_loads_with_the_real_registry_loader(tmp_path):
    from localserver.legistar.corpus import demo_registry
    from tracker.sources import load_sources

    path = tmp_path / "sources.toml"
    path.write_text(demo_registry("http://127.0.0.1:9/v1"), encoding="utf-8")
    entries = {e.name: e for e in load_sources(path)}
    assert set(entries) == {"chicago", "sfgov", "nyc"}
    assert entries["nyc"].args["token"] == DEMO_NYC_TOKEN
    assert all(e.spider == "legistar" and e.args["client"] == n for n, e in entries.items())
    assert entries["sfgov"].args["timezone"] == "America/Los_Angeles"


REAL_PLACES = (
    "New York",
    "Rikers",
    "Seattle",
    "King County",
    "Cook County",
    "Boston",
    "Denver",
    "Santa Clara",
    "Santa Ana",
    "San Francisco",
    "Miami",
    "Chicago",
    "District",
    "D.C.",
)


def test_each_demo_city_shows_measures_that_read_as_its_own():
    clients = demo_clients(today=date(2025, 6, 1))
    places = {name: meta["jurisdiction"].split(",")[0] for name, meta in DEMO_SOURCES.items()}
    local_laws = {
        name: [m.file for m in client.matters.values() if m.relevant and "Local Law" in m.title]
        for name, client in clients.items()
    }
    assert local_laws["nyc"] and not local_laws["chicago"] and not local_laws["sfgov"]
    for name, client in clients.items():
        relevant = [m for m in client.matters.values() if m.relevant]
        assert len(relevant) >= 8
        titles = [m.title for m in relevant]
        assert len(set(titles)) == len(titles), f"{places[name]} shows a measure twice"
        for matter in relevant:
            texts = [matter.title, matter.name or ""] + [t.plain for t in matter.texts]
            for text in texts:
                named = [p for p in REAL_PLACES if p in text]
                assert not named, f"{places[name]} shows {matter.file} naming {named}: {text[:90]}"
            body = matter.texts[-1].plain if matter.texts else ""
            assert not body or f"CITY OF {places[name].upper()}" in body
    demo_city = {m.file: m.title for m in clients["nyc"].matters.values() if m.relevant}
    assert demo_city["Int 0486-2014"].startswith(
        "A Local Law to amend the administrative code of the city of Demo City"
    )
