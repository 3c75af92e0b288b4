"""A candidate's newest text, read from the state's own link (a PDF or a page) during the real
`tracker crawl`, else from LegiScan's copy (getBillText): a terse caption settled by its text,
texts that cannot be read anywhere, and `texts=no`."""

from __future__ import annotations

import pytest

from localserver.documents import HTML, PDF, Documents
from localserver.legiscan.model import LegiScanAPI, add_text, build_session, change_hash
from localserver.pdf import text_pdf
from spiders.legiscan.tests.crawling import KEY, serve, write_registry
from tests.billtexts import OPERATIVE_WORDS, RECORDED_PAGE, recorded_words
from tests.e2e.crawling import run_tracker, snapshot

pytestmark = pytest.mark.backends("sqlite")

FILLER = "Sec. {n}. The agency shall keep records of its operations as the director requires."


@pytest.fixture(autouse=True)
def key(monkeypatch):
    monkeypatch.setenv("LEGISCAN_API_KEY", KEY)


def caption_only(bill: dict, title: str, description: str) -> None:
    bill["title"], bill["description"] = title, description
    bill["change_hash"] = change_hash(bill)


def pdf_of_sb1070() -> bytes:
    """Three pages: two of ordinary sections, the real operative sentences on the last."""
    words = recorded_words()
    filler = "\n".join(FILLER.format(n=n) for n in range(1, 101))
    return text_pdf(f"{filler}\n{words}")


def crawl_with_texts(tmp_path, db_url: str, *, texts_arg: str | None = None):
    api = LegiScanAPI(KEY)
    session = api.add_session(build_session("TX", 2131, 40, relevant_every=40))
    server, api_url = serve(api)
    docs = server.mount("/capitol", Documents())
    site = server.url("capitol")
    bills = sorted(session.bills)
    terse, page, broken, gone, unlinked = (session.bills[b] for b in bills[10:15])
    # A terse caption the triage sends for its text ("maybe"); only the PDF says what it does.
    caption_only(terse, "Law Enforcement Agencies", "Relating to the duties of law enforcement.")
    add_text(terse, site + docs.add("/TX/HB6.pdf", pdf_of_sb1070(), PDF), "application/pdf")
    caption_only(
        page, "Immigration Enforcement", "Relating to the enforcement of immigration laws."
    )
    add_text(page, site + "/TX/old.htm", "text/html", day="2020-01-01")  # an older version
    add_text(page, site + docs.add("/TX/SB6.htm", RECORDED_PAGE, HTML), "text/html")
    caption_only(broken, "Immigration Detainers", "Relating to immigration detainer requests.")
    whole = pdf_of_sb1070()
    cut = site + docs.add("/TX/HB7.pdf", whole[: len(whole) // 2], PDF)
    # The state's PDF is cut off; LegiScan's copy of it is whole.
    api.keep_copy(add_text(broken, cut, "application/pdf"), "application/pdf", whole)
    caption_only(gone, "Sanctuary Policies", "Relating to sanctuary policies of local entities.")
    add_text(gone, site + "/TX/missing.pdf", "application/pdf")  # and LegiScan has no copy
    # A text without a state link (LegiScan lists one now and then): only LegiScan's copy.
    caption_only(unlinked, "Law Enforcement", "Relating to law enforcement agencies.")
    api.keep_copy(add_text(unlinked, "", "text/html"), "text/html", RECORDED_PAGE)
    extra = {"texts": texts_arg} if texts_arg else {}
    registry = write_registry(tmp_path / "sources.toml", api_url, **extra)
    try:
        done = run_tracker(tmp_path, registry, db_url, "-v", "crawl")
        fetched = [t for _, t in server.requests if t.startswith("/capitol")]
        fetched += [t for _, t in server.requests if "op=getBillText" in t]
    finally:
        server.stop()
    named = dict(
        zip(
            ("terse", "page", "broken", "gone", "unlinked"),
            (terse, page, broken, gone, unlinked),
            strict=True,
        )
    )
    ids = {name: (str(b["bill_id"]), b["bill_number"]) for name, b in named.items()}
    # Each bill's newest text as getBillText names it (`id=<doc_id>` in the query).
    copies = {name: f"id={b['texts'][-1]['doc_id']}" for name, b in named.items()}
    return done, fetched, ids, copies


def test_texts_are_read_and_settle_a_terse_caption(tmp_path, db_url) -> None:
    done, fetched, ids, copies = crawl_with_texts(tmp_path, db_url)
    assert done.returncode == 0, done.stderr[-3000:]
    # Only the newest text of each candidate, from the state's site, and LegiScan's copy (one
    # query each) only where the state's link failed or was missing.
    state_site = sorted(t for t in fetched if t.startswith("/capitol"))
    assert state_site == [
        "/capitol/TX/HB6.pdf",
        "/capitol/TX/HB7.pdf",
        "/capitol/TX/SB6.htm",
        "/capitol/TX/missing.pdf",
    ]
    asked = [t for t in fetched if "op=getBillText" in t]
    assert len(asked) == 3
    for name in ("broken", "gone", "unlinked"):
        assert sum(t.endswith(copies[name]) for t in asked) == 1
    measures = snapshot(db_url)["measures"]

    terse = measures[ids["terse"][0]]
    assert terse.text_url.endswith("/capitol/TX/HB6.pdf")
    assert OPERATIVE_WORDS in terse.full_text and "Sec. 100." in terse.full_text
    # The caption alone says nothing of immigration; the PDF's last page decides.
    assert terse.relevant and terse.stance == "restrictive"

    page = measures[ids["page"][0]]
    assert page.text_url.endswith("/capitol/TX/SB6.htm")
    assert OPERATIVE_WORDS in page.full_text and page.stance == "restrictive"

    # The state's PDF cut in half: LegiScan's whole copy is read; the link stays the state's.
    platform_id, number = ids["broken"]
    broken = measures[platform_id]
    assert OPERATIVE_WORDS in broken.full_text and broken.text_url.endswith("/TX/HB7.pdf")
    assert f"WARNING legiscan: no text for {number}: unreadable PDF (PdfStreamError" in done.stderr
    assert "reading the platform's copy" in done.stderr

    # No state link at all: LegiScan's copy, linked to LegiScan's page of that text.
    platform_id, number = ids["unlinked"]
    unlinked = measures[platform_id]
    assert OPERATIVE_WORDS in unlinked.full_text
    assert unlinked.text_url.startswith("https://legiscan.com/TX/text/")
    assert unlinked.relevant and unlinked.stance == "restrictive"

    # A link that is gone and no copy at LegiScan either cost only the text, each a clear line.
    platform_id, number = ids["gone"]
    gone = measures[platform_id]
    assert gone.full_text is None and gone.title and gone.relevant
    assert f"WARNING legiscan: no text for {number}: HTTP 404" in done.stderr
    assert (
        f"WARNING legiscan: no text for {number}: getBillText for {number}: LegiScan answered "
        "ERROR: Unknown document id" in done.stderr
    )
    assert "0 errors" in done.stdout


def test_texts_no_skips_every_text(tmp_path, sqlite_url) -> None:
    done, fetched, ids, _ = crawl_with_texts(tmp_path, sqlite_url, texts_arg="no")
    assert done.returncode == 0, done.stderr[-3000:]
    assert fetched == []  # neither the state's links nor LegiScan's copies
    measures = snapshot(sqlite_url)["measures"]
    assert all(m.full_text is None for m in measures.values())
    # Without its text the terse caption is not taken for a tracked measure.
    assert not measures[ids["terse"][0]].relevant
