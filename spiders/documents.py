"""A bill's text from the document a legislature publishes: an HTML page or a PDF.

Why: many legislatures publish a bill's text only as a PDF, and official captions often do not
say which way a measure goes; the classifier reads the text where a spider fetched one. Reading
is bounded (pages and characters) because a budget bill can run to a thousand pages and the
classifier only needs the sections near its anchors (tracker/classify/engine.select_windows).
"""

from __future__ import annotations

import io
import logging
import re

from scrapy import Selector

# The media types of bill texts the spiders read, and which argument of page_text each is.
TEXT_KINDS = {"text/html": "page", "application/pdf": "pdf"}
PDF_MAGIC = b"%PDF-"
MAX_PDF_PAGES = 150
MAX_CHARS = 2_000_000
# A document larger than this is not fetched at all (Scrapy's download_maxsize for the request).
MAX_BYTES = 25 * 1024 * 1024

# pypdf logs a warning for every quirk of a real-world PDF; the spider logs one line per document
logging.getLogger("pypdf").setLevel(logging.ERROR)


class UnreadableDocument(ValueError):
    """The document is not a PDF or page we can read: the measure keeps its title and summary."""


def is_pdf(body: bytes, content_type: str = "") -> bool:
    return body[:1024].lstrip().startswith(PDF_MAGIC) or "application/pdf" in content_type.lower()


def document_text(body: bytes, content_type: str = "", encoding: str = "utf-8") -> str:
    """The words of a bill's document, whitespace collapsed, at most MAX_CHARS characters."""
    text = dehyphenated(pdf_text(body)) if is_pdf(body, content_type) else html_text(body, encoding)
    return " ".join(text.split())[:MAX_CHARS]


# A PDF set in justified type breaks a word at a line's end with a hyphen ("federal immi-⏎gration
# authorities"); with the line break read as a space, "immi- gration" names nothing the
# classifier knows. A hyphen (or a soft hyphen) at a line's end, before a lower-case letter:
_LINE_END_HYPHEN_RE = re.compile(r"\b(\w{1,60})[-\u00ad][ \t]*\r?\n[ \t]*([a-z]\w{0,60})")
_WORD_RE = re.compile(r"\w+")


def dehyphenated(text: str) -> str:
    """TEXT with words broken across lines made whole again. A compound broken at its own
    hyphen ("immigration-⏎related") must keep it, and no dictionary tells the two apart, so the
    document is its own: the pieces are joined where the joined word occurs unbroken elsewhere
    in it, kept hyphenated where the first piece is a word of its own there ("immigration"),
    and joined otherwise ("immi" is no word)."""
    if _LINE_END_HYPHEN_RE.search(text) is None:
        return text
    # the document's words outside the broken ones
    words = {w.lower() for w in _WORD_RE.findall(_LINE_END_HYPHEN_RE.sub(" ", text))}

    def join(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        whole = head + tail
        if whole.lower() in words or head.lower() not in words:
            return whole
        return f"{head}-{tail}"

    return _LINE_END_HYPHEN_RE.sub(join, text)


# Words a legislature's page strikes through are the law the bill deletes, not the bill's own
# ("<s>may not</s> <u>shall</u> honor a detainer"): reading them would give the bill the
# direction of the law it changes. Struck text is marked with <s>, <strike> or <del>, or with an
# inline line-through style (word processors' HTML).
_STRUCK = (
    "ancestor::s or ancestor::strike or ancestor::del"
    " or ancestor::*[contains(translate(@style, 'LINETHROUGH', 'linethrough'), 'line-through')]"
)
_BILL_WORDS = f"//body//text()[not(ancestor::script) and not(ancestor::style) and not({_STRUCK})]"


def html_text(body: bytes, encoding: str = "utf-8") -> str:
    words = (
        Selector(text=body.decode(encoding or "utf-8", errors="replace"))
        .xpath(_BILL_WORDS)
        .getall()
    )
    return " ".join(words)


def pdf_text(body: bytes) -> str:
    """Text of a PDF's first MAX_PDF_PAGES pages; a broken or encrypted file raises
    UnreadableDocument, never anything else, so one bad file costs only its own text."""
    from pypdf import PdfReader  # imported here: most crawls read no PDF at all

    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            raise UnreadableDocument("the PDF is encrypted")
        parts: list[str] = []
        size = 0
        for page in reader.pages[:MAX_PDF_PAGES]:
            part = page.extract_text() or ""
            parts.append(part)
            size += len(part)
            if size >= MAX_CHARS:
                break
    except UnreadableDocument:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds on malformed files
        raise UnreadableDocument(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    return "\n".join(parts)
