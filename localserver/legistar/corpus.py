"""Deterministic Legistar clients built from real titles, for the mirror to serve.

Relevant matters carry the real titles and identifiers of city and county measures (Chicago's
Welcoming City Ordinance, New York City's 2014 detainer laws, San Francisco's Due Process for All
Ordinance, ...); background matters carry real unrelated council and legislature titles, among
them the look-alikes a keyword search falls for (wildlife sanctuaries, unlawful detainer, Second
Amendment sanctuaries, ice rinks, trust funds). Histories use each client's real action names.
Everything is drawn from a seeded generator: the same arguments give the same corpus.

    build_client("chicago", n_matters=2500)   # a ClientState for LegistarMirror
    demo_clients()                            # chicago, sfgov, nyc (token): a few hundred each

Data comes only from localserver/legistar/data (see its README for where each file comes from).
"""

from __future__ import annotations

import gzip
import json
import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from localserver.legistar.model import (
    ClientState,
    History,
    Matter,
    MatterText,
    Vocabulary,
    event_row,
    stable_guid,
)

DATA = Path(__file__).with_name("data")
DEFAULT_START = datetime(2023, 1, 2, 8, 0, 0)  # naive UTC: modified times spread from here
DEFAULT_SPAN_DAYS = 730
DEMO_NYC_TOKEN = "demo-nyc-token"


# --- data files ------------------------------------------------------------------------------


@cache
def background_titles() -> tuple[dict[str, Any], ...]:
    """Real unrelated titles (and summaries where the source had one)."""
    with gzip.open(DATA / "background_titles.json.gz", "rt", encoding="utf-8") as f:
        return tuple(json.load(f))


@cache
def _measures_file() -> dict[str, Any]:
    return json.loads((DATA / "relevant_measures.json").read_text(encoding="utf-8"))


def relevant_measures() -> list[dict[str, Any]]:
    """Real relevant city and county measures: key, name, title, summary, file, home client..."""
    return list(_measures_file()["measures"])


def local_measures(place: str, state: str, level: str = "city") -> list[dict[str, Any]]:
    """The relevant measures a council of LEVEL called PLACE in STATE could have passed itself.

    Measures of another level are left out (a city does not pass a county's jail policy), and so
    are forms of law one state's cities use (`local.state`: New York's "Local Law"). Those that
    name their home place in a title, name or summary have a `local` variant in the data file,
    written with `{city}`, and are told here in PLACE's name. The rest name no place.
    """
    out = []
    for measure in relevant_measures():
        local = dict(measure.get("local", {}))
        if measure["level"] != level or local.pop("state", state) != state:
            continue
        told = {key: text.format(city=place) for key, text in local.items()}
        out.append({**measure, **told, "jurisdiction": f"{place}, {state}"})
    return out


def terse_matters() -> list[dict[str, Any]]:
    """Titles that say nothing ("AN ORDINANCE amending Chapter 2.08 ..."): the text decides."""
    return list(_measures_file()["terse"])


@cache
def chicago_sample_histories() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two real Chicago history responses, the second with a repeated "Passed" row."""
    plain = json.loads((DATA / "legistar_chicago_matter_histories.json").read_text())
    dupes = json.loads(
        (DATA / "legistar_chicago_matter_histories_with_duplicates.json").read_text()
    )
    return plain, dupes


# --- how each client names things ------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """One Legistar client's vocabulary: bodies, action names, status names, file numbers."""

    place: str
    council: str
    executive: str
    committees: tuple[str, ...]
    safety_committee: str
    # step -> (action name, actor: council|committee|executive, passed flag, action text)
    actions: dict[str, tuple[str, str, int | None, str | None] | None]
    # step -> status name left by that step (ordinances; resolutions use "adopted")
    statuses: dict[str, str]
    types: dict[str, str]  # kind -> MatterTypeName
    prefixes: dict[str, str]  # kind -> file prefix
    file_format: str  # uses {prefix} {n} {yy} {yyyy}
    enactment_format: str | None = None
    extra_steps: dict[str, tuple[str, ...]] = field(default_factory=dict)  # step -> expansion


