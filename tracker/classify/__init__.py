"""Relevance, topic, stance and provision classifier for immigration-enforcement measures.

Weighted, readable pattern tables (``rules.py``) compiled once (``engine.py``), and a learned
second opinion (``model.py``: linear models shipped as JSON weights) for phrasings no rule names
and directions the rules leave open. The rules keep every look-alike veto and the evidence shown
in ``why``. Deterministic and offline: the same text and ``CLASSIFIER_VERSION`` always give the
same result. See docs/classifier.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tracker.domain import STANCES as DOMAIN_STANCES
from tracker.domain import TOPICS

from . import engine, folding, model, rules
from .compiled import compile_pattern

CLASSIFIER_VERSION = "2.81.0"
# the bases of a reading that found a look-alike: "veto" (a look-alike row), "other_act" (a
# policy's everyday name that the measure's summary or text shows is another act's)
LOOK_ALIKE_BASES = frozenset({"veto", "other_act"})


PROVISIONS: dict[str, str] = dict(rules.PROVISIONS)

STANCES = (*DOMAIN_STANCES, "not_relevant")

__all__ = [
    "CLASSIFIER_VERSION",
    "TOPICS",
    "PROVISIONS",
    "Classification",
    "classify",
    "triage",
]


@dataclass(frozen=True)
class Classification:
    """Result of classifying one measure; ``to_dict`` is what gets stored and exported."""

    relevant: bool
    topics: tuple[str, ...]
    stance: str
    confidence: float
    why: tuple[str, ...]
    provisions: tuple[str, ...]
    category: str
    # What made it relevant: "rules" (a rule or a named policy), "general" (only a general
    # phrase such as "immigration laws"), "model" (the learned model alone); or, when it is
    # not, the reason's kind (``_not_relevant``). Not stored.
    basis: str = field(default="rules", compare=False)
    # What set the direction: "rules" (weighted cues and named policies), "model" (the learned
    # model, or a protective tool by nature), "none" (unclear), "informs" (unclear: a hearing,
    # forum or report, which a text does not give a side either). Not stored.
    stance_basis: str = field(default="rules", compare=False)

    def to_dict(self) -> dict:
        """JSON-ready dict."""
        return {
            "relevant": self.relevant,
            "topics": list(self.topics),
            "stance": self.stance,
            "confidence": self.confidence,
            "why": list(self.why),
            "provisions": list(self.provisions),
            "category": self.category,
        }


# Provisions that only make sense in one direction; dropped when the stance is the other way.
_PROTECTIVE_ONLY = {
    "detainer_judicial_warrant",
    "detainer_limits",
    "bar_287g",
    "bar_status_inquiry",
    "limit_info_sharing",
    "limit_ice_access_jails",
    "limit_ice_access_courts",
    "limit_ice_access_sensitive",
    "ban_detention_contracts",
    "bar_local_resources",
    "fund_legal_counsel",
}
_RESTRICTIVE_ONLY = {
    "detainer_mandate",
    "require_287g",
    "require_status_check",
    "require_info_sharing",
    "ban_sanctuary_policies",
    "penalize_sanctuary",
    "defund_sanctuary",
    "state_immigration_crime",
}
_STANCE_MARGIN = 0.75
# what a named sanctuary law a measure amends gives its side: enough alone, less than any cue of
# what the amendment does ("Amends the Illinois TRUST Act. Provides that the Act does not apply to
# persons convicted of a forcible felony")
_AMENDED_LEAN = 1.0
_LONG_SUMMARY = 20_000
_LONG_TITLE = 4_000
_PROTECTIVE_TOOLS = {"u_visa", "access_to_counsel", "municipal_id"}
# A title longer than this, with an operative verb, says what the measure does (council captions:
# "A Local Law ... in relation to prohibiting ..."); a shorter one alone is a caption.
_DESCRIPTIVE_TITLE = 12
# A summary that only names its subject ("Relates to standards and policies for cooperation with
# federal immigration authorities"; "Concerning state and local law enforcement interactions with
# federal immigration enforcement officials") says no more about a direction than a bare title.
_SUBJECT_ONLY_RE = compile_pattern(
    r"^\W*(?:an? (?:act|bill|ordinance|resolution)\s+)?"
    r"(?:relat(?:es|ing|ive) to|concerning|regarding|in relation to|with respect to)\b",
    re.IGNORECASE,
)


def _not_relevant(
    why: list[str], category: str, confidence: float, basis: str = "none"
) -> Classification:
    """BASIS: "veto" (a look-alike), "other_act" (a policy's everyday name that a summary or text
    shows is another act's), "outside" (an immigration matter outside the tracked
    topics), "outside_open" (one that a text may still place on a topic: a civil-rights, housing
    or labor chapter that may also bind the government's own employees), "urging" (a resolution
    to another government about immigration in general) or "none" (nothing that counts)."""
    return Classification(
        False, (), "not_relevant", confidence, tuple(why), (), category, basis, "none"
    )


def classify(
    title: str,
    summary: str | None = None,
    text: str | None = None,
    jurisdiction: str | None = None,
    level: str | None = None,
) -> Classification:
    """Classify one measure from its title, optional summary/digest and optional full text.

    ``jurisdiction`` and ``level`` are accepted for the stored record's sake; the rules read only
    the words, so a measure gets the same answer wherever it was found.
    """
    if text is None or not text.strip():
        return _decide_words(title, summary)[0]
    return settle_with_text(
        _decide_words(title, summary)[0], title, summary, text, jurisdiction, level, model.load()
    )


def settle_with_text(
    words: Classification,
    title: str,
    summary: str | None,
    text: str,
    jurisdiction: str | None,
    level: str | None,
    models: model.Models | None,
) -> Classification:
    """WORDS (the verdict on title and summary) settled by the bill's TEXT, read with MODELS
    (None: the rules alone), as `classify` does; the model's training scores the same way."""
    full = _classify(title, summary, text, jurisdiction, level, models)[0]
    settled = read_with_text(words, full, repeals=_PURE_REPEAL.search(title or "") is not None)
    if settled.relevant or settled.basis in LOOK_ALIKE_BASES:
        return settled
    return _over_a_named_law(settled, title, text, models)


