"""End to end over real parts: the `tracker` CLI, a real SMTP server, the web app over HTTP, and
events made by the real store path."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from click.testing import CliRunner
from fastapi.testclient import TestClient

from tests.mail.helpers import csrf, env_engine, link, parts
from tests.seeding import actions_until, make_item, store_raw
from tracker.cli import main
from tracker.web.app import create_app

HISTORY = [("Introduced", "City Council"), ("Referred to Committee on Public Safety", "Clerk")]


def _send(runner: CliRunner) -> None:
    result = runner.invoke(main, ["digest", "send", "--force"])
    assert result.exit_code == 0, result.output


def test_subscribe_confirm_digest_unsubscribe(mail_env, smtp):
    runner = CliRunner()
    result = runner.invoke(main, ["subscribe", "Advocate@Example.org", "--state", "IL"])
    assert result.exit_code == 0, result.output
    assert "confirmation" in result.output
    confirmations = smtp.messages("advocate@example.org")
    assert len(confirmations) == 1
    text, _html = parts(confirmations[0])

    # Not confirmed yet: a change happens, a send runs, the address gets nothing more.
    config, engine = env_engine()
    store_raw(engine, make_item(actions=actions_until(date(2024, 3, 1), HISTORY[:1])))
    _send(runner)
    assert len(smtp.messages("advocate@example.org")) == 1

    client = TestClient(create_app(config))
    page = client.get(link(text, "/confirm"))
    assert page.status_code == 200 and "advocate@example.org" in page.text
    # Opening the link alone (as a link scanner would) confirms nothing.
    _send(runner)
    assert len(smtp.messages("advocate@example.org")) == 1
    token = link(text, "/confirm").split("token=", 1)[1]
    done = client.post("/confirm", data={"token": token, "csrf_token": csrf(page.text)})
    assert done.status_code == 200 and "Confirmed" in done.text

    # A crawl finds one new action on the measure, and one measure in another state.
    store_raw(
        engine,
        make_item(actions=actions_until(date(2024, 3, 1), HISTORY)),
        make_item(
            jurisdiction="Austin, TX",
            state="TX",
            identifier="20240101-001",
            title="Resolution prohibiting 287(g) agreements with ICE",
        ),
    )
    _send(runner)
    digests = smtp.messages("advocate@example.org")[1:]
    assert len(digests) == 1
    digest = digests[0]
    text, html = parts(digest)
    # Everything since the request, including what happened while confirmation was pending.
    assert "Now tracked" in text and "Referred to Committee on Public Safety" in text
    assert "Austin" not in text
    assert "Referred to Committee on Public Safety" in html
    assert digest["Subject"] == "2 updates: O2012-4984 (Chicago, IL) in committee"
    assert "https://chicago.legistar.com/LegislationDetail.aspx" in text
    assert "http://tracker.test/measures/" in text and "http://tracker.test/measures/" in html
    header = digest["List-Unsubscribe"]
    assert "<http://tracker.test/unsubscribe/one-click?token=" in header
    assert "<mailto:unsubscribe@tracker.test?subject=unsubscribe-" in header
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Sending again without anything new sends nothing.
    _send(runner)
    assert len(smtp.messages("advocate@example.org")) == 2

    # One click, as a mail client does it: POST the header's URL, no cookies, no CSRF field.
    one_click = urlsplit(header.split("<", 1)[1].split(">", 1)[0])
    fresh = TestClient(create_app(config))
    response = fresh.post(
        f"{one_click.path}?{one_click.query}",
        content=b"List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200, response.text
    store_raw(
        engine,
        make_item(actions=actions_until(date(2024, 3, 1), HISTORY + [("Passed", "City Council")])),
    )
    _send(runner)
    assert len(smtp.messages("advocate@example.org")) == 2


def test_unsubscribe_link_get_only_asks(mail_env, smtp):
    runner = CliRunner()
    assert runner.invoke(main, ["subscribe", "a@example.org", "--confirmed"]).exit_code == 0
    config, engine = env_engine()
    store_raw(engine, make_item())
    _send(runner)
    (digest,) = smtp.messages("a@example.org")
    text, _ = parts(digest)
    client = TestClient(create_app(config))
    page = client.get(link(text, "/unsubscribe"))
    assert page.status_code == 200 and "a@example.org" in page.text
    assert page.headers["cache-control"] == "no-store"
    store_raw(engine, make_item(actions=actions_until(date(2024, 3, 1), HISTORY)))
    _send(runner)
    assert len(smtp.messages("a@example.org")) == 2  # the GET unsubscribed nobody

    token = link(text, "/unsubscribe").split("token=", 1)[1]
    forged = client.post("/unsubscribe", data={"token": token})
    assert forged.status_code == 403  # a cross-site form without the CSRF field does nothing
    done = client.post("/unsubscribe", data={"token": token, "csrf_token": csrf(page.text)})
    assert done.status_code == 200 and "Unsubscribed" in done.text
    store_raw(
        engine,
        make_item(actions=actions_until(date(2024, 3, 1), HISTORY + [("Passed", "City Council")])),
    )
    _send(runner)
    assert len(smtp.messages("a@example.org")) == 2


def test_several_subscriptions_make_one_digest(mail_env, smtp):
    runner = CliRunner()
    for args in (["--state", "IL"], ["--topic", "287g"], ["--state", "TX", "--kind", "hearing"]):
        result = runner.invoke(main, ["subscribe", "b@example.org", "--confirmed", *args])
        assert result.exit_code == 0, result.output
    config, engine = env_engine()
    store_raw(
        engine,
        make_item(),  # IL, detainers
        make_item(
            jurisdiction="Austin, TX",
            state="TX",
            identifier="20240101-001",
            title="Resolution prohibiting 287(g) agreements with ICE",
        ),
        make_item(
            jurisdiction="Cook County, IL",
            level="county",
            identifier="24-0001",
            title="Ordinance ending the county's 287(g) agreement",
        ),
        make_item(
            jurisdiction="Dallas, TX",
            state="TX",
            identifier="X-1",
            title="Ordinance on detainers and ICE holds at the city jail",
        ),
    )
    _send(runner)
    (digest,) = smtp.messages("b@example.org")
    text, html = parts(digest)
    assert digest["Subject"].startswith("3 updates: ")
    for name in ("Chicago, IL", "Austin, TX", "Cook County, IL"):
        assert f"== {name} ==" in text and name in html
    assert "Dallas" not in text  # TX only for hearings, and it is not about 287(g)
    assert text.count("O2012-4984") == 1  # matched by two subscriptions, shown once
    # Grouped by jurisdiction in name order.
    assert text.index("Austin, TX") < text.index("Chicago, IL") < text.index("Cook County, IL")


def test_web_form_sends_one_confirmation(mail_env, smtp):
    config, _engine = env_engine()
    client = TestClient(create_app(config))
    form_page = client.get("/subscribe")
    assert form_page.status_code == 200
    data = {
        "csrf_token": csrf(form_page.text),
        "email": "Organizer@Example.org",
        "states": "IL",
        "frequency": "weekly",
        "timezone": "America/Chicago",
    }
    assert client.post("/subscribe", data=data).status_code == 200
    assert client.post("/subscribe", data=data).status_code in (200, 429)  # a double click
    (confirmation,) = smtp.messages("organizer@example.org")
    text, _html = parts(confirmation)
    assert "IL" in text and "weekly" in text
    page = client.get(link(text, "/confirm"))
    token = link(text, "/confirm").split("token=", 1)[1]
    done = client.post("/confirm", data={"token": token, "csrf_token": csrf(page.text)})
    assert done.status_code == 200 and "Confirmed" in done.text
