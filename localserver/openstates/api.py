"""A local Open States API v3 (openstates/api-v3) as a platform of the one local server.

    api = OpenStatesAPI(build_state("NY") + build_state("TX"))
    server = LocalServer().start(); server.mount("/openstates", api)
    spider arg api_url = server.url("/openstates")

Routes: GET /bills (jurisdiction, session, identifier, q, updated_since, created_since,
action_since, sort, include, page, per_page), GET /bills/ocd-bill/{uuid}, GET /jurisdictions,
GET /jurisdictions/{id}. Behaviour follows the API's code: a key in `X-API-KEY` or `?apikey=`
(403 without one, 401 for an unknown or inactive one, with the real texts); `q` that starts like
a bill identifier is an identifier match, other `q` a full-text search (simplified here: words
and quoted phrases, `or` between alternatives, `-` to exclude, crude English stems, over title,
abstracts and subjects); per_page above 20 is 400; a page past the last is 404; fields not
included are left out. A per-minute and per-day limit like the real tiers is off unless set,
and `deny(...)` makes the next requests 429 with the real detail text.

Between crawls: `add_action(bill_id, ...)` records an action (and moves updated_at, as a scrape
does); `reimport(jurisdiction)` moves updated_at of every bill without changing anything, as an
Open States re-import does.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from copy import deepcopy
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from localserver.openstates.corpus import jurisdiction_rows, make_action, refresh_computed, stamp
from localserver.server import Reply

INCLUDES = (
    "sponsorships",
    "abstracts",
    "other_titles",
    "other_identifiers",
    "actions",
    "sources",
    "documents",
    "versions",
    "votes",
    "related_bills",
)
SORTS = (
    "updated_asc",
    "updated_desc",
    "first_action_asc",
    "first_action_desc",
    "latest_action_asc",
    "latest_action_desc",
)
KEY_HELP = "Login and visit https://openstates.org/account/profile/ for"
NO_KEY = f"Must provide API Key as ?apikey or X-API-KEY. {KEY_HELP} your API key."
BAD_KEY = f"Invalid API Key. {KEY_HELP} your API key."
INACTIVE_KEY = f"Inactive API Key. {KEY_HELP} details."
BAD_DATE = "datetime must be in ISO-8601 format, try YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS"
_LIKELY_BILL_ID = re.compile(r"\w{1,3}\s*\d{1,5}")
_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ants", "ant", "ings", "ing", "ers", "er", "ed", "es", "s")


class HTTPError(Exception):
    def __init__(self, status: int, detail: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def fix_bill_id(text: str) -> str:
    """openstates.utils.transformers.fix_bill_id: "hb1" -> "HB 1"."""
    text = re.sub(r"\s+", " ", text.strip().upper())
    return re.sub(r"^([A-Z]+)\s*0*(\d+)", r"\1 \2", text)


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _stems(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower())]


def websearch(query: str) -> list[tuple[list[list[str]], list[list[str]]]]:
    """websearch_to_tsquery, simplified: alternatives (split on `or`), each a list of required
    terms and excluded terms, a term being a phrase of stems."""
    tokens = re.findall(r'-?"[^"]*"|\S+', query)
    alternatives: list[tuple[list[list[str]], list[list[str]]]] = [([], [])]
    for token in tokens:
        if token.lower() == "or":
            alternatives.append(([], []))
            continue
        negate = token.startswith("-")
        term = _stems(token.lstrip("-").strip('"'))
        if term:
            alternatives[-1][1 if negate else 0].append(term)
    return [alt for alt in alternatives if alt[0] or alt[1]]


def _has(stems: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(stems[i : i + n] == phrase for i in range(len(stems) - n + 1))


def matches(bill: dict[str, Any], query: list[tuple[list[list[str]], list[list[str]]]]) -> bool:
    text = " ".join(
        [bill.get("title") or ""]
        + [a.get("abstract") or "" for a in bill.get("abstracts") or []]
        + list(bill.get("subject") or [])
    )
    stems = _stems(text)
    return any(
        all(_has(stems, t) for t in need) and not any(_has(stems, t) for t in avoid)
        for need, avoid in query
    )


def _datetime(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise HTTPError(400, BAD_DATE) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class OpenStatesAPI:
    """The API's state: bills, jurisdictions, keys, limits, and a request log."""

    def __init__(
        self,
        bills: list[dict[str, Any]],
        keys: tuple[str, ...] = ("test-key",),
        inactive_keys: tuple[str, ...] = (),
        per_minute: int | None = None,
        per_day: int | None = None,
    ) -> None:
        self.bills: dict[str, dict[str, Any]] = {b["id"]: deepcopy(b) for b in bills}
        self.jurisdictions = jurisdiction_rows()
        self.keys = set(keys)
        self.inactive_keys = set(inactive_keys)
        self.per_minute = per_minute
        self.per_day = per_day
        self.lock = threading.Lock()
        self.log: list[tuple[datetime, str]] = []  # (when, target) of each authorized request
        self._used: Counter = Counter()
        self._denials: list[str] = []  # "min" or "day": the next requests answered 429
        self._last_stamp = max(
            (datetime.fromisoformat(b["updated_at"]) for b in self.bills.values()),
            default=datetime.now(UTC),
        )

    # --- changes between crawls -------------------------------------------------------------

    def _now(self) -> datetime:
        now = max(datetime.now(UTC), self._last_stamp + timedelta(microseconds=1))
        self._last_stamp = now
        return now

    def add_action(
        self,
        bill_id: str,
        description: str,
        classification: list[str],
        which: str = "lower",
        day: date | None = None,
    ) -> dict[str, Any]:
        """Record a new action on a bill, as the next scrape would."""
        with self.lock:
            bill = self.bills[bill_id]
            code = bill["jurisdiction"]["id"].split(":")[-1].split("/")[0].upper()
            order = max((a["order"] for a in bill["actions"]), default=0) + 1
            day = day or date.today()
            action = make_action(code, which, day, description, classification, order)
            bill["actions"].append(action)
            refresh_computed(bill)
            bill["updated_at"] = stamp(self._now())
            return action

    def reimport(self, jurisdiction: str | None = None) -> int:
        """Mark every bill (of one jurisdiction) updated, changing nothing else."""
        with self.lock:
            touched = 0
            for bill in self.bills.values():
                if jurisdiction in (None, bill["jurisdiction"]["id"]):
                    bill["updated_at"] = stamp(self._now())
                    touched += 1
            return touched

    def deny(self, times: int = 1, window: str = "min") -> None:
        """Answer the next TIMES requests with the real 429 of WINDOW ("min" or "day")."""
        with self.lock:
            self._denials += [window] * times

    def requests_to(self, pattern: str = "") -> list[str]:
        found = re.compile(pattern)
        with self.lock:
            return [t for _, t in self.log if found.search(t)]

    # --- the HTTP side ------------------------------------------------------------------------

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        split = urlsplit(target)
        params = parse_qs(split.query, keep_blank_values=True)
        try:
            self._authorize(headers, params, target)
            path = unquote(split.path).rstrip("/")
            if path == "/bills":
                return 200, _json(self.search(params)), {}
            if path.startswith("/bills/ocd-bill/"):
                return 200, _json(self.detail(path.removeprefix("/bills/"), params)), {}
            if path == "/jurisdictions":
                return 200, _json(self.jurisdiction_list(params)), {}
            if path.startswith("/jurisdictions/"):
                return (
                    200,
                    _json(self.jurisdiction(path.removeprefix("/jurisdictions/"), params)),
                    {},
                )
            raise HTTPError(404, "Not Found")
        except HTTPError as exc:
            return exc.status, _json({"detail": exc.detail}), {}

    def _authorize(self, headers: dict[str, str], params: dict[str, list[str]], target: str):
        key = headers.get("x-api-key") or (params.get("apikey") or [""])[0]
        if not key:
            raise HTTPError(403, NO_KEY)
        if key in self.inactive_keys:
            raise HTTPError(401, INACTIVE_KEY)
        if key not in self.keys:
            raise HTTPError(401, BAD_KEY)
        now = datetime.now(UTC)
        with self.lock:
            if self._denials:
                window = self._denials.pop(0)
                limit = (self.per_day or 250) if window == "day" else (self.per_minute or 10)
                raise HTTPError(429, f"exceeded limit of {limit}/{window}: {limit + 1}")
            minute, day = now.strftime("%Y%m%d%H%M"), now.strftime("%Y%m%d")
            self._used[("min", minute)] += 1
            self._used[("day", day)] += 1
            self.log.append((now, target))
            for window, key_, limit in (
                ("min", minute, self.per_minute),
                ("day", day, self.per_day),
            ):
                used = self._used[(window, key_)]
                if limit is not None and used > limit:
                    raise HTTPError(429, f"exceeded limit of {limit}/{window}: {used}")

    # --- resources ----------------------------------------------------------------------------

    @staticmethod
    def _one(params: dict[str, list[str]], name: str) -> str | None:
        values = params.get(name)
        return values[-1] if values else None

    @staticmethod
    def _paging(params: dict[str, list[str]], default: int, most: int) -> tuple[int, int]:
        try:
            page = int((params.get("page") or ["1"])[-1])
            per_page = int((params.get("per_page") or [str(default)])[-1])
        except ValueError:
            raise HTTPError(422, [{"msg": "value is not a valid integer"}]) from None
        if per_page < 1 or per_page > most:
            raise HTTPError(400, f"invalid per_page, must be in [1, {most}]")
        return page, per_page

    @staticmethod
    def _page(rows: list[Any], page: int, per_page: int) -> dict[str, Any]:
        pages = math.ceil(len(rows) / per_page) or 1
        if page < 1 or page > pages:
            raise HTTPError(404, f"invalid page, must be in [1, {pages}]")
        start = (page - 1) * per_page
        return {
            "results": rows[start : start + per_page],
            "pagination": {
                "per_page": per_page,
                "page": page,
                "max_page": pages,
                "total_items": len(rows),
            },
        }

    def _jurisdiction_matches(self, bill: dict[str, Any], wanted: str) -> bool:
        j = bill["jurisdiction"]
        abbr = j["id"].split("/")[2].split(":")[-1] if j["id"].count("/") >= 2 else ""
        return wanted in (j["id"], j["name"]) or wanted.lower() in (j["name"].lower(), abbr)

    def _includes(self, params: dict[str, list[str]]) -> list[str]:
        includes = params.get("include") or []
        bad = [i for i in includes if i not in INCLUDES]
        if bad:
            raise HTTPError(
                422,
                [
                    {
                        "loc": ["query", "include", 0],
                        "msg": "value is not a valid enumeration member; permitted: "
                        + ", ".join(f"'{i}'" for i in INCLUDES),
                        "type": "type_error.enum",
                    }
                ],
            )
        return includes

    @staticmethod
    def _shaped(bill: dict[str, Any], includes: list[str]) -> dict[str, Any]:
        return {k: v for k, v in deepcopy(bill).items() if k not in INCLUDES or k in includes}

    def search(self, params: dict[str, list[str]]) -> dict[str, Any]:
        one = lambda name: self._one(params, name)  # noqa: E731
        sort = one("sort") or "updated_desc"
        if sort not in SORTS:
            raise HTTPError(422, [{"loc": ["query", "sort"], "msg": "not a valid sort"}])
        includes = self._includes(params)
        jurisdiction, q = one("jurisdiction"), one("q")
        with self.lock:
            rows = list(self.bills.values())
        if jurisdiction:
            rows = [b for b in rows if self._jurisdiction_matches(b, jurisdiction)]
        session = one("session")
        if session:
            if not jurisdiction:
                raise HTTPError(
                    400, "filtering by session requires a jurisdiction parameter as well"
                )
            rows = [b for b in rows if b["session"] == session]
        identifiers = params.get("identifier") or []
        if len(identifiers) > 20:
            raise HTTPError(400, "can only provide up to 20 identifiers in one request")
        if identifiers:
            wanted = {fix_bill_id(i) for i in identifiers}
            rows = [b for b in rows if b["identifier"].upper() in wanted]
        for name, field in (("updated_since", "updated_at"), ("created_since", "created_at")):
            value = one(name)
            if value:
                since = _datetime(value)
                rows = [b for b in rows if datetime.fromisoformat(b[field]) >= since]
        action_since = one("action_since")
        if action_since:
            rows = [b for b in rows if (b.get("latest_action_date") or "") >= action_since]
        if q:
            if _LIKELY_BILL_ID.match(q):
                rows = [b for b in rows if b["identifier"].upper() == fix_bill_id(q)]
            else:
                query = websearch(q)
                rows = [b for b in rows if matches(b, query)]
        if not q and not jurisdiction:
            raise HTTPError(400, "either 'jurisdiction' or 'q' required")
        field, _, order = sort.rpartition("_")
        key = {
            "updated": lambda b: b["updated_at"],
            "first_action": lambda b: b.get("first_action_date") or "",
            "latest_action": lambda b: b.get("latest_action_date") or "",
        }[field]
        rows.sort(key=key, reverse=order == "desc")
        page, per_page = self._paging(params, 10, 20)
        result = self._page(rows, page, per_page)
        result["results"] = [self._shaped(b, includes) for b in result["results"]]
        return result

    def detail(self, bill_id: str, params: dict[str, list[str]]) -> dict[str, Any]:
        includes = self._includes(params)
        with self.lock:
            bill = self.bills.get(bill_id)
        if bill is None:
            raise HTTPError(404, "No such Bill.")
        return self._shaped(bill, includes)

    def jurisdiction_list(self, params: dict[str, list[str]]) -> dict[str, Any]:
        rows = self.jurisdictions
        wanted = self._one(params, "classification")
        if wanted:
            rows = [r for r in rows if r["classification"] == wanted]
        page, per_page = self._paging(params, 52, 52)
        return self._page(rows, page, per_page)

    def jurisdiction(self, ident: str, params: dict[str, list[str]]) -> dict[str, Any]:
        row = next(
            (r for r in self.jurisdictions if ident in (r["id"], r["name"])),
            None,
        )
        if row is None:
            raise HTTPError(404, "No such Jurisdiction.")
        row = dict(row)
        if "legislative_sessions" in (params.get("include") or []):
            sessions = sorted(
                {b["session"] for b in self.bills.values() if b["jurisdiction"]["id"] == row["id"]}
            )
            row["legislative_sessions"] = [
                {
                    "identifier": s,
                    "name": s,
                    "classification": "primary",
                    "start_date": "",
                    "end_date": "",
                    "downloads": [],
                }
                for s in sessions
            ]
        return row
