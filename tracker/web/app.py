"""create_app: the ASGI application `tracker serve` runs (pages, feeds, email forms, JSON API)."""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from tracker.config import Config, load_config
from tracker.web.head import HeadAsGetMiddleware
from tracker.web.ratelimit import SlidingWindowLimiter
from tracker.web.security import CSRFMiddleware, SecurityHeadersMiddleware

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"

# Subscription requests allowed per window (in-process; see docs/web.md).
SUBSCRIBE_PER_ADDRESS = (3, 3600.0)
SUBSCRIBE_PER_CLIENT = (10, 3600.0)


class TrackerApp(FastAPI):
    """FastAPI with the security headers outside everything, even the 500 page Starlette's
    ServerErrorMiddleware writes (user middleware sits inside that one)."""

    def build_middleware_stack(self):  # noqa: ANN201 - Starlette's own signature
        return SecurityHeadersMiddleware(super().build_middleware_stack())


def create_app(config: Config | None = None) -> FastAPI:
    """The app for CONFIG (default: the environment), with its engine migrated and ready."""
    from tracker.config import engine as make_engine

    config = config or load_config()
    app = TrackerApp(
        title="Sanctuary tracker",
        version="1",
        description="Immigration-enforcement measures in councils and legislatures: "
        "measures, their change events and the places that consider them.",
        docs_url=None,  # Swagger UI needs inline scripts our CSP forbids; /openapi.json stays
        redoc_url=None,
    )
    secret = config.secret_key
    if not secret:
        log.warning("TRACKER_SECRET_KEY is not set: using a random key for this process")
        secret = secrets.token_urlsafe(32)
    app.state.config = config
    app.state.engine = make_engine(config)
    app.state.csrf_secret = secret
    app.state.subscribe_address_limiter = SlidingWindowLimiter(*SUBSCRIBE_PER_ADDRESS)
    app.state.subscribe_client_limiter = SlidingWindowLimiter(*SUBSCRIBE_PER_CLIENT)

    from tracker.feeds.routes import router as feeds_router
    from tracker.mail.routes import router as mail_router
    from tracker.web.routes import api, pages, subscribe

    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(subscribe.router)
    app.include_router(feeds_router)
    app.include_router(mail_router)
    _error_pages(app)
    _describe_feeds(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    # Innermost first; the security headers wrap them all (TrackerApp), CSRF refusals included.
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(CSRFMiddleware, secret=secret)
    return app


def _describe_feeds(app: FastAPI) -> None:
    """The OpenAPI document as the feeds really answer: XML, 304 and plain-text errors, and no
    422 (FastAPI adds one to any operation with parameters; feeds answer bad input with 400)."""
    build = app.openapi

    def openapi() -> dict:
        schema = build()  # built once and cached by FastAPI; the edit below is idempotent
        for path, item in schema.get("paths", {}).items():
            if path.startswith("/feeds/"):
                for operation in item.values():
                    operation.get("responses", {}).pop("422", None)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _error_pages(app: FastAPI) -> None:
    """HTML error pages for people; the API and feeds keep FastAPI's JSON errors."""
    from fastapi.exception_handlers import http_exception_handler
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException as StarletteHTTPException

    from tracker.web.params import FilterError
    from tracker.web.templating import templates

    def for_machines(request: Request) -> bool:
        return request.url.path.startswith(("/api/", "/feeds/", "/openapi"))

    def page(request: Request, status: int, title: str, message: str) -> Response:
        return templates.TemplateResponse(
            request, "error.html", {"title": title, "message": message}, status_code=status
        )

    @app.exception_handler(FilterError)
    async def bad_filter(request: Request, exc: FilterError) -> Response:
        if for_machines(request):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return page(request, 400, "Unknown filter", str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if for_machines(request) or exc.status_code < 400:
            return await http_exception_handler(request, exc)
        title = {404: "Not found", 405: "Not allowed", 429: "Too many requests"}.get(
            exc.status_code, "Error"
        )
        message = exc.detail if isinstance(exc.detail, str) else title
        if exc.status_code == 404 and message == "Not Found":
            message = "There is no page at this address."
        response = page(request, exc.status_code, title, message)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if for_machines(request):
            # FastAPI's default answer quotes each bad value back in full: keep only where and
            # what, so a 100 KB parameter is not returned to its sender.
            short = [
                {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", ""))[:200],
                 "type": e.get("type")}
                for e in exc.errors()[:20]
            ]  # fmt: skip
            return JSONResponse({"detail": short}, status_code=422)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'input'}: {e.get('msg')}"
            for e in exc.errors()
        )
        return page(request, 400, "Bad request", problems)
