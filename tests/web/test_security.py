"""Scraped text renders as text, forms need their CSRF token, and every response is hardened."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html
from sqlmodel import select

from storage.db import session_scope
from storage.models import Measure
from tests.web.conftest import csrf_from
from tests.web.seed import HOSTILE_TITLE
from tracker.web.security import CONTENT_SECURITY_POLICY

PAGES = ["/", "/measures", "/places", "/map", "/compare", "/status", "/subscribe"]


def _only_our_scripts(tree) -> None:  # noqa: ANN001
    for script in tree.xpath("//script"):
        assert script.get("src", "").startswith("/static/"), "a script that is not ours"
        assert not (script.text or "").strip(), "an inline script"
    assert not tree.xpath("//img"), "no image element came from scraped text"
    assert not tree.xpath("//@*[starts-with(name(), 'on')]"), "an inline event handler"


@pytest.mark.parametrize("path", [*PAGES, "/places/chicago-il", "/measures?q=script"])
def test_hostile_title_is_shown_as_text_on_every_page(client, ids, path):
    response = client.get(path)
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.text)
    _only_our_scripts(tree)
    if path not in ("/map", "/compare", "/status", "/subscribe", "/places"):
        assert HOSTILE_TITLE in " ".join(tree.text_content().split())


def test_measure_page_shows_hostile_title_verbatim(client, ids):
    response = client.get(f"/measures/{ids['hostile']}")
    tree = lxml_html.fromstring(response.text)
    _only_our_scripts(tree)
    assert HOSTILE_TITLE in tree.xpath("string(//h1)")
    assert "&lt;script&gt;" in response.text


def _store_title(engine, measure_id: int, title: str, url: str | None = None) -> None:  # noqa: ANN001
    """Write odd text straight into the database, past the store's cleaning."""
    with session_scope(engine) as session:
        row = session.exec(select(Measure).where(Measure.id == measure_id)).one()
        row.title = title
        if url is not None:
            row.url = url
        session.add(row)


def test_control_characters_and_huge_titles_still_give_valid_pages(client, app, ids):
    odd = "Trust\x00Act\x07 \x1b[31m ]]> \ud800?".encode("utf-8", "surrogatepass").decode(
        "utf-8", "replace"
    )
    _store_title(app.state.engine, ids["hostile"], odd)
    response = client.get(f"/measures/{ids['hostile']}")
    assert response.status_code == 200
    assert "]]&gt;" in response.text
    huge = "<b>" + "A" * (5 * 1024 * 1024) + "</b>"
    _store_title(app.state.engine, ids["hostile"], huge)
    for path in (f"/measures/{ids['hostile']}", "/measures"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "<b>AAAA" not in response.text and "&lt;b&gt;AAAA" in response.text
    api = client.get(f"/api/measures/{ids['hostile']}")
    assert api.status_code == 200 and api.json()["title"] == huge  # JSON carries it as data
    csv = client.get("/measures?format=csv")
    assert csv.status_code == 200 and len(csv.content) > 5 * 1024 * 1024


def test_scraped_javascript_url_is_not_linked(client, app, ids):
    _store_title(app.state.engine, ids["hostile"], "Detainers", url="javascript:alert(1)")
    tree = lxml_html.fromstring(client.get(f"/measures/{ids['hostile']}").text)
    assert not [h for h in tree.xpath("//a/@href") if h.lower().startswith("javascript")]
    assert "Official page" not in tree.text_content()


@pytest.mark.parametrize("path", [*PAGES, "/api/measures", "/static/site.css", "/nope"])
def test_security_headers_on_every_response(client, ids, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"]


def _subscribe_form(email: str = "ana@example.org") -> dict:
    return {"email": email, "frequency": "daily", "timezone": "America/Chicago", "states": "IL"}


def test_form_without_csrf_token_is_refused(client, ids, tracker_env):
    client.get("/subscribe")  # has the cookie, but sends no token
    response = client.post("/subscribe", data=_subscribe_form())
    assert response.status_code == 403
    assert "did not come from this site" in response.text
    assert not list((tracker_env / "outbox").glob("**/*.eml")), "nothing was mailed"


def test_token_from_another_client_is_refused(app, client, ids):
    from fastapi.testclient import TestClient

    token = csrf_from(client.get("/subscribe").text)
    with TestClient(app) as other:
        other.get("/subscribe")  # its own cookie
        response = other.post("/subscribe", data={**_subscribe_form(), "csrf_token": token})
    assert response.status_code == 403


def test_forged_or_missing_cookie_is_refused(app, ids):
    from fastapi.testclient import TestClient

    with TestClient(app) as fresh:
        response = fresh.post("/subscribe", data={**_subscribe_form(), "csrf_token": "x.y.z"})
    assert response.status_code == 403


def test_form_with_its_token_is_accepted_and_mails_a_confirmation(client, ids, tracker_env):
    token = csrf_from(client.get("/subscribe").text)
    response = client.post("/subscribe", data={**_subscribe_form(), "csrf_token": token})
    assert response.status_code == 200, response.text[:500]
    assert "Check your inbox" in response.text
    mails = list((tracker_env / "outbox").glob("**/*.eml"))
    assert len(mails) == 1 and "ana@example.org" in mails[0].read_text()


def test_one_click_unsubscribe_needs_no_csrf_token(client, ids):
    # RFC 8058: mail clients POST it without cookies; its own signed token decides.
    response = client.post("/unsubscribe/one-click?token=not-a-valid-token", data={})
    assert response.status_code != 403
    assert response.status_code == 400


def test_bad_subscription_input_is_explained_and_kept(client, ids):
    token = csrf_from(client.get("/subscribe").text)
    form = {**_subscribe_form("not-an-address"), "csrf_token": token, "topics": "287g"}
    response = client.post("/subscribe", data=form)
    assert response.status_code == 400
    tree = lxml_html.fromstring(response.text)
    assert "not a valid email address" in tree.xpath("string(//div[@class='errors'])")
    assert tree.xpath("//input[@name='email']/@value") == ["not-an-address"]
    assert tree.xpath("//input[@name='topics'][@value='287g']/@checked")


def test_subscribe_without_secret_key_explains_instead_of_failing(monkeypatch, tracker_env):
    from fastapi.testclient import TestClient

    from tracker.config import load_config
    from tracker.web.app import create_app

    monkeypatch.delenv("TRACKER_SECRET_KEY")
    with TestClient(create_app(load_config())) as c:
        token = csrf_from(c.get("/subscribe").text)  # forms still work on a per-process key
        response = c.post("/subscribe", data={**_subscribe_form(), "csrf_token": token})
    assert response.status_code == 503
    assert "TRACKER_SECRET_KEY" in response.text
