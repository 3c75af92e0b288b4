"""The rules' compiled regexes kept between processes (``tracker/classify/compiled.py``): what is
loaded from the store reads exactly as what ``re.compile`` makes, and a store that is damaged,
tampered with or out of reach only means compiling again."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import time
import zlib
from array import array
from pathlib import Path

import pytest

from tracker.classify import compiled, engine, rules

ROOT = Path(__file__).resolve().parents[2]

# A spread of the rows (every tenth of every table, both spellings) and the texts they run on.
PATTERNS = list(
    dict.fromkeys(rx.pattern for rule in engine._ALL_RULES[::10] for rx in (rule[3], rule[4]))
)
TEXTS = [
    "The sheriff shall not honor an immigration detainer request from ICE.",
    "Prohibits 287(g) agreements with Immigration and Customs Enforcement.",
    "An ordinance declaring the city a welcoming city; sanctuary policies.",
    "Requires local law enforcement to comply with detainers; no sanctuary cities.",
    "Bars state agencies from sharing immigration status with federal authorities.",
    "Relating to the crime of illegal entry into this state; authorizing removal.",
    "Declaring the county a Second Amendment sanctuary.",
]


@pytest.fixture
def fresh_store(tmp_path, monkeypatch) -> Path:
    """An empty store in a private cache folder, and no entries held by this process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(compiled, "_stored", None)
    monkeypatch.setattr(compiled, "_made", {})
    path = compiled.cache_path()
    assert path is not None and not path.exists()
    return path


def _reload(monkeypatch) -> None:
    """Forget what this process holds, as a new process would."""
    monkeypatch.setattr(compiled, "_stored", None)
    monkeypatch.setattr(compiled, "_made", {})


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in TEXTS:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_patterns_from_the_store_read_as_re_compile_makes_them(fresh_store, monkeypatch) -> None:
    for p in PATTERNS:
        _same(compiled.compile_pattern(p, re.IGNORECASE), re.compile(p, re.IGNORECASE))
    compiled.save()
    assert fresh_store.exists()
    _reload(monkeypatch)
    stored = compiled._read()
    assert len(stored) >= len(PATTERNS)
    for p in PATTERNS:
        # the stored code is the compiler's own, word for word
        entry, _rx = compiled._compile(p, re.IGNORECASE)
        assert stored[compiled._key(p, re.IGNORECASE)] == entry
        loaded = compiled.compile_pattern(p, re.IGNORECASE)
        _same(loaded, re.compile(p, re.IGNORECASE))
    assert compiled._made == {}  # every one came from the store


