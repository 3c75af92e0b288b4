"""Feed rows -> RSS 2.0 and Atom 1.0 bytes, with feedgen.

Pure: the same rows and meta give the same bytes (no "now" anywhere), so static exports and ETags
stay stable. Every string from the database passes through `_text` first: sources are untrusted and
lxml refuses characters XML 1.0 forbids, so one odd row must not take a whole feed down.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from storage.feeds import FeedRow
from tracker.events import status_label
from tracker.labels import STANCE_LABELS, topic_label
from tracker.text import clean

TTL_MINUTES = 60
# The feed-level date of a feed with no items: fixed, so an empty feed's bytes and ETag never
# change until something happens.
EMPTY_UPDATED = datetime(2000, 1, 1, tzinfo=UTC)
GENERATOR = "sanctuary-tracker"

TITLE_MAX = 300  # a measure title inside an item title
HEADLINE_MAX = 300  # what changed, inside an item title
FIELD_MAX = 2_000  # action text, locations, any one line of the body
WHY_ITEMS = 12
WHY_MAX = 400
FORMATS = ("rss", "atom")
MEDIA_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
}


@dataclass(frozen=True)
class FeedMeta:
    """The feed's own identity: what it is called and where it lives."""

    feed_id: str  # stable URI of the feed, the same for both formats
    title: str
    description: str
    html_url: str  # the page in the web app this feed mirrors
    self_url: str  # this document's own URL (atom:link rel="self")


# Anything tracker.text.clean would change: controls, surrogates, non-characters, runs of
# whitespace, leading or trailing space. Text without any is returned as is (the common case).
_NEEDS_CLEANING = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u00a0]|  |^\\s|\\s$")


