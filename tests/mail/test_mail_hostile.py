"""The subscribe form used by someone other than the address's owner.

A stranger can type anyone's address. What they must not learn is whether it is subscribed, and
what they must not do is add alerts the owner never saw; the owner's mail says what happened.
"""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient

from storage import mail as db
from storage.db import session_scope
from storage.models import utcnow
from tests.mail.helpers import csrf, env_engine, link, parts
from tests.seeding import make_item, store_raw
from tracker.mail import service
from tracker.mail.run import run_digests
from tracker.web.app import create_app

TEXAS = {
    "state": "TX",
    "jurisdiction": "Texas",
    "level": "state",
    "identifier": "SB 4",
    "vocabulary": "legiscan",
    "title": "Relating to the enforcement of state and federal immigration laws; prohibits "
    "sanctuary city policies and requires local jails to honor immigration detainers",
}


def _post(client: TestClient, email: str, **fields: str | list[str]):  # noqa: ANN202
    token = csrf(client.get("/subscribe").text)
    form = {"email": email, "frequency": "daily", "timezone": "UTC", "csrf_token": token}
    return client.post("/subscribe", data={**form, **fields})


def _answer(response) -> str:  # noqa: ANN001
    """The words of the answer page (the CSRF token aside, which differs per client)."""
    from lxml import html

    main = html.fromstring(response.text).xpath("//main")[0]
    return " ".join(main.text_content().split())


def _confirm_link(smtp, to: str) -> str:  # noqa: ANN001
    text, _ = parts(smtp.messages(to)[-1])
    return link(text, "/confirm")


def _confirm_via_page(client: TestClient, path: str) -> str:
    page = client.get(path)
    token = path.split("token=")[1]
    done = client.post("/confirm", data={"token": token, "csrf_token": csrf(page.text)})
    assert done.status_code == 200, done.text
    return done.text


def test_a_strangers_request_does_not_ride_on_the_owners_confirmation(mail_env, smtp):
    config, engine = env_engine()
    carol = TestClient(create_app(config))
    stranger = TestClient(create_app(config))
    assert _post(carol, "carol@example.org", states="IL").status_code == 200
    (mail,) = smtp.messages("carol@example.org")
    assert "Illinois" in parts(mail)[0] or "IL" in parts(mail)[0]
    answer = _post(stranger, "carol@example.org", stances="restrictive", frequency="weekly")
    assert answer.status_code == 200
    _confirm_via_page(carol, _confirm_link(smtp, "carol@example.org"))
    with session_scope(engine) as session:
        subs = db.subscriptions_of(session, db.subscriber_by_email(session, "carol@example.org").id)
    confirmed = [(s.states, s.stances) for s in subs if s.confirmed_at is not None]
    assert confirmed == [(",IL,", "")], "only what the mail listed is confirmed"
    # A restrictive measure elsewhere reaches nobody: the stranger's filter stays unconfirmed.
    store_raw(engine, make_item(**TEXAS))
    run_digests(engine, config, force=True)
    assert [m["Subject"] for m in smtp.messages("carol@example.org")] == [
        "Confirm your email alerts"
    ]


def test_the_form_answers_the_same_whatever_the_address_is(mail_env, smtp):
    config, engine = env_engine()
    an_hour_ago = utcnow() - timedelta(hours=1)
    service.request_subscription(
        engine, config, "member@example.org", {"states": "IL"}, now=an_hour_ago
    )
    service.confirm(engine, config, _confirm_link(smtp, "member@example.org").split("token=")[1])
    service.request_subscription(engine, config, "pending@example.org", {"states": "IL"})
    service.request_subscription(engine, config, "bounced@example.org", confirmed=True)
    with session_scope(engine) as session:
        bounced = db.subscriber_by_email(session, "bounced@example.org")
        db.suppress_subscriber(session, bounced.id, "550 no such user")
    before = len(smtp.messages())

    answers = {}
    for email in (
        "new@example.org",  # never seen: a confirmation goes out
        "member@example.org",  # already gets exactly these alerts
        "pending@example.org",  # a confirmation went out a minute ago
        "bounced@example.org",  # its server refused our mail
    ):
        client = TestClient(create_app(config))
        response = _post(client, email, states="IL")
        assert response.status_code == 200, (email, response.text[:300])
        answers[email] = _answer(response).replace(email, "ADDRESS")
    assert len(set(answers.values())) == 1, answers
    assert "check your inbox" in next(iter(answers.values())).lower()
    for word in ("already", "minutes ago", "refused", "bounce"):
        assert word not in next(iter(answers.values())).lower()

    # What differs is told to the owner only: the member hears it already has these alerts.
    sent = smtp.messages()[before:]
    assert sorted(m["To"] for m in sent) == ["member@example.org", "new@example.org"]
    (member_mail,) = [m for m in sent if m["To"] == "member@example.org"]
    text, _ = parts(member_mail)
    assert "already" in text and "/manage?token=" in text


