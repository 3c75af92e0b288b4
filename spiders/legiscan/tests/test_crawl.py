"""The real `tracker crawl` against the local LegiScan simulator: a first load from the weekly
dataset, master list diffing, ERROR envelopes, 429, 5xx, malformed bodies, a bill changed between
crawls, an idle re-crawl, the monthly budget, and no key at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from localserver.legiscan.model import LegiScanAPI, build_session, real_alaska_session
from spiders.legiscan.tests.crawling import KEY, serve, write_registry
from storage.db import get_engine
from storage.models import Action, CrawlRun, Event, Measure, MeasureSource, Source
from tests.e2e.crawling import run_tracker
from tracker.classify import classify

pytestmark = pytest.mark.backends("postgresql")

N_BILLS = 240


@pytest.fixture
def api():
    sim = LegiScanAPI(KEY)
    sim.add_session(build_session("TX", 2131, N_BILLS, relevant_every=40))
    return sim


@pytest.fixture
def server(api):
    srv, _ = serve(api)
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("LEGISCAN_API_KEY", KEY)


def crawl(tmp_path, server, db_url: str, **args: object):
    registry = write_registry(tmp_path / "sources.toml", server.url("legiscan") + "/", **args)
    server.requests.clear()
    return run_tracker(tmp_path, registry, db_url, "-v", "crawl")


def ops(server) -> list[str]:
    """The operations of the requests so far, with their ids."""
    out = []
    for _, target in server.requests:
        if "op=" not in target:
            continue
        query = dict(p.split("=", 1) for p in target.split("?", 1)[1].split("&"))
        out.append(query["op"] + (f" {query['id']}" if "id" in query else ""))
    return out


def snapshot(db_url: str) -> dict:
    with Session(get_engine(db_url)) as s:
        return {
            "measures": {m.platform_id: m for m in s.exec(select(Measure))},
            "links": list(s.exec(select(MeasureSource))),
            "events": list(s.exec(select(Event).order_by(Event.id))),
            "actions": list(s.exec(select(Action))),
            "runs": list(s.exec(select(CrawlRun).order_by(CrawlRun.id))),
            "source": s.exec(select(Source)).first(),
        }


def relevant_ids(api: LegiScanAPI) -> list[int]:
    bills = api.sessions[2131].bills.values()
    return sorted(b["bill_id"] for b in bills if classify(b["title"], b["description"]).relevant)


def test_first_load_from_the_dataset_then_an_idle_recrawl(tmp_path, db_url, api, server) -> None:
    relevant = relevant_ids(api)
    assert len(relevant) >= 5
    first = crawl(tmp_path, server, db_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert f"legiscan-tx: ok: {N_BILLS} seen, {len(relevant)} relevant, {N_BILLS} new" in (
        first.stdout
    )
    # A whole session for three queries: no getBill at all.
    assert ops(server) == ["getSessionList", "getDatasetList", "getDataset 2131"]
    assert f"3 LegiScan queries this crawl; {30_000 - 3} of 30000 left this month" in first.stderr
    assert KEY not in first.stderr  # the key never reaches the log

    snap = snapshot(db_url)
    assert len(snap["measures"]) == N_BILLS
    tracked = {pid for pid, m in snap["measures"].items() if m.relevant}
    assert tracked == {str(i) for i in relevant}
    assert [e.kind for e in snap["events"]] == ["new_measure"] * len(relevant)
    served = api.sessions[2131].bills
    for link in snap["links"]:
        bill = served[int(link.platform_id)]
        assert link.change_hash == bill["change_hash"]
        assert link.identifier == bill["bill_number"] and link.session == "2131"
    for pid in tracked:
        measure, bill = snap["measures"][pid], served[int(pid)]
        assert measure.identifier == bill["bill_number"].replace("B", "B ", 1)
        assert measure.url == bill["state_link"]
        assert measure.title == bill["title"]
        assert measure.status == ("passed_chamber" if bill["status"] == 2 else "in_committee")
    # Histories only for the candidates; roll calls with each member's vote from the dataset.
    with_actions = {a.measure_id for a in snap["actions"]}
    assert with_actions == {snap["measures"][pid].id for pid in tracked}
    votes = [a for a in snap["actions"] if a.vote]
    passed = [pid for pid in tracked if served[int(pid)]["votes"]]
    assert len(votes) == len(passed) >= 1
    assert all('"members":[{"name":"Member' in a.vote.replace(" ", "") for a in votes)

    idle = crawl(tmp_path, server, db_url)
    assert idle.returncode == 0, idle.stderr[-3000:]
    assert "legiscan-tx: ok: 0 seen, 0 relevant, 0 new, 0 changed, 0 events" in idle.stdout
    assert ops(server) == ["getMasterListRaw 2131"]  # the session list is kept for a day
    assert len(snapshot(db_url)["events"]) == len(relevant)


def test_changed_bills_cost_a_query_each_only_when_they_matter(tmp_path, sqlite_url, api, server):
    assert crawl(tmp_path, server, sqlite_url).returncode == 0
    relevant = relevant_ids(api)
    tracked, other = relevant[0], relevant[0] + 1
    today = date.today().isoformat()
    api.change(tracked, "Referred to Committee on State Affairs", chamber="S", day=today)
    api.change(other, "Committee substitute adopted", chamber="H", day=today)

    second = crawl(tmp_path, server, sqlite_url)
    assert second.returncode == 0, second.stderr[-3000:]
    # One listing, one getBill: the ordinary bill's hash moved too, but it is not a candidate.
    assert ops(server) == ["getMasterListRaw 2131", f"getBill {tracked}"]
    assert "1 seen, 1 relevant, 0 new, 1 changed, 1 events, 0 errors" in second.stdout
    snap = snapshot(sqlite_url)
    changed = [e for e in snap["events"] if e.kind != "new_measure"]
    assert len(changed) == 1 and changed[0].measure_id == snap["measures"][str(tracked)].id
    assert "State Affairs" in changed[0].summary
    link = next(x for x in snap["links"] if x.platform_id == str(tracked))
    assert link.change_hash == api.bill(tracked)["change_hash"]

    # Nothing moved since: the same two bills are not asked for again, no event.
    third = crawl(tmp_path, server, sqlite_url)
    assert ops(server) == ["getMasterListRaw 2131"]
    assert "0 events" in third.stdout


def test_new_bills_one_by_getbill_many_by_one_master_list(tmp_path, sqlite_url, api, server):
    assert crawl(tmp_path, server, sqlite_url).returncode == 0
    session = api.sessions[2131]
    grown = build_session("TX", 2131, N_BILLS + 3, relevant_every=40)
    newest = sorted(set(grown.bills) - set(session.bills))
    session.bills[newest[0]] = grown.bills[newest[0]]
    crawl(tmp_path, server, sqlite_url)
    assert ops(server) == ["getMasterListRaw 2131", f"getBill {newest[0]}"]

    for bill_id in newest[1:]:
        session.bills[bill_id] = grown.bills[bill_id]
    again = crawl(tmp_path, server, sqlite_url)
    assert again.returncode == 0, again.stderr[-3000:]
    assert ops(server) == ["getMasterListRaw 2131", "getMasterList 2131"]
    assert "2 seen, 0 relevant, 2 new" in again.stdout
    assert len(snapshot(sqlite_url)["measures"]) == N_BILLS + 3


def test_the_real_alaska_bill_through_a_dataset(tmp_path, sqlite_url, server, api) -> None:
    api.add_session(real_alaska_session())
    registry = write_registry(
        tmp_path / "sources.toml", server.url("legiscan") + "/", state="AK", name="legiscan-ak"
    )
    with_session = registry.read_text().replace(
        "[sources.args]\n", '[sources.args]\nsessions = "122"\n'
    )
    registry.write_text(with_session)
    done = run_tracker(tmp_path, registry, sqlite_url, "crawl")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "legiscan-ak: ok: 1 seen" in done.stdout
    measure = snapshot(sqlite_url)["measures"]["230084"]
    assert (measure.identifier, measure.session) == ("HB 1", "2011-2012")
    assert measure.title == "Policy For Securing Health Care Services"
    assert measure.summary.startswith("An Act stating a public policy")
    assert measure.raw_status == "2" and measure.status == "passed_chamber"
    assert measure.url == "http://www.legis.state.ak.us/basis/get_bill.asp?session=27&bill=HB1"


def test_error_envelopes(tmp_path, sqlite_url, api, server) -> None:
    api.errors["getSessionList"] = "Unknown state"
    failed = crawl(tmp_path, server, sqlite_url)
    assert failed.returncode == 1
    assert "legiscan-tx: FAILED" in failed.stdout and "Unknown state" in failed.stdout
    assert snapshot(sqlite_url)["source"].cursor is None
    assert snapshot(sqlite_url)["measures"] == {}
    del api.errors["getSessionList"]
    assert crawl(tmp_path, server, sqlite_url).returncode == 0

    relevant = relevant_ids(api)
    api.change(relevant[0], "Placed on calendar", chamber="H")
    api.errors["getBill"] = "Unknown bill id"
    second = crawl(tmp_path, server, sqlite_url)
    assert second.returncode == 0  # one bill's error is not the crawl's
    assert "1 errors" in second.stdout and "Unknown bill id" in second.stderr
    before = snapshot(sqlite_url)
    assert len(before["events"]) == len(relevant)  # nothing invented
    del api.errors["getBill"]
    third = crawl(tmp_path, server, sqlite_url)
    assert third.returncode == 0
    # Asked for again, once (it is both a retry and a changed hash), and now it arrives.
    assert ops(server) == [f"getBill {relevant[0]}", "getMasterListRaw 2131"] or ops(server) == [
        "getMasterListRaw 2131",
        f"getBill {relevant[0]}",
    ]
    assert "1 events, 0 errors" in third.stdout

    api.errors["getMasterListRaw"] = "Unknown session id"
    listing = crawl(tmp_path, server, sqlite_url)
    assert listing.returncode == 1 and "Unknown session id" in listing.stdout
    runs = snapshot(sqlite_url)["runs"]
    assert runs[-1].outcome == "failed" and runs[-1].cursor_after == runs[-2].cursor_after


def test_429_is_waited_out_and_5xx_on_a_bill_is_kept_for_next_time(
    tmp_path, sqlite_url, api, server
) -> None:
    server.faults.add(r"op=getSessionList", "429", retry_after=1)
    first = crawl(tmp_path, server, sqlite_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert ops(server)[:2] == ["getSessionList", "getSessionList"]

    tracked = relevant_ids(api)[0]
    api.change(tracked, "Placed on calendar", chamber="H")
    server.faults.add(rf"op=getBill&id={tracked}", "500", times=None)
    second = crawl(tmp_path, server, sqlite_url)
    assert second.returncode == 0
    assert "1 errors" in second.stdout and "HTTP 500" in second.stderr
    assert ops(server).count(f"getBill {tracked}") == 4  # the first try and three retries
    server.faults.clear()
    third = crawl(tmp_path, server, sqlite_url)
    assert "1 changed, 1 events, 0 errors" in third.stdout


def test_malformed_bodies(tmp_path, sqlite_url, api, server) -> None:
    # A dataset cut in half: the session loads from the master list instead.
    server.faults.add(r"op=getDataset&", "malformed")
    first = crawl(tmp_path, server, sqlite_url)
    assert first.returncode == 0, first.stderr[-3000:]
    assert ops(server)[:4] == [
        "getSessionList",
        "getDatasetList",
        "getDataset 2131",
        "getMasterList 2131",
    ]
    assert "loading from the master list instead" in first.stderr
    relevant = relevant_ids(api)
    # Candidates are fetched one by one; every bill is stored.
    assert sorted(int(o.split()[1]) for o in ops(server) if o.startswith("getBill")) == relevant
    assert len(snapshot(sqlite_url)["measures"]) == N_BILLS

    server.faults.add(r"op=getMasterListRaw", "malformed")
    broken = crawl(tmp_path, server, sqlite_url)
    assert broken.returncode == 1
    assert "malformed JSON" in broken.stdout
    assert len(snapshot(sqlite_url)["measures"]) == N_BILLS  # nothing lost


def test_monthly_budget_stops_the_crawl_cleanly(tmp_path, sqlite_url, api, server, monkeypatch):
    monkeypatch.setenv("TRACKER_BUDGET_LEGISCAN", "2/month")
    done = crawl(tmp_path, server, sqlite_url)
    assert done.returncode == 1
    assert ops(server) == ["getSessionList", "getDatasetList"]
    assert "LegiScan query budget exhausted (2 of 2 this month)" in done.stdout
    assert "0 of 2 left this month" in done.stderr


def test_without_a_key_the_source_is_skipped(tmp_path, sqlite_url, server, monkeypatch) -> None:
    monkeypatch.delenv("LEGISCAN_API_KEY")
    done = crawl(tmp_path, server, sqlite_url)
    assert done.returncode == 0
    assert "legiscan-tx: skipped: set LEGISCAN_API_KEY to crawl it" in done.stderr
    assert server.requests == []
    with Session(get_engine(sqlite_url)) as s:
        assert s.exec(select(Source)).all() == [] and s.exec(select(CrawlRun)).all() == []


def test_the_bundled_registry_covers_every_jurisdiction() -> None:
    import tracker
    from tracker.sources import load_sources

    bundled = Path(tracker.__file__).with_name("data") / "sources"
    entries = [e for e in load_sources(bundled) if e.spider == "legiscan"]
    states = {e.state for e in entries}
    assert len(entries) == 53 and {"DC", "PR", "US", "TX", "CA", "WY"} <= states
    assert all(e.name == f"legiscan-{e.state.lower()}" and e.level == "state" for e in entries)
    assert all(e.args["api_url"] == "https://api.legiscan.com/" for e in entries)