_GENERIC_ACTIONS = {
    "intro": ("Introduced", "council", None, None),
    "refer": ("Referred", "council", None, None),
    "hearing": None,
    "recommend": ("Recommended to Pass", "committee", 1, "Recommended to Pass"),
    "pass": ("Passed", "council", 1, None),
    "adopt": ("Adopted", "council", 1, None),
    "send": None,
    "sign": ("Signed by Mayor", "executive", None, None),
    "veto": ("Vetoed", "executive", 0, None),
    "fail": ("Failed to Pass", "council", 0, None),
    "file": ("Placed on File", "committee", None, None),
}
_GENERIC_STATUSES = {
    "intro": "Introduced",
    "refer": "In Committee",
    "recommend": "In Committee",
    "pass": "Passed",
    "adopt": "Adopted",
    "sign": "Enacted",
    "veto": "Vetoed",
    "fail": "Failed",
    "file": "Filed",
}

STYLES: dict[str, Style] = {
    "generic": Style(
        place="City of {Name}",
        council="City Council",
        executive="Mayor",
        committees=(
            "Committee on Public Safety",
            "Committee on Finance",
            "Committee on Planning and Zoning",
            "Committee on Health and Human Services",
            "Committee of the Whole",
        ),
        safety_committee="Committee on Public Safety",
        actions=_GENERIC_ACTIONS,
        statuses=_GENERIC_STATUSES,
        types={
            "ordinance": "Ordinance",
            "resolution": "Resolution",
            "appointment": "Appointment",
            "communication": "Report",
        },
        prefixes={
            "ordinance": "ORD",
            "resolution": "RES",
            "appointment": "APT",
            "communication": "RPT",
        },
        file_format="{prefix} {yy}-{n:04d}",
        enactment_format="ORD-{yyyy}-{n:03d}",
    ),
    "chicago": Style(
        place="City of Chicago",
        council="City Council",
        executive="Mayor",
        committees=(
            "Committee on Public Safety",
            "Committee on Finance",
            "Committee on Zoning, Landmarks and Building Standards",
            "Committee on Health and Human Relations",
            "Committee on License and Consumer Protection",
            "Committee on Committees, Rules and Ethics",
        ),
        safety_committee="Committee on Public Safety",
        actions={
            **_GENERIC_ACTIONS,
            "intro": None,  # Chicago's histories open with the referral
            "recommend": (
                "Recommended to Pass",
                "committee",
                1,
                "Recommended to Pass  BY VOICE VOTE",
            ),
            "sign": None,  # the clerk records passage; enactment is the "Passed" row
            "veto": ("Vetoed", "executive", 0, None),
        },
        statuses={
            **_GENERIC_STATUSES,
            "fail": "Failed to Pass",
            "file": "Placed on File",
            "sign": "Passed",
        },
        types={
            "ordinance": "Ordinance",
            "resolution": "Resolution",
            "appointment": "Appointment",
            "communication": "Communication",
        },
        prefixes={"ordinance": "O", "resolution": "R", "appointment": "A", "communication": "F"},
        file_format="{prefix}{yyyy}-{n}",
    ),
    "nyc": Style(
        place="City of New York",
        council="City Council",
        executive="Mayor",
        committees=(
            "Committee on Immigration",
            "Committee on Public Safety",
            "Committee on Fire and Criminal Justice Services",
            "Committee on Finance",
            "Committee on Land Use",
            "Committee on Transportation",
        ),
        safety_committee="Committee on Immigration",
        actions={
            "intro": ("Introduced by Council", "council", None, None),
            "refer": ("Referred to Comm by Council", "council", None, None),
            "hearing": ("Hearing Held by Committee", "committee", None, None),
            "recommend": ("Approved by Committee", "committee", 1, None),
            "pass": ("Approved by Council", "council", 1, None),
            "adopt": ("Approved by Council", "council", 1, None),
            "send": ("Sent to Mayor by Council", "council", None, None),
            "sign": ("Signed Into Law by Mayor", "executive", None, None),
            "veto": ("Vetoed by Mayor", "executive", 0, None),
            "fail": ("Disapproved by Committee", "committee", 0, None),
            "file": ("Filed (End of Session)", "council", None, None),
        },
        statuses={
            "intro": "Committee",
            "refer": "Committee",
            "hearing": "Committee",
            "recommend": "Committee",
            "pass": "Approved by Council",
            "send": "Approved by Council",
            "adopt": "Adopted",
            "sign": "Enacted",
            "veto": "Vetoed",
            "fail": "Failed",
            "file": "Filed (End of Session)",
        },
        types={
            "ordinance": "Introduction",
            "resolution": "Resolution",
            "appointment": "Mayor's Message",
            "communication": "Communication",
        },
        prefixes={
            "ordinance": "Int",
            "resolution": "Res",
            "appointment": "M",
            "communication": "C",
        },
        file_format="{prefix} {n:04d}-{yyyy}",
        enactment_format="{yyyy}/{n:03d}",
    ),
    "sfgov": Style(
        place="City and County of San Francisco",
        council="Board of Supervisors",
        executive="Mayor",
        committees=(
            "Public Safety and Neighborhood Services Committee",
            "Budget and Finance Committee",
            "Land Use and Transportation Committee",
            "Rules Committee",
        ),
        safety_committee="Public Safety and Neighborhood Services Committee",
        actions={
            "intro": ("RECEIVED AND ASSIGNED", "council", None, None),
            "refer": ("ASSIGNED UNDER 30 DAY RULE", "council", None, None),
            "hearing": ("CONTINUED", "committee", None, None),
            "recommend": ("RECOMMENDED", "committee", 1, None),
            "pass": ("FINALLY PASSED", "council", 1, None),
            "first": ("PASSED ON FIRST READING", "council", 1, None),
            "adopt": ("ADOPTED", "council", 1, None),
            "send": None,
            "sign": ("APPROVED", "executive", None, None),
            "veto": ("VETOED", "executive", 0, None),
            "fail": ("FAILED", "council", 0, None),
            "file": ("FILED", "committee", None, None),
        },
        statuses={
            "intro": "Pending Committee Action",
            "refer": "Pending Committee Action",
            "hearing": "Pending Committee Action",
            "recommend": "Pending Board Action",
            "first": "Pending Board Action",
            "pass": "Passed",
            "adopt": "Passed",
            "sign": "Passed",
            "veto": "Vetoed",
            "fail": "Killed",
            "file": "Filed",
        },
        types={
            "ordinance": "Ordinance",
            "resolution": "Resolution",
            "appointment": "Motion",
            "communication": "Hearing",
        },
        prefixes={"ordinance": "", "resolution": "", "appointment": "", "communication": ""},
        file_format="{yy}{n:04d}",
        enactment_format="{n}-{yy}",
        extra_steps={"pass": ("first", "pass")},
    ),
}


