"""Hostile text from scraped pages renders as text in both parts, and the message stays sane."""

from __future__ import annotations

import re

from sqlalchemy import update

from storage.db import session_scope
from storage.models import Event, Measure
from tests.mail.helpers import env_engine, parts
from tests.seeding import make_item, store_raw
from tracker.mail import service
from tracker.mail.run import preview, run_digests

HOSTILE = "<script>alert('x')</script> Ordinance banning 287(g) agreements <b>now</b>"
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_hostile_titles_are_text_in_both_parts(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    store_raw(engine, make_item(title=HOSTILE))
    # The database may still hold odd text (older rows, other writers): control characters, a
    # huge title, markup in a summary, a javascript: link.
    with session_scope(engine) as session:
        session.execute(
            update(Measure).values(
                title="Evil\x07\x1b[31m title\r\nBcc: victim@example.org " + "x" * 100_000,
                url="javascript:alert(document.cookie)",
            )
        )
        # PostgreSQL text cannot hold NUL at all; another control character stands in for it.
        control = "\x00" if engine.dialect.name == "sqlite" else "\x01"
        session.execute(
            update(Event).values(summary=f"<img src=x onerror=alert(1)>{control} moved")
        )
    run_digests(engine, config, force=True)

    (msg,) = smtp.messages("a@example.org")
    raw = smtp.raw()[0]
    assert len(raw) < 40_000  # bounded, whatever the database holds
    assert msg["Bcc"] is None and msg["To"] == "a@example.org"  # no header injection
    subject = str(msg["Subject"])
    assert "\n" not in subject and len(subject) <= 150 and not CONTROL.search(subject)
    text, html = parts(msg)
    for part in (text, html):
        assert not CONTROL.search(part.replace("\r\n", "\n").replace("\n", ""))
        assert "javascript:" not in part
    assert "<img src=x onerror=alert(1)>" in text  # plain text shows it as written
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "Evil" in text and "Evil" in html


def test_markup_in_title_is_escaped_in_html(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    store_raw(engine, make_item(title=HOSTILE))
    run_digests(engine, config, force=True)
    (msg,) = smtp.messages("a@example.org")
    text, html = parts(msg)
    assert HOSTILE in text
    assert "<script" not in html.lower() and "<b>now" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;/script&gt;" in html
    assert 'style="' in html and "<style" not in html  # CSS inlined


def test_preview_shows_next_digest_without_sending(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    store_raw(engine, make_item())
    composed, _note = preview(engine, config, "a@example.org")
    assert composed is not None and "O2012-4984" in composed.text
    assert composed.subject.startswith("1 update: new in Chicago, IL: O2012-4984 Welcoming")
    assert smtp.messages() == []
    # Previewing twice shows the same thing: nothing was recorded.
    again, _ = preview(engine, config, "a@example.org")
    assert again is not None and again.event_ids == composed.event_ids
    assert again.subject == composed.subject
    run_digests(engine, config, force=True)
    nothing, note = preview(engine, config, "a@example.org")
    assert nothing is None and "Nothing new" in note


def test_non_ascii_subject_round_trips(mail_env, smtp):
    config, engine = env_engine()
    service.request_subscription(engine, config, "a@example.org", confirmed=True)
    title = "Ordenanza de ciudad acogedora – límites a los «detainers» de ICE y 287(g)"
    store_raw(engine, make_item(title=title, identifier="Ñ-2024-1"))
    run_digests(engine, config, force=True)
    (msg,) = smtp.messages("a@example.org")
    assert str(msg["Subject"]).startswith("1 update: new in Chicago, IL: Ñ-2024-1 Ordenanza")
    assert len(str(msg["Subject"])) <= 150
    raw_head = smtp.raw()[0].split(b"\r\n\r\n", 1)[0]
    assert raw_head.isascii() and b"=?utf-8?b?" in raw_head
    text, html = parts(msg)
    assert title in text and "límites" in html
