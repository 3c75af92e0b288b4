"""Writers at once lose nothing: two crawls of different sources in two processes write the same
database while a third process sends digests again and again. Every matter is stored, every
relevant one has its one event, and every event reaches the subscriber in exactly one digest."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections import Counter
from datetime import date
from email import policy
from email.parser import BytesParser

from sqlmodel import Session, select

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from storage.db import get_engine
from storage.models import CrawlRun, Event, Jurisdiction, Measure
from tests.ops.helpers import source_block, write_sources
from tracker.config import load_config
from tracker.mail import service

TODAY = date.today()


def tracker(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tracker", *args],
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def digest_texts(outbox) -> list[str]:  # noqa: ANN001 - Path
    texts = []
    for path in sorted(outbox.glob("*.eml")):
        msg = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        if "update" in str(msg["Subject"]):
            texts.append(msg.get_body(preferencelist=("plain",)).get_content())
    return texts


def test_two_crawls_and_the_digest_sender_at_once_lose_nothing(
    tracker_env_any, tmp_path, monkeypatch
) -> None:
    clients = {
        "northville": build_client("northville", 400, relevant=8, today=TODAY, hearings=0),
        "southville": build_client("southville", 400, relevant=8, today=TODAY, hearings=0),
    }
    config = load_config()
    engine = get_engine(config.database_url)
    service.request_subscription(engine, config, "organizer@example.org", confirmed=True)
    with LegistarMirror(clients) as mirror:
        registry = write_sources(
            tmp_path / "sources.toml",
            source_block("north", mirror.base_url, "northville", "0 * * * *", "Northville, IL"),
            source_block("south", mirror.base_url, "southville", "0 * * * *", "Southville, IL"),
        )
        monkeypatch.setenv("TRACKER_SOURCES", str(registry))
        crawls = [tracker("crawl", "--source", "north"), tracker("crawl", "--source", "south")]
        digests = 0
        while any(c.poll() is None for c in crawls):
            sender = tracker("digest", "send", "--force")
            out, _ = sender.communicate(timeout=120)
            assert sender.returncode == 0, out
            digests += 1
            time.sleep(0.2)
        outputs = [c.communicate()[0] for c in crawls]
        assert [c.returncode for c in crawls] == [0, 0], outputs
        last = tracker("digest", "send", "--force")
        assert last.wait(timeout=120) == 0
    assert digests >= 1  # digests were sent while the crawls wrote

    with Session(engine) as s:
        runs = list(s.exec(select(CrawlRun)))
        stored = Counter(
            s.exec(
                select(Jurisdiction.name).join(Measure, Measure.jurisdiction_id == Jurisdiction.id)
            ).all()
        )
        relevant = list(s.exec(select(Measure).where(Measure.relevant)))
        events = list(s.exec(select(Event)))
    assert [r.outcome for r in runs] == ["succeeded", "succeeded"]
    public = {
        f"{name.title()}, IL": sum(not m.restricted for m in c.matters.values())
        for name, c in clients.items()
    }
    assert dict(stored) == public  # every matter of both councils stored
    assert len(events) == sum(r.events for r in runs) == len(relevant) >= 10
    assert Counter(e.measure_id for e in events) == Counter(m.id for m in relevant)

    # Each relevant measure reached the subscriber exactly once, whichever digest carried it.
    texts = digest_texts(tracker_env_any / "outbox")
    seen = Counter()
    for text in texts:
        seen.update({int(i) for i in re.findall(r"/measures/(\d+)\b", text)})
    assert seen == Counter({m.id: 1 for m in relevant})
