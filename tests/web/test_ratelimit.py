"""Subscription requests are limited per address and per client."""

from __future__ import annotations

from tests.web.conftest import csrf_from
from tracker.web.ratelimit import SlidingWindowLimiter


def _post(client, email: str):  # noqa: ANN001, ANN202
    token = csrf_from(client.get("/subscribe").text)
    form = {"email": email, "frequency": "weekly", "timezone": "UTC", "csrf_token": token}
    return client.post("/subscribe", data=form)


def test_per_address_limit_sends_no_more_mail_and_says_nothing_new(app, client, ids, tracker_env):
    limit = app.state.subscribe_address_limiter.limit
    answers = {_post(client, "Ana@Example.org").text.split("<main")[1] for _ in range(limit)}
    mails_before = len(list((tracker_env / "outbox").glob("**/*.eml")))
    over = _post(client, "ana@example.org")  # same address, other spelling
    # The answer reads like any other (it must not tell a stranger the address is in use).
    assert over.status_code == 200 and {over.text.split("<main")[1]} == answers
    assert len(list((tracker_env / "outbox").glob("**/*.eml"))) == mails_before
    assert app.state.subscribe_address_limiter.retry_after("ana@example.org") > 0
    assert _post(client, "ben@example.org").status_code == 200, "other addresses still work"
    assert len(list((tracker_env / "outbox").glob("**/*.eml"))) == mails_before + 1


def test_per_client_limit_holds_across_addresses(app, client, ids):
    limit = app.state.subscribe_client_limiter.limit
    statuses = [_post(client, f"person{i}@example.org").status_code for i in range(limit + 1)]
    assert statuses[:limit] == [200] * limit
    assert statuses[limit] == 429


def test_sliding_window_forgets_old_hits():
    now = [1000.0]
    limiter = SlidingWindowLimiter(2, 60.0, clock=lambda: now[0])
    assert limiter.hit("a") and limiter.hit("a")
    assert not limiter.hit("a")
    assert limiter.retry_after("a") == 61
    now[0] += 30
    assert not limiter.hit("a"), "still inside the window"
    now[0] += 31
    assert limiter.hit("a"), "the first hit left the window"
    assert limiter.hit("b"), "keys are independent"
