"""End to end in real headless Chromium against `tracker serve` on 127.0.0.1.

A seeded SQLite database, the real server process, a real SMTP server (aiosmtpd) for the
confirmation and digest mails. Screenshots of the main pages go to TRACKER_TEST_ARTIFACTS
(default tests/artifacts/, git-ignored).
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storage.db import dispose_engines, get_engine
from tests.seeding import make_item, store_raw
from tests.web.seed import chicago_ordinance, seed

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTIFACTS = Path(
    os.environ.get("TRACKER_TEST_ARTIFACTS") or Path(__file__).resolve().parents[1] / "artifacts"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mailbox:
    """Messages an aiosmtpd server on 127.0.0.1 received."""

    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self._arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: ANN001, N802
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self._arrived:
            self.messages.append(message)
            self._arrived.notify_all()
        return "250 OK"

    def wait_for(self, count: int, timeout: float = 20.0) -> email.message.EmailMessage:
        with self._arrived:
            ok = self._arrived.wait_for(lambda: len(self.messages) >= count, timeout)
        assert ok, f"expected {count} mail(s), got {len(self.messages)}"
        return self.messages[count - 1]


def _text(message: email.message.EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    return part.get_content() if part else ""


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    from aiosmtpd.controller import Controller

    mailbox, port = Mailbox(), _free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield mailbox, port
    controller.stop()


@pytest.fixture
def server(tmp_path: Path, smtp) -> Iterator[dict]:  # noqa: ANN001
    mailbox, smtp_port = smtp
    db_url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = get_engine(db_url)
    ids = seed(engine)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "TRACKER_DATA_DIR": str(tmp_path / "data"),
        "TRACKER_DATABASE_URL": db_url,
        "TRACKER_SECRET_KEY": "browser-test-secret",
        "TRACKER_PUBLIC_URL": base,
        "TRACKER_SMTP_URL": f"smtp://127.0.0.1:{smtp_port}",
    }
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/status", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, (tmp_path / "serve.log").read_text()
            assert time.monotonic() < deadline, "tracker serve did not start"
            time.sleep(0.2)
        yield {"base": base, "ids": ids, "engine": engine, "env": env, "mailbox": mailbox}
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
        dispose_engines()


@pytest.fixture
def browser():  # noqa: ANN201
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


def _shot(page, name: str) -> None:  # noqa: ANN001
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_filter_open_measure_and_follow_its_feed(server, browser):  # noqa: ANN001
    base, ids = server["base"], server["ids"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(base + "/")
    assert page.locator("ol.events li").count() >= 5
    _shot(page, "latest")

    page.click("text=Measures")
    page.fill("input[name=q]", "detainers")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"/measures\?.*q=detainers"))
    found = page.locator("a.measure-link").all_inner_texts()
    assert any("O2012-4984" in t for t in found) and any("SB 4" in t for t in found)

    page.select_option("select[name=state]", "IL")
    page.select_option("select[name=status]", "enacted")
    page.click("form.filters button")
    page.wait_for_url(re.compile(r"state=IL"))
    found = page.locator("a.measure-link").all_inner_texts()
    assert len(found) == 1 and "Welcoming City Ordinance" in found[0]
    _shot(page, "measures")

    page.click("a.measure-link")
    page.wait_for_url(f"{base}/measures/{ids['chicago']}")
    assert page.locator("ol.ladder li[aria-current=step]").inner_text() == "Enacted"
    assert "Signed by Mayor" in page.locator("ol.timeline").inner_text()
    # The roll call: the tally shows, each member's vote unfolds.
    roll_call = page.locator("section.votes details.roll-call")
    assert "2 yes, 1 no, 1 other" in page.locator("section.votes").inner_text()
    assert not roll_call.locator("tbody").is_visible()
    roll_call.locator("summary").click()
    assert roll_call.locator("tbody tr").nth(2).inner_text().split() == [
        "Balcer,",
        "James",
        "A.",
        "no",
    ]
    _shot(page, "measure")

    feed_link = page.locator("p.links a.feed")
    href = feed_link.get_attribute("href")
    assert href == f"/feeds/measure/{ids['chicago']}.atom"
    response = page.request.get(base + href)
    assert response.ok and "atom" in response.headers["content-type"]
    assert "<feed" in response.text() and "O2012-4984" in response.text()

    for name, path in (("map", "/map"), ("compare", "/compare"), ("status", "/status")):
        page.goto(base + path)
        _shot(page, name)
    assert not errors, errors  # no CSP violations, no script errors


def test_map_works_and_caption_updates(server, browser):  # noqa: ANN001
    base = server["base"]
    page = browser.new_page()
    csp_errors: list[str] = []
    page.on("console", lambda m: csp_errors.append(m.text) if m.type == "error" else None)
    page.goto(base + "/map")
    page.hover("a.state[data-state=TX] path")
    assert "Texas: 0 protective and 1 restrictive" in page.locator("#map-info").inner_text()
    assert not csp_errors, csp_errors

    no_js = browser.new_context(java_script_enabled=False).new_page()
    no_js.goto(base + "/map")
    no_js.click("a.state[data-state=IL] path")
    no_js.wait_for_url(re.compile(r"/measures\?state=IL&status=enacted"))
    assert "O2012-4984" in no_js.locator("table.measures").inner_text()


def test_subscribe_confirm_and_unsubscribe_through_real_smtp(server, browser):  # noqa: ANN001
    base, mailbox = server["base"], server["mailbox"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})

    page.goto(base + "/subscribe?state=IL")
    page.fill("input[name=email]", "organizer@example.org")
    page.check("input[name=topics][value=detainers]")
    page.check("input[name=frequency][value=daily]")
    _shot(page, "subscribe")
    page.click("form.subscribe button[type=submit]")
    assert page.locator("h1").inner_text() == "Check your inbox"

    confirmation = mailbox.wait_for(1)
    assert confirmation["To"] == "organizer@example.org"
    link = re.search(r"http://127\.0\.0\.1:\d+/confirm\?token=\S+", _text(confirmation))
    assert link, _text(confirmation)
    page.goto(link.group(0))
    page.click("button[type=submit]")
    assert page.locator("h1").inner_text() == "Subscription confirmed"
    _shot(page, "confirmed")

    # Something happens in Illinois; the digest goes out over SMTP with an unsubscribe link.
    later = chicago_ordinance()
    later["actions"] = later["actions"] + [
        {"date": "2030-01-05", "description": "Amended", "actor": "City Council"}
    ]
    store_raw(server["engine"], later, make_item(jurisdiction="Texas", level="state", state="TX"))
    subprocess.run(
        [sys.executable, "-m", "tracker.cli", "digest", "send", "--force"],
        env=server["env"],
        check=True,
        capture_output=True,
    )
    digest = mailbox.wait_for(2)
    body = _text(digest)
    assert "Amended" in body
    link = re.search(r"http://127\.0\.0\.1:\d+/unsubscribe\?token=[^\s\"'<>]+", body)
    assert link, body
    page.goto(link.group(0).replace("&amp;", "&"))
    page.click("button[type=submit]")
    assert "nsubscribed" in page.locator("main").inner_text()
    _shot(page, "unsubscribed")