_PURE_REPEAL = compile_pattern(rules.widen(rules.PURE_REPEAL), re.IGNORECASE)
_AGAINST_NAMED_LAW_RE = compile_pattern(rules.widen(rules.AGAINST_NAMED_LAW), re.IGNORECASE)
_FOR_NAMED_LAW_RE = compile_pattern(rules.widen(rules.FOR_NAMED_LAW), re.IGNORECASE)
_PRAISES_A_LAWMAKER_RE = compile_pattern(rules.PRAISES_A_LAWMAKER, re.IGNORECASE)
_BLAMES_A_LAWMAKER_RE = compile_pattern(rules.BLAMES_A_LAWMAKER, re.IGNORECASE)
_ENACTED_RE = compile_pattern(rules.ENACTED, re.IGNORECASE)


def _over_a_named_law(
    settled: Classification, title: str, text: str, models: model.Models | None
) -> Classification:
    """A resolution over a state law it names only by number ("Urging Repeal of Arizona Senate
    Bill 1070", "staying compliance with SB54") carries that law's topic (DOMAIN.md: backing or
    opposing a named measure on a tracked topic is relevant). Its caption says which side it
    takes; its recitals, which the rules otherwise skip as mere reasons, say what the law does.
    Only a rule's reading of them counts, never a general phrase or the model alone. A caption
    that praises or blames another government names no law, but its recitals may tell one that
    government enacted: the praise backs it, the blame opposes it."""
    against = _AGAINST_NAMED_LAW_RE.search(title or "") is not None
    named = against or _FOR_NAMED_LAW_RE.search(title or "") is not None
    blames = not named and _BLAMES_A_LAWMAKER_RE.search(title or "") is not None
    lawmaker = blames or (not named and _PRAISES_A_LAWMAKER_RE.search(title or "") is not None)
    if not named and not lawmaker:
        return settled
    told_text = engine.recitals(text)
    if not told_text.strip() or (lawmaker and _ENACTED_RE.search(told_text) is None):
        return settled
    if lawmaker:
        against = blames
    told = _classify("", None, told_text, None, None, models)[0]
    if not told.relevant or told.basis != "rules" or told.stance_basis != "rules":
        return settled
    stance = engine.OTHER_SIDE.get(told.stance, told.stance) if against else told.stance
    side = "opposes" if against else "backs"
    law = (
        "a law its recitals say the government it addresses enacted"
        if lawmaker
        else "a law it names"
    )
    return replace(
        told,
        stance=stance,
        topics=_directed(told.topics, stance, frozenset(told.topics)),
        why=(
            f"{side} {law}; its recitals tell what that law does, read {stance}",
            *(f"the recitals: {w}" for w in told.why),
        ),
        provisions=(),
    )


# what a text's reading may say of a measure that its words placed only by a general phrase: a
# look-alike, or an immigration matter outside the tracked topics
_TEXT_PLACES_IT_OUTSIDE = LOOK_ALIKE_BASES | {"outside", "outside_open"}


