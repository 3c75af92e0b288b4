"""`tracker reclassify`: decide again for every stored measure with the current classifier.

Topics, stance and evidence are updated in place without events (they are not news). Events are
made only where relevance flipped: a measure that became relevant is announced once, like a newly
found one; one that stopped being relevant gets one "relevance" event, so readers learn why it left.
A measure that became relevant but whose history was never fetched is queued for its source's next
crawl, which fetches the history (the retry list in the source's crawl state).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from storage import repository as repo
from storage.db import session_scope
from storage.models import Jurisdiction, Measure, Source, utcnow
from tracker.classify import CLASSIFIER_VERSION, classify
from tracker.config import Config, engine
from tracker.store import Store

BATCH = 500


@dataclass
class ReclassifyReport:
    measures: int = 0
    changed: int = 0
    became_relevant: int = 0
    stopped_relevant: int = 0
    queued_for_history: int = 0

    def summary_line(self) -> str:
        return (
            f"{self.measures} measures classified again (classifier {CLASSIFIER_VERSION}): "
            f"{self.changed} changed, {self.became_relevant} became relevant, "
            f"{self.stopped_relevant} stopped being relevant, "
            f"{self.queued_for_history} queued for a history fetch"
        )


def reclassify_all(config: Config) -> ReclassifyReport:
    eng = engine(config)
    store = Store(eng)
    report = ReclassifyReport()
    last_id = 0
    while True:
        with session_scope(eng) as session:
            batch = repo.measures_after(session, last_id, BATCH)
            if not batch:
                return report
            for measure, jur in batch:
                last_id = measure.id
                report.measures += 1
                _reclassify_one(session, store, measure, jur, report)


def _reclassify_one(session, store: Store, measure: Measure, jur: Jurisdiction, report) -> None:  # noqa: ANN001
    cls = classify(measure.title, measure.summary, measure.full_text, jur.name, jur.level)
    columns = store.classification_columns(cls)
    current = {key: getattr(measure, key) for key in columns if key != "classifier_version"}
    if all(current[key] == columns[key] for key in current):
        measure.classifier_version = CLASSIFIER_VERSION
        return
    report.changed += 1
    was_relevant = measure.relevant
    for key, value in columns.items():
        setattr(measure, key, value)
    measure.content_hash = None  # the next crawl stores the measure afresh
    session.flush()
    now = measure.updated_at = utcnow()
    if cls.relevant and not was_relevant:
        report.became_relevant += 1
        event = store.new_measure_event(
            session,
            measure,
            jur,
            now,
            reason="found relevant on reclassification",
            detail={"reason": "reclassified", "classifier": CLASSIFIER_VERSION},
        )
        if not repo.measure_actions(session, measure.id) and measure.platform_id:
            report.queued_for_history += int(_queue_history(session, measure))
    elif was_relevant and not cls.relevant:
        report.stopped_relevant += 1
        event = store.dropped_event(session, measure, jur, now, "; ".join(cls.why))
    else:
        return
    if not repo.event_exists(session, event.uid):
        repo.add_all(session, [event])


def _queue_history(session, measure: Measure) -> bool:  # noqa: ANN001
    source = session.get(Source, measure.source_id) if measure.source_id else None
    if source is None:
        return False
    state = json.loads(source.retry_state or "{}")
    attempts = state.setdefault("attempts", {})
    attempts.setdefault(measure.platform_id, 0)
    source.retry_state = json.dumps(state)
    return True
