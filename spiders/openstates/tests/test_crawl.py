"""End to end: the real `tracker crawl` against the local Open States API (real HTTP on
127.0.0.1), reading the database afterwards."""

from __future__ import annotations

import math
from datetime import date

import pytest

from localserver.openstates.api import OpenStatesAPI
from localserver.openstates.corpus import build_state, jurisdiction_id
from localserver.openstates.texts import serve_texts
from localserver.server import LocalServer
from spiders.openstates.tests.support import crawl, snapshot, write_registry

pytestmark = pytest.mark.backends("sqlite")

NY = jurisdiction_id("NY")


@pytest.fixture
def server():
    with LocalServer() as local:
        local.api = local.mount(
            "/openstates",
            OpenStatesAPI(build_state("NY", relevant=8, mentions=36, background=25)),
        )
        serve_texts(local.api, local)
        yield local


def test_pages_then_one_change_makes_one_event_and_idle_crawls_make_none(
    tmp_path, db_url, server
) -> None:
    api: OpenStatesAPI = server.api
    registry = write_registry(tmp_path / "sources.toml", server.url("/openstates"), "NY")

    first = crawl(tmp_path, registry, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    listing = api.requests_to(r"^/bills\?")
    # 8 immigration bills, 36 that mention it, the recorded A 10774: 45 found, three pages.
    assert len(listing) == 3, listing
    for page, target in enumerate(listing, start=1):
        assert "q=immigration+or+" in target and "sort=updated_asc" in target
        assert f"page={page}&per_page=20" in target
        assert "include=actions&include=abstracts&include=sources&include=versions" in target
    assert "openstates-ny: ok: 45 seen" in first.stdout

    snap = snapshot(db_url)
    assert len(snap["measures"]) == 45  # every result is kept, relevant or not
    tracked = {pid: m for pid, m in snap["measures"].items() if m.relevant}
    assert 4 <= len(tracked) <= 20
    assert len(snap["events"]) == len(tracked)
    assert {e.kind for e in snap["events"]} == {"new_measure"}
    recorded = snap["measures"]["ocd-bill/c8a7ca6f-8145-4899-86c7-495df9111834"]
    assert recorded.url == "https://openstates.org/ny/bills/2025-2026/A10774/"
    assert recorded.identifier == "A 10774" and recorded.session == "2025-2026"
    link = next(x for x in snap["links"] if x.measure_id == recorded.id)
    assert (link.identifier, link.session, link.precedence) == ("A 10774", "2025-2026", 50)
    source = snap["sources"]["openstates-ny"]
    newest = max(b["updated_at"] for b in api.bills.values() if b["jurisdiction"]["id"] == NY
                 and b["id"] in snap["measures"])  # fmt: skip
    assert source.cursor == newest
    # Each request was counted once in the shared budget.
    assert sum(u.used for u in snap["usage"] if u.window == "day") == 3

    # The legislature refers one tracked bill to a committee: one event, nothing else.
    changed = sorted(tracked)[0]
    api.add_action(changed, "Reported favorably from committee", ["committee-passage-favorable"],
                   day=date.today())  # fmt: skip
    api.log.clear()
    second = crawl(tmp_path, registry, db_url)
    assert second.returncode == 0, second.stderr[-3000:]
    after = snapshot(db_url)
    made = after["events"][len(snap["events"]) :]
    assert [(e.kind, e.measure_id) for e in made] == [("action", tracked[changed].id)]
    assert after["measures"][changed].status == "passed_committee"
    # Tracked measures first (one request: fewer than 20 identifiers), then discovery.
    targets = api.requests_to(r"^/bills\?")
    assert len(targets) == 2
    assert "identifier=" in targets[0] and "q=" not in targets[0]
    assert "q=" in targets[1] and "updated_since=" in targets[1]

    # Nothing new: no events, and two requests.
    api.log.clear()
    idle = crawl(tmp_path, registry, db_url)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert len(snapshot(db_url)["events"]) == len(after["events"])
    assert len(api.requests_to()) <= 2

    # Open States re-imports the state: every bill "updated", nothing new. The bills come
    # again (all 45, in three pages) and the store's comparison makes no event of them.
    assert api.reimport(NY) == 70
    api.log.clear()
    again = crawl(tmp_path, registry, db_url)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "openstates-ny: ok:" in again.stdout and " 0 events" in again.stdout
    final = snapshot(db_url)
    assert len(final["events"]) == len(after["events"])
    assert final["sources"]["openstates-ny"].cursor > after["sources"]["openstates-ny"].cursor
    assert len(api.requests_to(r"q=")) == math.ceil(45 / 20)
