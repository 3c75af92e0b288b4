"""Reading a bill's document (spiders/documents.py): PDFs and pages, bounded, and files that
cannot be read failing with one clear error rather than anything else."""

from __future__ import annotations

import pytest

from localserver.pdf import text_pdf
from spiders import documents
from spiders.documents import UnreadableDocument, document_text, is_pdf


def test_a_pdf_and_a_page_give_the_same_words() -> None:
    words = "A law enforcement agency may not (in any case) honor an immigration detainer."
    pdf = text_pdf(words)
    assert is_pdf(pdf) and not is_pdf(b"<html><body>x</body></html>")
    assert document_text(pdf) == words
    page = f"<html><head><style>p {{}}</style></head><body><p>{words}</p></body></html>"
    assert document_text(page.encode(), "text/html") == words


def test_every_page_up_to_the_bound_is_read(monkeypatch) -> None:
    body = text_pdf("\n".join(f"Section {n}." for n in range(1, 31)), lines_per_page=1)
    assert document_text(body).endswith("Section 30.")
    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 10)
    text = document_text(body)
    assert text.endswith("Section 10.") and "Section 11." not in text


def test_characters_are_bounded(monkeypatch) -> None:
    monkeypatch.setattr(documents, "MAX_CHARS", 100)
    assert len(document_text(text_pdf("word " * 5000))) == 100


@pytest.mark.parametrize(
    "body",
    [
        text_pdf("Relating to immigration detainers.")[:200],  # cut off early
        b"%PDF-1.4\n" + b"\x00\xff garbage " * 500,  # not a PDF inside
        b"%PDF-",  # nothing at all
    ],
)
def test_a_broken_pdf_is_one_clear_error(body: bytes) -> None:
    with pytest.raises(UnreadableDocument, match="PDF"):
        document_text(body, "application/pdf")


def test_hostile_page_markup_is_text_only() -> None:
    page = (
        b"<html><body><script>alert(1)</script><b>Sec. 1.</b>\x00 ICE\n\n detainers</body></html>"
    )
    # no script, no control character, one space between words
    assert document_text(page) == "Sec. 1. ICE detainers"


def test_struck_words_are_the_law_a_bill_deletes_and_are_not_read() -> None:
    page = (
        b"<html><body><p>A sheriff <s>may not</s> <u>shall</u> honor every immigration detainer"
        b"<strike> only with a judicial warrant</strike><del> unless ordered</del>"
        b"<span style='TEXT-DECORATION: line-through'> never</span>.</p></body></html>"
    )
    text = document_text(page, "text/html")
    assert text.replace(" .", ".") == "A sheriff shall honor every immigration detainer."


def test_words_a_pdf_breaks_at_a_line_end_are_read_whole() -> None:
    """A justified PDF hyphenates at a line's end: the classifier must see "immigration", not
    "immi- gration", while a compound broken at its own hyphen keeps it."""
    pdf = text_pdf(
        "Sec. 1. No state agency may share information with federal immi-\n"
        "gration authorities, or enter into an immigration-\n"
        "related agreement, or honor a detainer for immigration enforce-\n"
        "ment. The enforcement of this section is by the attorney general. A county may\n"
        "not operate a sanc-\n"
        "tuary policy."
    )
    text = document_text(pdf)
    assert "federal immigration authorities" in text
    assert "an immigration-related agreement" in text  # "immigration" is a word of its own
    assert "immigration enforcement." in text  # "enforcement" occurs whole elsewhere
    assert "a sanctuary policy" in text  # "sanc" is no word of this document
    assert "- " not in text


def test_a_hyphen_inside_a_line_is_left_alone() -> None:
    words = "A pre-existing 287(g) agreement - and any renewal - is void."
    assert document_text(text_pdf(words)) == words
