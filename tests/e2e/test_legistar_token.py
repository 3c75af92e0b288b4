"""New York City's Legistar client needs a token: the registry entry names the variable that
holds it (`token_env`); with it set the crawl sends it as `token`, without it the source is
skipped with a message and nothing fails."""

from __future__ import annotations

import os
from datetime import date

from sqlmodel import Session, select

from localserver.legistar.corpus import build_client
from localserver.legistar.mirror import LegistarMirror
from storage.db import get_engine
from storage.models import CrawlRun, Measure
from tests.e2e.crawling import run_tracker, write_registry


def test_the_token_comes_from_the_environment_or_the_source_is_skipped(
    tmp_path, sqlite_url, monkeypatch
) -> None:
    corpus = build_client("nyc", n_matters=150, relevant=4, today=date.today(), hearings=0)
    corpus.token = "s3cret"
    with LegistarMirror({"nyc": corpus}) as mirror:
        registry = write_registry(
            tmp_path / "sources.toml",
            mirror.base_url,
            "nyc",
            name="new-york-city",
            token_env="TEST_NYC_LEGISTAR_TOKEN",
            hearing_days=0,
        )
        monkeypatch.delenv("TEST_NYC_LEGISTAR_TOKEN", raising=False)
        skipped = run_tracker(tmp_path, registry, sqlite_url, "crawl")
        assert skipped.returncode == 0, skipped.stderr[-2000:]
        assert "new-york-city: skipped: set TEST_NYC_LEGISTAR_TOKEN to crawl it" in skipped.stderr
        assert corpus.request_log == []
        with Session(get_engine(sqlite_url)) as s:
            assert list(s.exec(select(CrawlRun))) == []

        monkeypatch.setenv("TEST_NYC_LEGISTAR_TOKEN", "wrong")
        refused = run_tracker(tmp_path, registry, sqlite_url, "crawl")
        assert refused.returncode == 1 and "HTTP 403" in refused.stdout

        monkeypatch.setenv("TEST_NYC_LEGISTAR_TOKEN", "s3cret")
        corpus.clear_log()
        done = run_tracker(tmp_path, registry, sqlite_url, "crawl")
        assert done.returncode == 0, done.stderr[-2000:]
        public = sum(not m.restricted for m in corpus.matters.values())
        assert f"new-york-city: ok: {public} seen" in done.stdout
        assert corpus.request_log and all("token=s3cret" in t for t in corpus.request_log)
        assert "s3cret" not in done.stdout + done.stderr  # the token is never printed
    with Session(get_engine(sqlite_url)) as s:
        assert len(list(s.exec(select(Measure)))) == public
    assert os.environ.get("TEST_NYC_LEGISTAR_TOKEN") == "s3cret"
