"""Bill texts as PDF files, the way many legislatures publish them, for the local server.

Why a writer of our own: the recorded bill texts in the repository are web pages; the states that
publish PDFs publish the same words laid out in pages. This writes those words into a plain PDF
1.4 file (Helvetica, one text object a page, a correct cross-reference table), which any PDF
reader opens, so the spiders' PDF path is tested on a real PDF rather than a stand-in.
"""

from __future__ import annotations

import textwrap

LINES_PER_PAGE = 50
WIDTH = 95


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(text: str, lines_per_page: int = LINES_PER_PAGE) -> bytes:
    """A PDF whose pages carry TEXT (Latin-1 characters), wrapped at WIDTH characters."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, WIDTH) or [""])
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)] or [[]]
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 page tree, 3 font, then a page object and its content stream for each page
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, page in enumerate(pages):
        content = "BT /F1 10 Tf 14 TL 50 750 Td " + " ".join(
            f"({_escape(line)}) Tj T*" for line in page
        )
        stream = (content + " ET").encode("latin-1", errors="replace")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {5 + 2 * i} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)
