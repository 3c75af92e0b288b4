"""CSRF protection and security headers, as pure ASGI middleware.

CSRF uses a double-submit token bound to the client: a random id in an HttpOnly cookie, and in
every form a hidden field holding that id signed (itsdangerous) with the app's secret key. A POST
passes only when the field's signature is valid, fresh and names the cookie's id, so a page on
another site can neither read nor forge it. Paths in CSRF_EXEMPT_PREFIXES are authorized by their
own signed tokens instead (RFC 8058 one-click unsubscribe is POSTed by mail clients, cookie-less).
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from itsdangerous import BadSignature, URLSafeTimedSerializer
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import PlainTextResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_EXEMPT_PREFIXES: tuple[str, ...] = ("/unsubscribe/one-click",)
CSRF_COOKIE = "tracker_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = b"x-csrf-token"
CSRF_MAX_AGE = 7 * 24 * 3600  # a form left open for a week still works
MAX_FORM_BYTES = 256 * 1024  # our forms are tiny; refuse anything bigger before parsing it
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}
_SALT = "tracker-csrf"

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
)


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=_SALT)


def csrf_token(request: Request) -> str:
    """The token for this client's forms (the signed id of its CSRF cookie)."""
    client_id = request.scope.get("state", {}).get("csrf_id") or request.cookies.get(CSRF_COOKIE)
    if not client_id:  # not behind the middleware (should not happen in the app)
        raise RuntimeError("CSRF middleware is not installed")
    return _serializer(request.app.state.csrf_secret).dumps(client_id)


def csrf_input(request: Request) -> Markup:
    """The hidden form field every POST form of the app must carry."""
    return Markup('<input type="hidden" name="{}" value="{}">').format(
        CSRF_FIELD, escape(csrf_token(request))
    )


def token_is_valid(secret: str, token: str | None, client_id: str | None) -> bool:
    """True when TOKEN is a fresh signature by SECRET of CLIENT_ID."""
    if not token or not client_id:
        return False
    try:
        signed = _serializer(secret).loads(token, max_age=CSRF_MAX_AGE)
    except BadSignature:
        return False
    return isinstance(signed, str) and secrets.compare_digest(signed, client_id)


def _cookie_from(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            for part in value.decode("latin-1").split(";"):
                key, _, val = part.strip().partition("=")
                if key == CSRF_COOKIE and val:
                    return val
    return None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return value.decode("latin-1")
    return None


class CSRFMiddleware:
    """Sets the client's CSRF cookie and refuses (403) unsafe requests without a valid token."""

    def __init__(self, app: ASGIApp, secret: str, exempt: tuple[str, ...] = CSRF_EXEMPT_PREFIXES):
        self.app = app
        self.secret = secret
        self.exempt = exempt

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client_id = _cookie_from(scope)
        new_cookie = client_id is None or len(client_id) > 64
        if new_cookie:
            client_id = secrets.token_urlsafe(24)
        scope.setdefault("state", {})["csrf_id"] = client_id

        send = self._with_cookie(scope, send, client_id) if new_cookie else send
        method = scope["method"].upper()
        path = scope.get("path", "")
        if method in _SAFE_METHODS or path.startswith(self.exempt):
            await self.app(scope, receive, send)
            return

        body, too_big = await _read_body(receive)
        if too_big:
            await PlainTextResponse("Form too large.", status_code=413)(scope, receive, send)
            return
        token = _header(scope, CSRF_HEADER) or _form_token(scope, body)
        if new_cookie or not token_is_valid(self.secret, token, client_id):
            response = PlainTextResponse(
                "This form has expired or did not come from this site. "
                "Go back, reload the page and send it again.",
                status_code=403,
            )
            await response(scope, receive, send)
            return
        await self.app(scope, _replay(body), send)

    @staticmethod
    def _with_cookie(scope: Scope, send: Send, client_id: str) -> Send:
        secure = "; Secure" if scope.get("scheme") == "https" else ""
        cookie = f"{CSRF_COOKIE}={client_id}; Path=/; HttpOnly; SameSite=Lax{secure}".encode()

        async def wrapped(message: Message) -> None:
            # Only pages carry forms; static files, feeds and the API stay cookie-free (cacheable).
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                ctype = dict(headers).get(b"content-type", b"")
                if ctype.startswith(b"text/html"):
                    message["headers"] = headers + [(b"set-cookie", cookie)]
            await send(message)

        return wrapped


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks), False


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _form_token(scope: Scope, body: bytes) -> str | None:
    content_type = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
    if content_type == "application/x-www-form-urlencoded":
        values = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FIELD)
        return values[0] if values else None
    if content_type == "multipart/form-data":
        # Our forms are urlencoded; accept multipart too by finding the named part.
        marker = f'name="{CSRF_FIELD}"'.encode()
        at = body.find(marker)
        if at < 0:
            return None
        start = body.find(b"\r\n\r\n", at)
        end = body.find(b"\r\n", start + 4)
        return body[start + 4 : end].decode("utf-8", "replace") if start >= 0 else None
    return None


class SecurityHeadersMiddleware:
    """Adds CSP and the other hardening headers to every response (pages, feeds, API, static)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(n, v) for n, v in SECURITY_HEADERS if n not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, wrapped)
