"""One Legistar client's data and fault switches, rendered in the exact Legistar Web API v1 shapes.

The mirror (legistar_mirror.py) serves a `ClientState`; the corpus (corpus.py) builds one. Tests
change a running client through its methods (advance a matter, touch it, add one, schedule a
hearing, switch a fault on) from another thread, so every read and write holds the client's lock.

Matters and history rows are kept compact (slotted records) and turned into full Legistar JSON
only when served: a 20,000-matter client with its histories stays in a few tens of megabytes.
"""

from __future__ import annotations

import base64
import json
import threading
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote_plus

from localserver.legistar.fields import (
    EVENT_FIELDS,
    EVENT_ITEM_FIELDS,
    HISTORY_FIELDS,
    MATTER_FIELDS,
)
from localserver.legistar.odata import (
    ODataError,
    compile_filter,
    parse_count,
    parse_datetime,
    parse_orderby,
)

PAGE_CAP = 1000  # the real API never returns more rows than this in one reply
LISTING_FAULTS = ("malformed", "429", "timeout", "500")


class NotFound(LookupError):
    """The resource does not exist: the mirror answers 404 with a Legistar-like Message."""


def utc_text(moment: datetime) -> str:
    """A *Utc field as Legistar writes it: no zone suffix, fraction without trailing zeros."""
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += "." + f"{moment.microsecond:06d}".rstrip("0")
    return text


