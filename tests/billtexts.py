"""A real bill's text for the tests of spiders that read texts (LegiScan, Open States): the
operative sentences of Arizona SB 1070, as Arizona's recorded bill-text page carries them."""

from __future__ import annotations

from pathlib import Path

from spiders.documents import document_text

RECORDED_PAGE: bytes = (
    Path(__file__).resolve().parents[1] / "spiders/azleg/tests/responses/text_sb1070p.htm"
).read_bytes()
# What a reader of the text must find in it, and what makes the measure restrictive.
OPERATIVE_WORDS = "may not limit or restrict the enforcement of federal immigration laws"


def recorded_words() -> str:
    """The page's words, as the spiders read them."""
    return document_text(RECORDED_PAGE, "text/html")