def read_with_text(
    words: Classification, full: Classification, repeals: bool = False
) -> Classification:
    """Title and summary first; the text settles what they leave open (DOMAIN.md: a bare
    official title is decided by its summary, and by its text when the spider has it).

    A bill's text quotes the law it changes and mentions much besides its subject, so it adds
    no topic to a measure that a rule already placed by its title and summary, and it makes a
    measure relevant only through a rule (not a general phrase or the model alone), never a
    look-alike or a resolution that only addresses another government. The text's
    direction is taken where the title and summary leave it open or only the model read one.
    The text of a measure that only REPEALS is the law it repeals: the measure goes the other
    way, and that law's provisions are not its own.
    """
    if not words.relevant:
        # a look-alike, a matter outside the topics, or a resolution to another government, stays
        # what its words say ("To amend section 276 of the Immigration and Nationality Act …" is
        # federal criminal law, whatever its text cites); only a protection of people from others
        # (civil rights, housing, labor) may be a chapter whose text also binds the city's own
        # employees
        settled = words.basis in LOOK_ALIKE_BASES | {"urging", "outside"}
        return full if full.relevant and full.basis == "rules" and not settled else words
    if not full.relevant:
        if full.basis == "other_act":
            # the name that made the caption relevant is, by its text, another act's
            return full
        if words.basis in ("general", "model") and full.basis in _TEXT_PLACES_IT_OUTSIDE:
            # a general phrase ("immigration law") counts only where no look-alike or other
            # matter is found beside it (`_classify`); the text is where this one was found.
            # So does the model's reading of a bare caption ("Immigration"): its text decides
            # (DOMAIN.md), and a look-alike or other matter found there settles it (2.72.0)
            return replace(
                full,
                why=(
                    *words.why[:1],
                    "the text places it outside the tracked topics:",
                    *(f"the text: {w}" for w in full.why),
                ),
            )
        return words
    out = words
    if words.basis != "rules" and full.basis == "rules":
        out = replace(out, topics=full.topics)  # a general phrase named no specific topic
    source = "the law it repeals" if repeals else "the text"
    said = tuple(
        f"{source}: {w}"
        for w in full.why
        if w.startswith((full.stance, f"learned model: {full.stance}"))
    )
    settles = full.stance != "unclear" and words.stance_basis not in ("rules", "informs")
    # a direction the words already have gives way only to one the text states (a cue or the
    # model's reading), not to a sum of generic words ("requires" twice)
    settles = settles and (words.stance == "unclear" or bool(said))
    if settles:
        stance = engine.OTHER_SIDE[full.stance] if repeals else full.stance
        kept = tuple(
            w
            for w in words.why
            if not w.startswith(("no clear direction", f"learned model: {words.stance}"))
        )
        if repeals:
            said = (*said, f"a repeal: {stance}, the opposite of the law it repeals")
        out = replace(
            out,
            stance=stance,
            stance_basis=full.stance_basis,
            # a repeal is about the law it repeals: a repealed ban on sanctuary is anti_sanctuary
            topics=_directed(out.topics, full.stance),
            why=(*kept, *said),
        )
    # the text's provisions with the words', kept only where they fit the final direction
    both = list(dict.fromkeys((*(() if repeals else full.provisions), *words.provisions)))
    return replace(out, provisions=tuple(_for_direction(both, out.stance)))


@contextmanager
def scored_with(models: model.Models | None) -> Iterator[None]:
    """Classify with these models in place of the shipped file (None: the rules alone), the
    triage and the remembered title-and-summary decisions included: a cross-validation fold
    scores its measures, and decides which texts they are read with, by models that never saw
    them."""
    model.STAND_INS.append(models)
    _decide_words.cache_clear()
    try:
        yield
    finally:
        model.STAND_INS.pop()
        _decide_words.cache_clear()


@lru_cache(maxsize=4096)
def _decide_words(title: str, summary: str | None) -> tuple[Classification, bool]:
    """Title-and-summary decisions, remembered: a crawl asks twice for most measures (the
    spider's triage before fetching, the pipeline after), and the answer is the same."""
    return _classify(title, summary, None, None, None, model.load())


def read_scope(title: str, summary: str | None, text: str | None = None) -> str:
    """What the rules and the model read of a measure: title, summary and the text's bounded
    selection. One definition, shared with the model's training, so both read the same words."""
    # Titles are bounded too: a source can send megabytes where a caption should be, and no
    # caption needs more than a few thousand characters to be read.
    parts = [title if len(title or "") <= _LONG_TITLE else engine.select_windows(title)]
    if summary:
        # a digest as long as a bill gets the same bounded treatment as a full text
        parts.append(summary if len(summary) <= _LONG_SUMMARY else engine.select_windows(summary))
    if text:
        parts.append(engine.text_selection(text))
    return folding.as_ascii_letters(" | ".join(parts))


def stance_scope(scope: str) -> str:
    """What the model reads for a direction: the measure without a digest's account of the law
    as it stands ("Current law prohibits sharing data with ICE. This bill repeals …"), whose
    words point the other way from a bill that changes it. The rules split it the same way."""
    does, quoted = engine.split_current_law(scope)
    return does if quoted else scope


# Policies named by everyday words ("TRUST Act", "Values Act", "Welcoming … Act") share their
# names with acts about anything else: the "Tailored Regulatory Updates for Supervisory Testing
# Act or the TRUST Act" examines banks. A short title alone carries its topic (DOMAIN.md); where
# the summary or text spells the name out as another act's, and nothing in them comes near
# immigration or policing, the name is that other act's (DOMAIN.md: other TRUST acronyms). A
# name not spelled out stands: a council's "Welcoming City Update Resolution" or its letter on
# "the California Values Act" names the policy, whatever its opening recitals say.
_IMMIGRATION_CONTEXT_RE = compile_pattern(rules.NAME_CONTEXT, re.IGNORECASE)
_ACRONYM_SPELLED_OUT_RE = compile_pattern(rules.ACRONYM_SPELLED_OUT)
_EVERYDAY_WORD_RE = compile_pattern(
    r"\b(?:" + "|".join(rules.EVERYDAY_WORDS) + r")\b", re.IGNORECASE
)


def _another_acronym(ev: engine.Evidence, more_than_a_title: bool, scope: str) -> bool:
    """Whether the only tracked thing found is such a name, spelled out as another act's in a
    summary or text (MORE_THAN_A_TITLE) that never comes near immigration."""
    names = {label for label, _t, _s in ev.acts} | ev.topic_rows
    if not names or not names <= rules.EVERYDAY_NAMES:
        return False
    if not more_than_a_title or _IMMIGRATION_CONTEXT_RE.search(scope) is not None:
        return False
    return any(
        _EVERYDAY_WORD_RE.search(m.group(0)) for m in _ACRONYM_SPELLED_OUT_RE.finditer(scope)
    )


