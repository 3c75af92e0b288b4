"""The slice of OData v3 query syntax the Legistar Web API accepts, for the local mirror.

Legistar clients filter and sort with `$filter`, `$orderby`, `$top` and `$skip`. The mirror has to
reject what Legistar rejects (unknown fields, malformed literals) with the same kind of message,
so a spider that builds a bad query fails in tests exactly as it would against the real API.

Supported: comparisons `eq ne gt ge lt le` between a field and a literal (`datetime'...'`,
`'text'`, integers, decimals, `true`, `false`, `null`), `and`, `or`, `not`, parentheses, and the
functions `substringof('x', Field)`, `startswith(Field, 'x')`, `endswith(Field, 'x')`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

Getter = Callable[[Any, str], Any]
Predicate = Callable[[Any], bool]

MAX_FILTER_LENGTH = 2000  # Legistar refuses very long filters (many ORed terms)

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<datetime>datetime'(?P<dt>[^']*)')
      | (?P<string>'(?P<s>(?:[^']|'')*)')
      | (?P<number>-?\d+(?:\.\d+)?)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<comma>,)
      | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
_COMPARE = {"eq", "ne", "gt", "ge", "lt", "le"}
_FUNCTIONS = {"substringof", "startswith", "endswith"}
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?$")


class ODataError(ValueError):
    """A query Legistar would answer with HTTP 400; the message is Legistar-like."""


def parse_datetime(text: str) -> datetime:
    """A Legistar date literal or stored value, naive (Legistar compares wall-clock values)."""
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1]
    value = re.sub(r"[+-]\d{2}:\d{2}$", "", value)
    if not _DATETIME.match(value):
        raise ODataError(f"Unrecognized 'Edm.DateTime' literal 'datetime'{text}''.")
    if "." in value:  # .NET writes up to 7 fractional digits; Python reads up to 6
        head, frac = value.split(".")
        value = f"{head}.{frac[:6].ljust(6, '0')}"
    return datetime.fromisoformat(value)


def _tokens(text: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise ODataError(f"Syntax error at position {pos} in '{text}'.")
        pos = match.end()
        kind = match.lastgroup
        if match.group("datetime"):
            out.append(("literal", parse_datetime(match.group("dt"))))
        elif match.group("string") is not None:
            out.append(("literal", match.group("s").replace("''", "'")))
        elif match.group("number"):
            raw = match.group("number")
            out.append(("literal", float(raw) if "." in raw else int(raw)))
        elif match.group("word"):
            word = match.group("word")
            lowered = word.lower()
            if lowered in ("true", "false"):
                out.append(("literal", lowered == "true"))
            elif lowered == "null":
                out.append(("literal", None))
            elif word in _COMPARE or word in ("and", "or", "not") or word in _FUNCTIONS:
                out.append(("op", word))
            else:
                out.append(("field", word))
        else:
            out.append((kind or "?", None))
    return out


def _compare(op: str, left: Any, right: Any) -> bool:
    if op == "eq":
        return left == right
    if op == "ne":
        return left != right
    if left is None or right is None:
        return False  # SQL semantics: ordering against null is never true
    try:
        if op == "gt":
            return left > right
        if op == "ge":
            return left >= right
        if op == "lt":
            return left < right
        return left <= right
    except TypeError:
        return False


class _Parser:
    """Recursive descent: or_expr := and_expr ('or' and_expr)*, and so on down to comparisons."""

    def __init__(self, text: str, fields: Iterable[str], entity: str, get: Getter) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.pos = 0
        self.fields = set(fields)
        self.entity = entity
        self.get = get

    def peek(self) -> tuple[str, Any] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, Any]:
        token = self.peek()
        if token is None:
            raise ODataError(f"Expression expected at position {len(self.text)} in '{self.text}'.")
        self.pos += 1
        return token

    def expect(self, kind: str) -> None:
        token = self.take()
        if token[0] != kind:
            raise ODataError(f"'{kind}' expected in '{self.text}'.")

    def parse(self) -> Predicate:
        predicate = self.or_expr()
        if self.peek() is not None:
            raise ODataError(f"Syntax error: unexpected '{self.peek()[1]}' in '{self.text}'.")
        return predicate

    def or_expr(self) -> Predicate:
        parts = [self.and_expr()]
        while self.peek() == ("op", "or"):
            self.take()
            parts.append(self.and_expr())
        return parts[0] if len(parts) == 1 else (lambda row: any(p(row) for p in parts))

    def and_expr(self) -> Predicate:
        parts = [self.unary()]
        while self.peek() == ("op", "and"):
            self.take()
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else (lambda row: all(p(row) for p in parts))

    def unary(self) -> Predicate:
        if self.peek() == ("op", "not"):
            self.take()
            inner = self.unary()
            return lambda row: not inner(row)
        return self.comparison()

    def operand(self) -> Callable[[Any], Any]:
        kind, value = self.take()
        if kind == "field":
            if value not in self.fields:
                raise ODataError(
                    "The query specified in the URI is not valid. Could not find a property named "
                    f"'{value}' on type 'LegistarWebAPI.Models.v1.{self.entity}'."
                )
            get = self.get
            return lambda row: get(row, value)
        if kind == "literal":
            return lambda row: value
        if kind == "op" and value in _FUNCTIONS:
            return self.function(value)
        if kind == "lparen":
            inner = self.or_expr()
            self.expect("rparen")
            return inner
        raise ODataError(f"Expression expected near '{value}' in '{self.text}'.")

    def function(self, name: str) -> Callable[[Any], Any]:
        self.expect("lparen")
        first = self.operand()
        self.expect("comma")
        second = self.operand()
        self.expect("rparen")

        def call(row: Any) -> bool:
            a, b = first(row), second(row)
            if not isinstance(a, str) or not isinstance(b, str):
                return False
            if name == "substringof":
                return a.lower() in b.lower()
            if name == "startswith":
                return a.lower().startswith(b.lower())
            return a.lower().endswith(b.lower())

        return call

    def comparison(self) -> Predicate:
        if self.peek() == ("lparen", None):
            # A parenthesized boolean expression, not an operand.
            self.take()
            inner = self.or_expr()
            self.expect("rparen")
            return inner
        left = self.operand()
        token = self.peek()
        if token is None or token[0] != "op" or token[1] not in _COMPARE:
            return lambda row: bool(left(row))  # substringof(...) alone, or a boolean field
        self.take()
        right = self.operand()
        op = token[1]
        return lambda row: _compare(op, left(row), right(row))


def compile_filter(text: str, fields: Iterable[str], entity: str, get: Getter) -> Predicate:
    """A predicate over rows for an OData `$filter`; raises ODataError as Legistar would 400."""
    if len(text) > MAX_FILTER_LENGTH:
        raise ODataError("The query specified in the URI is not valid. The filter is too long.")
    if not text.strip():
        return lambda row: True
    return _Parser(text, fields, entity, get).parse()


def parse_orderby(text: str, fields: Iterable[str], entity: str) -> list[tuple[str, bool]]:
    """`Field [asc|desc], ...` as (field, descending) pairs; unknown fields are an ODataError."""
    known = set(fields)
    keys: list[tuple[str, bool]] = []
    for part in text.split(","):
        words = part.split()
        if not words:
            continue
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise ODataError(f"Syntax error in $orderby '{text}'.")
        if words[0] not in known:
            raise ODataError(
                "The query specified in the URI is not valid. Could not find a property named "
                f"'{words[0]}' on type 'LegistarWebAPI.Models.v1.{entity}'."
            )
        keys.append((words[0], len(words) == 2 and words[1].lower() == "desc"))
    return keys


def parse_count(name: str, raw: str | None) -> int | None:
    """`$top` / `$skip`: a non-negative integer, or an ODataError."""
    if raw is None or raw == "":
        return None
    if not raw.strip().isdigit():
        raise ODataError(
            f"The query specified in the URI is not valid. Invalid value '{raw}' for {name}."
        )
    return int(raw)