def test_a_damaged_store_or_a_refused_entry_means_compiling_again(fresh_store, monkeypatch):
    pattern = rules.widen(rules.STANCE_RULES[0][4])
    key = compiled._key(pattern, re.IGNORECASE)
    entry, _rx = compiled._compile(pattern, re.IGNORECASE)
    flags, code, groups, groupindex, indexgroup = entry
    words = array("I", zlib.decompress(code))
    broken = {
        "cut short": words[: len(words) // 2],
        "nonsense": array("I", [7, 99, 4_000_000_000, 3] * 50),
    }
    fresh_store.parent.mkdir(parents=True, exist_ok=True)
    for why, bad in broken.items():
        tampered = (flags, zlib.compress(bad.tobytes()), groups, groupindex, indexgroup)
        fresh_store.write_bytes(marshal.dumps({key: tampered}))
        _reload(monkeypatch)
        _same(compiled.compile_pattern(pattern, re.IGNORECASE), re.compile(pattern, re.I))
        assert key in compiled._made, why  # compiled afresh, to be stored right next time
    for junk in (b"", b"not marshal at all \x00\xff", marshal.dumps([1, 2, 3])):
        fresh_store.write_bytes(junk)
        _reload(monkeypatch)
        _same(compiled.compile_pattern(pattern, re.IGNORECASE), re.compile(pattern, re.I))


def test_a_saved_store_keeps_only_the_patterns_of_the_rules_as_they_are(fresh_store, monkeypatch):
    gone = "(?:a pattern the rules no longer have)"
    compiled.compile_pattern(gone, re.IGNORECASE)
    monkeypatch.setattr(compiled, "_known", set(compiled._known) - {compiled._key(gone, 2)})
    compiled.compile_pattern(PATTERNS[0], re.IGNORECASE)
    compiled.save()
    stored = compiled._read()
    assert compiled._key(PATTERNS[0], re.IGNORECASE) in stored
    assert compiled._key(gone, re.IGNORECASE) not in stored


def test_without_a_store_patterns_still_compile(fresh_store, monkeypatch) -> None:
    monkeypatch.setattr(compiled, "_FILE_KEY", None)
    assert compiled.cache_path() is None
    _same(compiled.compile_pattern(PATTERNS[0], re.IGNORECASE), re.compile(PATTERNS[0], re.I))
    compiled.save()
    assert not fresh_store.exists()


def test_an_unwritable_cache_folder_costs_nothing_but_time(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # its "sanctuary-tracker" cannot be made
    monkeypatch.setattr(compiled, "_stored", None)
    monkeypatch.setattr(compiled, "_made", {})
    _same(compiled.compile_pattern(PATTERNS[1], re.IGNORECASE), re.compile(PATTERNS[1], re.I))
    compiled.save()  # no error


def test_a_second_process_reads_the_rules_from_the_store_the_first_wrote(tmp_path) -> None:
    """What a scheduler's second ``tracker crawl`` sees: the classifier's patterns come from the
    store (none compiled afresh), and it reads a measure as the first process did. The files an
    earlier release left and nothing has used for months are gone once the first has written its
    own; another install's file in use stays."""
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    folder = tmp_path / "sanctuary-tracker"
    folder.mkdir()
    months_ago = time.time() - 90 * 86400
    stale = [folder / "patterns-0ld0ld0ld0ld0ld0.bin", folder / "literals-0ld0ld0ld0ld0ld0.json"]
    in_use = folder / "patterns-0ther0ther0ther0.bin"
    for path in (*stale, in_use):
        path.write_bytes(b"an earlier release's file")
    for path in stale:
        os.utime(path, (months_ago, months_ago))
    script = (
        "from tracker.classify import classify, compiled\n"
        "r = classify('Ordinance prohibiting 287(g) agreements', 'Bars the sheriff from "
        "entering into agreements with ICE.')\n"
        "print(r.relevant, r.stance, sorted(r.topics), len(compiled._made))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
        )
        for _ in range(2)
    ]
    first, second = (r.stdout.split() for r in runs)
    assert first[:-1] == second[:-1] == ["True", "protective", "['287g']"], runs
    assert int(first[-1]) > 50 and second[-1] == "0"
    assert sorted(p.name.split("-")[0] for p in folder.iterdir()) == [
        "literals",
        "patterns",
        "patterns",
    ]
    assert in_use.exists() and not any(path.exists() for path in stale)


def test_a_process_that_opens_other_rows_keeps_the_rewrites_stored_before_it(tmp_path) -> None:
    """Each row is stored twice: as written and as rewritten for the lowercased text
    (``folding.py``). A crawl that opens other rows than the last one, and saves what it
    compiled, keeps the last one's rewrites: the crawl after it, reading the first kind of
    measure again, compiles nothing."""
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    script = (
        "import sys\n"
        "from tracker.classify import classify, compiled, engine\n"
        "r = classify(sys.argv[1], None)\n"
        "rows = [rx for rule in engine._ALL_RULES for rx in rule[engine.WIDE : engine.PLAIN + 1]]\n"
        "print(r.relevant, len(compiled._made), sum(bool(rx.lowered) for rx in rows))\n"
    )
    first = "Ordinance prohibiting 287(g) agreements with Immigration and Customs Enforcement"
    other = (
        "Resolution urging the Governor to veto the bill creating a state crime of illegal entry"
    )

    def crawl(title: str) -> list[str]:
        run = subprocess.run(
            [sys.executable, "-c", script, title], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        return run.stdout.split()

    a, b, c = crawl(first), crawl(other), crawl(first)
    assert a[0] == c[0] == "True" and int(a[2]) > 10  # the rows were read rewritten
    assert int(a[1]) > 10 and int(b[1]) > 0  # each compiled rows the store lacked ...
    assert c[1] == "0"  # ... and the third found every one of its rows stored


def test_a_python_whose_compiler_is_laid_out_otherwise_gets_no_store(monkeypatch) -> None:
    assert compiled._file_key() is not None
    with monkeypatch.context() as m:
        m.delattr(compiled._compiler, "_code")
        assert compiled._file_key() is None  # every pattern then compiles as re.compile does