def _classify(
    title: str,
    summary: str | None,
    text: str | None,
    jurisdiction: str | None,
    level: str | None,
    models: model.Models | None,
) -> tuple[Classification, bool]:
    """The decision, plus whether a bare "sanctuary"/"detainer" was left without context (which
    tells triage to read the text). ``models`` is the learned second opinion (None: rules only)."""
    scope = read_scope(title, summary, text)
    if not engine.prefilter(scope):
        vetoes = engine.veto_reasons(scope)
        if vetoes:
            return _not_relevant(vetoes, "none", 0.95, "veto"), False
        return _not_relevant(["no immigration-enforcement phrase found"], "none", 0.97), False
    feats = model.features(scope) if models is not None else []
    # a digest's account of current law, left out of what the model reads for a direction
    does = stance_scope(scope) if models is not None else None
    if does == scope:
        does = None
    scope = engine.normalize(scope)

    thr = models.thresholds if models is not None else {}
    probs = models.score_all(feats) if models is not None else {}
    if models is not None and does is not None:
        probs["restrictive"] = models.score("restrictive", model.features(does))
    ev = engine.gather(scope, probs.get("relevance", 0.0) >= thr.get("relevance", 1.0))
    # a text, or a summary that is not the title again
    more_than_a_title = bool(text) or bool(
        summary and summary.strip() and summary.strip() != title.strip()
    )
    if _another_acronym(ev, more_than_a_title, scope):
        reason = (
            "named like a tracked policy (a TRUST, Values or Welcoming act), but its summary or"
            " text spells the name out as another act's, and nothing in them comes near"
            " immigration or policing (DOMAIN.md: other acronyms)"
        )
        return _not_relevant([reason], "none", 0.9, "other_act"), False
    topic_w = dict(ev.topics)
    general = engine.general_topics(ev)
    why: list[str] = list(ev.why_topics)
    model_why: list[str] = []
    federal_detention = engine.federal_detention_itself(ev, scope)
    if federal_detention:
        # the immigration agency's own detention (standards, conditions, records, the facilities
        # it builds), with no government below the federal one and no contract in sight; the
        # model, which learned detention words from measures on contracts, does not flag it
        model_why.append(
            "immigration detention with only federal agencies in sight, no contract, and no"
            " facility opened but by the agency itself: the agency's own detention, a federal"
            " matter"
        )
        topic_w = {}
        why = []
    for label, tps, _stance in ev.acts:
        for t in tps:
            topic_w[t] = topic_w.get(t, 0) + 2
        why.append(f"named policy: {label}")
    weak_why: list[str] = []
    for label, phrase, tps, near in ev.weak:
        if ev.weak_counts(near):
            for t in tps:
                topic_w[t] = topic_w.get(t, 0) + 1
            entry = f"{label}: '{engine._clip(phrase)}'"
            if entry not in why:
                why.append(entry)
        else:
            entry = f"'{engine._clip(phrase)}' has no immigration context ({label}), not counted"
            if entry not in weak_why:
                weak_why.append(entry)

    basis = "rules"
    if not topic_w and general and not ev.vetoes:
        # general phrases ("enforcement of federal immigration law") name a topic only when no
        # specific rule did, and no look-alike was found (a bill on how immigration agents
        # identify themselves names "immigration enforcement" and is about the agents' conduct)
        if engine.federal_law_itself(ev, scope):
            # the general words of federal immigration law itself: no government below the
            # federal one is in sight (rules.FEDERAL_ACTORS); only the model may still read it
            model_why.append(
                "general words on immigration law or enforcement, with only federal agencies in"
                " sight: federal immigration law itself, not a state's or locality's part in it"
            )
        else:
            basis = "general"
            for t in general:
                topic_w[t] = topic_w.get(t, 0) + 1
    # the model reads a summary or a text; a bare title gives it too few words to judge by
    descriptive = len(title.split()) > _DESCRIPTIVE_TITLE and engine.says_what_it_does(title)
    has_body = more_than_a_title or descriptive
    # what the model may read a direction into: not a summary that only names its subject
    shell_summary = bool(_SUBJECT_ONLY_RE.match(summary or "")) and not engine.says_what_it_does(
        summary or ""
    )
    says_a_side = has_body and (bool(text) or descriptive or not shell_summary)
    # a resolution to another government that names no bill or act it backs or opposes
    urging = (
        engine.urges_others(title or "") or engine.urges_others(summary or "")
    ) and not engine.names_a_measure(scope)
    if urging and topic_w and not _names_a_tracked_policy(ev, scope, f"{title} {summary or ''}"):
        # only general words ("immigration enforcement") in a resolution to someone else: a call
        # about immigration in general, not a measure on a tracked policy
        model_why.append(
            "a resolution addressing another government about immigration in general"
            " (no tracked policy named): other_immigration"
        )
        topic_w = {}
    p_rel = probs.get("relevance")
    if (
        topic_w
        and has_body
        and not ev.acts
        and p_rel is not None
        and p_rel < thr["veto"]
        and sum(topic_w.values()) <= 2
        and not ev.names_the_agency
    ):
        # one rule against a model that has seen many measures like this one: not enough,
        # unless the rule's own words name the immigration agency ("Requires the Department of
        # Social Services to provide the citizenship status of tenants to ICE")
        model_why.append(
            f"learned model: not relevant ({p_rel:.2f}); one rule alone does not decide"
        )
        topic_w = {}
    if (
        not topic_w
        and p_rel is not None
        and p_rel >= thr["relevance"]
        and not ev.vetoes
        and not urging
        and not federal_detention
        and engine.model_may_flag(scope)
    ):
        # a phrasing no rule names; the model names the topics it is surest of. It needs some
        # immigration word or the agency's name: "police detainers" or a "sanctuary" alone is
        # a look-alike until something says immigration (DOMAIN.md), and "E-Verify" alone is
        # an employment matter.
        ranked = sorted(((probs[f"topic:{t}"], t) for t in TOPICS), reverse=True)
        picked = [t for p, t in ranked if p >= thr["topic"]] or [ranked[0][1]]
        for t in picked:
            topic_w[t] = 1
        basis = "model"
        why.append(f"learned model: relevant ({p_rel:.2f}), closest to {', '.join(picked)}")
    if not topic_w:
        reasons = list(ev.vetoes) + weak_why + model_why
        basis = (
            "veto"
            if set(ev.vetoes) - engine.OUTSIDE_REASONS
            else "outside_open"
            if engine.TEXT_MAY_TELL_REASONS.intersection(ev.vetoes)
            else "outside"
            if ev.vetoes
            else "urging"
            if urging
            else "none"
        )
        other = engine.other_immigration(scope)
        if other:
            reasons.append(
                f"immigration measure outside the tracked topics ('{other}'): other_immigration"
            )
            return _not_relevant(reasons, "other_immigration", 0.8, basis), bool(weak_why)
        if not reasons:
            reasons.append("no immigration-enforcement phrase found")
        conf = 0.9 if ev.vetoes else 0.93
        return _not_relevant(reasons, "none", conf, basis), bool(weak_why)
    model_added: set[str] = set()
    if models is not None:
        for t in TOPICS:
            if t not in topic_w and probs[f"topic:{t}"] >= thr["topic_add"]:
                topic_w[t] = 0.5
                model_added.add(t)
                why.append(f"learned model: also about {t}")
        if (
            basis == "general"
            and ("state_enforcement" in topic_w or "ice_access" in topic_w)
            and probs["topic:sanctuary"] < thr["topic_add"]
        ):
            # "enforcement of immigration laws" in a measure on a state's own enforcement, or on
            # agents at a school or a hospital, names that enforcement, not local help with the
            # federal government's (DOMAIN.md); a general basis is the general rows' sanctuary
            # topic and what the model added
            del topic_w["sanctuary"]
            why.append(
                "its general words on enforcement name a state's own or agents at a place:"
                " no sanctuary topic"
            )

    # only topics a rule named can make a measure "protective by nature": a topic the model
    # guessed for a bare caption ("Relating to immigration") is not evidence of what it does
    named = set(ev.topics) | {t for _label, tps, _stance in ev.acts for t in tps}
    stance, prot, restr, nature = _decide_stance(
        ev, probs, thr, says_a_side, named & set(topic_w), why
    )
    stance_why = [w for _, w in sorted(ev.why_stance, key=lambda x: -x[0]) if w.startswith(stance)]
    if stance == "unclear":
        why.append("no clear direction: protective and restrictive cues balance or are absent")
    else:
        why.extend(stance_why[:3])

    by_rules = _rules_direction(prot, restr)
    stance_basis = "none" if stance == "unclear" else "rules" if stance == by_rules else "model"
    if stance == "unclear" and ev.informs:
        stance_basis = "informs"
    if nature and stance_basis == "rules":
        # a protective tool taken by its nature is a presumption, not a cue: a text may settle it
        stance_basis = "model"
    for marker, by_stance in rules.SETTLED_BY_STANCE.items():
        if topic_w.pop(marker, None) is not None:
            # what a status inquiry is about depends on which way the measure goes
            side = by_stance.get(stance, "info_sharing")
            topic_w[side] = topic_w.get(side, 0) + 1
    if stance == "restrictive" and _help_is_the_agreement(ev, probs, thr):
        # the help a 287(g) agreement gives, in its own words: the agreement is the topic
        del topic_w["sanctuary"]
        why.append(
            "the local help it names is the 287(g) agreement's: no ban on sanctuary policies named"
        )
    opposed = frozenset() if ev.no_side else ev.opposed_topics
    # a ban on sanctuary policies named by a rule of its own (not a general phrase) is what a
    # protective measure that repeals, exempts from or sues over it is about (DOMAIN.md: topics
    # say what the measure is about; its stance, which way). So is a topic of the other side the
    # model reads in a measure beside the rules' own (it learned topics from labels that name
    # what a measure is about, whichever way it goes): "an exception from the requirement to
    # cooperate with federal immigration officers" is about that anti-sanctuary requirement, a
    # repeal of a code chapter barring status inquiries is about that sanctuary policy.
    if stance == "protective" and (
        ev.topics.get("anti_sanctuary", 0) >= 2
        or any("anti_sanctuary" in tps for _, tps, _ in ev.acts)
        or "anti_sanctuary" in model_added
    ):
        opposed = opposed | {"anti_sanctuary"}
    if stance == "restrictive" and "sanctuary" in model_added:
        opposed = opposed | {"sanctuary"}
    topics = _directed(tuple(t for t in TOPICS if t in topic_w), stance, opposed)

    provisions = _for_direction([p for p in ev.provisions if p in PROVISIONS], stance)

    strength = sum(topic_w.values())
    confidence = 0.55 + min(strength, 6) * 0.05
    if stance != "unclear":
        confidence += min(abs(prot - restr), 6) * 0.02
    result = Classification(
        True,
        topics,
        stance,
        round(min(confidence, 0.99), 2),
        tuple(why),
        tuple(provisions),
        "relevant",
        basis,
        stance_basis,
    )
    return result, bool(weak_why)