def test_the_per_address_limit_answers_like_any_other_request(mail_env, smtp):
    config, _engine = env_engine()
    client = TestClient(create_app(config))
    first = _post(client, "ana@example.org")
    answers = [_answer(_post(client, "ana@example.org")) for _ in range(4)]
    assert {a for a in answers} == {_answer(first)}
    assert len(smtp.messages("ana@example.org")) == 1


def test_an_internationalized_domain_gets_its_mail(mail_env, smtp):
    config, engine = env_engine()
    client = TestClient(create_app(config))
    response = _post(client, "Test@Bücher.de")
    assert response.status_code == 200, response.text[:500]
    (mail,) = smtp.messages("test@xn--bcher-kva.de")
    assert mail["To"] == "test@xn--bcher-kva.de"
    assert "/confirm?token=" in parts(mail)[0]


def test_an_internationalized_mailbox_name_is_refused_clearly(mail_env, smtp):
    config, _engine = env_engine()
    client = TestClient(create_app(config))
    response = _post(client, "jürgen@example.org")
    assert response.status_code == 400
    assert "before the @" in response.text
    assert smtp.messages() == []


def test_resubscribing_minutes_after_leaving_works(mail_env, smtp):
    config, engine = env_engine()
    client = TestClient(create_app(config))
    _post(client, "dana@example.org", states="IL")
    _confirm_via_page(client, _confirm_link(smtp, "dana@example.org"))
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, "dana@example.org")
    from tracker.mail import settings

    unsubscribe = settings.unsubscribe_links(config, who.id, who.token_version)["page"]
    page = client.get(unsubscribe.removeprefix(config.public_url))
    token = unsubscribe.split("token=")[1]
    client.post("/unsubscribe", data={"token": token, "csrf_token": csrf(page.text)})

    assert _post(client, "dana@example.org", states="TX").status_code == 200
    assert len(smtp.messages("dana@example.org")) == 2, "a fresh confirmation went out"
    done = _confirm_via_page(client, _confirm_link(smtp, "dana@example.org"))
    assert "Confirmed" in done
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, "dana@example.org")
        subs = db.subscriptions_of(session, who.id)
    assert who.status == "confirmed" and [s.states for s in subs] == [",TX,"]
    assert all(s.confirmed_at for s in subs)


def test_an_old_confirm_link_confirms_only_what_existed_when_it_was_sent(mail_env, smtp):
    """Links mailed before confirm links listed their subscriptions still work, for those."""
    from tracker.mail import tokens

    config, engine = env_engine()
    start = utcnow() - timedelta(minutes=1)
    service.request_subscription(engine, config, "a@example.org", {"states": "IL"}, now=start)
    with session_scope(engine) as session:
        who = db.subscriber_by_email(session, "a@example.org")
    legacy = tokens._serializer(config.secret_key, tokens.CONFIRM).dumps({"s": who.id, "v": 1})
    service.request_subscription(
        engine, config, "a@example.org", {"states": "TX"}, now=utcnow() + timedelta(minutes=1)
    )
    service.confirm(engine, config, legacy)
    with session_scope(engine) as session:
        subs = db.subscriptions_of(session, who.id)
    assert [(s.states, s.confirmed_at is not None) for s in subs] == [
        (",IL,", True),
        (",TX,", False),
    ]
