"""`tracker run` on a fast clock: the scheduler's clock is driven by the test, the crawls are real
child processes against local servers. Two sources on different schedules, one whose platform
never answers (every crawl hangs past its limit), and a restart after a missed window."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlmodel import Session, select

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from storage.db import get_engine
from storage.models import CrawlRun, Event, Source
from storage.ops_models import HealthIncident
from storage.web import source_health
from tests.mail.helpers import SmtpSink
from tests.ops.helpers import SilentServer, source_block, write_sources
from tracker.cli import main
from tracker.config import load_config
from tracker.runner import CrawlRunner
from tracker.scheduler import build_scheduler
from tracker.sources import load_sources

LIMIT = 5.0  # seconds the hanging source may run


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def runs_of(db_url: str, name: str) -> list[CrawlRun]:
    with Session(get_engine(db_url)) as s:
        source = s.exec(select(Source).where(Source.name == name)).one()
        return list(s.exec(select(CrawlRun).where(CrawlRun.source_id == source.id)))


def events_of(db_url: str) -> list[Event]:
    with Session(get_engine(db_url)) as s:
        return list(s.exec(select(Event).order_by(Event.id)))


@pytest.fixture
def smtp():
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


def test_schedules_time_limit_restart_health_and_one_mail(
    tracker_env, tmp_path, monkeypatch, smtp
) -> None:
    corpus = build_client("quickville", n_matters=150, relevant=4, today=date.today(), hearings=0)
    monkeypatch.setenv("TRACKER_SMTP_URL", smtp.url)
    monkeypatch.setenv("TRACKER_OPERATOR_EMAIL", "operator@example.org")
    monkeypatch.setenv("TRACKER_CRAWL_JITTER", "0")
    monkeypatch.setenv("TRACKER_HOST_SPACING", "0")
    db_url = load_config().database_url
    with LegistarMirror({"quickville": corpus}) as mirror, SilentServer() as silent:
        registry = write_sources(
            tmp_path / "sources.toml",
            source_block("quick", mirror.base_url, "quickville", "0 */6 * * *", "Quickville, IL"),
            source_block(
                "stuck", silent.base_url, "stuckville", "0 * * * *", "Stuckville, IL", LIMIT
            ),
        )
        monkeypatch.setenv("TRACKER_SOURCES", str(registry))
        entries = load_sources()
        # The simulated day starts at the next six-hour boundary: both sources are due then.
        real = datetime.now(UTC)
        t0 = real.replace(minute=0, second=0, microsecond=0) + timedelta(hours=6 - real.hour % 6)
        clock = Clock(t0 - timedelta(minutes=1))

        def scheduler():
            runner = CrawlRunner(kill_grace=2.0, now=clock)
            return build_scheduler(runner=runner, clock=clock, entries=entries)

        first = scheduler()
        assert first.start(clock()) == []  # nothing ran before: nothing to catch up
        for hours in (0, 1, 2, 3):
            clock.now = t0 + timedelta(hours=hours)
            first.run_pending(clock.now, wait=True)

        quick, stuck = runs_of(db_url, "quick"), runs_of(db_url, "stuck")
        assert [r.outcome for r in quick] == ["succeeded"]  # every six hours: once so far
        assert quick[0].relevant == 4 and quick[0].events == 4 and quick[0].node == "local"
        assert [r.outcome for r in stuck] == ["failed"] * 4  # hourly: four windows, four hangs
        assert all(r.message == f"stopped: still running after its time limit of {LIMIT:.0f} s"
                   for r in stuck)  # fmt: skip
        assert all((r.finished_at - r.started_at).total_seconds() < LIMIT + 30 for r in stuck)
        assert len(events_of(db_url)) == 4

        # Three failures in a row open one incident: one mail, not one per crawl.
        mails = smtp.messages(to="operator@example.org")
        assert len(mails) == 1
        assert "stuck" in mails[0]["Subject"] and "quick" not in mails[0]["Subject"]
        assert "failing" in mails[0].get_content()
        listed = CliRunner().invoke(main, ["sources"])
        assert listed.exit_code == 0, listed.output
        rows = {line.split()[0]: line for line in listed.output.splitlines()[1:]}
        assert rows["stuck"].rstrip().endswith("failing")
        assert rows["quick"].rstrip().endswith("ok")
        page = {row["name"]: row for row in source_health(get_engine(db_url))}
        assert [i.kind for i in page["stuck"]["incidents"]] == ["failing"]
        assert page["quick"]["incidents"] == []

        # A clerk records an action; the scheduler is down from t0+3h to t0+12h30: quick missed
        # two windows (t0+6h, t0+12h), stuck nine. After the restart each crawls once.
        matter = sorted(corpus.expected_relevant_ids())[0]
        corpus.advance(matter, {"MatterHistoryActionName": "Referred"})
        clock.now = t0 + timedelta(hours=12, minutes=30)
        second = scheduler()
        assert sorted(second.start(clock.now)) == ["quick", "stuck"]
        second.run_pending(clock.now, wait=True)
        second.run_pending(clock.now + timedelta(minutes=1), wait=True)  # nothing more is due

        quick, stuck = runs_of(db_url, "quick"), runs_of(db_url, "stuck")
        assert [r.outcome for r in quick] == ["succeeded", "succeeded"]
        assert quick[1].events == 1 and quick[1].changed == 1
        assert [r.outcome for r in stuck] == ["failed"] * 5
        events = events_of(db_url)
        assert len(events) == 5 and events[-1].kind in ("action", "status")
        assert len(smtp.messages(to="operator@example.org")) == 1  # the incident goes on
        with Session(get_engine(db_url)) as s:
            incidents = list(s.exec(select(HealthIncident)))
        assert [(i.kind, i.closed_at) for i in incidents] == [("failing", None)]