def _names_a_tracked_policy(ev: engine.Evidence, scope: str, caption: str) -> bool:
    """Whether a resolution to another government names a tracked policy, not immigration in
    general: a specific row, a named policy or a counted weak word, or an act done by a
    government below the federal one (not "federal agents who assist in deportations", the
    agents' own work); but not a call on the federal government about its own detention. Read
    only for resolutions that urge, so other measures pay nothing for it."""
    # the enforcement of federal immigration law named alone, no government below the federal
    # one in sight, is the federal government's own enforcement ("Enforcement of Federal
    # Immigration Laws | Urging the Federal Government to secure the southern border", 2.72.0)
    only_the_law_named = (
        ev.topic_rows == {rules.FEDERAL_LAW_ENFORCEMENT}
        and not ev.acts
        and not engine.names_subfederal(scope)
    )
    # ... and the agents blamed for what they did at a place, nothing asked of anyone (no side
    # read): "Resolution condemning ICE raids at local schools" (rules.BLAMES_AGENTS_CONDUCT)
    if (
        ev.topic_rows
        and ev.topic_rows <= rules.AGENTS_AT_A_PLACE_ROWS
        and not ev.acts
        and not ev.why_stance
        and engine.blames_agents_conduct(caption)
    ):
        return False
    specific = (
        (bool(ev.topics or ev.acts) and not only_the_law_named)
        or any(ev.weak_counts(near) for _l, _p, _t, near in ev.weak)
        or (bool(ev.general_rows & rules.NAMED_ACTS) and engine.names_subfederal(scope))
    )
    return specific and not engine.calls_on_federal_detention(ev, scope, caption)


