"""Where the classifier keeps what it remembers between processes (the words its patterns need,
its compiled patterns): the user's cache folder, as the XDG convention places it."""

from __future__ import annotations

import os
from pathlib import Path


def cache_folder() -> Path:
    """``$XDG_CACHE_HOME/sanctuary-tracker`` (``~/.cache`` when unset), read at each call so a
    process (or a test) that changes the variable is followed."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sanctuary-tracker"
