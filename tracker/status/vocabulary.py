"""Where each platform's action words meet the ladder.

A platform package (`spiders/<platform>/ladder.py`) holds its own tables and registers a
Vocabulary here when imported; the registry finds every such module by walking the `spiders`
package, so adding a platform edits no central list. Free action text ("text") is shared by
state sites that publish no classification and lives in tracker/status/rules/text.py.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Protocol

from tracker.status.ladder import PASSAGE


class ActionLike(Protocol):
    date: object
    actor: str | None
    actor_kind: str | None
    description: str
    classification: list[str]
    passed: bool | None


# (step or token, who acted: committee | chamber | legislature | executive | None)
StepAndKind = tuple[str | None, str | None]
ActionMapper = Callable[[ActionLike, str, "str | None"], StepAndKind]
StatusMapper = Callable[[str], "str | None"]


@dataclass(frozen=True)
class Vocabulary:
    """One platform's way of naming actions and statuses."""

    name: str
    map_action: ActionMapper  # (action, level, measure type) -> (step, actor kind)
    map_raw_status: StatusMapper  # the platform's own status field -> step


_REGISTRY: dict[str, Vocabulary] = {}


def register(vocabulary: Vocabulary) -> Vocabulary:
    _REGISTRY[vocabulary.name] = vocabulary
    return vocabulary


@cache
def _discover() -> None:
    importlib.import_module("tracker.status.rules.text")
    import spiders

    for module in pkgutil.iter_modules(spiders.__path__):
        if not module.ispkg:
            continue
        name = f"spiders.{module.name}.ladder"
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise  # a ladder module that is there but broken must not pass silently


def get(name: str) -> Vocabulary:
    _discover()
    try:
        return _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown action vocabulary {name!r}") from None


def names() -> tuple[str, ...]:
    _discover()
    return tuple(sorted(_REGISTRY))


@cache
def _compiled(table: tuple[tuple[str, str | None], ...]) -> list[tuple[re.Pattern, str | None]]:
    return [(re.compile(p, re.I), step) for p, step in table]


def first_match(table: list[tuple[str, str | None]], value: str) -> tuple[bool, str | None]:
    """The step of the first row of TABLE whose pattern is found in VALUE (matched, step)."""
    for pattern, step in _compiled(tuple(table)):
        if pattern.search(value):
            return True, step
    return False, None


def text_step(action: ActionLike, table: list[tuple[str, str | None]]) -> str | None:
    """A free-text action through TABLE; a passage the source flags as failed is a failure."""
    _, step = first_match(table, action.description)
    if step == PASSAGE and action.passed is False:
        return "failed"
    return step


def table_status(table: list[tuple[str, str | None]], raw_status: str) -> str | None:
    """A raw status name through TABLE; a bare passage without its chamber counts as one."""
    _, step = first_match(table, raw_status)
    return "passed_chamber" if step == PASSAGE else step