def style_for(name: str) -> Style:
    return STYLES.get(name.lower(), STYLES["generic"])


# --- plans: which steps a matter went through --------------------------------------------------

_ORDINANCE_PLANS = {
    "introduced": ("intro",),
    "committee": ("intro", "refer", "hearing"),
    "passed_committee": ("intro", "refer", "hearing", "recommend"),
    "passed": ("intro", "refer", "recommend", "pass", "send"),
    "enacted": ("intro", "refer", "hearing", "recommend", "pass", "send", "sign"),
    "vetoed": ("intro", "refer", "recommend", "pass", "send", "veto"),
    "failed": ("intro", "refer", "hearing", "recommend", "fail"),
    "filed": ("intro", "refer", "file"),
}
_RESOLUTION_PLANS = {
    **_ORDINANCE_PLANS,
    "passed": ("intro", "refer", "recommend", "adopt"),
    "enacted": ("intro", "refer", "recommend", "adopt"),
    "vetoed": ("intro", "refer", "recommend", "fail"),
}
_BACKGROUND_OUTCOMES = (
    ("introduced", 10),
    ("committee", 33),
    ("passed_committee", 8),
    ("passed", 4),
    ("enacted", 30),
    ("vetoed", 2),
    ("failed", 5),
    ("filed", 8),
)
_RELEVANT_OUTCOMES = (
    ("committee", 30),
    ("passed_committee", 12),
    ("passed", 6),
    ("enacted", 34),
    ("vetoed", 6),
    ("failed", 6),
    ("filed", 6),
)


def _pick(rng: random.Random, table: tuple[tuple[str, int], ...]) -> str:
    names, weights = zip(*table, strict=True)
    return rng.choices(names, weights)[0]


def kind_of(title: str) -> str:
    """A background title's kind of matter, from its opening words."""
    head = title.lower()[:60]
    if head.startswith(
        (
            "resolution",
            "a resolution",
            "res.",
            "proclamation",
            "memorializing",
            "congratulating",
            "commemorating",
            "celebrating",
            "honoring",
        )
    ):
        return "resolution"
    if "appointment" in head or head.startswith("appoint"):
        return "appointment"
    if (
        head.startswith(
            (
                "recommendation",
                "request",
                "report",
                "communication",
                "discussion",
                "the committee",
                "the mayor and",
                "presentation",
            )
        )
        or "board letter" in head
    ):
        return "communication"
    return "ordinance"


