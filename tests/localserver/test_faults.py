"""Fault switches make the mirror fail the way Legistar does, and only where asked."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest


def _matters_url(mirror, client: str = "chicago") -> str:
    return f"{mirror.base_url}/{client}/matters"


def test_failing_histories_are_500_every_time_and_only_for_those_matters(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    first, second = sorted(state.matters)[:2]
    state.fail_histories.add(first)
    for _ in range(3):
        reply = http.get(f"{_matters_url(fresh_mirror)}/{first}/histories")
        assert reply.status_code == 500
        assert reply.json()["Message"] == "An error has occurred."
    assert http.get(f"{_matters_url(fresh_mirror)}/{second}/histories").status_code == 200
    assert http.get(f"{_matters_url(fresh_mirror)}/{first}").status_code == 200
    assert state.history_requests() == [first, first, first, second]


def test_malformed_listing_is_a_200_whose_json_does_not_parse(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    state.listing_fault = "malformed"
    reply = http.get(_matters_url(fresh_mirror), params={"$top": 1000})
    assert reply.status_code == 200 and reply.content.startswith(b"[{")
    with pytest.raises(json.JSONDecodeError):
        json.loads(reply.content)
    # Other resources are untouched by a listing fault.
    some = sorted(state.matters)[0]
    assert http.get(f"{_matters_url(fresh_mirror)}/{some}/histories").json()


def test_429_carries_retry_after_and_can_be_limited_to_n_requests(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    state.retry_after = 7
    state.listing_fault_times = 2
    state.listing_fault = "429"
    replies = [http.get(_matters_url(fresh_mirror), params={"$top": 5}) for _ in range(3)]
    assert [r.status_code for r in replies] == [429, 429, 200]
    assert replies[0].headers["Retry-After"] == "7"
    assert "Message" in replies[0].json()
    assert len(replies[2].json()) == 5
    assert state.listing_fault is None


def test_500_listing_fails_every_page_until_switched_off(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    state.listing_fault = "500"
    for skip in (0, 1000, 2000):
        reply = http.get(_matters_url(fresh_mirror), params={"$skip": skip})
        assert reply.status_code == 500
    state.listing_fault = None
    assert len(http.get(_matters_url(fresh_mirror)).json()) == 1000


def test_timeout_fault_outlasts_a_short_client_timeout(fresh_mirror):
    state = fresh_mirror.client("chicago")
    state.timeout_delay = 2.0
    state.listing_fault = "timeout"
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(_matters_url(fresh_mirror), params={"$top": 3}, timeout=0.3)
    # A patient client still gets the answer, late.
    reply = httpx.get(_matters_url(fresh_mirror), params={"$top": 3}, timeout=10)
    assert reply.status_code == 200 and len(reply.json()) == 3


def test_invalid_fault_name_is_refused(fresh_mirror):
    with pytest.raises(ValueError, match="listing_fault"):
        fresh_mirror.client("chicago").listing_fault = "slow"


def test_token_client_refuses_requests_without_the_right_token(fresh_mirror, http):
    url = _matters_url(fresh_mirror, "nyc")
    missing = http.get(url, params={"$top": 1})
    wrong = http.get(url, params={"$top": 1, "token": "guess"})
    right = http.get(url, params={"$top": 1, "token": "s3cret"})
    assert missing.status_code == wrong.status_code == 403
    assert "Token is missing" in missing.json()["Message"]
    assert "invalid" in wrong.json()["Message"]
    assert right.status_code == 200 and right.json()[0]["MatterFile"]
    some = right.json()[0]["MatterId"]
    assert http.get(f"{url}/{some}/histories").status_code == 403
    assert http.get(f"{url}/{some}/histories", params={"token": "s3cret"}).status_code == 200


def test_request_log_records_what_was_asked_in_order(fresh_mirror, http):
    state = fresh_mirror.client("chicago")
    state.clear_log()
    http.get(_matters_url(fresh_mirror), params={"$filter": "MatterId eq 1", "$top": 1000})
    http.get(f"{_matters_url(fresh_mirror)}/{sorted(state.matters)[5]}/histories")
    logged = state.logged()
    assert logged[0].startswith("/v1/chicago/matters?$filter=MatterId eq 1")
    assert state.listing_requests() == logged[:1]
    assert state.history_requests() == [sorted(state.matters)[5]]
    assert state.request_log[0].startswith("/v1/chicago/matters?%24filter=")


def test_concurrent_requests_are_served_while_one_is_held(fresh_mirror):
    """A slow listing must not block histories: the server is threaded, as Scrapy expects."""
    state = fresh_mirror.client("chicago")
    state.timeout_delay = 3.0
    state.listing_fault = "timeout"
    answers: list[int] = []
    slow = threading.Thread(
        target=lambda: answers.append(
            httpx.get(_matters_url(fresh_mirror), params={"$top": 1}, timeout=10).status_code
        )
    )
    slow.start()
    while not state.listing_requests():  # the slow request has arrived and is being held
        time.sleep(0.01)
    some = sorted(state.matters)[0]
    assert httpx.get(f"{_matters_url(fresh_mirror)}/{some}/histories", timeout=5).is_success
    assert slow.is_alive() and answers == [], "histories answered while the listing was held"
    slow.join()
    assert answers == [200]