def _text(value: object, limit: int = FIELD_MAX) -> str:
    """Printable, XML-safe, bounded single-line text."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if len(text) <= limit and text.isascii() and not _NEEDS_CLEANING.search(text):
        return text
    return clean(text, limit)


def _when(value: datetime | None) -> datetime:
    if value is None:
        return EMPTY_UPDATED
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _detail(row: FeedRow) -> dict:
    try:
        value = json.loads(row.event.detail or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _why(row: FeedRow) -> list[str]:
    try:
        value = json.loads(row.measure.why or "[]")
    except ValueError:
        return []
    if not isinstance(value, list):
        return []
    items = [_text(v, WHY_MAX) for v in value[:WHY_ITEMS]]
    return [v for v in items if v]


def topics_of(row: FeedRow) -> list[str]:
    topics = (_text(t, 60) for t in (row.measure.topics or "").split(","))
    return [t for t in topics if t]


def headline(row: FeedRow, detail: dict | None = None) -> str:
    """What changed, in a few words: the action (without its actor), hearing or status news."""
    event = row.event
    text = event.summary or ""
    actor = (_detail(row) if detail is None else detail).get("actor")
    if event.kind == "action" and isinstance(actor, str) and text.startswith(f"{actor}: "):
        text = text[len(actor) + 2 :]
    elif event.kind == "title":
        text = "Title changed"  # both titles are in the body; the item title shows the new one
    return _text(text, HEADLINE_MAX)


def measure_url(public_url: str, row: FeedRow) -> str:
    return f"{public_url}/measures/{row.measure.id}"


def official_url(row: FeedRow) -> str | None:
    url = _text(row.measure.url, FIELD_MAX)
    return url if url.startswith(("http://", "https://")) else None


def _fmt_time(value: datetime | None) -> str:
    return _when(value).strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def _li(label: str, value: str) -> str:
    # labels are our own constant words; only values come from sources and need escaping
    return f"<li><strong>{label}:</strong> {html.escape(value)}</li>" if value else ""


@dataclass(frozen=True)
class _MeasureParts:
    """What every item about one measure shares (computed once per measure per document)."""

    heading: str  # "Chicago, IL O2012-4984"
    short_title: str
    topics: list[str]
    stance: str | None
    page: str
    official: str | None
    head_html: str  # Measure and Title lines
    tail_html: str  # current status, topics, stance
    end_html: str  # evidence and links


def _measure_parts(row: FeedRow, public_url: str) -> _MeasureParts:
    m = row.measure
    heading = f"{_text(row.jurisdiction.name, 200)} {_text(m.identifier, 100)}"
    topics = topics_of(row)
    stance = m.stance if m.stance in STANCE_LABELS else None
    page, official = measure_url(public_url, row), official_url(row)
    tail = (
        _li("Current status", status_label(m.status) if m.status else "")
        + _li("Topics", ", ".join(topic_label(t) for t in topics))
        + _li("Stance", STANCE_LABELS.get(m.stance or "", _text(m.stance, 50)))
    )
    end: list[str] = []
    why = _why(row)
    if why:
        end.append("<p>Why the classifier flagged it:</p><ul>")
        end.extend(f"<li>{html.escape(w)}</li>" for w in why)
        end.append("</ul>")
    links = [f'<a href="{html.escape(page)}">Page in the tracker</a>']
    if official:
        links.insert(0, f'<a href="{html.escape(official)}">Official page</a>')
    end.append(f"<p>{' · '.join(links)}</p>")
    return _MeasureParts(
        heading=heading,
        short_title=_text(m.title, TITLE_MAX),
        topics=topics,
        stance=stance,
        page=page,
        official=official,
        head_html=_li("Measure", heading) + _li("Title", _text(m.title, FIELD_MAX)),
        tail_html=tail,
        end_html="".join(end),
    )


def item_title(row: FeedRow, parts: _MeasureParts | None = None, head: str | None = None) -> str:
    """e.g. "Chicago, IL O2012-4984: Welcoming City Ordinance — Passed (In committee → ...)"."""
    parts = parts or _measure_parts(row, "")
    return f"{parts.heading}: {parts.short_title} — {head or headline(row)}"


def item_html(
    row: FeedRow,
    public_url: str,
    parts: _MeasureParts | None = None,
    detail: dict | None = None,
    head: str | None = None,
) -> str:
    """The item body: escaped HTML, so markup from a source shows as text."""
    e = row.event
    parts = parts or _measure_parts(row, public_url)
    d = _detail(row) if detail is None else detail
    lines = [parts.head_html, _li("What changed", _text(e.summary, FIELD_MAX))]
    if e.status_from:
        lines.append(_li("Status", f"{status_label(e.status_from)} → {status_label(e.status_to)}"))
    elif e.status_to:
        lines.append(_li("Status", status_label(e.status_to)))
    if e.kind == "action":
        lines.append(_li("Action by", _text(d.get("actor"), 500)))
        lines.append(_li("Action text", _text(d.get("text"), FIELD_MAX)))
    if e.kind == "hearing":
        lines.append(_li("Hearing", _text(d.get("change"), 50)))
        starts = d.get("starts_at")
        try:
            when = _fmt_time(datetime.fromisoformat(starts)) if starts else ""
        except (TypeError, ValueError):
            when = _text(starts, 100)
        lines.append(_li("Hearing time", when))
        lines.append(_li("Hearing body", _text(d.get("body"), 500)))
        lines.append(_li("Hearing place", _text(d.get("location"), FIELD_MAX)))
    lines.append(_li("Date of the action", _fmt_date(e.occurred_on)))
    lines.append(_li("Seen by the tracker", _fmt_time(e.seen_at)))
    head = head if head is not None else headline(row, d)
    return f"<p>{html.escape(head)}</p><ul>{''.join(lines)}{parts.tail_html}</ul>{parts.end_html}"


class _FeedExt(BaseExtension):
    """Feed-level hook (feedgen wants one when an entry extension is registered)."""


class _EntryExt(BaseEntryExtension):
    """Adds the official page as rel="related" to Atom entries.

    feedgen 1.0 drops rel on entry links, so two entry links would both count as "alternate";
    writing the second one here keeps each entry valid Atom.
    """

    def __init__(self) -> None:
        self.related: str | None = None

    def extend_atom(self, entry):  # noqa: ANN001, ANN201 - lxml element
        if self.related:
            etree.SubElement(entry, "link", href=self.related, rel="related", type="text/html")
        return entry


# A tag, closed or cut off at the end of the text, and any "<" that could still open one.
_MARKUP = re.compile(r"<[^<>]*(?:>|$)|<(?=[A-Za-z!/?])")


def plain_title(title: str) -> str:
    """A title without markup, for RSS: many readers render an RSS <title> as HTML, so escaped
    tags from a source would come alive there (Atom says type="text"; its titles keep them)."""
    if "<" not in title:
        return title
    return _text(_MARKUP.sub(" ", title), HEADLINE_MAX + TITLE_MAX + 200)


def _generator(
    rows: Sequence[FeedRow], meta: FeedMeta, public_url: str, fmt: str = "atom"
) -> FeedGenerator:
    fg = FeedGenerator()
    fg.register_extension("tracker", _FeedExt, _EntryExt, atom=True, rss=False)
    fg.id(_text(meta.feed_id))
    fg.title(_text(meta.title, 500))
    fg.subtitle(_text(meta.description, 1000))  # also the RSS <description>
    fg.link(href=_text(meta.self_url), rel="self")
    fg.link(href=_text(meta.html_url), rel="alternate")
    fg.author(name="Sanctuary tracker", uri=public_url)
    fg.generator(GENERATOR, uri=None)
    fg.language("en")
    fg.ttl(TTL_MINUTES)
    newest = max((_when(r.event.seen_at) for r in rows), default=EMPTY_UPDATED)
    fg.updated(newest)  # Atom <updated>; RSS <lastBuildDate>
    fg.pubDate(newest)
    memo: dict[int | None, _MeasureParts] = {}
    for row in rows:
        parts = memo.get(row.measure.id)
        if parts is None:
            parts = memo[row.measure.id] = _measure_parts(row, public_url)
        detail = _detail(row)
        head = headline(row, detail)
        fe = fg.add_entry(order="append")
        fe.id(f"urn:uuid:{_text(row.event.uid, 100)}")
        title = item_title(row, parts, head)
        fe.title(plain_title(title) if fmt == "rss" else title)
        fe.link(href=parts.page, rel="alternate", type="text/html")
        fe.tracker.related = parts.official
        body = item_html(row, public_url, parts, detail, head)
        fe.content(body, type="html")  # RSS <description>, Atom <content type="html">
        seen = _when(row.event.seen_at)
        fe.published(seen)
        fe.updated(seen)
        for topic in parts.topics:
            fe.category(term=topic, label=topic_label(topic))
        if parts.stance:
            fe.category(term=f"stance:{parts.stance}", label=STANCE_LABELS[parts.stance])
    return fg


def build_feed(rows: Sequence[FeedRow], meta: FeedMeta, fmt: str, public_url: str) -> bytes:
    """The feed document in FMT ("rss" or "atom") as UTF-8 bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown feed format {fmt!r}")
    fg = _generator(rows, meta, public_url.rstrip("/"), fmt)
    if fmt == "rss":
        return fg.rss_str(pretty=True)
    return fg.atom_str(pretty=True)