def _help_is_the_agreement(
    ev: engine.Evidence, probs: dict[str, float], thr: dict[str, float]
) -> bool:
    """Whether a measure naming a 287(g) agreement rests its sanctuary-policy topic only on
    words for local help with immigration enforcement (rules.LOCAL_HELP_ROWS): no other row,
    named policy or counted weak word names it, and the model does not read it there either."""
    if "287g" not in ev.topics or "sanctuary" not in ev.topics:
        return False
    named = ev.topic_rows & engine.ROWS_NAMING["sanctuary"]
    if not named or not named <= rules.LOCAL_HELP_ROWS:
        return False
    if any("sanctuary" in tps for _label, tps, _stance in ev.acts):
        return False
    if any(ev.weak_counts(near) and "sanctuary" in tps for _l, _p, tps, near in ev.weak):
        return False
    return probs.get("topic:sanctuary", 0.0) < thr.get("topic_add", 1.0)


def _rules_direction(prot: float, restr: float) -> str:
    """The direction the rules' weighted cues give on their own."""
    if prot - restr >= _STANCE_MARGIN:
        return "protective"
    if restr - prot >= _STANCE_MARGIN:
        return "restrictive"
    return "unclear"


def _for_direction(provisions: list[str], stance: str) -> list[str]:
    """Provisions that only make sense the other way are dropped."""
    if stance == "protective":
        return [p for p in provisions if p not in _RESTRICTIVE_ONLY]
    if stance == "restrictive":
        return [p for p in provisions if p not in _PROTECTIVE_ONLY]
    return provisions


def _directed(
    topics: tuple[str, ...], stance: str, opposed: frozenset[str] = frozenset()
) -> tuple[str, ...]:
    """The same general topic reads differently by direction: a restrictive measure about local
    cooperation is anti-sanctuary; a protective one, in general words, is sanctuary. A named
    policy the measure opposes, or a ban on sanctuary policies a rule names, keeps its own topic
    (``opposed``)."""
    wanted = set(topics)
    if stance == "restrictive" and "sanctuary" in wanted and "sanctuary" not in opposed:
        wanted = (wanted - {"sanctuary"}) | {"anti_sanctuary"}
    elif stance == "protective" and "anti_sanctuary" in wanted and "anti_sanctuary" not in opposed:
        wanted = (wanted - {"anti_sanctuary"}) | {"sanctuary"}
    return tuple(t for t in TOPICS if t in wanted)


