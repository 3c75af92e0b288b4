"""The shortcuts that make classifying fast must give exactly the answers of the plain way."""

from __future__ import annotations

import json
import math
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.classify import engine, model, read_scope, rules
from tracker.classify.triggers import TriggerFinder

DATA = Path(__file__).resolve().parents[1] / "data" / "rules"


def _rules_part_scopes() -> list[str]:
    scopes = []
    for path in sorted(DATA.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "text_for" in row:
                scopes.append(row["text"][:20_000])
            else:
                scopes.append(read_scope(row["title"], row.get("summary")))
    return scopes


@pytest.mark.parametrize("finder", [engine._TRIGGERS, engine._SCREEN], ids=["tables", "screen"])
def test_the_finder_finds_exactly_the_words_a_substring_test_finds_on_the_rules_part(
    finder: TriggerFinder,
) -> None:
    words = sorted(finder.words)
    found_some = 0
    for scope in _rules_part_scopes():
        low = scope.lower()
        expected = {w for w in words if w in low}
        assert finder.present(low) == expected, scope[:200]
        found_some += bool(expected)
    assert found_some > 1_000


def test_the_prefilter_passes_exactly_the_measures_holding_one_of_its_words() -> None:
    passed = 0
    for scope in _rules_part_scopes():
        low = scope.lower()
        plain = any(t in low for t in rules.PREFILTER_LOWER) or (
            any(t in scope for t in rules.PREFILTER_UPPER)
            and engine._UPPER_WORDS.search(scope) is not None
        )
        assert engine.prefilter(scope) == plain, scope[:200]
        passed += plain
    assert 1_000 < passed < 10_000  # most background bills are stopped, labeled ones pass


def test_the_finder_holds_words_inside_words_and_overlapping_ones() -> None:
    # a word that is a prefix of another, one inside another, overlaps, regex characters
    finder = TriggerFinder(
        ["ice", "ice-", "ice rink", "police", "lic", "287(g)", "(g)", "a.b", "|"]
    )
    assert finder.present("the police ice rink") == {"ice", "ice rink", "police", "lic"}
    assert finder.present("ice-free 287(g) | a.b") == {"ice", "ice-", "287(g)", "(g)", "a.b", "|"}
    assert finder.present("aXb ic") == set()  # "." is a dot, not any character
    assert finder.present("") == set()


def test_the_finder_agrees_with_substring_tests_on_random_text() -> None:
    rng = random.Random(15)
    words = ["ab", "abc", "bca", "c", "aab", "ba", "cab", "a b", "b\n", "\u00e9t"]
    finder = TriggerFinder(words)
    for _ in range(3_000):
        text = "".join(rng.choice("abc \n\u00e9t") for _ in range(rng.randrange(0, 40)))
        assert finder.present(text) == {w for w in words if w in text}, repr(text)


def test_a_table_word_the_finder_does_not_look_for_is_refused_at_start() -> None:
    rule = engine._compile_rule("a row", ("zzqx",), r"zzqx")
    with pytest.raises(ValueError, match="zzqx"):
        engine.Index([rule], TriggerFinder(["immigra"]))


def test_named_policies_are_found_as_their_regexes_alone_would_find_them() -> None:
    """The required-word gate before each named policy's regex skips only where it cannot match."""
    gated = 0
    for scope in _rules_part_scopes():
        low = scope.lower()
        for (_label, p, _t, _s), needed in zip(engine._ACTS, engine._ACT_NEEDS, strict=True):
            if isinstance(p, str) or needed is None:
                continue
            if not engine._gate_open(needed, low):
                gated += 1
                assert p.search(scope) is None, scope[:200]
    assert gated > 1_000


def test_topic_scores_computed_on_demand_equal_every_model_scored_alone() -> None:
    models = model.shipped()
    assert models is not None
    for text in (
        "Prohibits 287(g) agreements and bars honoring immigration detainers",
        "Requires sheriffs to verify immigration status of arrestees",
        "",
    ):
        feats = model.features(text)
        scores = models.score_all(feats)
        assert "topic:287g" not in scores  # not summed until asked for
        for name, one in models.models.items():
            if name in model.SEPARATE:
                continue
            assert math.isclose(scores[name], one.score(feats), rel_tol=1e-12), name
        with pytest.raises(KeyError):
            scores["no such model"]


def test_every_row_and_alternative_compiles() -> None:
    # rows compile on first use, so this is where a pattern that does not compile shows
    distinct = {
        id(rx) for rule in engine._ALL_RULES for rx in (rule[engine.WIDE], rule[engine.PLAIN])
    }
    assert engine.compile_all() >= len(distinct) > 300


def test_a_lazy_pattern_finds_what_its_compiled_pattern_finds_and_then_is_it() -> None:
    lazy = engine.LazyPattern(r"detainers?\b")
    assert lazy.search("An ICE DETAINER request").group(0) == "DETAINER"
    assert isinstance(lazy.search.__self__, re.Pattern)  # the compiled pattern's own method
    assert [m.start() for m in lazy.finditer("detainer, detainers")] == [0, 10]
    fresh = engine.LazyPattern(r"hold")
    assert [m.group(0) for m in fresh.finditer("Hold, hold")] == ["Hold", "hold"]
    assert fresh.search("no such word") is None


def test_a_pattern_that_does_not_compile_fails_on_its_first_use() -> None:
    broken = engine.LazyPattern(r"limits (cooperation")
    with pytest.raises(re.error):
        broken.search("limits cooperation")
    with pytest.raises(re.error):
        broken.compiled()


def test_a_process_that_reads_one_measure_compiles_only_the_rows_it_opens() -> None:
    # the start-up every scheduled crawl pays: rows whose words a measure lacks stay uncompiled
    code = (
        "from tracker.classify import classify, engine\n"
        "c = classify('An ordinance limiting cooperation with ICE detainers', None)\n"
        "rows = [rx for r in engine._ALL_RULES for rx in (r[engine.WIDE], r[engine.PLAIN])]\n"
        "rows = list({id(rx): rx for rx in rows}.values())\n"
        # a row opened is compiled as written, or as rewritten for the lowercased text
        "done = sum(not hasattr(rx.search, '__func__') or rx.lowered is not None for rx in rows)\n"
        "print(c.relevant, c.stance, done, len(rows))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[:2] == ["True", "protective"]
    done, rows = int(out[2]), int(out[3])
    assert 0 < done < rows / 4, (done, rows)


def test_a_finder_of_no_words_finds_nothing() -> None:
    assert TriggerFinder([]).present("immigration detainers") == set()
    assert TriggerFinder(["", ""]).present("anything") == set()


def test_the_finder_reads_any_character_a_text_may_hold() -> None:
    """Control characters, a lone surrogate, letters beyond the first plane: found as written."""
    finder = TriggerFinder(["ice", "\u00e9t", "a\x00b", "\U0001f600x"])
    text = "police \ud800 \x00 a\x00b \u00e9t\U0001f600x"
    assert finder.present(text) == {"ice", "\u00e9t", "a\x00b", "\U0001f600x"}
