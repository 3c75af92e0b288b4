"""A real SMTP server (aiosmtpd) on 127.0.0.1 that records what it accepts, can refuse chosen
recipients, and can be stopped and started again to play a server that is down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from storage.db import dispose_engines
from tests.mail.helpers import SmtpSink


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def mail_env(tracker_env_any: Path, smtp: SmtpSink, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tracker_env with TRACKER_SMTP_URL pointing at the recording SMTP server, on SQLite and
    on PostgreSQL in turn."""
    monkeypatch.setenv("TRACKER_SMTP_URL", smtp.url)
    yield tracker_env_any
    dispose_engines()