# --- the builder ---------------------------------------------------------------------------------


class _Builder:
    """Holds the generator and counters while one client is built."""

    def __init__(self, name: str, seed: int, style: Style, state: ClientState) -> None:
        self.name = name
        self.rng = random.Random(f"{seed}:{name}")
        self.style = style
        self.state = state
        self.vocab = state.vocabulary
        self.file_counters: dict[tuple[str, int], int] = {}
        self.enactment_counters: dict[int, int] = {}
        self.history_id = 400_000 + self.rng.randrange(50_000)
        self.text_id = 10_000 + self.rng.randrange(5_000)
        self.event_id = 3_000 + self.rng.randrange(1_000)
        self.events: dict[tuple[str, date], int] = {}
        for step, spec in style.actions.items():
            if spec:
                status = style.statuses.get(step)
                if status and spec[0] not in self.vocab.status_after:
                    self.vocab.status_after[spec[0]] = status

    def file_number(self, kind: str, year: int) -> str:
        prefix = self.style.prefixes[kind]
        key = (prefix, year)
        if key not in self.file_counters:
            self.file_counters[key] = self.rng.randrange(20, 400)
        self.file_counters[key] += self.rng.randint(1, 4)
        n = self.file_counters[key]
        return self.style.file_format.format(prefix=prefix, n=n, yy=f"{year % 100:02d}", yyyy=year)

    def enactment_number(self, year: int) -> str | None:
        if not self.style.enactment_format:
            return None
        self.enactment_counters[year] = self.enactment_counters.get(year, 0) + self.rng.randint(
            1, 5
        )
        n = self.enactment_counters[year]
        return self.style.enactment_format.format(n=n, yy=f"{year % 100:02d}", yyyy=year)

    def next_history_id(self) -> int:
        self.history_id += self.rng.randint(1, 7)
        return self.history_id

    def next_text_id(self) -> int:
        self.text_id += self.rng.randint(1, 9)
        return self.text_id

    def actor_body(self, actor: str, committee: str) -> str:
        return {"council": self.style.council, "executive": self.style.executive}.get(
            actor, committee
        )

    def steps(self, outcome: str, kind: str) -> list[str]:
        plans = _RESOLUTION_PLANS if kind == "resolution" else _ORDINANCE_PLANS
        out: list[str] = []
        for step in plans[outcome]:
            for sub in self.style.extra_steps.get(step, (step,)):
                if self.style.actions.get(sub):
                    out.append(sub)
        return out

    def meeting(
        self, body: str, day: datetime, matter: Matter, action: str | None, flag: int | None
    ) -> int:
        """The past meeting of BODY on DAY (created once), with MATTER as an agenda item."""
        key = (body, day.date())
        event_id = self.events.get(key)
        if event_id is None:
            self.event_id += self.rng.randint(1, 5)
            event_id = self.event_id
            self.events[key] = event_id
            when = day.replace(hour=10 if body != self.style.council else 13, minute=0)
            self.state.add_event(
                event_row(
                    self.name,
                    self.state.web_url,
                    event_id,
                    body,
                    self.vocab.body_id(body),
                    when,
                    "Council Chambers, City Hall",
                    day + timedelta(days=2),
                )
            )
        items = self.state.event_items[event_id]
        item = self.state.event_item(event_id, matter, len(items) + 1, day + timedelta(days=2))
        item.update(
            EventItemActionName=action,
            EventItemPassedFlag=flag,
            EventItemPassedFlagName={1: "Pass", 0: "Fail"}.get(flag) if flag is not None else None,
        )
        items.append(item)
        return event_id

    def histories(
        self,
        matter: Matter,
        outcome: str,
        kind: str,
        committee: str,
        intro: datetime,
        last: datetime,
        with_events: bool,
    ) -> None:
        """Fill MATTER's history rows, status, body and dates for OUTCOME between INTRO and
        LAST (local wall clock), and add the occasional repeated row Legistar is known for."""
        rng = self.rng
        steps = self.steps(outcome, kind) or self.steps("committee", kind)[:1]
        span = max((last - intro).total_seconds(), 86_400.0)
        offsets = sorted(rng.random() for _ in steps[1:])
        dates = [intro] + [intro + timedelta(seconds=span * f) for f in offsets]
        status = self.style.statuses.get("intro", "Introduced")
        body = self.style.council
        for step, day in zip(steps, dates, strict=True):
            name, actor, flag, text = self.style.actions[step]  # type: ignore[misc]
            acting = self.actor_body(actor, committee)
            at = day.replace(hour=0, minute=0, second=0, microsecond=0)
            if actor == "committee" and rng.random() < 0.5:
                at = at.replace(hour=10)
            event_id = None
            if with_events and actor != "executive":
                event_id = self.meeting(acting, at, matter, name, flag)
            status = self.style.statuses.get(step, status)
            if kind == "resolution" and step in ("adopt", "pass"):
                status = "Adopted" if self.style is not STYLES["sfgov"] else "Passed"
            recorded = at + timedelta(
                hours=rng.randint(6, 60),
                seconds=rng.randint(0, 3599),
                milliseconds=rng.randint(0, 999),
            )
            row = History(
                id=self.next_history_id(),
                modified=min(recorded, matter.modified),
                action_date=at,
                action_id=self.vocab.action_id(name),
                action_name=name,
                body_id=self.vocab.body_id(acting),
                body_name=acting,
                passed_flag=flag,
                action_text=text,
                event_id=event_id,
                agenda_sequence=rng.randint(1, 120) if event_id else None,
                matter_status_id=self.vocab.status_id(status),
                consent=1 if actor == "committee" and rng.random() < 0.3 else 0,
            )
            matter.histories.append(row)
            if actor == "committee" and step in ("refer", "hearing", "recommend"):
                body = committee
            if step == "refer":
                body = committee
            if step in ("pass", "adopt") and flag == 1:
                matter.passed = at
                matter.agenda = at
                body = self.style.council
            if step == "sign" or (step in ("adopt",) and kind == "resolution"):
                matter.enactment = at
                matter.enactment_number = self.enactment_number(at.year)
            if step == "pass" and self.style.actions.get("sign") is None and outcome == "enacted":
                matter.enactment = at  # Chicago: passage is the enactment
            # Legistar repeats rows: a second copy of a vote (new id, sometimes with text).
            roll = rng.random()
            if step in ("pass", "adopt", "recommend") and roll < 0.08:
                copy = History(**{s: getattr(row, s) for s in History.__slots__})
                copy.id = self.next_history_id()
                copy.agenda_sequence = None
                if roll < 0.04:
                    copy.action_text = f"On motion of , the {self.style.types[kind]} was {name}"
                matter.histories.append(copy)
        matter.status_name = status
        matter.status_id = self.vocab.status_id(status)
        matter.body_name = body
        matter.body_id = self.vocab.body_id(body)

    def text(
        self, matter: Matter, summary: str, kind: str, modified: datetime, versions: int = 1
    ) -> None:
        """An ordinance or resolution body around SUMMARY, as MatterTextPlain."""
        place = self.style.place.format(Name=self.name.replace("-", " ").title())
        council = self.style.council
        if kind == "resolution":
            enacting = (
                f"NOW, THEREFORE, BE IT RESOLVED BY THE {council.upper()} OF THE {place.upper()}:"
            )
            closing = (
                "SECTION 2. This resolution shall be in force and effect from and after its "
                "adoption."
            )
        else:
            enacting = f"BE IT ORDAINED BY THE {council.upper()} OF THE {place.upper()}:"
            closing = (
                "SECTION 3. This ordinance shall take full force and effect upon its passage and "
                "approval as provided by law."
            )
        body = "\n\n".join(
            [
                matter.title.upper() if len(matter.title) < 200 else matter.title,
                f"WHEREAS, the {council} of the {place} has considered the matter described "
                "below at a duly noticed public meeting and received public comment; and",
                f"WHEREAS, the {council} finds that the following provisions serve the health, "
                "safety and welfare of the residents of the " + place + "; now, therefore,",
                enacting,
                f"SECTION 1. {summary}",
                "SECTION 2. Severability. If any provision of this measure or its application is "
                "held invalid, the invalidity shall not affect other provisions or applications "
                "that can be given effect without the invalid provision or application."
                if kind != "resolution"
                else "",
                closing,
            ]
        )
        body = body.replace("\n\n\n\n", "\n\n")
        for version in range(1, versions + 1):
            text = (
                body
                if version == versions
                else body.replace("SECTION 2. Severability", "SECTION 2. Severability (draft)")
            )
            matter.texts.append(
                MatterText(
                    self.next_text_id(),
                    str(version),
                    text,
                    modified - timedelta(days=versions - version, hours=3),
                )
            )
        matter.version = str(versions)


