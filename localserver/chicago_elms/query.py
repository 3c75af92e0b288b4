"""The slice of eLMS's OData-style `filter` and `sort` the spider uses, for the simulator.

eLMS filters look like `introductionDate ge 2023-01-01T00:00:00Z and status eq '90-Final'` and
take lambdas over collections (`actions/any(a: a/actionDate ge 2025-01-01T00:00:00Z)`); both forms
appear in public queries against the live API. Supported here: comparisons `eq ne gt ge lt le`
between a field and a literal (an unquoted ISO date-time, a quoted string, a number), `and`, `or`,
parentheses, and `COLLECTION/any(x: x/field op literal)`. Anything else is a 400, as on eLMS.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

Predicate = Callable[[dict[str, Any]], bool]

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<date>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:\d{2})?)
      | (?P<string>'(?:[^']|'')*')
      | (?P<number>-?\d+(?:\.\d+)?)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<colon>:)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*(?:/[A-Za-z_][A-Za-z0-9_]*)*)
    )""",
    re.VERBOSE,
)
_OPS = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "gt": lambda a, b: a is not None and a > b,
    "ge": lambda a, b: a is not None and a >= b,
    "lt": lambda a, b: a is not None and a < b,
    "le": lambda a, b: a is not None and a <= b,
}


class QueryError(ValueError):
    """A filter or sort eLMS would refuse with HTTP 400."""


def as_time(value: Any) -> datetime | None:
    """A stored or literal date-time, aware (eLMS dates are UTC)."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _comparable(value: Any) -> Any:
    return as_time(value) or value


class _Parser:
    def __init__(self, text: str, fields: set[str]) -> None:
        self.fields = fields
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            match = _TOKEN.match(text, pos)
            if not match or match.end() == pos:
                raise QueryError(f"Syntax error at position {pos} in '{text}'.")
            kind = match.lastgroup or ""
            self.tokens.append((kind, match.group(kind).strip()))
            pos = match.end()
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, kind: str | None = None, value: str | None = None) -> str:
        token = self.peek()
        if token is None or (kind and token[0] != kind) or (value and token[1] != value):
            raise QueryError(f"Syntax error: expected {value or kind} at token {self.pos}.")
        self.pos += 1
        return token[1]

    def parse(self) -> Predicate:
        predicate = self.disjunction()
        if self.peek() is not None:
            raise QueryError(f"Syntax error: unexpected '{self.peek()[1]}'.")  # type: ignore[index]
        return predicate

    def disjunction(self) -> Predicate:
        parts = [self.conjunction()]
        while self.peek() == ("word", "or"):
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else lambda row: any(p(row) for p in parts)

    def conjunction(self) -> Predicate:
        parts = [self.factor()]
        while self.peek() == ("word", "and"):
            self.take()
            parts.append(self.factor())
        return parts[0] if len(parts) == 1 else lambda row: all(p(row) for p in parts)

    def literal(self) -> Any:
        kind, value = self.peek() or ("", "")
        self.take()
        if kind == "date":
            return as_time(value)
        if kind == "string":
            return value[1:-1].replace("''", "'")
        if kind == "number":
            return float(value) if "." in value else int(value)
        if kind == "word" and value in ("null", "true", "false"):
            return {"null": None, "true": True, "false": False}[value]
        raise QueryError(f"Syntax error: '{value}' is not a literal.")

    def factor(self) -> Predicate:
        if self.peek() == ("lparen", "("):
            self.take()
            inner = self.disjunction()
            self.take("rparen")
            return inner
        field = self.take("word")
        if field.endswith("/any"):
            collection = field[: -len("/any")]
            if collection not in self.fields:
                raise QueryError(f"Could not find a property named '{collection}'.")
            self.take("lparen")
            var = self.take("word")
            self.take("colon")
            inner_field = self.take("word")
            if not inner_field.startswith(var + "/"):
                raise QueryError(f"Syntax error: '{inner_field}' does not use '{var}'.")
            name = inner_field[len(var) + 1 :]
            op = self.take("word")
            if op not in _OPS:
                raise QueryError(f"Syntax error: unknown operator '{op}'.")
            value = self.literal()
            self.take("rparen")
            compare = _OPS[op]
            return lambda row: any(
                compare(_comparable(x.get(name)), value) for x in row.get(collection) or []
            )
        if field not in self.fields:
            raise QueryError(f"Could not find a property named '{field}'.")
        op = self.take("word")
        if op not in _OPS:
            raise QueryError(f"Syntax error: unknown operator '{op}'.")
        value = self.literal()
        compare = _OPS[op]
        return lambda row: compare(_comparable(row.get(field)), value)


def parse_filter(text: str | None, fields: set[str]) -> Predicate:
    if not text or not text.strip():
        return lambda row: True
    return _Parser(text, fields).parse()


def sort_rows(rows: list[dict[str, Any]], sort: str | None, fields: set[str]) -> list:
    """Rows in the order of `sort` ("field asc" or "field desc"); stable, nulls first."""
    if not sort:
        return rows
    parts = sort.split()
    field, way = parts[0], (parts[1].lower() if len(parts) > 1 else "asc")
    if field not in fields or way not in ("asc", "desc") or len(parts) > 2:
        raise QueryError(f"Invalid sort '{sort}'.")

    def key(row: dict[str, Any]) -> tuple:
        value = _comparable(row.get(field))
        return (value is not None, value if value is not None else 0)

    return sorted(rows, key=key, reverse=way == "desc")
