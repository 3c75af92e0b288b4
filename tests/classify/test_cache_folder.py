"""Housekeeping of the classifier's cache folder (``tracker/classify/cachedir.py``): each release
and each Python leaves files of its own there; those nothing has used for a month go when a new
one is written, and those in use stay, whoever uses them."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tracker.classify import cachedir

DAY = 86400.0


def _file(folder: Path, name: str, age_days: float, now: float) -> Path:
    path = folder / name
    path.write_bytes(b"x")
    os.utime(path, (now - age_days * DAY, now - age_days * DAY))
    return path


def test_writing_a_file_removes_its_kind_unused_for_a_month_and_nothing_else(tmp_path) -> None:
    now = time.time()
    folder = tmp_path / "sanctuary-tracker"
    folder.mkdir()
    old_patterns = _file(folder, "patterns-aaaaaaaaaaaaaaaa.bin", 45, now)
    old_tmp = _file(folder, "patterns-bbbbbbbbbbbbbbbb.4242.tmp", 45, now)
    recent_patterns = _file(folder, "patterns-cccccccccccccccc.bin", 3, now)
    old_literals = _file(folder, "literals-aaaaaaaaaaaaaaaa.json", 45, now)
    unrelated = _file(folder, "notes.txt", 400, now)

    new = folder / "patterns-dddddddddddddddd.bin"
    assert cachedir.write_atomically(new, b"new")

    assert new.read_bytes() == b"new"
    assert not old_patterns.exists() and not old_tmp.exists()
    # another Python's or checkout's file, used this month; another kind; not ours at all
    assert recent_patterns.exists() and old_literals.exists() and unrelated.exists()

    assert cachedir.write_atomically(folder / "literals-dddddddddddddddd.json", b"{}")
    assert not old_literals.exists() and unrelated.exists()


def test_a_file_read_is_kept_however_old_it_was_written(tmp_path) -> None:
    now = time.time()
    kept = _file(tmp_path, "patterns-aaaaaaaaaaaaaaaa.bin", 45, now)
    cachedir.mark_used(kept, now=now)
    assert kept.stat().st_mtime >= now - 1
    assert cachedir.prune_stale(tmp_path / "patterns-bbbbbbbbbbbbbbbb.bin", now=now) == []
    assert kept.exists()
    # read again within the day: its time is not rewritten on every start
    cachedir.mark_used(kept, now=now + 3600)
    assert kept.stat().st_mtime < now + 1


def test_what_cannot_be_removed_or_touched_stays_without_an_error(tmp_path) -> None:
    now = time.time()
    # a folder where a stale file's name is: unlinking it fails, for root too
    stuck = tmp_path / "literals-aaaaaaaaaaaaaaaa.json"
    stuck.mkdir()
    os.utime(stuck, (now - 90 * DAY, now - 90 * DAY))
    stale = _file(tmp_path, "literals-bbbbbbbbbbbbbbbb.json", 90, now)
    removed = cachedir.prune_stale(tmp_path / "literals-cccccccccccccccc.json", now=now)
    assert removed == [stale] and stuck.is_dir() and not stale.exists()
    cachedir.mark_used(tmp_path / "literals-gone.json", now=now)  # removed meanwhile: no error
