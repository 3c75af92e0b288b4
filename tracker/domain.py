"""The domain's words, defined once: levels of government, topics, stances, categories and the
steps of the status ladder. Everything else (items, classifier, pages, feeds, email, filters)
imports them from here; human labels for them live in tracker/labels.py."""

from __future__ import annotations

from typing import Literal

LEVELS: tuple[str, ...] = ("state", "county", "city")
Level = Literal["state", "county", "city"]

TOPICS: tuple[str, ...] = (
    "sanctuary",
    "detainers",
    "287g",
    "info_sharing",
    "ice_access",
    "detention_contracts",
    "anti_sanctuary",
    "access_to_counsel",
    "municipal_id",
    "u_visa",
    "state_enforcement",
)

# The stances a relevant measure can take (the classifier says "not_relevant" for the rest).
STANCES: tuple[str, ...] = ("protective", "restrictive", "unclear")
Stance = Literal["protective", "restrictive", "unclear"]

CATEGORIES: tuple[str, ...] = ("relevant", "other_immigration", "none")

LADDER: tuple[str, ...] = (
    "introduced",
    "in_committee",
    "passed_committee",
    "passed_chamber",
    "passed_legislature",
    "sent_to_executive",
    "enacted",
)
OUTCOMES: tuple[str, ...] = ("vetoed", "failed")
STATUSES: tuple[str, ...] = LADDER + OUTCOMES
