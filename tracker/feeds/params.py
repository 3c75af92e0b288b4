"""Feed filters from query parameters, checked strictly.

A typo must not silently widen a feed (someone subscribing to `?topc=287g` would get everything),
so unknown parameters and unknown values are errors with a message saying what is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from storage.feeds import FeedFilter
from tracker.events import KINDS
from tracker.feeds.standard import DEFAULT_LIMIT, MAX_LIMIT
from tracker.labels import LEVELS, STANCE_LABELS, STATE_NAMES

# parameter -> FeedFilter field it sets
LIST_PARAMS = {
    "state": "states",
    "jurisdiction": "jurisdictions",
    "place": "jurisdictions",
    "level": "levels",
    "topic": "topics",
    "stance": "stances",
    "kind": "kinds",
}
FLAG_PARAMS = {"enacted": "enacted_only", "hearings": "hearings_ahead"}
KNOWN = sorted([*LIST_PARAMS, *FLAG_PARAMS, "measure", "limit"])
SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,199}")  # what storage.repository.slugify makes
_TRUE = {"", "1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class FeedParamError(ValueError):
    """A query parameter the feeds do not understand; the message is shown to the caller."""


@dataclass(frozen=True)
class ParsedQuery:
    filter: FeedFilter
    query: tuple[tuple[str, str], ...]  # canonical: sorted, one value list per parameter
    limit: int


def _topics() -> tuple[str, ...]:
    from tracker.classify import TOPICS

    return TOPICS


def _allowed(field: str) -> Iterable[str] | None:
    return {
        "states": STATE_NAMES,
        "levels": LEVELS,
        "topics": _topics(),
        "stances": STANCE_LABELS,
        "kinds": KINDS,
    }.get(field)


def _limit(values: list[str]) -> int:
    if len(values) > 1:
        raise FeedParamError("limit: give it once")
    try:
        limit = int(values[0])
    except ValueError:
        raise FeedParamError(f"limit must be a whole number, not {values[0]!r}") from None
    if limit < 1:
        raise FeedParamError("limit must be at least 1")
    return min(limit, MAX_LIMIT)


def parse_query(items: Iterable[tuple[str, str]]) -> ParsedQuery:
    """FeedFilter fields from (name, value) pairs; values may repeat or be comma-separated."""
    given: dict[str, list[str]] = {}
    for name, value in items:
        if name not in KNOWN:
            raise FeedParamError(f"unknown parameter {name!r}; known: {', '.join(KNOWN)}")
        given.setdefault(name, []).append(value.strip())
    limit = _limit(given.pop("limit")) if "limit" in given else DEFAULT_LIMIT
    fields: dict[str, object] = {}
    query: list[tuple[str, str]] = []
    for name, values in sorted(given.items()):
        if name in FLAG_PARAMS:
            value = values[-1].lower()
            if value not in _TRUE | _FALSE:
                raise FeedParamError(f"{name} must be true or false, not {values[-1]!r}")
            if value in _TRUE:
                fields[FLAG_PARAMS[name]] = True
                query.append((name, "1"))
            continue
        if name == "measure":
            if len(values) != 1 or not (values[0].isascii() and values[0].isdigit()):
                raise FeedParamError("measure must be one measure id (a whole number)")
            if len(values[0]) > 18:
                raise FeedParamError(f"unknown measure {values[0]}")
            fields["measure_id"] = int(values[0])
            query.append((name, values[0]))
            continue
        field = LIST_PARAMS[name]
        cleaned = {v.strip() for value in values for v in value.split(",") if v.strip()}
        if field == "states":
            cleaned = {v.upper() for v in cleaned}
        elif field in ("levels", "topics", "stances", "kinds", "jurisdictions"):
            cleaned = {v.lower() for v in cleaned}
        if not cleaned:
            raise FeedParamError(f"{name} is empty")
        if field == "jurisdictions":
            bad = sorted(v for v in cleaned if not SLUG.fullmatch(v))
            if bad:
                raise FeedParamError(f"unknown place {', '.join(map(repr, bad))}")
        allowed = _allowed(field)
        if allowed is not None:
            unknown = sorted(cleaned - set(allowed))
            if unknown:
                raise FeedParamError(
                    f"unknown {name} {', '.join(map(repr, unknown))}; "
                    f"known: {', '.join(sorted(allowed))}"
                )
        if field in fields:
            cleaned |= set(fields[field])  # type: ignore[arg-type]
        fields[field] = tuple(sorted(cleaned))
    for field, values in fields.items():
        if field in LIST_PARAMS.values():
            name = (
                "place"
                if field == "jurisdictions"
                else next(k for k, v in LIST_PARAMS.items() if v == field)
            )
            query.append((name, ",".join(values)))  # type: ignore[arg-type]
    if fields.get("enacted_only") and fields.get("hearings_ahead"):
        raise FeedParamError(
            "enacted and hearings cannot be combined (hearings are not enactments)"
        )
    return ParsedQuery(FeedFilter(**fields), tuple(sorted(query)), limit)  # type: ignore[arg-type]


def check_no_overlap(base: FeedFilter, extra: FeedFilter) -> None:
    """A path that already fixes a filter (/feeds/state/TX) cannot be given it again."""
    for name in ("states", "jurisdictions", "levels", "topics", "stances", "kinds"):
        if getattr(base, name) and getattr(extra, name):
            raise FeedParamError(f"this feed already filters by {name}; use /feeds/events instead")
    if base.measure_id is not None and extra.measure_id is not None:
        raise FeedParamError("this feed already filters by measure")
    if (base.enacted_only and extra.hearings_ahead) or (base.hearings_ahead and extra.enacted_only):
        raise FeedParamError("enacted and hearings cannot be combined")