def local_text(moment: datetime | None) -> str | None:
    """A wall-clock date field ("2013-03-13T00:00:00"): local time of the city, no zone."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") if moment else None


def stable_guid(*parts: object) -> str:
    """Legistar GUIDs are upper-case; derived from ids so a re-built corpus serves the same ones."""
    name = ":".join(str(p) for p in parts)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"legistar-mirror:{name}")).upper()


def encode_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def row_version(number: int) -> str:
    return base64.b64encode(number.to_bytes(8, "big")).decode()


@dataclass(slots=True)
class History:
    """One MatterHistory row, compact; `render` gives the Legistar JSON object."""

    id: int
    modified: datetime
    action_date: datetime
    action_id: int
    action_name: str
    body_id: int
    body_name: str
    passed_flag: int | None = None
    action_text: str | None = None
    event_id: int | None = None
    agenda_sequence: int | None = None
    version: str | None = "1"
    matter_status_id: int | None = None
    consent: int = 0

    def render(self, client: str) -> dict[str, Any]:
        flag = self.passed_flag
        return {
            "MatterHistoryId": self.id,
            "MatterHistoryGuid": stable_guid(client, "history", self.id),
            "MatterHistoryLastModifiedUtc": utc_text(self.modified),
            "MatterHistoryRowVersion": row_version(self.id),
            "MatterHistoryEventId": self.event_id,
            "MatterHistoryAgendaSequence": self.agenda_sequence,
            "MatterHistoryMinutesSequence": self.agenda_sequence,
            "MatterHistoryAgendaNumber": str(self.agenda_sequence)
            if self.agenda_sequence
            else None,
            "MatterHistoryVideo": None,
            "MatterHistoryVideoIndex": None,
            "MatterHistoryVersion": self.version,
            "MatterHistoryAgendaNote": None,
            "MatterHistoryMinutesNote": None,
            "MatterHistoryActionDate": local_text(self.action_date),
            "MatterHistoryActionId": self.action_id,
            "MatterHistoryActionName": self.action_name,
            "MatterHistoryActionText": self.action_text,
            "MatterHistoryActionBodyId": self.body_id,
            "MatterHistoryActionBodyName": self.body_name,
            "MatterHistoryPassedFlag": flag,
            "MatterHistoryPassedFlagName": {1: "Pass", 0: "Fail"}.get(flag)
            if flag is not None
            else None,
            "MatterHistoryRollCallFlag": None if flag is None else 0,
            "MatterHistoryFlagExtra": None,
            "MatterHistoryTally": None,
            "MatterHistoryAccelaRecordId": None,
            "MatterHistoryConsent": self.consent,
            "MatterHistoryMoverId": None,
            "MatterHistoryMoverName": None,
            "MatterHistorySeconderId": None,
            "MatterHistorySeconderName": None,
            "MatterHistoryMatterStatusId": self.matter_status_id,
        }


@dataclass(slots=True)
class MatterText:
    id: int
    version: str
    plain: str
    modified: datetime


@dataclass(slots=True)
class Matter:
    """One matter. `relevant` is the corpus's ground truth (never served), for tests."""

    id: int
    guid: str
    file: str
    name: str | None
    title: str
    type_id: int
    type_name: str
    status_id: int
    status_name: str
    body_id: int
    body_name: str
    modified: datetime
    intro: datetime | None = None
    agenda: datetime | None = None
    passed: datetime | None = None
    enactment: datetime | None = None
    enactment_number: str | None = None
    version: str = "1"
    restricted: bool = False
    relevant: bool = False
    histories: list[History | dict[str, Any]] = field(default_factory=list)
    texts: list[MatterText] = field(default_factory=list)

    def typed(self, name: str) -> Any:
        """The value of a Legistar field for filtering and sorting (dates as datetimes)."""
        getter = _MATTER_TYPED.get(name)
        return getter(self) if getter else None

    def render(self, client: str, web_url: str) -> dict[str, Any]:
        report = (
            f"{web_url}/ViewReport.ashx?M=R&N=Master&GID=0&ID={self.id}&GUID={self.guid}"
            "&Title=Legislation+Details"
        )
        row: dict[str, Any] = dict.fromkeys(MATTER_FIELDS)
        row.update(
            MatterId=self.id,
            MatterGuid=self.guid,
            MatterLastModifiedUtc=utc_text(self.modified),
            MatterRowVersion=row_version(self.id),
            MatterFile=self.file,
            MatterName=self.name,
            MatterTitle=self.title,
            MatterTypeId=self.type_id,
            MatterTypeName=self.type_name,
            MatterStatusId=self.status_id,
            MatterStatusName=self.status_name,
            MatterBodyId=self.body_id,
            MatterBodyName=self.body_name,
            MatterIntroDate=local_text(self.intro),
            MatterAgendaDate=local_text(self.agenda),
            MatterPassedDate=local_text(self.passed),
            MatterEnactmentDate=local_text(self.enactment),
            MatterEnactmentNumber=self.enactment_number,
            MatterVersion=self.version,
            MatterRestrictViewViaWeb=self.restricted,
            MatterReports=[
                {"ReportName": "Legislation Details", "ReportURL": report, "ReportType": "InSite"},
                {
                    "ReportName": "Legislation Details (With Text)",
                    "ReportURL": report.replace("Details", "Details+(With+Text)"),
                    "ReportType": "InSite",
                },
            ],
        )
        return row


_MATTER_TYPED: dict[str, Callable[[Matter], Any]] = {
    "MatterId": lambda m: m.id,
    "MatterGuid": lambda m: m.guid,
    "MatterLastModifiedUtc": lambda m: m.modified,
    "MatterFile": lambda m: m.file,
    "MatterName": lambda m: m.name,
    "MatterTitle": lambda m: m.title,
    "MatterTypeId": lambda m: m.type_id,
    "MatterTypeName": lambda m: m.type_name,
    "MatterStatusId": lambda m: m.status_id,
    "MatterStatusName": lambda m: m.status_name,
    "MatterBodyId": lambda m: m.body_id,
    "MatterBodyName": lambda m: m.body_name,
    "MatterIntroDate": lambda m: m.intro,
    "MatterAgendaDate": lambda m: m.agenda,
    "MatterPassedDate": lambda m: m.passed,
    "MatterEnactmentDate": lambda m: m.enactment,
    "MatterEnactmentNumber": lambda m: m.enactment_number,
    "MatterVersion": lambda m: m.version,
    "MatterRestrictViewViaWeb": lambda m: m.restricted,
}


