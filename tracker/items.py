"""The normalized item every spider yields, and its validation.

Spiders yield plain dicts in this shape; the validate pipeline turns them into BillItem and
drops (with the reason logged, counted as a crawl error) anything that does not fit, so nothing
half-formed is ever stored.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from tracker.domain import Level
from tracker.status.vocabulary import names as vocabularies
from tracker.text import (
    FULL_TEXT_MAX,
    LINE_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    clean,
    clean_optional,
)


class MemberVote(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    vote: str  # yes | no | abstain | absent | excused | not voting | other, as normalized

    @field_validator("name", "vote", mode="before")
    @classmethod
    def _line(cls, v: object) -> str:
        return clean(v, 200)


class VoteItem(BaseModel):
    """A roll call attached to an action: the tally and, where the source gives it, each vote."""

    model_config = ConfigDict(extra="forbid")

    motion: str | None = None
    result: Literal["pass", "fail"] | None = None
    yes: int = Field(default=0, ge=0)
    no: int = Field(default=0, ge=0)
    other: int = Field(default=0, ge=0)  # abstain, absent, excused, not voting
    members: list[MemberVote] = Field(default_factory=list, max_length=1_000)

    @field_validator("motion", mode="before")
    @classmethod
    def _motion(cls, v: object) -> str | None:
        return clean_optional(v, LINE_MAX)


def _required(value: object) -> str:
    """A short required field, cleaned like every stored string (one line, printable)."""
    text = clean(value, 200)
    if not text:
        raise ValueError("must not be empty")
    return text


class ActionItem(BaseModel):
    """One history entry as the source recorded it."""

    model_config = ConfigDict(extra="forbid")

    date: date
    occurred_at: datetime | None = None  # aware, when the source gives a time of day
    actor: str | None = None  # the body that acted ("City Council", "Committee on Finance")
    actor_kind: Literal["committee", "chamber", "legislature", "executive"] | None = None
    description: str  # the action name or text as published
    text: str | None = None  # extra text the source attaches (vote tallies, motions)
    classification: list[str] = Field(default_factory=list)  # the source's own classification
    passed: bool | None = None  # the source's passed/failed flag, where it has one
    vote: VoteItem | None = None

    @field_validator("actor", "text", mode="before")
    @classmethod
    def _clean_optional(cls, v: object) -> str | None:
        return clean_optional(v, LINE_MAX)

    @field_validator("description", mode="before")
    @classmethod
    def _clean_description(cls, v: object) -> str:
        text = clean(v, LINE_MAX)
        if not text:
            raise ValueError("action has no description")
        return text

    @field_validator("classification", mode="before")
    @classmethod
    def _clean_classification(cls, v: object) -> list[str]:
        if v is None:
            return []
        if isinstance(v, str):
            v = [v]
        return [c for c in (clean(x, 100) for x in v) if c]

    @field_validator("occurred_at")
    @classmethod
    def _aware(cls, v: datetime | None) -> datetime | None:
        if v is not None and v.utcoffset() is None:
            raise ValueError("occurred_at must carry a time zone")
        return v


class HearingItem(BaseModel):
    """A meeting where the measure is on the agenda."""

    model_config = ConfigDict(extra="forbid")

    key: str  # the platform's id for the agenda item or meeting
    starts_at: datetime
    body: str | None = None
    location: str | None = None
    status: Literal["scheduled", "cancelled"] = "scheduled"

    @field_validator("body", "location", mode="before")
    @classmethod
    def _clean(cls, v: object) -> str | None:
        return clean_optional(v, LINE_MAX)

    @field_validator("key", mode="before")
    @classmethod
    def _key(cls, v: object) -> str:
        return _required(v)


class BillItem(BaseModel):
    """One measure as a spider saw it."""

    model_config = ConfigDict(extra="forbid")

    source: str
    jurisdiction: str
    level: Level
    state: str = Field(pattern=r"^[A-Z]{2}$")
    session: str  # as the source writes it; tracker/identity.py makes the canonical key
    # What the source knows of the session's years and whether it is a special session (its
    # number), so that "89R", LegiScan's session 2131 and "2025" meet on one key.
    session_start_year: int | None = Field(default=None, ge=1700, le=2200)
    session_end_year: int | None = Field(default=None, ge=1700, le=2200)
    session_special: int | None = Field(default=None, ge=0, le=20)
    identifier: str  # as the source writes it ("HB1", "S609A")
    platform_id: str | None = None
    url: str | None = None
    text_url: str | None = None
    title: str
    summary: str | None = None
    full_text: str | None = None
    measure_type: str | None = None
    raw_status: str | None = None
    introduced_date: date | None = None
    vocabulary: str  # a registered action vocabulary (tracker/status/vocabulary.py)
    # None: the history was not fetched (not a candidate); []: fetched and empty.
    actions: list[ActionItem] | None = None
    hearings: list[HearingItem] | None = None
    # The platform's modification stamp, used to advance the source's cursor.
    modified: str | None = None
    # The platform's own change marker for this bill (LegiScan's change_hash), kept per source.
    change_hash: str | None = None
    # Lower wins when sources disagree on title, summary and text (official sites before
    # aggregators); set from the registry entry or the spider's default.
    precedence: int = Field(default=100, ge=0, le=1000)

    @field_validator("source", "jurisdiction", "session", "identifier", mode="before")
    @classmethod
    def _required_line(cls, v: object) -> str:
        return _required(v)

    @field_validator("title", mode="before")
    @classmethod
    def _title(cls, v: object) -> str:
        text = clean(v, TITLE_MAX)
        if not text:
            raise ValueError("measure has no title")
        return text

    @field_validator("summary", mode="before")
    @classmethod
    def _summary(cls, v: object) -> str | None:
        return clean_optional(v, SUMMARY_MAX)

    @field_validator("full_text", mode="before")
    @classmethod
    def _full_text(cls, v: object) -> str | None:
        return clean_optional(v, FULL_TEXT_MAX, single_line=False)

    @field_validator(
        "platform_id", "measure_type", "raw_status", "modified", "change_hash", mode="before"
    )
    @classmethod
    def _short(cls, v: object) -> str | None:
        return clean_optional(v, 200)

    @field_validator("vocabulary")
    @classmethod
    def _known_vocabulary(cls, v: str) -> str:
        if v not in vocabularies():
            raise ValueError(f"unknown action vocabulary {v!r}; known: {', '.join(vocabularies())}")
        return v

    @field_validator("url", "text_url", mode="before")
    @classmethod
    def _url(cls, v: object) -> str | None:
        text = clean_optional(v, 2_000)
        if text and not text.startswith(("http://", "https://")):
            raise ValueError(f"not an http(s) URL: {text[:80]!r}")
        return text

    @model_validator(mode="after")
    def _actions_in_order(self) -> BillItem:
        if self.actions:
            # A stable sort keeps the source's own order for actions of the same day.
            self.actions = sorted(self.actions, key=lambda a: a.date)
        return self


class HearingsItem(BaseModel):
    """Upcoming hearings of a measure known by its platform id (agendas list measures by id)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["hearings"]
    source: str
    jurisdiction: str
    platform_id: str
    hearings: list[HearingItem]

    @field_validator("source", "jurisdiction", "platform_id", mode="before")
    @classmethod
    def _required_line(cls, v: object) -> str:
        return _required(v)


class InvalidItem(ValueError):
    """An item that cannot be stored; the message says why in one line."""


def validate_item(raw: dict) -> BillItem | HearingsItem:
    """BillItem (or HearingsItem) from a spider's dict, or InvalidItem naming each failing field."""
    try:
        if isinstance(raw, dict) and raw.get("kind") == "hearings":
            return HearingsItem.model_validate(raw)
        return BillItem.model_validate(raw)
    except ValidationError as exc:
        reasons = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'item'}: {err['msg']}"
            for err in exc.errors()
        )
        ident = raw.get("identifier") if isinstance(raw, dict) else None
        raise InvalidItem(f"invalid item {ident!r}: {reasons}") from None
