"""Change events: the kinds, their stable ids and the one-line summary people read.

An event id is a UUID derived from the measure's stable uid and what changed (the action's
fingerprint, the hearing's key and time, ...). It never changes once written, a re-crawl cannot
mint a second one for the same change, and a rebuilt database gives the same ids again.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from tracker.status.ladder import LABELS

KINDS = {
    "new_measure": "A relevant measure seen for the first time, with its status then",
    "action": "A new action on a tracked measure, with the status change it made, if any",
    "status": "A status change no single new action explains (the platform's own status)",
    "title": "The measure's title changed",
    "hearing": "A hearing scheduled, moved or cancelled",
    "relevance": "Reclassification: the measure stopped being relevant",
}

_NAMESPACE = uuid.UUID("5b7a3c1e-3f0e-4f55-9b7c-1d2f0a6e8c42")


def event_uid(measure_uid: str, kind: str, discriminator: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{measure_uid}\x1f{kind}\x1f{discriminator}"))


def status_label(status: str | None) -> str:
    return LABELS.get(status or "", "Unknown")


def status_clause(before: str | None, after: str | None) -> str:
    if before == after:
        return ""
    return f" ({status_label(before)} → {status_label(after)})"


def new_measure_summary(status: str | None, reason: str | None = None) -> str:
    tail = f"; {reason}" if reason else ""
    return f"Now tracked; status: {status_label(status)}{tail}"


def action_summary(actor: str | None, description: str, before: str | None, after: str | None):
    who = f"{actor}: " if actor else ""
    return f"{who}{description}{status_clause(before, after)}"


def hearing_summary(change: str, starts_at: datetime, body: str | None, location: str | None):
    parts = [f"Hearing {change}", starts_at.strftime("%Y-%m-%d %H:%M %Z").strip()]
    if body:
        parts.append(body)
    if location:
        parts.append(location)
    return ", ".join(parts)
