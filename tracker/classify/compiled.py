"""The rules' compiled regexes, remembered between processes.

Why: the rows are long alternations, and Python compiles a regex in pure Python (its parser and
code generator); compiling the rows a crawl of a few hundred measures opens took several seconds
of CPU on a slow machine, paid again by every ``tracker crawl`` a scheduler starts and by every
test that runs one. What the compiler produces is a list of integers the regex engine
(``_sre``) loads directly, so that list is kept in the user's cache directory, as ``literals.py``
keeps its answers, and the next process loads it in milliseconds.

It uses the standard library's own compiler (``re._parser``, ``re._compiler``, ``_sre.compile``:
private, and the same from 3.11 to 3.13); the engine validates the code it is given and refuses
code that is not well formed. The file is keyed by Python's version and this file's source, each
entry by its pattern and flags. Anything that goes wrong (no cache directory, a file that cannot
be read, an entry the engine refuses, a Python whose internals differ) only means compiling the
pattern as ``re.compile`` does; the answer is the same either way.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path

from . import first_chars
from .cachedir import cache_folder, mark_used, write_atomically

try:  # the compiler behind re.compile; any failure only means "no cache"
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's internals: compile as re does
    _sre = None

# (flags, code as compressed bytes of unsigned ints, groups, group index, index group): each
# entry compressed alone, so a process holds a few megabytes and expands only what it uses
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_CODE_TYPE = "I"  # the engine's code words are 32-bit unsigned on every supported build


def _file_key() -> str | None:
    """This file's source with Python's version and the engine's magic number, hashed; None (no
    cache) where the source cannot be read, as from inside a zipped egg."""
    if _sre is None or array(_CODE_TYPE).itemsize * 8 < 32:
        return None
    if not (hasattr(_parser, "parse") and hasattr(_compiler, "_code") and hasattr(_sre, "MAGIC")):
        return None  # a Python whose compiler is laid out otherwise: each compile would fail late
    try:  # the code also holds what first_chars.py writes into it
        source = Path(__file__).read_bytes() + Path(first_chars.__file__).read_bytes()
    except OSError:
        return None
    seed = source + f"{sys.version}|{sys.implementation.name}|{_sre.MAGIC}".encode()
    return hashlib.sha256(seed).hexdigest()[:16]


_FILE_KEY = _file_key()


def cache_path() -> Path | None:
    return None if _FILE_KEY is None else cache_folder() / f"patterns-{_FILE_KEY}.bin"


def _key(pattern: str, flags: int) -> bytes:
    return hashlib.sha256(f"{int(flags)}|{pattern}".encode("utf-8", "surrogatepass")).digest()


_stored: dict[bytes, Entry] | None = None  # read on the first compile, not at import
_made: dict[bytes, Entry] = {}  # compiled here, not found stored
_known: set[bytes] = set()  # every pattern this process announced: what a saved file keeps


def _read() -> dict[bytes, Entry]:
    path = cache_path()
    if path is None:
        return {}
    try:
        raw = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(raw, dict):
        return {}
    mark_used(path)
    return raw


def expect(pattern: str, flags: int = 0) -> None:
    """Announce a pattern this process may compile, so that a saved file keeps its entry even
    when this process did not use it (and drops entries of patterns no longer in the rules).
    PATTERN may be the name a pattern is stored under (``compile_pattern``'s ``known_as``)."""
    _known.add(_key(pattern, flags))


def compile_pattern(
    pattern: str, flags: int = 0, *, known_as: str | None = None
) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored code when there is some. KNOWN_AS: the
    name the entry is stored under, for a pattern made from another one (a row rewritten for the
    lowercased text): it names what the pattern is made from and how, so a process can announce
    it (``expect``) without making it, and a saved file keeps it."""
    global _stored
    if _FILE_KEY is None:
        return re.compile(pattern, flags)
    flags = int(flags)  # as re.compile does: the compiler's flag tests are slow on an enum
    if _stored is None:
        _stored = _read()
    key = _key(pattern if known_as is None else known_as, flags)
    _known.add(key)
    entry = _stored.get(key)
    if entry is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup = entry
            return _sre.compile(
                pattern,
                final_flags,
                array(_CODE_TYPE, zlib.decompress(code)).tolist(),
                groups,
                groupindex,
                indexgroup,
            )
        except Exception:  # noqa: BLE001 - a refused or odd entry: compile it afresh
            _stored.pop(key, None)
    try:
        entry, rx = _compile(pattern, flags)
    except Exception:  # noqa: BLE001 - internals not as expected: compile as re does
        return re.compile(pattern, flags)
    _made[key] = entry
    return rx


def _compile(pattern: str, flags: int) -> tuple[Entry, re.Pattern[str]]:
    """What ``re._compiler.compile`` does, keeping the code it hands the engine, with the
    characters a match can begin with noted where the compiler did not (``first_chars.py``)."""
    parsed = _parser.parse(pattern, flags)
    code = first_chars.with_first_chars(_compiler._code(parsed, flags), parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry: Entry = (
        int(flags | parsed.state.flags),
        zlib.compress(array(_CODE_TYPE, code).tobytes(), 1),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )
    rx = _sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])
    return entry, rx


def save() -> None:
    """Add what this process compiled to the stored file, keeping only the patterns it knows
    (the rules as they are now). Of two processes saving at once one's additions may be lost,
    to be compiled again later."""
    global _stored
    path = cache_path()
    if not _made or path is None:
        return
    merged = {**_read(), **_made}
    keep = {k: v for k, v in merged.items() if k in _known}
    if not write_atomically(path, marshal.dumps(keep)):
        return  # compiled again next time
    _stored = keep
    _made.clear()


atexit.register(save)
