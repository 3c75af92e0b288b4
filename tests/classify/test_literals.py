"""The required-word gate: it may only skip a rule's regex where the regex could not match."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from tracker.classify import engine
from tracker.classify.literals import required_literals, top_level_alternatives

DATA = Path(__file__).resolve().parents[1] / "data" / "rules"


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        # a run of literals is one word; a class or \s breaks the run
        # and each run is required: both are tested
        (r"immigration\s+detainers?", (("detainer",), ("immigration",))),
        # every alternative needs a word: their union (the parser moves a shared first letter
        # out of the group, which still leaves each alternative a word)
        (
            r"(?:sanctuary|welcoming) (?:city|county) policy",
            ((" policy",), ("sanctuary", "welcoming"), ("ity", "ounty")),
        ),
        # the case-sensitive acronym is tested lowercased, as the text is
        (r"\b(?-i:ICE)\b detainers?", ((" detainer",), ("ice",))),
        # a word that contains another is dropped: text holding "detainers" holds "detainer"
        (r"(?:detainers|detainer)", (("detainer",),)),
        # a positive lookahead's words are in the text too
        (r"(?=.{0,40}287\(g\))agreements?", (("287(g)",), ("agreement",))),
        # a negative lookahead requires nothing, the rest of its alternative still does
        (r"(?!ice )rinks?|ice", (("ice", "rink"),)),
    ],
)
def test_the_gate_names_words_every_match_holds(pattern: str, gate: tuple) -> None:
    assert required_literals(pattern) == gate


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:sanctuary)?",  # may match the empty string
        r"\w+ \d+",  # no literal at all
        r"(?:detainers?|\bholds?\b|[0-9]+)",  # one alternative needs no word
        r"(?!ice )\w+ rinks?|[0-9]+",  # the second alternative holds no word
        r"ab|cd",  # words of two letters cost more to test than they save
    ],
)
def test_a_pattern_that_can_match_without_a_telling_word_is_not_gated(pattern: str) -> None:
    assert required_literals(pattern) is None


@lru_cache(maxsize=1)
def _measures() -> tuple[str, ...]:
    """The rules part's labeled measures, title and summary, as the rules read them."""
    texts = []
    for path in sorted(DATA.glob("labeled_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts.append(engine.normalize(f"{row['title']} | {row.get('summary') or ''}"))
    return tuple(texts)


def _rules() -> list[engine.Rule]:
    return (
        engine._VETO_RULES
        + [r for r, _t, _w in engine._TOPIC_RULES]
        + [r for r, _d, _w in engine._STANCE_RULES]
        + engine._PROV_RULES
    )


def test_every_rule_reads_through_its_gate_on_the_rules_part() -> None:
    """Wherever a row's widened pattern matches a labeled measure, its gate lets it through:
    a gate that skipped a match would silently drop a reason (and maybe a verdict)."""
    rules_ = _rules()
    assert sum(r[5] is not None for r in rules_) > 0.9 * len(rules_)  # the gate is in use
    matched = 0
    for rule in rules_:
        if rule[5] is None:
            continue
        for text in _measures():
            if rule[engine.WIDE].search(text):
                matched += 1
                low = text.lower()
                assert all(any(w in low for w in words) for words in rule[5]), (rule[0], text)
    assert matched > 1000  # the check read real matches, not none


def test_a_gated_rule_still_fires_in_a_measure() -> None:
    from tracker.classify import classify

    res = classify("Prohibition on 287(g) agreements", "Prohibits 287(g) agreements with ICE.")
    assert res.relevant and res.stance == "protective" and "bar_287g" in res.provisions
    assert re.search(r"287\(g\)", " ".join(res.why))


@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        ("a|(?:b|c)|d", ["a", "(?:b|c)", "d"]),
        (r"[|]x|y", ["[|]x", "y"]),  # a bar inside a class splits nothing
        (r"[]|]x|y", ["[]|]x", "y"]),  # nor does one after a leading "]"
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|x|y", [r"\|x", "y"]),  # nor an escaped one
        ("abc", ["abc"]),
    ],
)
def test_a_pattern_splits_at_its_outermost_bars_only(pattern: str, parts: list[str]) -> None:
    assert top_level_alternatives(pattern) == parts


def test_the_table_index_fires_exactly_the_rules_that_would_fire_one_by_one() -> None:
    tables = [
        engine._VETO_INDEX,
        engine._REJECTED_VETO_INDEX,
        engine._TOPIC_INDEX,
        engine._STANCE_INDEX,
        engine._PROV_INDEX,
    ]
    fired = 0
    for text in _measures():
        low = text.lower()
        for index in tables:
            one_by_one = [i for i, r in enumerate(index.table) if engine._triggered(r, low, text)]
            assert index.fired(low, text) == one_by_one, text
            fired += len(one_by_one)
    assert fired > 10_000


def test_searching_alternative_by_alternative_finds_what_the_whole_row_finds() -> None:
    topic_rules = [r for r, _t, _w in engine._TOPIC_RULES]
    rows = list(zip(topic_rules, engine._TOPIC_ALTS, strict=True))
    rows += list(zip(engine._PROV_RULES, engine._PROV_ALTS, strict=True))
    assert sum(len(alts[1]) > 1 for _r, alts in rows) > 0.6 * len(rows)  # most rows split
    found = 0
    for text in _measures():
        low = text.lower()
        for rule, alts in rows:
            for which in (engine.WIDE, engine.PLAIN):
                whole = rule[which].search(text)
                split = engine._search_first(alts[which - engine.WIDE], engine.Text(text), low)
                if whole is None:
                    assert split is None, (rule[0], text)
                else:
                    found += 1
                    assert split is not None and split.span() == whole.span(), (rule[0], text)
    assert found > 1000


def test_the_cached_answers_are_what_reading_the_patterns_gives(tmp_path, monkeypatch) -> None:
    """The on-disk cache of required words (one file per version of the reader and of Python)
    gives what reading each pattern gives, survives a round trip, and a damaged file is only a
    reason to read the patterns again."""
    from tracker.classify import literals, rules

    patterns = [rules.widen(p) for _label, _trig, p in rules.VETOES]
    patterns += [rules.widen(row[4]) for row in rules.STANCE_RULES]
    for p in patterns:
        assert literals.required_literals(p) == literals._read_literals(p)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(literals, "_MISSED", True)
    literals.save_cache()
    written = literals._load_cache()
    assert written and all(
        written[literals._key(p)] == literals._read_literals(p) for p in patterns
    )
    path = literals._cache_path()
    assert path is not None
    path.write_text("{not json", encoding="utf-8")
    assert literals._load_cache() == {}
    # a source it cannot read (a zipped egg without its loader's data): no cache at all
    monkeypatch.setattr(literals, "_SOURCE_KEY", None)
    path.unlink()
    literals.save_cache()
    assert literals._load_cache() == {} and not path.exists()
