"""Stored measures as plain rows, for `tracker bills` and its JSON Lines output."""

from __future__ import annotations

import json
from typing import Any

from storage import repository as repo
from storage.db import session_scope
from tracker.config import Config, engine


def split_delimited(value: str | None) -> list[str]:
    return [part for part in (value or "").split(",") if part]


def bill_rows(config: Config, **filters: Any) -> list[dict[str, Any]]:
    with session_scope(engine(config)) as session:
        rows = repo.list_measures(session, **filters)
        return [
            {
                "jurisdiction": jur.name,
                "state": jur.state,
                "level": jur.level,
                "session": m.session,
                "identifier": m.identifier,
                "title": m.title,
                "status": m.status,
                "status_date": m.status_date.isoformat() if m.status_date else None,
                "relevant": m.relevant,
                "topics": split_delimited(m.topics),
                "stance": m.stance,
                "provisions": split_delimited(m.provisions),
                "why": json.loads(m.why or "[]"),
                "url": m.url,
                "latest_action_date": m.latest_action_date.isoformat()
                if m.latest_action_date
                else None,
            }
            for m, jur in rows
        ]
