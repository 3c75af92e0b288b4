"""Open States bills' texts, read from the legislature's site during the real `tracker crawl`:
the text settles what a terse title leaves open, a broken document costs only its text, and
none of it spends the API's budget."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from localserver.openstates.api import OpenStatesAPI
from localserver.openstates.corpus import build_state, make_bill
from localserver.openstates.texts import PDF, serve_texts
from localserver.pdf import text_pdf
from localserver.server import LocalServer
from spiders.openstates.tests.support import crawl, snapshot, write_registry
from tests.billtexts import OPERATIVE_WORDS, recorded_words
from tracker.classify import classify

pytestmark = pytest.mark.backends("postgresql")


def terse_bill(number: int) -> dict:
    updated = datetime.now(UTC) - timedelta(days=3)
    first = date.today() - timedelta(days=30)
    return make_bill("NY", number, "Relating to immigration", "", 1, first, updated)


def test_the_text_settles_a_terse_title_and_costs_no_budget(tmp_path, db_url) -> None:
    words = recorded_words()
    settled, broken = terse_bill(901), terse_bill(902)
    bills = build_state("NY", relevant=3, mentions=2, background=5) + [settled, broken]
    with LocalServer() as local:
        api = local.mount("/openstates", OpenStatesAPI(bills))
        texts = serve_texts(api, local)
        day = date.today().isoformat()
        pdf_url = texts.put(settled["id"], text_pdf(f"Section 1.\n{words}"), PDF, day)
        cut = text_pdf(words)
        texts.put(broken["id"], cut[: len(cut) // 3], PDF, day)
        registry = write_registry(tmp_path / "sources.toml", local.url("/openstates"), "NY")
        done = crawl(tmp_path, registry, db_url)
        asked = [t for _, t in local.requests if t.startswith("/legislature/")]
    assert done.returncode == 0, done.stderr[-3000:]
    snap = snapshot(db_url)
    measure = snap["measures"][settled["id"]]
    assert measure.text_url == pdf_url and OPERATIVE_WORDS in measure.full_text
    # Without its text the title leaves the direction open; the text says restrictive.
    assert measure.relevant and measure.stance == "restrictive"

    # A bare caption names no direction: without its text the stance stays open.
    assert classify("Relating to immigration").stance == "unclear"
    cut_off = snap["measures"][broken["id"]]
    assert cut_off.full_text is None and cut_off.title == "Relating to immigration"
    assert cut_off.stance == "unclear"
    assert f"no text for {broken['identifier']}: unreadable PDF" in done.stderr

    # Only candidates' texts were fetched, each once; the budget counted the API alone.
    relevant_titles = {m.platform_id for m in snap["measures"].values() if m.relevant}
    assert len(asked) >= len(relevant_titles) and len(asked) == len(set(asked))
    api_requests = [t for _, t in local.requests if t.startswith("/openstates/")]
    assert sum(u.used for u in snap["usage"] if u.window == "day") == len(api_requests)
