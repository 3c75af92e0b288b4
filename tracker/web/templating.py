"""The one Jinja2 environment of the web app (and of the pages other packages add to it).

Templates are looked up in tracker/web/templates first, then tracker/mail/templates/pages, so the
email package's confirm/unsubscribe/manage pages extend our base.html. Autoescape is on for every
template: scraped text is untrusted.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlencode

from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup

from tracker.classify import PROVISIONS, TOPICS
from tracker.labels import STANCE_LABELS, TOPIC_SHORT_LABELS
from tracker.status.ladder import LABELS, LADDER, OUTCOMES, OVERRIDE, PASSAGE
from tracker.web.security import csrf_input as _csrf_input

_HERE = Path(__file__).resolve().parent
TEMPLATE_DIRS = [_HERE / "templates", _HERE.parent / "mail" / "templates" / "pages"]


KIND_LABELS = {
    "new_measure": "New measures",
    "action": "Actions",
    "status": "Status changes",
    "hearing": "Hearings",
    "title": "Title changes",
    "relevance": "No longer tracked",
}
LEVEL_LABELS = {"state": "State", "county": "County", "city": "City"}


# Tokens an action may map to before the whole history says which step they are (ladder.py).
_TOKEN_LABELS = {PASSAGE: "Passage vote", OVERRIDE: "Veto override vote"}


def _status_label(status: str | None) -> str:
    return LABELS.get(status or "") or _TOKEN_LABELS.get(status or "", "Unknown")


@pass_context
def _csrf_global(ctx) -> Markup:  # noqa: ANN001 - jinja context
    return _csrf_input(ctx["request"])


def _date(value: date | datetime | str | None, fmt: str = "%b %-d, %Y") -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime(fmt)


def json_list(value: str | None) -> list:
    if not value:
        return []
    try:
        data = json.loads(value)
    except ValueError:
        return [value]
    return data if isinstance(data, list) else [data]


def _safe_url(value: str | None) -> str:
    """VALUE when it is an http(s) URL; scraped links must not become javascript: or data: links."""
    if value and value.strip().lower().startswith(("https://", "http://")):
        return value.strip()
    return ""


def _query(params: dict, **changes) -> str:
    """A query string of PARAMS with CHANGES applied; empty values are dropped."""
    merged = {**params, **changes}
    return urlencode([(k, v) for k, v in merged.items() if v not in (None, "", [])], doseq=True)


def build_environment() -> Environment:
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in TEMPLATE_DIRS]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        csrf_input=_csrf_global,
        LADDER=LADDER,
        OUTCOMES=OUTCOMES,
        STATUS_LABELS=LABELS,
        TOPICS=TOPICS,
        TOPIC_LABELS=TOPIC_SHORT_LABELS,  # chips on pages: the short names
        STANCE_LABELS=STANCE_LABELS,
        LEVEL_LABELS=LEVEL_LABELS,
        KIND_LABELS=KIND_LABELS,
        PROVISIONS=PROVISIONS,
    )
    env.filters.update(
        status_label=_status_label,
        topic_label=lambda t: TOPIC_SHORT_LABELS.get(t, t),
        stance_label=lambda s: STANCE_LABELS.get(s or "", s or "Unknown"),
        provision_label=lambda p: PROVISIONS.get(p, p),
        date=_date,
        json_list=json_list,
        query=_query,
        safe_url=_safe_url,
    )
    return env


templates = Jinja2Templates(env=build_environment())
