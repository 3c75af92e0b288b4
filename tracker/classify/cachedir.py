"""Where the classifier keeps what it remembers between processes (the words its patterns need,
its compiled patterns): the user's cache folder, as the XDG convention places it.

Each file is keyed by what made it (the source of the module that writes it, the Python), so a
release that changes that module, and every Python in use, leaves a file of its own. A file in
use has its time refreshed (at most once a day), and a file written removes the files of its
kind no process has used for ``STALE_AFTER_DAYS``: an unattended install that upgrades for years
keeps a few files, not one per upgrade, while two installs that share the folder (two Pythons,
two checkouts) keep theirs.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import time
from pathlib import Path
from typing import Any

STALE_AFTER_DAYS = 30
_REFRESH_AFTER = 24 * 3600.0  # a used file's time is moved at most this often (seconds)


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/sanctuary-tracker`` (``~/.cache`` when unset), read at each call so a
    process (or a test) that changes the variable is followed."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sanctuary-tracker"


def source_key(module_file: str, loader: Any = None) -> str | None:
    """A module's source with Python's version, hashed: the key of what that module writes
    (its reading of the patterns, its rewrite of them, Python's own parser beneath both). None
    where the source cannot be read (from inside a zipped egg whose LOADER does not give it):
    then nothing it makes is kept."""
    try:
        source = Path(module_file).read_bytes()
    except OSError:
        try:
            source = loader.get_data(module_file)
        except Exception:  # noqa: BLE001 - any failure only means no key
            return None
    return hashlib.sha256(source + sys.version.encode("utf-8", "replace")).hexdigest()[:16]


def write_atomically(path: Path, data: bytes) -> bool:
    """Write DATA to PATH so that a concurrent reader sees the old file or the new one; False
    when it cannot be written (a full disk, a folder not ours), leaving no partial file behind.
    Of two processes writing at once, the last one's file stands. Files of the same kind that
    nothing has used for a while are removed once the new one is in place (``prune_stale``)."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    prune_stale(path)
    return True


def mark_used(path: Path, now: float | None = None) -> None:
    """Refresh the time of a file just read, so pruning sees it in use; a no-op when it is
    recent (no write on every start) or cannot be touched (a read-only folder)."""
    now = time.time() if now is None else now
    with contextlib.suppress(OSError):
        if now - path.stat().st_mtime > _REFRESH_AFTER:
            os.utime(path, (now, now))


def prune_stale(keep: Path, now: float | None = None) -> list[Path]:
    """Remove the files beside KEEP of its kind (same name before the key, same suffix, and
    the temporary files of interrupted writes) not used for ``STALE_AFTER_DAYS``; return them.
    Whatever cannot be removed stays: pruning is housekeeping, never an error."""
    now = time.time() if now is None else now
    kind = keep.name.split("-", 1)[0]
    limit = now - STALE_AFTER_DAYS * 86400
    removed = []
    with contextlib.suppress(OSError):
        for other in keep.parent.glob(f"{kind}-*"):
            if other == keep or other.suffix not in (keep.suffix, ".tmp"):
                continue
            with contextlib.suppress(OSError):
                if other.stat().st_mtime < limit:
                    other.unlink()
                    removed.append(other)
    return removed
