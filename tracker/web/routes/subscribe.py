"""The subscribe form: validate, rate-limit, then hand over to the email service.

The email package owns everything after the request (the confirmation mail, /confirm, /manage,
/unsubscribe); this page only collects what the person wants and refuses floods: at most a few
requests per address and per client within a window (in-process counts, see docs/web.md).

Anyone can type anyone's address, so the answer never says whether the address is subscribed,
pending or refusing mail: every accepted request gets the same "check your inbox" page.
"""

from __future__ import annotations

import logging
from zoneinfo import available_timezones

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.engine import Engine

from storage import web as db
from tracker.labels import STATE_NAMES
from tracker.mail import service
from tracker.mail.addresses import InvalidEmail, normalize_email
from tracker.mail.filters import FILTER_KINDS, FREQUENCIES, FilterError, Filters
from tracker.mail.service import SubscribeError
from tracker.mail.tokens import MissingSecretKey
from tracker.web.deps import ConfigDep, EngineDep
from tracker.web.templating import templates

router = APIRouter(include_in_schema=False)
log = logging.getLogger(__name__)

COMMON_TIMEZONES = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
    "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "UTC",
)  # fmt: skip
KIND_LABELS = {
    "new_measure": "New measures",
    "action": "Every action",
    "status_change": "Status changes",
    "status": "Platform status changes",
    "title": "Title changes",
    "hearing": "Hearings",
    "relevance": "Measures no longer tracked",
}
_FIELDS = ("states", "places", "levels", "topics", "stances", "kinds")


def _form_context(engine: Engine, values: dict, errors: list[str]) -> dict:
    return {
        "facets": db.facets(engine),
        # Any state, tracked yet or not: alerts start when its first measure appears.
        "all_states": sorted(STATE_NAMES.items(), key=lambda kv: kv[1]),
        "values": values,
        "errors": errors,
        "timezones": COMMON_TIMEZONES,
        "frequencies": FREQUENCIES,
        "kinds": [(k, KIND_LABELS.get(k, k)) for k in FILTER_KINDS],
    }


@router.get("/subscribe", response_class=HTMLResponse)
def subscribe_form(request: Request, engine: EngineDep) -> Response:
    # Links from other pages preselect filters: /subscribe?state=IL&topic=287g
    q = request.query_params
    values = {
        "states": q.getlist("state"),
        "places": q.getlist("place"),
        "levels": q.getlist("level"),
        "topics": q.getlist("topic"),
        "stances": q.getlist("stance"),
        "kinds": q.getlist("kind"),
        "frequency": "daily",
        "timezone": "America/New_York",
    }
    return templates.TemplateResponse(request, "subscribe.html", _form_context(engine, values, []))


def client_key(request: Request) -> str:
    """Who is asking, for the per-client limit (X-Forwarded-For when uvicorn trusts the proxy)."""
    return request.client.host if request.client else "unknown"


@router.post("/subscribe", response_class=HTMLResponse)
async def subscribe(
    request: Request,
    engine: EngineDep,
    config: ConfigDep,
) -> Response:
    form = await request.form()
    values = {name: [str(v) for v in form.getlist(name) if str(v).strip()] for name in _FIELDS}
    values.update(
        email=str(form.get("email") or "").strip()[:320],
        frequency=str(form.get("frequency") or "daily"),
        timezone=str(form.get("timezone") or "UTC"),
    )
    errors: list[str] = []
    email = ""
    try:
        email = normalize_email(values["email"])
    except InvalidEmail as exc:
        errors.append(str(exc) or "Enter a valid email address.")
    try:
        filters = Filters.build(
            states=values["states"],
            jurisdictions=values["places"],
            levels=values["levels"],
            topics=values["topics"],
            stances=values["stances"],
            kinds=values["kinds"],
        )
    except FilterError as exc:
        errors.append(str(exc))
    if values["frequency"] not in FREQUENCIES:
        errors.append(f"Choose how often: {', '.join(FREQUENCIES)}.")
    if values["timezone"] not in available_timezones():
        errors.append("Choose a time zone from the list.")
    if errors:
        return templates.TemplateResponse(
            request, "subscribe.html", _form_context(engine, values, errors), status_code=400
        )

    state = request.app.state
    if not state.subscribe_client_limiter.hit(client_key(request)):
        retry = state.subscribe_client_limiter.retry_after(client_key(request))
        message = "Too many subscription requests from here. Try again later."
        context = _form_context(engine, values, [message])
        response = templates.TemplateResponse(request, "subscribe.html", context, status_code=429)
        response.headers["Retry-After"] = str(retry)
        return response
    sent = templates.TemplateResponse(request, "subscribe_sent.html", {"email": email})
    if not state.subscribe_address_limiter.hit(email):
        # Said like every other outcome: the requester learns nothing about the address.
        return sent

    try:
        # Sends the confirmation mail over SMTP: blocking work, kept off the event loop.
        result = await run_in_threadpool(
            service.request_subscription,
            engine,
            config,
            email,
            filters,
            values["frequency"],
            values["timezone"],
        )
    except MissingSecretKey:
        return templates.TemplateResponse(
            request,
            "error.html",
            {
                "title": "Email alerts are not set up",
                "message": "The operator of this site has "
                "not configured a secret key (TRACKER_SECRET_KEY), so we cannot send links yet.",
            },
            status_code=503,
        )
    except (InvalidEmail, FilterError) as exc:
        return templates.TemplateResponse(
            request, "subscribe.html", _form_context(engine, values, [str(exc)]), status_code=400
        )
    except SubscribeError as exc:  # the address refuses our mail: the owner knows, nobody else
        log.info("subscribe request not mailed: %s", exc)
        return sent
    log.info("subscribe request: %s", result.status)
    # Every outcome reads the same (sent, already subscribed, sent minutes ago, limited): only
    # the mail to the address says which, so nobody learns from this page who is subscribed.
    return sent