def _dict_typed(row: dict[str, Any], name: str) -> Any:
    value = row.get(name)
    if isinstance(value, str) and (name.endswith(("Date", "Utc", "UTC"))):
        try:
            return parse_datetime(value)
        except ODataError:
            return value
    return value


def order_rows(
    rows: Iterable[Any],
    orderby: str,
    fields: Iterable[str],
    entity: str,
    getter: Callable[[str], Callable[[Any], Any]],
    default_order: str,
) -> list[Any]:
    """Rows sorted by an OData `$orderby`, tie-broken on DEFAULT_ORDER so that paging through
    equal sort keys never skips or repeats a row. Nulls sort last."""
    keys = parse_orderby(orderby, fields, entity)
    if default_order not in [k for k, _ in keys]:
        keys.append((default_order, keys[-1][1] if keys else False))
    selected = list(rows)
    # Keys running in the same direction share one composite sort; stable sorts, last first.
    groups: list[tuple[list[str], bool]] = []
    for name, descending in keys:
        if groups and groups[-1][1] == descending:
            groups[-1][0].append(name)
        else:
            groups.append(([name], descending))
    for names, descending in reversed(groups):
        reads = [getter(n) for n in names]
        if len(reads) == 2:
            first, second = reads

            def key(row: Any, first=first, second=second) -> tuple:  # noqa: ANN001
                a, b = first(row), second(row)
                return (a is None, 0 if a is None else a, b is None, 0 if b is None else b)
        else:

            def key(row: Any, reads: list = reads) -> tuple:
                out: list[Any] = []
                for read in reads:
                    value = read(row)
                    out += (value is None, 0 if value is None else value)
                return tuple(out)

        selected.sort(key=key, reverse=descending)
    return selected


def page_rows(
    ordered: list[Any],
    params: dict[str, str],
    fields: Iterable[str],
    entity: str,
    getter: Callable[[str], Callable[[Any], Any]],
) -> list[Any]:
    """$filter, then $skip and $top (capped at PAGE_CAP, also when $top is absent or larger)."""
    predicate = compile_filter(
        params.get("$filter", ""), fields, entity, lambda row, f: getter(f)(row)
    )
    top = parse_count("$top", params.get("$top"))
    skip = parse_count("$skip", params.get("$skip")) or 0
    limit = PAGE_CAP if top is None else min(top, PAGE_CAP)
    out: list[Any] = []
    for row in ordered:
        if predicate(row):
            if skip:
                skip -= 1
                continue
            if len(out) >= limit:
                break
            out.append(row)
    return out


def query_rows(
    rows: Iterable[Any],
    params: dict[str, str],
    fields: Iterable[str],
    entity: str,
    getter: Callable[[str], Callable[[Any], Any]],
    default_order: str,
) -> list[Any]:
    """Apply $orderby, $filter, $skip and $top as Legistar does."""
    fields = list(fields)
    ordered = order_rows(rows, params.get("$orderby", ""), fields, entity, getter, default_order)
    return page_rows(ordered, params, fields, entity, getter)


