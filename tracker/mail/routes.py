"""The pages a mail links to: confirm, unsubscribe (page and RFC 8058 one-click), manage.

GETs only show a page with a button: link scanners and prefetchers follow GETs, and must never
confirm or unsubscribe anyone. Changes happen on POST, with the app's CSRF field, except the
one-click endpoint, which mail clients POST without cookies and which its signed token
authorizes (it is listed in tracker.web.security.CSRF_EXEMPT_PREFIXES).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from sqlalchemy.engine import Engine

from tracker.config import Config
from tracker.mail import service
from tracker.mail.filters import FILTER_KINDS, FREQUENCIES, LEVELS, STANCES
from tracker.web.deps import get_config, get_engine
from tracker.web.templating import templates

router = APIRouter(include_in_schema=False)
EngineDep = Annotated[Engine, Depends(get_engine)]
ConfigDep = Annotated[Config, Depends(get_config)]
TokenQuery = Annotated[str | None, Query(max_length=2000)]
TokenForm = Annotated[str | None, Form(max_length=2000)]
# Tokens sit in these URLs: keep them out of caches and other sites' Referer headers.
PRIVATE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}


def _page(request: Request, name: str, context: dict, status: int = 200) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers.update(PRIVATE)
    return response


def _message(request: Request, title: str, message: str, status: int = 200, **extra) -> Response:
    return _page(
        request, "mail_message.html", {"title": title, "message": message, **extra}, status
    )


def _bad_link(request: Request, exc: Exception) -> Response:
    return _message(request, "This link does not work", str(exc), 400, subscribe_again=True)


@router.get("/confirm", response_class=HTMLResponse)
def confirm_page(request: Request, engine: EngineDep, config: ConfigDep, token: TokenQuery = None):
    try:
        email = service.confirmation_target(engine, config, token)
    except (service.TokenError, service.MissingSecretKey) as exc:
        return _bad_link(request, exc)
    return _page(request, "mail_confirm.html", {"email": email, "token": token})


@router.post("/confirm", response_class=HTMLResponse)
def confirm_post(request: Request, engine: EngineDep, config: ConfigDep, token: TokenForm = None):
    try:
        result = service.confirm(engine, config, token)
    except (service.TokenError, service.MissingSecretKey) as exc:
        return _bad_link(request, exc)
    return _message(request, "Subscription confirmed", result.message)


@router.get("/unsubscribe", response_class=HTMLResponse)
def unsubscribe_page(
    request: Request, engine: EngineDep, config: ConfigDep, token: TokenQuery = None
):
    try:
        email = service.unsubscribe_target(engine, config, token)
    except (service.TokenError, service.MissingSecretKey) as exc:
        return _bad_link(request, exc)
    return _page(request, "mail_unsubscribe.html", {"email": email, "token": token})


@router.post("/unsubscribe", response_class=HTMLResponse)
def unsubscribe_post(
    request: Request, engine: EngineDep, config: ConfigDep, token: TokenForm = None
):
    try:
        result = service.unsubscribe(engine, config, token)
    except (service.TokenError, service.MissingSecretKey) as exc:
        return _bad_link(request, exc)
    return _message(request, "Unsubscribed", result.message)


@router.post("/unsubscribe/one-click")
def unsubscribe_one_click(engine: EngineDep, config: ConfigDep, token: TokenQuery = None):
    """RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's URL."""
    try:
        result = service.unsubscribe(engine, config, token)
    except (service.TokenError, service.MissingSecretKey) as exc:
        return PlainTextResponse(str(exc), status_code=400, headers=PRIVATE)
    return PlainTextResponse(result.message, headers=PRIVATE)


def _number(text: str, default: int | None = None) -> int | None:
    """A short run of ASCII digits as an int (str.isdigit alone lets "²" through to int())."""
    if text.isascii() and text.isdigit() and len(text) <= 12:
        return int(text)
    return default


def _manage_context(view: service.ManageView, token: str, **extra) -> dict:
    return {
        "view": view,
        "token": token,
        "levels": LEVELS,
        "stances": STANCES,
        "kinds": FILTER_KINDS,
        "frequencies": FREQUENCIES,
        **extra,
    }


@router.get("/manage", response_class=HTMLResponse)
def manage_page(request: Request, engine: EngineDep, config: ConfigDep, token: TokenQuery = None):
    try:
        view = service.manage_view(engine, config, token)
    except (service.TokenError, service.MissingSecretKey) as exc:
        return _bad_link(request, exc)
    return _page(request, "mail_manage.html", _manage_context(view, token or ""))


@router.post("/manage", response_class=HTMLResponse)
async def manage_post(request: Request, engine: EngineDep, config: ConfigDep):
    form = await request.form()
    token = str(form.get("token") or "")[:2000]
    action = str(form.get("action") or "")
    try:
        if action == "leave":
            result = service.leave(engine, config, token)
            return _message(request, "Unsubscribed", result.message)
        if action.startswith("remove-") and _number(action[7:]) is not None:
            result = service.remove_subscription(engine, config, token, int(action[7:]))
        elif action.startswith("save-") and _number(action[5:]) is not None:
            sid = action[5:]
            filters = {
                name: [str(v) for v in form.getlist(f"{name}-{sid}")]
                for name in ("states", "jurisdictions", "levels", "topics", "stances", "kinds")
            }
            result = service.update_filters(
                engine,
                config,
                token,
                int(sid),
                filters,
                str(form.get(f"frequency-{sid}") or "daily"),
                str(form.get(f"timezone-{sid}") or "UTC"),
                _number(str(form.get(f"send_hour-{sid}") or "7"), default=-1),
            )
        else:
            raise service.SubscribeError("Unknown action.")
    except (service.TokenError, service.MissingSecretKey) as exc:
        return _bad_link(request, exc)
    except ValueError as exc:  # a bad filter value: show the form again with the reason
        try:
            view = service.manage_view(engine, config, token)
        except service.TokenError as again:
            return _bad_link(request, again)
        return _page(request, "mail_manage.html", _manage_context(view, token, error=str(exc)), 400)
    if result.status == "unsubscribed":
        return _message(request, "Unsubscribed", result.message)
    view = service.manage_view(engine, config, token)
    return _page(request, "mail_manage.html", _manage_context(view, token, notice=result.message))
