"""Storing one measure: upsert it, append only new actions, derive the ladder status from the
whole history, and write the change events, all in one transaction.

Only measures that are relevant get events. Re-storing an identical item is recognised by its
content hash and writes nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session

from storage import repository as repo
from storage.db import session_scope
from storage.models import Action, Event, Hearing, Jurisdiction, Measure, utcnow
from tracker import events as ev
from tracker import identity
from tracker.classify import CLASSIFIER_VERSION, Classification
from tracker.items import ActionItem, BillItem, HearingsItem
from tracker.status import derive_status, map_action, map_raw_status
from tracker.status.ladder import Mapped

log = logging.getLogger(__name__)


@dataclass
class StoreResult:
    new: bool = False
    changed: bool = False
    events: int = 0


def delimited(values: tuple[str, ...] | list[str]) -> str:
    return f",{','.join(values)}," if values else ""


# Who acted, as every source can agree on it: "House", "H", "lower", "Assembly" are one chamber.
_CHAMBERS = (
    (
        re.compile(r"^(h|a|lower)$|^(house|assembly)\b|house of (representatives|delegates)", re.I),
        "lower",
    ),
    (re.compile(r"^(s|upper)$|^senate\b", re.I), "upper"),
    (re.compile(r"^(governor|executive)\b", re.I), "executive"),
)
_NOT_WORD = re.compile(r"[\W_]+")


def chamber_of(actor: str | None) -> str:
    text = (actor or "").strip()
    for pattern, chamber in _CHAMBERS:
        if pattern.search(text):
            return chamber
    return text.lower()


def action_basis(action: ActionItem | Action) -> tuple[str, str, str]:
    """What makes two reports of an action the same action: the date, the chamber, and the
    description without case or punctuation ("Referred to Judiciary." = "referred to judiciary")."""
    description = _NOT_WORD.sub(" ", action.description.lower()).strip()
    return action.date.isoformat(), chamber_of(action.actor), description


def action_key(action: ActionItem | Action, occurrence: int) -> str:
    """Fingerprint of an action, the same from every source; the text attached to it may be
    corrected without a new key. OCCURRENCE counts identical actions within one history."""
    basis = "\x1f".join([*action_basis(action), str(occurrence)])
    return hashlib.sha1(basis.encode()).hexdigest()[:20]


def keyed_actions(actions: list[ActionItem]) -> list[tuple[str, ActionItem]]:
    seen: dict[tuple, int] = {}
    out = []
    for action in actions:
        basis = action_basis(action)
        seen[basis] = seen.get(basis, 0) + 1
        out.append((action_key(action, seen[basis]), action))
    return out


def content_hash(item: BillItem, classification: Classification) -> str:
    payload = item.model_dump(mode="json", exclude={"modified", "source"})
    payload["_classification"] = classification.to_dict()
    payload["_version"] = CLASSIFIER_VERSION
    raw = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()


def measure_uid(jurisdiction: Jurisdiction, session_key: str, identifier: str) -> str:
    return f"{jurisdiction.slug}/{repo.slugify(session_key)}/{repo.slugify(identifier)}"


def measure_key(item: BillItem) -> tuple[str, str]:
    """(canonical session, normalized identifier): one key whichever source reports the bill."""
    identifier = identity.normalize_identifier(item.identifier, item.level, item.state)
    if item.level != "state":
        return item.session, identifier
    session_key = identity.normalize_session(
        item.state,
        item.session,
        item.session_start_year,
        item.session_end_year,
        item.session_special,
    )
    return session_key, identifier


def _mapped(vocabulary: str, action: Action, level: str, mtype: str | None) -> Mapped:
    """A stored action as the deriver needs it. Its step was decided when it arrived, with what
    the source said then (a vote's passed flag is not stored), so it is reused, not re-mapped;
    only who acted is read again from the stored text."""
    return _remapped(
        action.vocabulary or vocabulary,
        action.date,
        action.actor,
        action.description,
        [c for c in action.classification.split(",") if c],
        action.ladder_step,
        level,
        mtype,
    )


def _remapped(
    vocabulary: str,
    day: date,
    actor: str | None,
    description: str,
    classification: list[str],
    step: str | None,
    level: str,
    mtype: str | None,
) -> Mapped:
    probe = ActionItem(
        date=day, actor=actor, description=description, classification=classification
    )
    who = map_action(vocabulary, probe, level, mtype)
    return Mapped(date=day, step=step, actor=who.actor, actor_kind=who.actor_kind)


class Store:
    """Writes items for one database; one instance per crawl (it caches jurisdictions)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._jurisdictions: dict[str, Jurisdiction] = {}
        self._sources: dict[str, int | None] = {}
        # Measures announced by this Store (one crawl): hearings found on agendas later in the
        # same crawl ride on that announcement instead of making events of their own.
        self._announced: set[int] = set()

    def jurisdiction(self, session: Session, item: BillItem) -> Jurisdiction:
        """The item's jurisdiction; looked up once per crawl, then served from memory."""
        cached = self._jurisdictions.get(item.jurisdiction)
        if cached is None:
            row = repo.ensure_jurisdiction(session, item.jurisdiction, item.level, item.state)
            cached = Jurisdiction(
                id=row.id, name=row.name, level=row.level, state=row.state, slug=row.slug
            )
            self._jurisdictions[item.jurisdiction] = cached
        return cached

    def source_id(self, session: Session, name: str, jurisdiction_id: int | None = None) -> int:
        """The source's row; a source not in the registry (a one-off crawl) gets one on sight,
        so that its view of each measure is remembered like any other's."""
        if name not in self._sources:
            source = repo.source_by_name(session, name)
            if source is None:
                source = repo.ensure_source(session, name, "(unregistered)", jurisdiction_id)  # type: ignore[arg-type]
            self._sources[name] = source.id
        return self._sources[name]  # type: ignore[return-value]

    def store(self, item: BillItem, classification: Classification) -> StoreResult:
        """Write ITEM in one transaction; returns what changed."""
        return self.store_many([(item, classification)])[0]

    def store_many(self, batch: list[tuple[BillItem, Classification]]) -> list[StoreResult]:
        """Write a batch of items; returns what changed for each, in order.

        Most measures a crawl lists are unrelated and arrive without a history: they make no
        events, so they are written together in one transaction (a first crawl of a big council
        spent most of its time committing them one by one). The others (relevant, with a
        history, or ever relevant) each get their own transaction afterwards, as before, so a
        crash never leaves a measure's actions without their events.
        """
        self._prepare(item for item, _ in batch)
        results: list[StoreResult | None] = [None] * len(batch)
        keys = [measure_key(item) for item, _ in batch]
        with self.engine.begin() as conn:
            known = self._known_many(conn, batch, keys)
            inserts: list[tuple[int, dict, dict, list[dict]]] = []
            seen: set[tuple[str, str, str]] = set()
            for index, (item, classification) in enumerate(batch):
                ident = (item.jurisdiction, *keys[index])
                if ident in seen:
                    continue  # the same measure twice in one batch: the later one goes alone
                seen.add(ident)
                results[index] = self._store_plain(
                    conn, item, classification, known.get(ident), keys[index], inserts
                )
            ids = repo.insert_measure_rows(conn, [row for _, row, _, _ in inserts])
            links, actions = [], []
            for measure_id, (_, _, link, history) in zip(ids, inserts, strict=True):
                link["measure_id"] = measure_id
                links.append(link)
                for action in history:
                    action["measure_id"] = measure_id
                    actions.append(action)
            repo.insert_source_links(conn, links)
            repo.insert_action_rows(conn, actions)
        # Measures that cannot make events (not relevant now, never relevant before) share one
        # transaction; each of the others gets its own, so its actions, status and events are
        # written together or not at all.
        quiet, loud = [], []
        for index, (item, classification) in enumerate(batch):
            if results[index] is not None:
                continue
            was = known.get((item.jurisdiction, *keys[index]))
            if (
                not classification.relevant
                and was is not None
                and not was.relevant
                or not classification.relevant
                and was is None
                and keys.count(keys[index]) == 1
            ):
                quiet.append(index)
            else:
                loud.append(index)
        if quiet:
            with session_scope(self.engine) as session:
                for index in quiet:
                    results[index] = self._store_in(session, *batch[index])
        for index in loud:
            with session_scope(self.engine) as session:
                results[index] = self._store_in(session, *batch[index])
        return results  # type: ignore[return-value]

    def _known_many(
        self,
        conn: Connection,
        batch: list[tuple[BillItem, Classification]],
        keys: list[tuple[str, str]],
    ) -> dict[tuple[str, str, str], repo.Known]:
        """What is stored of every measure in the batch, one query per jurisdiction and source."""
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for (item, _), key in zip(batch, keys, strict=True):
            groups.setdefault((item.jurisdiction, item.source), []).append(key)
        found: dict[tuple[str, str, str], repo.Known] = {}
        for (jurisdiction, source), group in groups.items():
            jur_id = self._jurisdictions[jurisdiction].id
            rows = repo.measure_hashes(conn, jur_id, self._sources[source], group)  # type: ignore[arg-type]
            found.update({(jurisdiction, *key): value for key, value in rows.items()})
        return found

    def _prepare(self, items: Iterable[BillItem]) -> None:
        missing = [
            item
            for item in items
            if item.jurisdiction not in self._jurisdictions or item.source not in self._sources
        ]
        if missing:
            with session_scope(self.engine) as session:
                for item in missing:
                    jur = self.jurisdiction(session, item)
                    self.source_id(session, item.source, jur.id)

    def _known(
        self, conn: Connection, item: BillItem, classification: Classification
    ) -> tuple[repo.Known | None, bool, tuple[str, str], str]:
        jur = self._jurisdictions[item.jurisdiction]
        key = measure_key(item)
        digest = content_hash(item, classification)
        known = repo.measure_hash(conn, jur.id, *key, self._sources[item.source])  # type: ignore[arg-type]
        return known, self._leads(item, known), key, digest

    @staticmethod
    def _leads(item: BillItem, known: repo.Known | None) -> bool:
        """This source leads the measure (its title, summary, text and classification are the
        measure's) unless another source of it comes first in precedence."""
        return known is None or known.others_best is None or item.precedence <= known.others_best

    def _store_plain(
        self,
        conn: Connection,
        item: BillItem,
        classification: Classification,
        known: repo.Known | None,
        key: tuple[str, str],
        inserts: list[tuple[int, dict, dict, list[dict]]],
    ) -> StoreResult | None:
        """The cheap paths, inside the batch's transaction; None when the item needs the full
        path (events, actions, another source leading). New rows are queued in INSERTS."""
        digest = content_hash(item, classification)
        if known is not None and known.content_hash == digest:
            return StoreResult()  # the cheap path of every re-crawl: nothing changed
        if not (
            self._leads(item, known)
            and not classification.relevant
            and (item.actions is None or known is None)
            and not item.hearings
            and not (known and known.relevant)
        ):
            return None
        # Not relevant and never was: no events. Either no history (nothing to diff) or a new
        # measure (its whole history is new): written in bulk with the batch.
        jur = self._jurisdictions[item.jurisdiction]
        row = self._plain_row(item, classification, jur, digest, key, new=known is None)
        link = self._link_row(item, 0, digest)
        if known is None:
            actions = self._history_rows(item, row) if item.actions else []
            inserts.append((0, row, link, actions))
            return StoreResult(new=True)
        repo.write_measure_row(conn, known.id, row)
        link["measure_id"] = known.id
        if known.link_id is not None:
            link.pop("first_seen_at")
        repo.write_source_link(conn, known.link_id, link)
        return StoreResult(changed=True)

    def _history_rows(self, item: BillItem, row: dict) -> list[dict]:
        """A new measure's history as rows to insert, and its status derived into ROW, exactly
        as the one-by-one path derives them (same keys, steps and deriver)."""
        rows = [
            self._action_row(0, key, position, action, item)
            for position, (key, action) in enumerate(keyed_actions(item.actions or []))
        ]
        mapped = [
            _remapped(
                item.vocabulary,
                r["date"],
                r["actor"],
                r["description"],
                [c for c in r["classification"].split(",") if c],
                r["ladder_step"],
                item.level,
                item.measure_type,
            )
            for r in rows
        ]
        if rows:
            row["status"], row["status_date"] = derive_status(mapped, item.level, item.state)
            row["latest_action_date"] = max(r["date"] for r in rows)
        return rows

    def _action_row(
        self, measure_id: int, key: str, position: int, action: ActionItem, item: BillItem
    ) -> dict:
        mapped = map_action(item.vocabulary, action, item.level, item.measure_type)
        return {
            "measure_id": measure_id,
            "key": key,
            "position": position,
            "date": action.date,
            "occurred_at": action.occurred_at,
            "actor": action.actor,
            "description": action.description,
            "text": action.text,
            "classification": ",".join(action.classification),
            "ladder_step": mapped.step,
            "source_id": self._sources.get(item.source),
            "vocabulary": item.vocabulary,
            "vote": action.vote.model_dump_json() if action.vote else None,
            "first_seen_at": utcnow(),
        }

    def _store_in(
        self, session: Session, item: BillItem, classification: Classification
    ) -> StoreResult:
        known, leads, key, digest = self._known(session.connection(), item, classification)
        if known is not None and known.content_hash == digest:
            return StoreResult()
        return self._store(session, item, classification, digest, known, leads, key)

    def _link_row(self, item: BillItem, measure_id: int, digest: str) -> dict:
        now = utcnow()
        return {
            "measure_id": measure_id,
            "source_id": self._sources[item.source],
            "platform_id": item.platform_id,
            "identifier": item.identifier,
            "session": item.session,
            "url": item.url,
            "title": item.title,
            "precedence": item.precedence,
            "change_hash": item.change_hash,
            "content_hash": digest,
            "first_seen_at": now,
            "last_seen_at": now,
        }

    def store_hearings(self, update: HearingsItem) -> int:
        """Record the hearings of a tracked measure found on agendas; returns events written."""
        with session_scope(self.engine) as session:
            jur = self._jurisdictions.get(update.jurisdiction) or repo.jurisdiction_by_name(
                session, update.jurisdiction
            )
            if jur is None:
                return 0
            measure = repo.find_measure_by_platform_id(session, jur.id, update.platform_id)
            if measure is None or not measure.relevant:
                return 0  # agendas are full of measures nobody tracks
            as_bill = BillItem.model_construct(hearings=update.hearings)
            announce = measure.id not in self._announced
            events = self._hearings(session, measure, jur, as_bill, utcnow(), announce)
            events = [e for e in events if not repo.event_exists(session, e.uid)]
            repo.add_all(session, events)
            return len(events)

    def _plain_row(
        self,
        item: BillItem,
        cls: Classification,
        jur: Jurisdiction,
        digest: str,
        key: tuple[str, str],
        new: bool,
    ) -> dict:
        now = utcnow()
        row = {
            "source_id": self._sources.get(item.source),
            "platform_id": item.platform_id,
            "url": item.url,
            "text_url": item.text_url,
            "measure_type": item.measure_type,
            "raw_status": item.raw_status,
            "title": item.title,
            "summary": item.summary,
            "full_text": item.full_text,
            "introduced_date": item.introduced_date,
            "status": map_raw_status(item.vocabulary, item.raw_status),
            "content_hash": digest,
            "updated_at": now,
            **self.classification_columns(cls),
        }
        if new:
            row.update(
                uid=measure_uid(jur, *key),
                jurisdiction_id=jur.id,
                session=key[0],
                identifier=key[1],
                first_seen_at=now,
                status_date=None,  # every row of one bulk insert names the same columns
                latest_action_date=None,
            )
        else:  # keep what an earlier, fuller crawl stored
            row = {k: v for k, v in row.items() if v is not None or k == "status"}
        return row

    def _store(
        self,
        session: Session,
        item: BillItem,
        cls: Classification,
        digest: str,
        known: repo.Known | None,
        leads: bool,
        key: tuple[str, str],
    ) -> StoreResult:
        jur = self._jurisdictions[item.jurisdiction]
        measure = session.get(Measure, known.id) if known else None
        result = StoreResult(new=measure is None, changed=measure is not None)
        now = utcnow()
        was_relevant = bool(measure and measure.relevant)
        old_title = measure.title if measure else None
        old_status = measure.status if measure else None
        if measure is None:
            measure = Measure(
                uid=measure_uid(jur, *key),
                jurisdiction_id=jur.id,  # type: ignore[arg-type]
                session=key[0],
                identifier=key[1],
                title=item.title,
                first_seen_at=now,
            )
            session.add(measure)
        fields = (
            "platform_id",
            "url",
            "text_url",
            "measure_type",
            "raw_status",
            "title",
            "summary",
            "full_text",
            "introduced_date",
        )
        for field in fields:
            value = getattr(item, field)
            # The leading source's words are the measure's; others only fill what is missing.
            if value is not None and (leads or getattr(measure, field) is None):
                setattr(measure, field, value)
        if leads:
            measure.source_id = self._sources[item.source]
            measure.content_hash = digest
        if leads or measure.classifier_version is None:
            self._classify(measure, cls)
        measure.updated_at = now
        session.flush()
        link = self._link_row(item, measure.id, digest)  # type: ignore[arg-type]
        if known is not None and known.link_id is not None:
            link.pop("first_seen_at")
        repo.write_source_link(session.connection(), known.link_id if known else None, link)

        new_actions = self._append_actions(session, measure, item, result.new)
        # A new measure's history is what was just added (in order, with ids); a known one's is
        # read back whole, since another source or an earlier crawl may have added to it.
        all_actions = (
            new_actions if result.new else repo.measure_actions(session, measure.id)  # type: ignore[arg-type]
        )
        mapped = [
            _mapped(item.vocabulary, a, item.level, measure.measure_type) for a in all_actions
        ]
        if all_actions:
            status, since = derive_status(mapped, item.level, item.state)
            measure.latest_action_date = max(a.date for a in all_actions)
        else:
            status, since = map_raw_status(item.vocabulary, measure.raw_status), None
        measure.status, measure.status_date = status, since
        session.flush()

        events: list[Event] = []
        if measure.relevant and not was_relevant:
            events.append(
                self.new_measure_event(
                    session, measure, jur, now, detail={"actions": len(item.actions or [])}
                )
            )
            self._announced.add(measure.id)  # type: ignore[arg-type]
        elif measure.relevant:
            events.extend(
                self._action_events(measure, jur, new_actions, all_actions, mapped, item, now)
            )
            if old_title is not None and old_title != measure.title:
                events.append(
                    self._event(
                        measure,
                        jur,
                        "title",
                        f"{old_title}\x1f{measure.title}",
                        now,
                        summary=f"Title changed from “{old_title}” to “{measure.title}”",
                        detail={"from": old_title, "to": measure.title},
                    )
                )
            if status != old_status and not any(e.status_to == status for e in events):
                events.append(
                    self._event(
                        measure,
                        jur,
                        "status",
                        f"{old_status}\x1f{status}\x1f{since}",
                        now,
                        summary=f"Status changed{ev.status_clause(old_status, status)}",
                        status_from=old_status,
                        status_to=status,
                        occurred_on=since,
                    )
                )
        if item.hearings is not None:
            # Hearings known at first sight ride on the new-measure event; later changes are news.
            announce = measure.relevant and was_relevant
            events.extend(self._hearings(session, measure, jur, item, now, announce))
        events = [e for e in events if not repo.event_exists(session, e.uid)]
        repo.add_all(session, events)
        result.events = len(events)
        return result

    @staticmethod
    def classification_columns(cls: Classification) -> dict:
        return {
            "relevant": cls.relevant,
            "category": cls.category,
            "topics": delimited(cls.topics),
            "stance": cls.stance,
            "confidence": cls.confidence,
            "why": json.dumps(list(cls.why), ensure_ascii=False),
            "provisions": delimited(cls.provisions),
            "classifier_version": CLASSIFIER_VERSION,
        }

    def _classify(self, measure: Measure, cls: Classification) -> None:
        for column, value in self.classification_columns(cls).items():
            setattr(measure, column, value)

    def _append_actions(
        self, session: Session, measure: Measure, item: BillItem, is_new: bool
    ) -> list[Action]:
        if not item.actions:
            return []
        existing = (
            {} if is_new else {a.key: a for a in repo.measure_actions(session, measure.id)}  # type: ignore[arg-type]
        )
        position = max((a.position for a in existing.values()), default=-1)
        added: list[Action] = []
        for key, action in keyed_actions(item.actions):
            known = existing.get(key)
            if known is not None:
                if action.text and known.text != action.text:
                    known.text = action.text  # a correction, not a new action
                if action.vote and not known.vote:
                    known.vote = action.vote.model_dump_json()  # another source's roll call
                continue
            position += 1
            added.append(Action(**self._action_row(measure.id, key, position, action, item)))  # type: ignore[arg-type]
        repo.add_all(session, added)
        return added

    def _event(
        self,
        measure: Measure,
        jur: Jurisdiction,
        kind: str,
        discriminator: str,
        now: datetime,
        *,
        summary: str,
        status_from: str | None = None,
        status_to: str | None = None,
        occurred_on: date | None = None,
        action_id: int | None = None,
        detail: dict | None = None,
    ) -> Event:
        return Event(
            uid=ev.event_uid(measure.uid, kind, discriminator),
            measure_id=measure.id,  # type: ignore[arg-type]
            jurisdiction_id=jur.id,  # type: ignore[arg-type]
            state=jur.state,
            level=jur.level,
            kind=kind,
            action_id=action_id,
            status_from=status_from,
            status_to=status_to,
            occurred_on=occurred_on,
            seen_at=now,
            summary=summary,
            detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None,
        )

    def new_measure_event(
        self,
        session: Session,
        measure: Measure,
        jur: Jurisdiction,
        now: datetime,
        reason: str | None = None,
        detail: dict | None = None,
    ) -> Event:
        """One event for a measure found relevant, with any number of past actions. A measure
        that was relevant before, dropped out and came back gets a fresh id for its return."""
        returns = repo.count_events(session, measure.id, "relevance")  # type: ignore[arg-type]
        return self._event(
            measure,
            jur,
            "new_measure",
            f"first\x1f{returns}",
            now,
            summary=ev.new_measure_summary(measure.status, reason),
            status_to=measure.status,
            occurred_on=measure.latest_action_date or measure.introduced_date,
            detail=detail,
        )

    def dropped_event(
        self, session: Session, measure: Measure, jur: Jurisdiction, now: datetime, why: str
    ) -> Event:
        """The one event that tells readers a measure left the tracker, and why."""
        returns = repo.count_events(session, measure.id, "relevance")  # type: ignore[arg-type]
        return self._event(
            measure,
            jur,
            "relevance",
            f"dropped\x1f{returns}",
            now,
            summary=f"No longer tracked: the classifier now finds it unrelated ({why[:300]})",
            detail={"reason": "reclassified", "classifier": CLASSIFIER_VERSION},
        )

    def _action_events(
        self,
        measure: Measure,
        jur: Jurisdiction,
        new_actions: list[Action],
        all_actions: list[Action],
        mapped: list[Mapped],
        item: BillItem,
        now: datetime,
    ) -> list[Event]:
        if not new_actions:
            return []
        new_ids = {a.id for a in new_actions}
        out = []
        for index, action in enumerate(all_actions):
            if action.id not in new_ids:
                continue
            before, _ = derive_status(mapped[:index], item.level, item.state)
            after, _ = derive_status(mapped[: index + 1], item.level, item.state)
            out.append(
                self._event(
                    measure,
                    jur,
                    "action",
                    action.key,
                    now,
                    summary=ev.action_summary(action.actor, action.description, before, after),
                    status_from=before if before != after else None,
                    status_to=after if before != after else None,
                    occurred_on=action.date,
                    action_id=action.id,
                    detail={"actor": action.actor, "text": action.text},
                )
            )
        return out

    def _hearings(
        self,
        session: Session,
        measure: Measure,
        jur: Jurisdiction,
        item: BillItem,
        now: datetime,
        announce: bool,
    ) -> list[Event]:
        known = {h.key: h for h in repo.measure_hearings(session, measure.id)}  # type: ignore[arg-type]
        out: list[Event] = []
        for hearing in item.hearings or []:
            starts = hearing.starts_at.astimezone(UTC)
            row = known.get(hearing.key)
            if row is None:
                change = "cancelled" if hearing.status == "cancelled" else "scheduled"
                row = Hearing(measure_id=measure.id, key=hearing.key, starts_at=starts)  # type: ignore[arg-type]
                session.add(row)
            elif row.status != hearing.status:
                change = "cancelled" if hearing.status == "cancelled" else "rescheduled"
            elif row.starts_at != starts or row.location != hearing.location:
                change = "moved"
            else:
                continue
            row.starts_at, row.body, row.location, row.status = (
                starts,
                hearing.body,
                hearing.location,
                hearing.status,
            )
            row.updated_at = now
            if announce:
                out.append(
                    self._event(
                        measure,
                        jur,
                        "hearing",
                        f"{hearing.key}\x1f{starts.isoformat()}\x1f{change}",
                        now,
                        summary=ev.hearing_summary(
                            change, hearing.starts_at, hearing.body, hearing.location
                        ),
                        occurred_on=hearing.starts_at.date(),
                        detail={
                            "change": change,
                            "starts_at": hearing.starts_at.isoformat(),
                            "body": hearing.body,
                            "location": hearing.location,
                        },
                    )
                )
        session.flush()
        return out
