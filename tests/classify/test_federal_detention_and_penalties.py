"""Classifier 2.61.0 (docs/classifier-history.md): the federal immigration agency's own detention
(its standards, conditions, records) is a federal matter, not the detention_contracts topic,
which is about contracts to hold people and bans on them (DOMAIN.md); the Secretary or the
Department of Homeland Security counts among the federal actors again (rules.FEDERAL_ACTORS had
lost its first alternative to a stray control character); a penalty on officers who refuse to
cooperate is restrictive and one on officers who help ICE protective, however the penalty is
named (a noun, a fine by its amount, a prosecution, a crime said after the act); the detention
people face is not what a ban bars; and a status denied or demanded of people ("may not be
granted … status", "until a satisfactory immigration status is verified") is no limit on
cooperation.
Each case says what an advocate would see; the controls beside them (a contract, a facility
being opened, a government below the federal one in sight, a penalty barred) keep their
reading."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

import tracker.classify as classifier
from tests.classify.helpers import Case, case_table_test, flagged, not_flagged
from tracker.classify import (
    classify,
    engine,
    evaluation,
    read_scope,
    rules,
    scored_with,
    statute,
)

CASES: list[Case] = [
    # the agency's own detention: its records, its reports to Congress
    not_flagged(
        "Detention Records Act",
        "Requires the Department of Homeland Security to keep the records of people in"
        " immigration detention for 25 years.",
    ),
    not_flagged(
        "Detention Records Act",
        "Requires ICE to keep the records of people held in immigration detention for 25 years.",
    ),
    not_flagged(
        "To require the Department of Homeland Security to report each death in immigration"
        " detention to Congress.",
        None,
    ),
    # ... a contract, or a facility being run at a place below the federal government, is the topic
    flagged(
        "To prohibit U.S. Immigration and Customs Enforcement from entering into contracts with"
        " private companies for immigration detention.",
        None,
        "protective",
        "detention_contracts",
    ),
    # (a facility the agency itself is kept from building is its own detention still: 2.66.0
    # reads it so, as the labels read a bill that bars DHS from building or expanding detention
    # facilities; tests/classify/test_federal_detention_built_and_undoing_verbs.py)
    flagged(
        "To prohibit the Department of Homeland Security from operating an immigration"
        " detention facility at a state-run site.",
        None,
        "protective",
        "detention_contracts",
    ),
    # ... and so is a government below the federal one
    flagged(
        "Prohibits counties from holding people in immigration detention for the Department of"
        " Homeland Security.",
        None,
        "protective",
        "detention_contracts",
    ),
]


test_the_agencys_own_detention = case_table_test(CASES)

PENALTIES: list[Case] = [
    # a penalty on officers who refuse: the refusal is what is punished (DOMAIN.md: penalties
    # for officials are anti-sanctuary), not what the measure does
    flagged(
        "Creates a criminal penalty for any officer who refuses to honor immigration detainers.",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Creating a criminal penalty for an agent or sworn officer who refuses or fails to"
        " enforce immigration detainers.",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Provides civil penalties for deputies who decline to transfer inmates to ICE.",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Establishes penalties for agents who refuse to cooperate with federal immigration"
        " authorities.",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Establishes civil penalties for an official who refuses to honor an immigration detainer.",
        None,
        "restrictive",
        "detainers",
    ),
    # ... a penalty for helping ICE limits the help
    flagged(
        "Creates a criminal penalty for an official who shares a person's immigration status"
        " with ICE without a judicial warrant.",
        None,
        "protective",
        "info_sharing",
    ),
    # ... the crime said after the act, a fine by its amount, a prosecution
    flagged(
        "Provides that a sheriff who refuses to honor an immigration detainer is guilty of a"
        " Class A misdemeanor.",
        None,
        "restrictive",
        "detainers",
    ),
    flagged(
        "Makes an official who adopts a sanctuary policy guilty of a misdemeanor.",
        None,
        "restrictive",
        "anti_sanctuary",
    ),
    flagged(
        "Provides that a county officer who gives ICE access to a county jail without a judicial"
        " warrant commits official misconduct.",
        None,
        "protective",
        "ice_access",
    ),
    flagged(
        "Imposes a fine of $5,000 on a sheriff who shares a person's immigration status with ICE"
        " without a judicial warrant.",
        None,
        "protective",
        "info_sharing",
    ),
    flagged(
        "Authorizes the attorney general to prosecute a sheriff who refuses to honor an"
        " immigration detainer.",
        None,
        "restrictive",
        "detainers",
    ),
    # ... while the penalty barred or repealed shields the refusal
    flagged(
        "Prohibits any penalty against officers who refuse to honor immigration detainers.",
        None,
        "protective",
        "detainers",
    ),
    flagged(
        "Repeals the penalties for officers who refuse to honor immigration detainers.",
        None,
        "protective",
        "detainers",
    ),
    # ... and a penalty for breaking a limit enforces the limit
    flagged(
        "Imposes civil penalties on officers who violate the prohibition on 287(g) agreements.",
        None,
        "protective",
        "287g",
    ),
]


test_penalties_on_officers_who_refuse = case_table_test(PENALTIES)


def _protective_cues(title: str) -> tuple[list[str], list[tuple[float, str]]]:
    """The protective cues that count in TITLE read as a measure the model finds relevant
    (where every cue counts), and all the stance cues found, for the failure message."""
    ev = engine.gather(engine.normalize(read_scope(title, None, None)), True)
    cues = [why for weight, why in ev.why_stance if weight >= 1 and "protective cue" in why]
    return cues, ev.why_stance


@pytest.mark.parametrize(
    ("title", "protective"),
    [
        ("Prohibits State funding to assist immigrants facing detention or deportation.", False),
        ("Bars county money for people who face detention or removal.", False),
        # the detention itself barred keeps its cue
        ("Prohibits State funding for the detention of immigrants facing deportation.", True),
        ("Prohibits the county from detaining immigrants facing deportation for ICE.", True),
    ],
)
def test_the_detention_people_face_is_not_what_a_ban_bars(title: str, protective: bool) -> None:
    """Barring help to people facing detention takes help away; only a ban on the detention
    itself limits it. Read as a measure the model finds relevant, where every cue counts."""
    cues, read = _protective_cues(title)
    assert bool(cues) is protective, read


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Detainee Health Act",
            "Requires U.S. Immigration and Customs Enforcement to provide a medical screening to"
            " every person in immigration detention.",
        ),
        (
            "To limit the use of solitary confinement in immigration detention facilities of the"
            " Department of Homeland Security.",
            None,
        ),
        # general words with the Secretary of Homeland Security the only actor in sight
        (
            "Interior Enforcement Act",
            "To direct the Secretary of Homeland Security to hire more officers to enforce the"
            " immigration laws.",
        ),
    ],
)
def test_not_tracked_by_the_rules_alone(title: str, summary: str | None) -> None:
    """The learned model may still read these (a known limit: the model alone on federal
    enforcement words); the rules no longer flag them, and say why: only federal agencies in
    sight, or (2.72.0) the conditions of confinement, which no contract is."""
    with scored_with(None):
        res = classify(title, summary)
    assert not res.relevant, res.why
    reasons = ("only federal agencies in sight", "oversight of conditions")
    assert any(r in w for w in res.why for r in reasons), res.why


def test_the_state_in_sight_keeps_the_topic() -> None:
    """A state inspecting the facilities where people are held for ICE is the state's own act."""
    with scored_with(None):
        res = classify(
            "Requires the state to inspect facilities where people are held in immigration"
            " detention for ICE."
        )
    assert res.relevant and "detention_contracts" in res.topics, res.why


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _strings(value: object) -> Iterator[str]:
    """Every string inside VALUE: itself, a compiled pattern's source, or what a row holds."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, re.Pattern):
        yield str(value.pattern)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


def test_no_pattern_holds_a_control_character() -> None:
    """A "\\b" typed outside a raw string is a backspace: the alternative it starts can never
    match, and nothing else fails. Every string the classifier's pattern modules hold, the
    rows' patterns inside their tables included, is checked for such characters."""
    held = [
        (module.__name__, name, text)
        # (not folding.py, whose table of regex escapes holds the control characters they name)
        for module in (rules, engine, classifier, evaluation, statute)
        for name, value in vars(module).items()
        if not name.startswith("__")
        for text in _strings(value)
    ]
    # the walk reaches inside the tables: every stance row's pattern is among what it read
    assert {row[-1] for row in rules.STANCE_RULES} <= {text for _m, _n, text in held}
    bad = sorted({f"{module}.{name}" for module, name, text in held if _CONTROL_RE.search(text)})
    assert not bad, bad
    assert _CONTROL_RE.search("\b")  # what it looks for: a "\\b" outside a raw string


@pytest.mark.parametrize(
    ("title", "protective"),
    [
        # a status demanded of people, or denied to them: no limit on cooperation
        (
            "Prohibiting participation in Federal benefit programs until a satisfactory"
            " immigration status is verified; bars funds to sanctuary jurisdictions.",
            False,
        ),
        (
            "A child may not be granted special immigrant juvenile status if the child was"
            " apprehended at the border; requires states to honor ICE detainers.",
            False,
        ),
        # ... while a limit on asking, sharing or access keeps its cue
        ("Police may not inquire about a person's immigration status.", True),
        ("Officers may not be granted access to immigration status databases.", True),
        ("Officers may not be given immigration status information.", True),
        (
            "Prohibits the county from sharing immigration status information with ICE until a"
            " judicial warrant is presented.",
            True,
        ),
    ],
)
def test_a_status_denied_or_demanded_is_no_limit(title: str, protective: bool) -> None:
    """The catch-all limiting cue ("prohibits", "may not" … "status") reads a limit on what a
    government does with people's status, not a status kept from them."""
    cues, read = _protective_cues(title)
    assert bool(cues) is protective, read