def _decide_stance(
    ev: engine.Evidence,
    probs: dict[str, float],
    thr: dict[str, float],
    says_a_side: bool,
    topics: set[str],
    why: list[str],
) -> tuple[str, float, float, bool]:
    """Stance from the rules' weighted cues and named policies, settled by the model where the
    rules leave it open or lean on one weak cue; returns (stance, protective, restrictive, and
    whether it was taken as a protective tool by its nature)."""
    scores = dict(ev.stance_scores)
    # a caption "regarding the Values Act" names the policy without taking its side
    for act_stance in () if ev.no_side else ev.act_sides:
        scores[act_stance] += 3
    # a sanctuary law amended leans its way only until the amendment says what it does
    for act_stance in () if ev.no_side else ev.amended_sides:
        scores[act_stance] += _AMENDED_LEAN
    prot, restr = scores["protective"], scores["restrictive"]
    nature = _rules_direction(prot, restr) == "unclear" and restr < 1
    nature = nature and bool(topics & _PROTECTIVE_TOOLS)
    if nature:
        # U-visa certification, public counsel and municipal IDs are, per DOMAIN.md, protective
        # tools: with no restrictive cue the measure is taken to be one of them, a weak cue the
        # model may overrule only when it is sure ("Funding Attorneys for Indigent Removal")
        prot = max(prot, restr) + _STANCE_MARGIN
    stance = _rules_direction(prot, restr)
    if nature:
        why.append(
            "protective by nature: U-visa certification, legal counsel or municipal ID program"
        )
    # a bare title that names no direction is a shell ("relating to immigration enforcement"):
    # it stays unclear; the model may only read a direction into a summary that says what the
    # measure does, a descriptive title or a text
    # nor may the model read a side into a caption that names a law without taking one
    if probs and says_a_side and not (ev.no_side and prot == restr == 0):
        p_restr = probs["restrictive"]
        sure = abs(p_restr - 0.5)
        said = "restrictive" if p_restr > 0.5 else "protective"
        if stance == "unclear" and sure >= thr["stance_margin"]:
            stance = said
            why.append(f"learned model: {stance} ({max(p_restr, 1 - p_restr):.2f})")
        elif (
            stance not in ("unclear", said)
            and sure >= thr["stance_override"]
            and abs(prot - restr) < thr["weak_cues"]
        ):
            # one weak cue against a confident reading of the whole summary
            why.append(
                f"learned model: {said} ({max(p_restr, 1 - p_restr):.2f}) outweighs a weak"
                f" {stance} cue"
            )
            stance = said
    return stance, prot, restr, nature


# Terse captions that could hide a tracked measure (no keyword, law-enforcement subject): the
# spider should fetch the full text before deciding.
_MAYBE_RE = compile_pattern(
    r"\b(?:law enforcement|peace officers?|sheriffs?|jails?|correctional|detention|public safety"
    r"|police|state sovereignty|federal (?:law|government|agencies|enforcement)|cooperation"
    r"|public bodies|governmental entities|local governments?|sensitive locations|courthouses?"
    r"|identification (?:cards?|documents?)|non-?(?:united states )?citizens?|nationality"
    r"|foreign nationals?|universal representation|legal representation"
    r"|victims of (?:certain )?crimes?|protected (?:\w+ )?locations|due process protections?"
    r"|detained|detain|criminal justice data|criminal history|federal agencies"
    r"|personal (?:identifying )?information|personal data|privacy|data sharing|databases?"
    r"|holds|refuge"
    # "Inclusive City Resolution"; Rhode Island's "RELATING TO STATE AFFAIRS AND GOVERNMENT";
    # "regulation of disclosure of certain information"
    r"|inclusive (?:city|county|community|village|town)|state affairs and government"
    r"|disclosure of (?:certain )?information)\b",
    re.IGNORECASE,
)
# Subjects that hide a tracked measure in a caption of any length ("a memorandum of
# understanding between the Commonwealth and the Department of Homeland Security"; "require
# local governmental units to cooperate with federal agencies"): read the text.
_MAYBE_ANY_RE = compile_pattern(
    r"\b(?:homeland security|cooperat\w* with (?:the )?federal (?:agencies|authorities|officials)"
    r"|removal proceedings|indigent removal|confidential(?:ity)? of (?:\w+ )?information"
    r"|(?:personal|demographic) (?:and \w+ )?information (?:\w+, )*(?:\w+ )?(?:and )?shared"
    r"|safe,? (?:and )?inclusive (?:government|city|county|community)"
    # a council's litigation, compliance or resolution over a state law it names by number
    # ("joining litigation against Texas Senate Bill 4", "staying compliance with SB54", "urging
    # repeal of Arizona Senate Bill 1070"): its text says what the law is about
    r"|(?:litigation|lawsuit|amicus|plaintiffs|compliance|urg\w+|oppos\w+|repeal\w*)\b[^|]{0,120}?"
    + rules.NAMED_STATE_LAW
    # "Defining the Relationship Between Local and Federal Law Enforcement"
    + r"|relationship (?:between|of) (?:\w+ ){0,4}?(?:local|state)\b[^|]{0,60}?federal"
    r" (?:law enforcement|authorities|agencies|immigration)"
    r"|(?:law enforcement|federal (?:agents?|officers?|agenc\w+)) access to"
    r" (?:county|city|municipal|public|state|school) (?:facilities|property|buildings|premises))\b",
    re.IGNORECASE,
)
# A caption that is only a document's kind ("MEMORANDUM OF AGREEMENT", "Intergovernmental Service
# Agreement"): the parties and purpose are in the text, as for a 287(g) agreement filed under its
# heading
_BARE_AGREEMENT_RE = compile_pattern(
    r"^\W*(?:(?:a|an|the)\s+)?(?:memorand\w+ of (?:agreement|understanding)"
    r"|(?:intergovernmental\s+)?(?:service\s+)?agreement|interlocal agreement)\W*$",
    re.IGNORECASE,
)
_ICE_WORD_RE = compile_pattern(r"\b(?-i:ICE)\b")
# A caption that is only a resolution's kind and number or body ("RESOLUTION #2017-066", "A
# RESOLUTION OF THE CITY OF NEW LONDON"): what it resolves is in its text
_BARE_RESOLUTION_RE = compile_pattern(
    r"^\W*(?:a\s+)?resolution\b(?:\s+(?:no\.?|number|#)\s*[\w.-]+)?"
    r"(?:\s+of\s+the\s+(?:city|county|town|village|township|borough|board|council)"
    r"(?:\s+(?:council|board|commission))?(?:\s+of\s+[\w.'-]+(?:\s+[\w.'-]+){0,5})?)?\W*$"
    r"|^\W*resolution\s*#?\s*[\d-]+\W*$",
    re.IGNORECASE,
)
_TERSE_WORDS = 12
_SUBJECT_SPLIT = compile_pattern(
    r"\b(?:in relation to|relating to|relative to|concerning|regarding|with respect to)\b",
    re.IGNORECASE,
)


