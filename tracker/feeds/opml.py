"""The OPML 2.0 list of standard feeds: one file a reader imports to subscribe to many at once."""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from tracker.feeds.standard import FeedSpec
from tracker.text import clean


def build_opml(specs: Sequence[FeedSpec], public_url: str, fmt: str = "atom") -> bytes:
    """OPML listing SPECS in FMT, grouped as the specs say (places under their state)."""
    base = public_url.rstrip("/")
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = "Sanctuary tracker feeds"
    etree.SubElement(head, "docs").text = "http://opml.org/spec2.opml"
    body = etree.SubElement(root, "body")
    groups: dict[str, etree._Element] = {}
    for spec in specs:
        parent = body
        if spec.group:
            parent = groups.get(spec.group)
            if parent is None:
                parent = etree.SubElement(body, "outline", text=clean(spec.group, 200))
                groups[spec.group] = parent
        title = clean(spec.title, 300)
        etree.SubElement(
            parent,
            "outline",
            type="rss",
            text=title,
            title=title,
            xmlUrl=f"{base}{spec.path(fmt)}",
            htmlUrl=f"{base}{spec.html_path}",
        )
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
