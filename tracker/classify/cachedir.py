"""Where the classifier keeps what it remembers between processes (the words its patterns need,
its compiled patterns): the user's cache folder, as the XDG convention places it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/sanctuary-tracker`` (``~/.cache`` when unset), read at each call so a
    process (or a test) that changes the variable is followed."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sanctuary-tracker"


def write_atomically(path: Path, data: bytes) -> bool:
    """Write DATA to PATH so that a concurrent reader sees the old file or the new one; False
    when it cannot be written (a full disk, a folder not ours), leaving no partial file behind.
    Of two processes writing at once, the last one's file stands."""
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return False
    return True