def triage(title: str, summary: str | None = None) -> str:
    """Cheap pre-filter used by spiders before fetching a measure's history.

    "candidate": relevant, or any immigration word at all (fetch the history, classify later).
    "maybe": a short caption about policing, jails or public bodies with no summary to decide on
    (fetch the full text first). "no": nothing that could be relevant.
    """
    result, weak_unresolved = _decide_words(title, summary)
    if result.relevant or result.category == "other_immigration":
        return "candidate"
    if weak_unresolved:
        # a bare "sanctuary" or "detainer" that survived the look-alike vetoes: read the text
        return "maybe"
    # Council and legislature captions bury the subject after "in relation to" / "relating to"
    # ("A Local Law to amend the administrative code ..., in relation to persons not to be
    # detained by the police department"): the terse test applies to that subject.
    caption = _SUBJECT_SPLIT.split(title, maxsplit=1)[-1]
    terse = (not summary or len(summary.split()) <= _TERSE_WORDS) and (
        len(caption.split()) <= _TERSE_WORDS
    )
    if terse and _MAYBE_RE.search(f"{caption} {summary or ''}"):
        return "maybe"
    both = f"{title} {summary or ''}"
    if _MAYBE_ANY_RE.search(both):
        return "maybe"
    if (_BARE_AGREEMENT_RE.match(title) or _BARE_RESOLUTION_RE.match(title)) and not summary:
        return "maybe"
    if not title.isupper() and _ICE_WORD_RE.search(both):
        # "Rescinding Prior ICE Resolution": in a caption not set in capitals, "ICE" is the agency
        # (in a capitalised caption it may be frozen water, which the rules veto); what the item
        # does about it is in its text
        return "maybe"
    bare = not (summary or "").strip() or summary.strip() == title.strip()
    if (
        bare
        and result.basis not in LOOK_ALIKE_BASES | {"urging"}
        and _looks_relevant_to_the_model(title)
    ):
        # a caption with nothing beside it, in words no rule reads ("Limit Disruptions In
        # Schools", "Enforcement Activities Amendments") that the triage model finds close to
        # tracked measures: its text decides (DOMAIN.md: a bare title is decided by its text),
        # and only a rule reading that text can make it relevant. A summary says what the
        # measure does; the rules and the model have read it.
        return "maybe"
    return "no"


def _looks_relevant_to_the_model(title: str) -> bool:
    """Whether the triage model sends a bare caption on (False without a model file: the word
    triage then decides alone)."""
    models = model.load()
    threshold = models.thresholds.get("triage") if models is not None else None
    if models is None or threshold is None or "triage" not in models.models:
        return False
    # its own model: trained on bare captions against every background bill, not only those
    # that pass the prefilter as the relevance model is
    return models.score("triage", model.features(caption_subject(title))) >= threshold


def caption_subject(title: str) -> str:
    """What a caption is about: after "relating to" / "in relation to" where it says so ("AN
    ORDINANCE amending Chapter 10.32 relating to parking meters" is about parking meters), so a
    document's form and code citations do not make it look like a tracked measure."""
    subject = _SUBJECT_SPLIT.split(read_scope(title, None), maxsplit=1)[-1]
    return _DOCUMENT_FORM_RE.sub(" ", subject)


# A caption's form ("AN ORDINANCE amending Chapter 4 of the Municipal Code", "A BILL FOR AN ACT")
# says what kind of document it is, which every council and legislature shares
_DOCUMENT_FORM_RE = compile_pattern(
    r"\b(?:ordinances?|resolutions?|acts?|bills?|amend\w*|chapters?|codes?|municipal|sections?"
    r"|titles?|articles?|subsections?|paragraphs?|no|nos|number)\b"
    # section numbers, not 287(g)
    r"|§+|\b\d+(?:[.-]\d+)*\b(?!\s*\(\s*g\s*\))",
    re.IGNORECASE,
)
