"""Builds stored measures and events through the real pipeline (validate, classify, store), for
tests of what reads them: feeds, digests, pages."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy.engine import Engine

from tracker.classify import Classification, classify
from tracker.items import BillItem, validate_item
from tracker.store import Store, StoreResult


def make_item(**overrides: Any) -> dict:
    """A Legistar-shaped normalized item for a relevant city measure; override any field."""
    item: dict[str, Any] = {
        "source": "test-source",
        "jurisdiction": "Chicago, IL",
        "level": "city",
        "state": "IL",
        "session": "2012",
        "identifier": "O2012-4984",
        "platform_id": "1001",
        "url": "https://chicago.legistar.com/LegislationDetail.aspx?ID=1001&GUID=ABC",
        "title": "Welcoming City Ordinance: limits honoring of civil immigration detainers",
        "summary": "Prohibits city agencies from detaining a person on a civil immigration "
        "detainer without a judicial warrant.",
        "measure_type": "Ordinance",
        "vocabulary": "legistar",
        "actions": [
            {"date": "2012-07-25", "description": "Referred", "actor": "City Council"},
        ],
    }
    item.update(overrides)
    return item


def actions_until(start: date, names: list[tuple[str, str]]) -> list[dict]:
    """Actions one day apart: [(description, actor), ...]."""
    return [
        {"date": (start + timedelta(days=i)).isoformat(), "description": d, "actor": a}
        for i, (d, a) in enumerate(names)
    ]


def classified(raw: dict) -> tuple[BillItem, Classification]:
    """A raw item validated and classified, as the validate and classify pipelines do."""
    item = validate_item(raw)
    return item, classify(item.title, item.summary, item.full_text, item.jurisdiction)


def store_raw_batch(engine: Engine, *raw_items: dict) -> list[StoreResult]:
    """Store items as one batch, as the store pipeline does with a listing page's measures."""
    return Store(engine).store_many([classified(raw) for raw in raw_items])


def store_raw(engine: Engine, *raw_items: dict) -> list[StoreResult]:
    """Store items exactly as a crawl would, returning what each store changed."""
    store = Store(engine)
    return [store.store(*classified(raw)) for raw in raw_items]
