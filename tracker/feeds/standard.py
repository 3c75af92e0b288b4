"""Which feeds exist: their paths, titles and filters.

The standard feeds (everything, per state, per place, per topic, per stance, enacted, hearings
ahead) are listed in the OPML file and written by `tracker feeds export`; per-measure feeds and
the combinable `/feeds/events.{rss,atom}?...` form are built on request from the same parts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from sqlmodel import Session

from storage import feeds as q
from storage.feeds import FeedFilter
from storage.models import Jurisdiction, Measure
from tracker.feeds.build import FeedMeta
from tracker.labels import LEVELS, STANCE_LABELS, state_name, topic_label

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


@dataclass(frozen=True)
class FeedSpec:
    """One feed: where it lives, what it is called, what it shows."""

    stem: str  # path under /feeds without the format: "all", "state/TX", "events"
    title: str
    description: str
    filter: FeedFilter
    html_path: str = "/"  # the page of the web app that shows the same things
    query: tuple[tuple[str, str], ...] = ()  # canonical query (filters given as parameters)
    group: str = ""  # heading in the OPML file

    def path(self, fmt: str, limit: int = DEFAULT_LIMIT) -> str:
        """The feed's URL path, with its query; LIMIT appears only when not the default."""
        query = list(self.query)
        if limit != DEFAULT_LIMIT:
            query.append(("limit", str(limit)))
        tail = f"?{urlencode(query)}" if query else ""
        return f"/feeds/{self.stem}.{fmt}{tail}"

    def meta(self, fmt: str, public_url: str, limit: int = DEFAULT_LIMIT) -> FeedMeta:
        base = public_url.rstrip("/")
        tail = f"?{urlencode(self.query)}" if self.query else ""
        return FeedMeta(
            feed_id=f"{base}/feeds/{self.stem}{tail}",
            title=self.title,
            description=self.description,
            html_url=f"{base}{self.html_path}",
            self_url=f"{base}{self.path(fmt, limit)}",
        )


def spec_all() -> FeedSpec:
    return FeedSpec(
        "all",
        "All changes — Sanctuary tracker",
        "Every change to a tracked immigration-enforcement measure, newest first.",
        FeedFilter(),
        group="Everything",
    )


def spec_enacted() -> FeedSpec:
    return FeedSpec(
        "enacted",
        "Enacted measures — Sanctuary tracker",
        "Measures that became law: signed, adopted, or enacted over a veto.",
        FeedFilter(enacted_only=True),
        html_path="/measures?status=enacted",
        group="Everything",
    )


def spec_hearings() -> FeedSpec:
    return FeedSpec(
        "hearings",
        "Hearings ahead — Sanctuary tracker",
        "Scheduled hearings on tracked measures that have not happened yet, soonest first.",
        FeedFilter(hearings_ahead=True),
        group="Everything",
    )


def spec_state(code: str) -> FeedSpec:
    code = code.upper()
    return FeedSpec(
        f"state/{code}",
        f"{state_name(code)} — Sanctuary tracker",
        f"Changes to tracked measures in {state_name(code)}: the state and its cities and "
        "counties.",
        FeedFilter(states=(code,)),
        html_path=f"/measures?state={code}",
        group="By state",
    )


def spec_place(jurisdiction: Jurisdiction) -> FeedSpec:
    return FeedSpec(
        f"place/{jurisdiction.slug}",
        f"{jurisdiction.name} — Sanctuary tracker",
        f"Changes to tracked measures in {jurisdiction.name}.",
        FeedFilter(jurisdictions=(jurisdiction.slug,)),
        html_path=f"/places/{jurisdiction.slug}",
        group=f"Places in {state_name(jurisdiction.state)}",
    )


def spec_topic(topic: str) -> FeedSpec:
    return FeedSpec(
        f"topic/{topic}",
        f"{topic_label(topic)} — Sanctuary tracker",
        f"Changes to tracked measures about {topic_label(topic).lower()}.",
        FeedFilter(topics=(topic,)),
        html_path=f"/measures?topic={topic}",
        group="By topic",
    )


def spec_stance(stance: str) -> FeedSpec:
    return FeedSpec(
        f"stance/{stance}",
        f"{STANCE_LABELS[stance]} measures — Sanctuary tracker",
        f"Changes to tracked measures whose stance is {stance}.",
        FeedFilter(stances=(stance,)),
        html_path=f"/measures?stance={stance}",
        group="By stance",
    )


def spec_measure(measure: Measure, jurisdiction: Jurisdiction) -> FeedSpec:
    # Asked for by id: show its events even after it stopped being relevant.
    name = f"{jurisdiction.name} {measure.identifier}"
    return FeedSpec(
        f"measure/{measure.id}",
        f"{name} — Sanctuary tracker",
        f"Every change to {name}: {measure.title}",
        FeedFilter(measure_id=measure.id, relevant_only=False),
        html_path=f"/measures/{measure.id}",
    )


def spec_events(f: FeedFilter, query: tuple[tuple[str, str], ...]) -> FeedSpec:
    """The combinable form; its title spells out the filter."""
    parts = []
    if f.stances:
        parts.append(" or ".join(STANCE_LABELS.get(s, s).lower() for s in f.stances))
    parts.append("measures")
    if f.topics:
        parts.append("about " + " or ".join(topic_label(t) for t in f.topics))
    if f.levels:
        parts.append("in " + " and ".join(LEVELS.get(v, v).lower() for v in f.levels))
    if f.states:
        parts.append(("of " if f.levels else "in ") + ", ".join(state_name(s) for s in f.states))
    if f.jurisdictions:
        parts.append("in " + ", ".join(f.jurisdictions))
    if f.measure_id is not None:
        parts.append(f"(measure {f.measure_id})")
    head = "Enacted " if f.enacted_only else "Hearings ahead: " if f.hearings_ahead else ""
    text = " ".join(parts)
    title = (head + text) if head else text[:1].upper() + text[1:]
    return FeedSpec(
        "events",
        f"{title} — Sanctuary tracker",
        f"Changes to tracked {text}.",
        f,
        html_path="/measures",
        query=query,
    )


def standard_specs(session: Session) -> list[FeedSpec]:
    """Every standard feed, in the order the OPML file lists them."""
    from tracker.classify import TOPICS

    specs = [spec_all(), spec_enacted(), spec_hearings()]
    specs += [spec_stance(s) for s in STANCE_LABELS]
    specs += [spec_topic(t) for t in TOPICS]
    specs += [spec_state(s) for s in q.states_present(session)]
    specs += [spec_place(j) for j in q.all_jurisdictions(session)]
    return specs


def with_extra(spec: FeedSpec, extra: FeedFilter, query: tuple[tuple[str, str], ...]) -> FeedSpec:
    """SPEC narrowed by filters given as query parameters on its path."""
    if not query:
        return spec
    merged = replace(
        spec.filter,
        **{
            name: getattr(extra, name)
            for name in ("states", "jurisdictions", "levels", "topics", "stances", "kinds")
            if getattr(extra, name)
        },
        measure_id=spec.filter.measure_id if extra.measure_id is None else extra.measure_id,
        enacted_only=spec.filter.enacted_only or extra.enacted_only,
        hearings_ahead=spec.filter.hearings_ahead or extra.hearings_ahead,
    )
    title = spec.title.replace(" — ", " (filtered) — ", 1)
    return replace(spec, filter=merged, query=query, title=title)