def _distinct_times(rng: random.Random, n: int, start: datetime, span_days: int) -> list[datetime]:
    """N distinct modified times (millisecond precision) spread over SPAN_DAYS from START."""
    total = span_days * 86_400_000
    picks = rng.sample(range(total), n)
    return [start + timedelta(milliseconds=ms) for ms in picks]


def _local(utc: datetime) -> datetime:
    """A rough local wall clock for a UTC time (cities are west of UTC)."""
    return utc - timedelta(hours=6)


def build_client(
    name: str,
    n_matters: int = 2500,
    relevant: int = 36,
    seed: int = 20240611,
    start: datetime = DEFAULT_START,
    span_days: int = DEFAULT_SPAN_DAYS,
    today: date | None = None,
    token: str | None = None,
    web_url: str | None = None,
    style: str | None = None,
    hearings: int = 4,
    chicago_samples: bool | None = None,
    place: str | None = None,
) -> ClientState:
    """A client of N_MATTERS matters, RELEVANT of them relevant, ready for LegistarMirror.

    Modified times are distinct and spread over SPAN_DAYS from START (naive UTC), in an order
    unrelated to MatterId. HEARINGS relevant matters in committee get a meeting after TODAY
    (default: the real today) with an eventitem naming them. Measures whose home is this client
    (nyc: Int 0486-2014 ...) keep their real file numbers and dates. STYLE picks the vocabulary
    (default: the client's own if known: chicago, nyc, sfgov; else generic Legistar names).
    `chicago_samples` (default: name == "chicago") adds two matters whose histories are real
    Chicago responses, one with repeated rows. PLACE (a sample city, "Demo City, NY") keeps
    to measures such a city could have passed, told in its name (see `local_measures`), and
    names it in the texts' enacting clauses.
    """
    if n_matters < relevant + 8:
        raise ValueError(f"n_matters ({n_matters}) must exceed relevant ({relevant}) by at least 8")
    chosen = STYLES[style] if style else style_for(name)
    if place:
        chosen = replace(chosen, place=f"City of {place.split(',')[0]}")
    vocab = Vocabulary(
        council=chosen.council, executive=chosen.executive, committees=chosen.committees
    )
    state = ClientState(name, web_url=web_url, token=token, vocabulary=vocab)
    b = _Builder(name, seed, chosen, state)
    rng = b.rng
    today = today or date.today()
    with_samples = name.lower() == "chicago" if chicago_samples is None else chicago_samples

    times = _distinct_times(rng, n_matters, start, span_days)
    next_id = 10_000 + rng.randrange(90_000)

    def new_id() -> int:
        nonlocal next_id
        next_id += rng.randint(1, 3)
        return next_id

    # Which relevant measures, in which order: this client's own first, then all the others.
    measures = local_measures(*place.split(", ")) if place else relevant_measures()
    home = [m for m in measures if m.get("home") == name.lower()]
    others = [m for m in measures if m.get("home") != name.lower()]
    rng.shuffle(others)
    terse = terse_matters()
    if place:  # texts built around a measure left out above would not read as PLACE's own
        keys = {m["key"] for m in measures}
        terse = [t for t in terse if t.get("text_from") in keys or "text_from" not in t]
    terse_relevant = [t for t in terse if t["relevant"]]
    terse_other = [t for t in terse if not t["relevant"]]
    by_key = {m["key"]: m for m in measures}
    n_terse = min(len(terse_relevant), max(0, relevant // 6))
    slots: list[tuple[str, dict]] = [("home", m) for m in home][:relevant]
    while len(slots) < relevant - n_terse:
        slots.append(("copy", others[len(slots) % len(others)]))
    slots += [("terse", t) for t in terse_relevant[:n_terse]]
    slots += [("terse-other", t) for t in terse_other]

    backgrounds = list(background_titles())
    rng.shuffle(backgrounds)
    in_committee: list[Matter] = []
    counter = 0

    def make(
        title: str,
        name_: str | None,
        kind: str,
        outcome: str,
        modified: datetime,
        committee: str,
        intro: datetime | None = None,
        file: str | None = None,
        is_relevant: bool = False,
        with_events: bool = False,
        last: datetime | None = None,
    ) -> Matter:
        last = last or _local(modified) - timedelta(hours=rng.randint(2, 72))
        intro = intro or last - timedelta(days=rng.randint(3, 420))
        intro = intro.replace(hour=0, minute=0, second=0, microsecond=0)
        matter_id = new_id()
        matter = Matter(
            id=matter_id,
            guid=stable_guid(name, "matter", matter_id),
            file=file or b.file_number(kind, intro.year),
            name=name_,
            title=title,
            type_id=vocab.type_id(chosen.types[kind]),
            type_name=chosen.types[kind],
            status_id=0,
            status_name="",
            body_id=0,
            body_name="",
            modified=modified,
            intro=intro,
            relevant=is_relevant,
        )
        b.histories(matter, outcome, kind, committee, intro, max(last, intro), with_events)
        return state.add(matter)

    for slot, spec in slots:
        modified = times[counter]
        counter += 1
        if slot in ("home", "copy"):
            kind = "resolution" if spec["type"] == "Resolution" else "ordinance"
            if slot == "home":
                outcome = spec["outcome"]
                intro = datetime(spec["year"], 1, 1) + timedelta(days=rng.randint(0, 200))
                # The history stays in its real year: the last action months after the intro.
                matter = make(
                    spec["title"],
                    spec["name"],
                    kind,
                    outcome,
                    modified,
                    chosen.safety_committee,
                    intro=intro,
                    file=spec.get("file"),
                    is_relevant=True,
                    with_events=True,
                    last=intro + timedelta(days=rng.randint(60, 160)),
                )
                matter.enactment_number = spec.get("enactment") or matter.enactment_number
            else:
                outcome = _pick(rng, _RELEVANT_OUTCOMES)
                if len(in_committee) < hearings:
                    outcome = "committee"
                matter = make(
                    spec["title"],
                    spec["name"],
                    kind,
                    outcome,
                    modified,
                    chosen.safety_committee,
                    is_relevant=True,
                    with_events=True,
                )
            b.text(matter, spec["summary"], kind, modified, versions=2 if rng.random() < 0.3 else 1)
            if outcome == "committee" and slot == "copy":
                in_committee.append(matter)
        else:
            kind = "resolution" if spec["type"] == "Resolution" else "ordinance"
            outcome = _pick(rng, _BACKGROUND_OUTCOMES)
            matter = make(
                spec["title"],
                spec["title"],
                kind,
                outcome,
                modified,
                chosen.safety_committee,
                is_relevant=spec["relevant"],
            )
            if spec.get("text_from"):
                summary = by_key[spec["text_from"]]["summary"]
            else:
                needle = spec["text_match"]
                summary = next(
                    (x["summary"] or x["title"])
                    for x in background_titles()
                    if needle in ((x["summary"] or "") + " " + x["title"]).lower()
                )
            b.text(matter, summary, kind, modified)

    # Background: real unrelated titles, reused with new ids and files when more are needed.
    committees = [c for c in chosen.committees if c != chosen.safety_committee] or [
        chosen.safety_committee
    ]
    sample_ids: list[int] = []
    while counter < n_matters:
        spec = backgrounds[counter % len(backgrounds)]
        modified = times[counter]
        counter += 1
        kind = kind_of(spec["title"])
        outcome = _pick(rng, _BACKGROUND_OUTCOMES)
        committee = rng.choice(committees if rng.random() < 0.85 else [chosen.safety_committee])
        matter = make(
            spec["title"],
            spec["title"] if rng.random() < 0.6 else None,
            kind,
            outcome,
            modified,
            committee,
            with_events=rng.random() < 0.03,
        )
        if rng.random() < 0.004:
            matter.restricted = True
        if with_samples and len(sample_ids) < 2 and kind == "ordinance" and not matter.restricted:
            sample_ids.append(matter.id)

    if with_samples:
        for matter_id, rows in zip(sample_ids, chicago_sample_histories(), strict=False):
            _use_real_histories(state.matters[matter_id], rows, chosen, vocab)

    # Upcoming hearings of relevant matters in committee.
    for i, matter in enumerate(in_committee[:hearings]):
        when = datetime.combine(today + timedelta(days=3 + 7 * i), datetime.min.time()).replace(
            hour=10
        )
        state.schedule_hearing(
            matter.id, when, body_name=chosen.safety_committee, event_id=b.event_id + 1000 + i
        )
    return state


def _use_real_histories(
    matter: Matter, rows: list[dict[str, Any]], style: Style, vocab: Vocabulary
) -> None:
    """Give MATTER a real Chicago history response verbatim, and a status that agrees with it."""
    matter.histories = [dict(r) for r in rows]
    matter.intro = datetime.fromisoformat(rows[0]["MatterHistoryActionDate"])
    passed = [r for r in rows if r["MatterHistoryActionName"] == "Passed"]
    if passed:
        matter.passed = datetime.fromisoformat(passed[-1]["MatterHistoryActionDate"])
        matter.agenda = matter.passed
        matter.status_name = style.statuses["pass"]
        matter.status_id = vocab.status_id(matter.status_name)
        matter.body_name = style.council
        matter.body_id = vocab.body_id(style.council)
    matter.type_name = style.types["ordinance"]
    matter.type_id = vocab.type_id(matter.type_name)
    matter.texts = []


# The demo's sources: what a registry entry needs besides the API root. The three sample councils
# speak the Legistar dialects of Chicago, San Francisco and New York City; their measures are real
# city measures from many places, told in the sample city's own name (`local_measures`), so they
# carry sample names and `.example` web hosts: no demo measure is passed off as a real city's,
# and no link points at a real site.
DEMO_SOURCES: dict[str, dict[str, Any]] = {
    "chicago": {
        "jurisdiction": "Sampleton, IL",
        "state": "IL",
        "timezone": "America/Chicago",
        "web_url": "https://sampleton.legistar.example",
        "latitude": 41.8781,
        "longitude": -87.6298,
    },
    "sfgov": {
        "jurisdiction": "Example Bay, CA",
        "state": "CA",
        "timezone": "America/Los_Angeles",
        "web_url": "https://examplebay.legistar.example",
        "latitude": 37.7749,
        "longitude": -122.4194,
    },
    "nyc": {
        "jurisdiction": "Demo City, NY",
        "state": "NY",
        "timezone": "America/New_York",
        "web_url": "https://democity.legistar.example",
        "token": DEMO_NYC_TOKEN,
        "latitude": 40.7128,
        "longitude": -74.0060,
    },
}


def demo_clients(today: date | None = None) -> dict[str, ClientState]:
    """The small fixed set `tracker demo` crawls: three sample cities speaking the Legistar
    dialects of Chicago, San Francisco and New York City (which, like the real `nyc` client,
    needs a token: DEMO_NYC_TOKEN), each with city measures told in its own name."""
    # As many relevant matters as each city has distinct measures of its own (no title twice).
    sizes = {"chicago": (300, 9), "sfgov": (250, 9), "nyc": (250, 12)}
    return {
        name: build_client(
            name,
            n_matters=sizes[name][0],
            relevant=sizes[name][1],
            today=today,
            hearings=2,
            token=meta.get("token"),
            web_url=meta["web_url"],
            place=meta["jurisdiction"],
        )
        for name, meta in DEMO_SOURCES.items()
    }


def demo_registry(api_url: str) -> str:
    """A source registry (TOML) for the demo clients served at API_URL (".../v1")."""
    blocks = []
    for name, meta in DEMO_SOURCES.items():
        token = f'token = "{meta["token"]}"\n' if meta.get("token") else ""
        blocks.append(
            "[[sources]]\n"
            f'name = "{name}"\n'
            'spider = "legistar"\n'
            f'jurisdiction = "{meta["jurisdiction"]}"\n'
            'level = "city"\n'
            f'state = "{meta["state"]}"\n'
            'schedule = "0 */6 * * *"\n'
            f"latitude = {meta['latitude']}\n"
            f"longitude = {meta['longitude']}\n"
            "[sources.args]\n"
            f'client = "{name}"\n'
            f'api_url = "{api_url}"\n'
            f'web_url = "{meta["web_url"]}"\n'
            f'timezone = "{meta["timezone"]}"\n' + token +
            # A local server needs no politeness delays.
            "[sources.settings]\n"
            "AUTOTHROTTLE_ENABLED = false\n"
            "DOWNLOAD_DELAY = 0\n"
            "ROBOTSTXT_OBEY = false\n"
        )
    return "\n".join(blocks)