def _dict_getter(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda row: _dict_typed(row, name)


def _matter_getter(name: str) -> Callable[[Matter], Any]:
    return _MATTER_TYPED.get(name) or (lambda m: None)


@dataclass
class Vocabulary:
    """How one client names its actions, statuses, bodies and files (set by the corpus)."""

    council: str = "City Council"
    executive: str = "Mayor"
    committees: tuple[str, ...] = ("Committee on Public Safety",)
    action_ids: dict[str, int] = field(default_factory=dict)
    status_after: dict[str, str] = field(default_factory=dict)  # action name -> status name
    status_ids: dict[str, int] = field(default_factory=dict)
    body_ids: dict[str, int] = field(default_factory=dict)
    type_ids: dict[str, int] = field(default_factory=dict)

    def type_id(self, name: str) -> int:
        if name not in self.type_ids:
            self.type_ids[name] = 40 + len(self.type_ids)
        return self.type_ids[name]

    def action_id(self, name: str) -> int:
        if name not in self.action_ids:
            self.action_ids[name] = 300 + len(self.action_ids)
        return self.action_ids[name]

    def status_id(self, name: str) -> int:
        if name not in self.status_ids:
            self.status_ids[name] = 60 + len(self.status_ids)
        return self.status_ids[name]

    def body_id(self, name: str) -> int:
        if name not in self.body_ids:
            self.body_ids[name] = 130 + len(self.body_ids)
        return self.body_ids[name]


class ClientState:
    """Everything the mirror serves for one Legistar client, plus its fault switches.

    Fault switches (set them any time, from any thread):
    - `fail_histories`: matter ids whose /histories answer HTTP 500 every time;
    - `listing_fault`: None, "malformed" (200 with a truncated JSON body), "429" (with
      Retry-After: `retry_after`), "timeout" (the answer waits `timeout_delay` seconds), "500";
      `listing_fault_times` limits how many listing requests get it (None: all of them);
    - `token`: when set, every request must carry `?token=` equal to it (else HTTP 403).
    `request_log` holds every request target received (path and raw query), in order.
    """

    def __init__(
        self,
        name: str,
        *,
        web_url: str | None = None,
        token: str | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.name = name
        self.web_url = web_url or f"https://{name}.legistar.com"
        self.token = token
        self.vocabulary = vocabulary or Vocabulary()
        self.lock = threading.RLock()
        self.matters: dict[int, Matter] = {}
        self.events: dict[int, dict[str, Any]] = {}
        self.event_items: dict[int, list[dict[str, Any]]] = {}
        self.fail_histories: set[int] = set()
        # Roll calls by history id (Legistar's EventItem id): EventItems/{id}/Votes rows.
        self.votes: dict[int, list[dict[str, Any]]] = {}
        self._listing_fault: str | None = None
        self.listing_fault_times: int | None = None
        self.retry_after = 1
        self.timeout_delay = 5.0
        self.request_log: list[str] = []
        self._encoded: dict[int, bytes] = {}
        self._ordered: dict[str, list[Matter]] = {}
        self._next_history_id = 900_000
        self._next_text_id = 50_000
        self._next_event_item_id = 700_000

    # --- faults ---------------------------------------------------------------------------

    @property
    def listing_fault(self) -> str | None:
        return self._listing_fault

    @listing_fault.setter
    def listing_fault(self, value: str | None) -> None:
        if value is not None and str(value) not in LISTING_FAULTS:
            raise ValueError(f"listing_fault must be None or one of {', '.join(LISTING_FAULTS)}")
        with self.lock:
            self._listing_fault = None if value is None else str(value)

    def take_listing_fault(self) -> str | None:
        """The fault for this listing request, counting it against `listing_fault_times`."""
        with self.lock:
            fault = self._listing_fault
            if fault and self.listing_fault_times is not None:
                self.listing_fault_times -= 1
                if self.listing_fault_times <= 0:
                    self._listing_fault = None
                    self.listing_fault_times = None
            return fault

    # --- request log ----------------------------------------------------------------------

    def log(self, target: str) -> None:
        with self.lock:
            self.request_log.append(target)

    def logged(self) -> list[str]:
        """The request log, URL-decoded (`$filter=MatterLastModifiedUtc gt datetime'...'`)."""
        with self.lock:
            return [unquote_plus(t) for t in self.request_log]

    def history_requests(self) -> list[int]:
        """Matter ids whose /histories were requested, in order (repeats kept)."""
        out = []
        for target in self.logged():
            parts = target.split("?")[0].strip("/").split("/")
            if len(parts) >= 5 and parts[2] == "matters" and parts[4] == "histories":
                out.append(int(parts[3]))
        return out

    def listing_requests(self) -> list[str]:
        return [t for t in self.logged() if t.split("?")[0].rstrip("/").endswith("/matters")]

    def clear_log(self) -> None:
        with self.lock:
            self.request_log.clear()

    # --- reads (what the mirror serves) ---------------------------------------------------

    def _select_matters(self, params: dict[str, str]) -> list[Matter]:
        orderby = params.get("$orderby", "")
        ordered = self._ordered.get(orderby)
        if ordered is None:  # sorted once per ordering until a matter changes
            ordered = order_rows(
                self.matters.values(), orderby, MATTER_FIELDS, "Matter", _matter_getter, "MatterId"
            )
            self._ordered[orderby] = ordered
        return page_rows(ordered, params, MATTER_FIELDS, "Matter", _matter_getter)

    def matter_rows(self, params: dict[str, str]) -> list[dict[str, Any]]:
        """The matters listing as Legistar returns it (a list of Matter objects)."""
        with self.lock:
            return [m.render(self.name, self.web_url) for m in self._select_matters(params)]

    def matter_listing_json(self, params: dict[str, str]) -> bytes:
        """The listing, encoded; each matter's JSON is cached until it changes."""
        with self.lock:
            parts = []
            for matter in self._select_matters(params):
                encoded = self._encoded.get(matter.id)
                if encoded is None:
                    encoded = encode_json(matter.render(self.name, self.web_url))
                    self._encoded[matter.id] = encoded
                parts.append(encoded)
        return b"[" + b",".join(parts) + b"]"

    def warm(self) -> None:
        """Encode every matter and sort by modified time now, so the first crawl measures the
        crawler, not the mirror's first-time rendering."""
        with self.lock:
            for matter in self.matters.values():
                if matter.id not in self._encoded:
                    self._encoded[matter.id] = encode_json(matter.render(self.name, self.web_url))
            self._select_matters({"$orderby": "MatterLastModifiedUtc", "$top": "0"})

    def changed(self, matter_id: int) -> None:
        """Forget a matter's cached JSON (call after changing a Matter's attributes directly)."""
        with self.lock:
            self._encoded.pop(matter_id, None)
            self._ordered.clear()

    def get(self, matter_id: int) -> Matter:
        matter = self.matters.get(matter_id)
        if matter is None:
            raise NotFound(f"Matter with ID {matter_id} was not found.")
        return matter

    def matter_row(self, matter_id: int) -> dict[str, Any]:
        with self.lock:
            return self.get(matter_id).render(self.name, self.web_url)

    def history_rows(self, matter_id: int, params: dict[str, str]) -> list[dict[str, Any]]:
        with self.lock:
            rows = [
                h if isinstance(h, dict) else h.render(self.name)
                for h in self.get(matter_id).histories
            ]
        return query_rows(
            rows, params, HISTORY_FIELDS, "MatterHistory", _dict_getter, "MatterHistoryId"
        )

    def version_rows(self, matter_id: int) -> list[dict[str, str]]:
        with self.lock:
            return [{"Key": str(t.id), "Value": t.version} for t in self.get(matter_id).texts]

    def text_row(self, matter_id: int, text_id: int) -> dict[str, Any]:
        with self.lock:
            for text in self.get(matter_id).texts:
                if text.id == text_id:
                    return {
                        "MatterTextId": text.id,
                        "MatterTextGuid": stable_guid(self.name, "text", text.id),
                        "MatterTextLastModifiedUtc": utc_text(text.modified),
                        "MatterTextRowVersion": row_version(text.id),
                        "MatterTextMatterId": matter_id,
                        "MatterTextVersion": text.version,
                        "MatterTextPlain": text.plain,
                        "MatterTextRtf": _rtf(text.plain),
                    }
        raise NotFound(f"Matter text with ID {text_id} was not found.")

    def event_rows(self, params: dict[str, str]) -> list[dict[str, Any]]:
        with self.lock:
            rows = [dict(e) for e in self.events.values()]
        return query_rows(rows, params, EVENT_FIELDS, "Event", _dict_getter, "EventId")

    def event_row(self, event_id: int) -> dict[str, Any]:
        with self.lock:
            event = self.events.get(event_id)
            if event is None:
                raise NotFound(f"Event with ID {event_id} was not found.")
            return dict(event)

    def event_item_rows(self, event_id: int, params: dict[str, str]) -> list[dict[str, Any]]:
        with self.lock:
            if event_id not in self.events:
                raise NotFound(f"Event with ID {event_id} was not found.")
            rows = [dict(i) for i in self.event_items.get(event_id, [])]
        return query_rows(rows, params, EVENT_ITEM_FIELDS, "EventItem", _dict_getter, "EventItemId")

    # --- building and mutating --------------------------------------------------------------

    def newest_modified(self) -> datetime | None:
        with self.lock:
            return max((m.modified for m in self.matters.values()), default=None)

    def _bump_time(self, when: datetime | None) -> datetime:
        """`when` (naive UTC), or now, made later than every matter's modified time so the change
        is certain to show up in an incremental listing."""
        if when is not None:
            return when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when
        now = datetime.now(UTC).replace(tzinfo=None)
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        newest = self.newest_modified()
        if newest and now <= newest:
            now = newest + timedelta(milliseconds=10)
        return now

    def new_history_id(self) -> int:
        with self.lock:
            self._next_history_id += 1
            return self._next_history_id

    def new_text_id(self) -> int:
        with self.lock:
            self._next_text_id += 1
            return self._next_text_id

    def add(self, matter: Matter) -> Matter:
        with self.lock:
            if matter.id in self.matters:
                raise ValueError(f"matter {matter.id} already exists in client {self.name}")
            self.matters[matter.id] = matter
            self._ordered.clear()
            return matter

    def advance(
        self,
        matter_id: int,
        history_row: dict[str, Any],
        status_name: str | None = None,
        when: datetime | None = None,
    ) -> dict[str, Any]:
        """Append one history row (Legistar field names; missing fields are filled in) and bump
        the matter's MatterLastModifiedUtc, as a clerk recording an action does. The matter's
        status follows the action (or `status_name`). Returns the full row as served."""
        vocab = self.vocabulary
        with self.lock:
            matter = self.get(matter_id)
            moment = self._bump_time(when)
            name = history_row.get("MatterHistoryActionName")
            if not name:
                raise ValueError("advance: the history row needs a MatterHistoryActionName")
            body = history_row.get("MatterHistoryActionBodyName") or vocab.council
            flag = history_row.get("MatterHistoryPassedFlag")
            status = status_name or vocab.status_after.get(name)
            hid = int(history_row.get("MatterHistoryId") or self.new_history_id())
            action_date = history_row.get("MatterHistoryActionDate") or local_text(
                moment.replace(hour=0, minute=0, second=0, microsecond=0)
            )
            row = History(
                id=hid,
                modified=moment,
                action_date=parse_datetime(action_date),
                action_id=vocab.action_id(name),
                action_name=name,
                body_id=vocab.body_id(body),
                body_name=body,
                passed_flag=flag,
                action_text=history_row.get("MatterHistoryActionText"),
                event_id=history_row.get("MatterHistoryEventId"),
                matter_status_id=vocab.status_id(status) if status else None,
            ).render(self.name)
            row.update({k: v for k, v in history_row.items() if k in HISTORY_FIELDS})
            matter.histories.append(row)
            if status:
                matter.status_name = status
                matter.status_id = vocab.status_id(status)
            if flag == 1 and body == vocab.council:
                matter.passed = parse_datetime(action_date)
            matter.modified = moment
            self.changed(matter_id)
            return dict(row)

    def record_votes(self, history_id: int, votes: dict[str, str]) -> list[dict[str, Any]]:
        """A roll call on one history row (Legistar's EventItem of the same id): person name to
        VoteValueName ("Yea", "Nay", "Absent", ...), served at EventItems/{id}/Votes."""
        rows = [
            {
                "VoteId": history_id * 100 + n,
                "VoteGuid": stable_guid(self.name, "vote", history_id, n),
                "VoteLastModifiedUtc": utc_text(self._bump_time(None)),
                "VoteRowVersion": row_version(history_id * 100 + n),
                "VotePersonId": 1000 + n,
                "VotePersonName": person,
                "VoteValueId": {"Yea": 16, "Nay": 17}.get(value, 18),
                "VoteValueName": value,
                "VoteSort": n,
                "VoteResult": {"Yea": 1, "Nay": 2}.get(value, 3),
                "VoteEventItemId": history_id,
            }
            for n, (person, value) in enumerate(votes.items(), 1)
        ]
        with self.lock:
            self.votes[history_id] = rows
        return rows

    def vote_rows(self, item_id: int) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(r) for r in self.votes.get(item_id, [])]

    def touch(self, matter_id: int, when: datetime | None = None) -> datetime:
        """Bump a matter's modified time without changing anything else (Legistar does this)."""
        with self.lock:
            matter = self.get(matter_id)
            matter.modified = self._bump_time(when)
            self.changed(matter_id)
            return matter.modified

    def update_matter(self, matter_id: int, when: datetime | None = None, **fields: Any) -> Matter:
        """Change matter attributes (title=..., status_name=..., name=...) and bump its time."""
        with self.lock:
            matter = self.get(matter_id)
            for key, value in fields.items():
                if not hasattr(matter, key):
                    raise AttributeError(f"Matter has no attribute {key!r}")
                setattr(matter, key, value)
            if "status_name" in fields:
                matter.status_id = self.vocabulary.status_id(fields["status_name"])
            matter.modified = self._bump_time(when)
            self.changed(matter_id)
            return matter

    def add_matter(
        self,
        title: str,
        *,
        file: str | None = None,
        name: str | None = None,
        type_name: str = "Ordinance",
        status_name: str = "Introduced",
        body_name: str | None = None,
        intro: datetime | None = None,
        text: str | None = None,
        histories: list[dict[str, Any]] | None = None,
        relevant: bool = False,
        restricted: bool = False,
        matter_id: int | None = None,
        when: datetime | None = None,
    ) -> Matter:
        """A new matter, modified now (or `when`): the next incremental listing includes it."""
        vocab = self.vocabulary
        with self.lock:
            moment = self._bump_time(when)
            new_id = matter_id or max(self.matters, default=10_000) + 1
            body = body_name or vocab.council
            intro_at = intro or moment.replace(hour=0, minute=0, second=0, microsecond=0)
            matter = Matter(
                id=new_id,
                guid=stable_guid(self.name, "matter", new_id),
                file=file or f"{type_name[:3].upper()} {intro_at:%y}-{new_id}",
                name=name,
                title=title,
                type_id=vocab.type_id(type_name),
                type_name=type_name,
                status_id=vocab.status_id(status_name),
                status_name=status_name,
                body_id=vocab.body_id(body),
                body_name=body,
                modified=moment,
                intro=intro_at,
                relevant=relevant,
                restricted=restricted,
            )
            if text:
                matter.texts.append(MatterText(self.new_text_id(), "1", text, moment))
            self.add(matter)
            for row in histories or []:
                self.advance(new_id, row, when=moment)
            matter.modified = moment
            self.changed(new_id)
            return matter

    def add_event(self, event: dict[str, Any], items: list[dict[str, Any]] | None = None) -> int:
        with self.lock:
            row = dict.fromkeys(EVENT_FIELDS)
            row.update(event)
            row["EventItems"] = []
            self.events[int(row["EventId"])] = row
            self.event_items[int(row["EventId"])] = list(items or [])
            return int(row["EventId"])

    def schedule_hearing(
        self,
        matter_id: int,
        when: datetime,
        body_name: str | None = None,
        location: str = "Council Chambers, City Hall",
        event_id: int | None = None,
    ) -> int:
        """Put a matter on a future meeting's agenda: one event with one eventitem. Returns the
        EventId. `when` is the meeting's local wall-clock start."""
        vocab = self.vocabulary
        with self.lock:
            matter = self.get(matter_id)
            eid = event_id or max(self.events, default=5000) + 1
            body = body_name or (vocab.committees[0] if vocab.committees else vocab.council)
            stamp = self._bump_time(None)
            self.add_event(
                event_row(
                    self.name, self.web_url, eid, body, vocab.body_id(body), when, location, stamp
                ),
                [self.event_item(eid, matter, 1, stamp)],
            )
            return eid

    def event_item(self, event_id: int, matter: Matter, sequence: int, stamp: datetime) -> dict:
        with self.lock:
            self._next_event_item_id += 1
            item_id = self._next_event_item_id
        row = dict.fromkeys(EVENT_ITEM_FIELDS)
        row.update(
            EventItemId=item_id,
            EventItemGuid=stable_guid(self.name, "eventitem", item_id),
            EventItemLastModifiedUtc=utc_text(stamp),
            EventItemRowVersion=row_version(item_id),
            EventItemEventId=event_id,
            EventItemAgendaSequence=sequence,
            EventItemAgendaNumber=str(sequence),
            EventItemVersion=matter.version,
            EventItemTitle=matter.title,
            EventItemConsent=0,
            EventItemMatterId=matter.id,
            EventItemMatterGuid=matter.guid,
            EventItemMatterFile=matter.file,
            EventItemMatterName=matter.name,
            EventItemMatterType=matter.type_name,
            EventItemMatterStatus=matter.status_name,
            EventItemMatterAttachments=[],
        )
        return row

    def update_event(self, event_id: int, **fields: Any) -> dict[str, Any]:
        """Change an event (EventDate=..., EventTime=..., EventAgendaStatusName="Cancelled"...)
        and bump its EventLastModifiedUtc: a hearing moved or cancelled."""
        with self.lock:
            event = self.events.get(event_id)
            if event is None:
                raise NotFound(f"Event with ID {event_id} was not found.")
            unknown = set(fields) - set(EVENT_FIELDS)
            if unknown:
                raise KeyError(f"not Event fields: {', '.join(sorted(unknown))}")
            for key, value in fields.items():
                event[key] = local_text(value) if isinstance(value, datetime) else value
            event["EventLastModifiedUtc"] = utc_text(self._bump_time(None))
            return dict(event)

    def expected_relevant_ids(self) -> set[int]:
        """Ground truth: ids of relevant matters the public can see (what a tracker should find)."""
        with self.lock:
            return {m.id for m in self.matters.values() if m.relevant and not m.restricted}


def event_row(
    client: str,
    web_url: str,
    event_id: int,
    body: str,
    body_id: int,
    when: datetime,
    location: str,
    stamp: datetime,
) -> dict[str, Any]:
    """A Legistar Event object (EventDate is the day at midnight; the time is in EventTime)."""
    row = dict.fromkeys(EVENT_FIELDS)
    row.update(
        EventId=event_id,
        EventGuid=stable_guid(client, "event", event_id),
        EventLastModifiedUtc=utc_text(stamp),
        EventRowVersion=row_version(event_id),
        EventBodyId=body_id,
        EventBodyName=body,
        EventDate=local_text(when.replace(hour=0, minute=0, second=0, microsecond=0)),
        EventTime=when.strftime("%I:%M %p").lstrip("0"),
        EventVideoStatus="Public",
        EventAgendaStatusId=2,
        EventAgendaStatusName="Final",
        EventMinutesStatusId=1,
        EventMinutesStatusName="Draft",
        EventLocation=location,
        EventInSiteURL=f"{web_url}/MeetingDetail.aspx?LEGID={event_id}"
        f"&GID=0&G={stable_guid(client, 'event', event_id)}",
        EventItems=[],
    )
    return row


def _rtf(plain: str) -> str:
    body = plain.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    return "{\\rtf1\\ansi\\deff0 " + body.replace("\n", "\\par\n") + "}"
