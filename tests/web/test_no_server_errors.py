"""Property-based (Hypothesis): whatever is put in any query parameter, path segment, form field
or conditional header of the app, the answer is never a server error.

The values mix arbitrary text with the shapes that broke things before: Unicode digits that
str.isdigit() accepts and int() refuses, thousands of digits, control characters, markup, and
valid values, so that generated requests also reach past the first check.
"""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.web.conftest import csrf_from
from tracker.web.ratelimit import SlidingWindowLimiter

EXAMPLES = 60  # per test: bounded so the suite stays quick
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

SHAPES = [
    "", " ", "0", "1", "-1", "²", "①", "٣", "1e3", "9" * 5_000, "Z" * 3_000, "\x00", "\x1b[31m",
    "<script>alert(1)</script>", "' OR 1=1 --", "%", "%00", "../../etc/passwd", "😀", "\u202e",
    "IL", "tx", "chicago-il", "city", "state", "protective", "restrictive", "enacted", "287g",
    "detainers", "latest", "title", "csv", "json", "html", "atom", "rss", "daily", "weekly",
    "UTC", "America/Chicago", "status_change", "hearing", "true", "1999", "2012", "2**62",
    "a@example.org", "test@bücher.de", "jürgen@example.org",
]  # fmt: skip
NUMBERS = ["²", "①", "٣", "1²", "9" * 5_000, "-1", "1e3", "0x10", "2012", "3"]
VALUE = st.one_of(st.sampled_from(SHAPES), st.sampled_from(NUMBERS), st.text(max_size=40))

PAGE_PARAMS = {
    "/": ["state", "place", "level", "topic", "stance", "kind", "before"],
    "/measures": ["q", "state", "place", "level", "topic", "stance", "status", "year", "sort",
                  "page", "format"],
    "/compare": ["state", "topic", "stance", "pending"],
    "/subscribe": ["state", "place", "level", "topic", "stance", "kind"],
    "/api/measures": ["q", "state", "place", "level", "topic", "stance", "status", "year",
                      "relevant", "sort", "limit", "offset"],
    "/api/events": ["state", "place", "level", "topic", "stance", "kind", "measure_id", "before",
                    "limit"],
    "/api/places": ["limit", "offset"],
    "/feeds/events.atom": ["state", "jurisdiction", "place", "level", "topic", "stance", "kind",
                           "enacted", "hearings", "measure", "limit"],
    "/feeds/opml": ["format"],
    "/confirm": ["token"],
    "/unsubscribe": ["token"],
    "/manage": ["token"],
}  # fmt: skip
PATHS = [
    "/measures/{}", "/places/{}", "/api/measures/{}", "/feeds/{}", "/feeds/{}.atom",
    "/feeds/state/{}.rss", "/feeds/place/{}.atom", "/feeds/topic/{}.atom", "/feeds/measure/{}.atom",
    "/feeds/{}/{}",
]  # fmt: skip


def _form(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return out


def _ok(response) -> None:  # noqa: ANN001
    assert response.status_code < 500, (response.status_code, response.text[:300])


def test_no_query_parameter_gives_a_server_error(client, ids):
    for path, known in PAGE_PARAMS.items():
        # Few parameters at a time: a first bad one would stop the checks before the next.
        names = st.one_of(st.sampled_from(known), st.text(min_size=1, max_size=10))

        @SETTINGS
        @given(params=st.dictionaries(names, VALUE, max_size=2), head=st.booleans())
        def check(params: dict[str, str], head: bool) -> None:
            _ok(client.request("HEAD" if head else "GET", path, params=params))  # noqa: B023

        check()


def test_no_path_segment_gives_a_server_error(client, ids):
    @SETTINGS
    @given(template=st.sampled_from(PATHS), a=VALUE, b=VALUE)
    def check(template: str, a: str, b: str) -> None:
        from urllib.parse import quote

        url = template.format(quote(a, safe=""), quote(b, safe=""))
        _ok(client.get(url))

    check()


def test_no_conditional_header_gives_a_server_error(client, ids):
    dates = st.one_of(
        VALUE,
        st.builds(
            "{}, {:02d} {} {} {:02d}:{:02d}:{:02d} {}".format,
            st.sampled_from(["Mon", "Fri", "Xyz"]),
            st.integers(0, 99),
            st.sampled_from(["Jan", "Dec", "Foo"]),
            st.integers(-10, 10**25),
            st.integers(0, 99),
            st.integers(0, 99),
            st.integers(0, 99),
            st.sampled_from(["GMT", "+0000", "-2359", "+9999", "UTC", "EST"]),
        ),
    )

    @SETTINGS
    @given(
        path=st.sampled_from(["/feeds/all.atom", "/feeds/all.rss", "/feeds/opml", "/"]),
        since=dates,
        etag=st.one_of(st.none(), VALUE),
    )
    def check(path: str, since: str, etag: str | None) -> None:
        headers = {"If-Modified-Since": since.encode("utf-8")}
        if etag is not None:
            headers["If-None-Match"] = etag.encode("utf-8")
        _ok(client.get(path, headers=headers))

    check()


def _fresh_limits(app) -> None:  # noqa: ANN001
    """Lift the per-client and per-address limits, so generated requests reach the service."""
    app.state.subscribe_client_limiter = SlidingWindowLimiter(10**9, 3600.0)
    app.state.subscribe_address_limiter = SlidingWindowLimiter(10**9, 3600.0)


def test_no_subscribe_form_gives_a_server_error(app, client, ids):
    _fresh_limits(app)
    token = csrf_from(client.get("/subscribe").text)
    fields = ["email", "states", "places", "levels", "topics", "stances", "kinds", "frequency",
              "timezone", "other"]  # fmt: skip

    @SETTINGS
    @given(form=st.lists(st.tuples(st.sampled_from(fields), VALUE), max_size=8))
    def check(form: list[tuple[str, str]]) -> None:
        _ok(client.post("/subscribe", data=_form([*form, ("csrf_token", token)])))

    check()


def _manage_token(app, client: TestClient) -> str:  # noqa: ANN001
    from tracker.mail import service, settings

    config = app.state.config
    service.request_subscription(
        app.state.engine, config, "m@example.org", {"states": "IL"}, confirmed=True
    )
    url = settings.manage_link(config, 1, 1)
    return re.search(r"token=(.+)$", url).group(1)


def test_no_mail_page_form_gives_a_server_error(app, client, ids):
    manage = _manage_token(app, client)
    csrf = csrf_from(client.get("/subscribe").text)
    fields = ["action", "states-1", "jurisdictions-1", "levels-1", "topics-1", "stances-1",
              "kinds-1", "frequency-1", "timezone-1", "send_hour-1"]  # fmt: skip
    actions = st.one_of(
        VALUE, st.sampled_from(["save-1", "remove-2", "save-²", "remove-①", "save-" + "9" * 5000])
    )

    @SETTINGS
    @given(
        path=st.sampled_from(["/manage", "/confirm", "/unsubscribe"]),
        token=st.one_of(st.just(manage), VALUE),
        action=actions,
        form=st.lists(st.tuples(st.sampled_from(fields), VALUE), max_size=6),
    )
    def check(path: str, token: str, action: str, form: list[tuple[str, str]]) -> None:
        data = [*form, ("token", token), ("action", action), ("csrf_token", csrf)]
        if action == "leave":
            return  # leaving ends the manage token every other example uses
        _ok(client.post(path, data=_form(data)))

    check()
    _ok(client.post("/unsubscribe/one-click", params={"token": "x" * 3000}))
