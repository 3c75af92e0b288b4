"""HEAD answers like GET everywhere (pages, API, feeds, static files), as HTTP requires.

FastAPI routes declared with @get answer HEAD with 405; rather than doubling every route (and
every OpenAPI operation), this middleware runs HEAD as GET and drops the body, keeping the
status and headers (Content-Length included) exactly as GET's.
"""

from __future__ import annotations

from tracker.web.security import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def without_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # GET streams on; HEAD sends only the end
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, without_body)
