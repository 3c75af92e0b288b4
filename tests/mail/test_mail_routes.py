"""The confirm / unsubscribe / manage pages through the real web app."""

from __future__ import annotations

from fastapi.testclient import TestClient

from storage import mail as db
from storage.db import session_scope
from tests.mail.helpers import csrf, env_engine, link, parts
from tests.seeding import make_item, store_raw
from tracker.mail import service
from tracker.mail.run import run_digests
from tracker.web.app import create_app


def _digest_text(config, engine, smtp) -> str:
    service.request_subscription(engine, config, "a@example.org", {"states": "IL"}, confirmed=True)
    store_raw(engine, make_item())
    run_digests(engine, config, force=True)
    text, _ = parts(smtp.messages("a@example.org")[-1])
    return text


def test_bad_links_get_a_clear_page(mail_env, smtp):
    config, _engine = env_engine()
    client = TestClient(create_app(config))
    for path in ("/confirm?token=abc", "/unsubscribe?token=abc", "/manage?token=abc", "/manage"):
        page = client.get(path)
        assert page.status_code == 400 and "This link does not work" in page.text, path
    assert client.post("/unsubscribe/one-click?token=abc").status_code == 400
    assert client.get("/unsubscribe/one-click?token=abc").status_code == 405


def test_manage_changes_filters_and_leaves(mail_env, smtp):
    config, engine = env_engine()
    text = _digest_text(config, engine, smtp)
    client = TestClient(create_app(config))
    page = client.get(link(text, "/manage"))
    assert page.status_code == 200 and "a@example.org" in page.text
    assert 'value="IL"' in page.text
    token = link(text, "/manage").split("token=")[1]
    with session_scope(engine) as session:
        (sub,) = db.subscriptions_of(session, 1)
    form = {
        "token": token,
        "csrf_token": csrf(page.text),
        "action": f"save-{sub.id}",
        f"states-{sub.id}": "TX, ca",
        f"topics-{sub.id}": ["287g", "detainers"],
        f"kinds-{sub.id}": "hearing",
        f"frequency-{sub.id}": "weekly",
        f"timezone-{sub.id}": "America/Los_Angeles",
        f"send_hour-{sub.id}": "9",
    }
    saved = client.post("/manage", data=form)
    assert saved.status_code == 200 and "Saved" in saved.text
    with session_scope(engine) as session:
        (sub,) = db.subscriptions_of(session, 1)
    assert (sub.states, sub.topics, sub.kinds) == (",CA,TX,", ",287g,detainers,", ",hearing,")
    assert (sub.frequency, sub.timezone, sub.send_hour) == ("weekly", "America/Los_Angeles", 9)

    bad = client.post("/manage", data={**form, f"states-{sub.id}": "Texas"})
    assert bad.status_code == 400 and "Texas" in bad.text and "two-letter" in bad.text

    left = client.post(
        "/manage", data={"token": token, "csrf_token": csrf(page.text), "action": "leave"}
    )
    assert left.status_code == 200 and "Unsubscribed" in left.text
    with session_scope(engine) as session:
        assert db.subscriber_by_email(session, "a@example.org").status == "unsubscribed"
    # The manage link of an address that left no longer works.
    assert client.get(link(text, "/manage")).status_code == 400


def test_one_click_is_exempt_from_csrf_but_needs_its_token(mail_env, smtp):
    config, engine = env_engine()
    text = _digest_text(config, engine, smtp)
    token = link(text, "/unsubscribe").split("token=")[1]
    client = TestClient(create_app(config))
    response = client.post(
        f"/unsubscribe/one-click?token={token}",
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200 and "Unsubscribed" in response.text
    again = client.post(
        f"/unsubscribe/one-click?token={token}", content=b"List-Unsubscribe=One-Click"
    )
    assert again.status_code == 200  # repeating it is harmless
