"""Legistar roll calls end to end: a tracked matter passed by the council with a roll call on the
local Legistar server (EventItems/{history id}/Votes) is stored with each member's vote and the
tally, and shown in the JSON API."""

from __future__ import annotations

import json
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session, select

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from storage.db import get_engine
from storage.models import Action, Measure
from tests.e2e.crawling import run_tracker, write_registry

pytestmark = pytest.mark.backends("postgresql")


def test_a_passage_roll_call_is_stored_and_served(tmp_path, db_url, monkeypatch) -> None:
    corpus = build_client("testville", n_matters=200, relevant=8, today=date.today(), hearings=0)
    with LegistarMirror({"testville": corpus}) as mirror:
        client = mirror.client("testville")
        target = sorted(client.expected_relevant_ids())[0]
        row = client.advance(
            target,
            {
                "MatterHistoryActionName": "Passed",
                "MatterHistoryActionBodyName": client.vocabulary.council,
                "MatterHistoryPassedFlag": 1,
            },
        )
        client.record_votes(
            row["MatterHistoryId"],
            {
                "Council Member A": "Yea",
                "Council Member B": "Yea",
                "Council Member C": "Nay",
                "Council Member D": "Excused",
            },
        )
        registry = write_registry(
            tmp_path / "sources.toml", mirror.base_url, "testville", hearing_days=0
        )
        done = run_tracker(tmp_path, registry, db_url, "crawl")
        assert done.returncode == 0, done.stderr[-3000:]
        assert f"/eventitems/{row['MatterHistoryId']}/votes" in " ".join(client.request_log)

    with Session(get_engine(db_url)) as s:
        measure = s.exec(select(Measure).where(Measure.platform_id == str(target))).one()
        (voted,) = [
            a for a in s.exec(select(Action).where(Action.measure_id == measure.id)) if a.vote
        ]
    vote = json.loads(voted.vote)
    assert voted.description == "Passed"
    assert (vote["yes"], vote["no"], vote["other"], vote["result"]) == (2, 1, 1, "pass")
    assert {"name": "Council Member D", "vote": "excused"} in vote["members"]

    monkeypatch.setenv("TRACKER_DATABASE_URL", db_url)
    monkeypatch.setenv("TRACKER_DATA_DIR", str(tmp_path))
    from tracker.web.app import create_app

    with TestClient(create_app()) as web:
        actions = web.get(f"/api/measures/{measure.id}").json()["actions"]
    served = next(a for a in actions if a["vote"])
    assert served["vote"]["members"][2] == {"name": "Council Member C", "vote": "no"}
    assert (served["vote"]["yes"], served["vote"]["no"]) == (2, 1)
