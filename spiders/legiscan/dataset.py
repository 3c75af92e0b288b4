"""LegiScan's weekly session datasets: one ZIP of every getBill, getRollCall and getPerson payload
of a session, sent Base64-encoded inside a JSON reply (`dataset.zip`).

A large state's ZIP is tens of megabytes: the Base64 text is decoded in slices straight into a
temporary file, and the archive is read one member at a time, so memory stays flat whatever the
session's size. Inside: `<STATE>/<session>/bill/<NUMBER>.json` = {"bill": {...}},
`vote/<roll_call_id>.json` = {"roll_call": {...}}, `people/<people_id>.json` = {"person": {...}}
(no "status" wrapper).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import IO, Any

from spiders.legiscan.parse import LegiScanError, as_int, envelope

SLICE = 1 << 20  # Base64 characters decoded at a time (a multiple of 4)
_ZIP_KEY = re.compile(rb'"zip"\s*:\s*"')


def save_zip(body: bytes, into: IO[bytes], what: str = "dataset") -> dict[str, Any]:
    """Decode the Base64 ZIP of a getDataset reply into INTO; returns the reply's other fields
    (session_id, dataset_hash, ...). LegiScanError on an ERROR envelope or a broken body."""
    found = _ZIP_KEY.search(body)
    if found is None:
        envelope(body, "dataset", what)  # an ERROR envelope says why; raises
        raise LegiScanError(f"{what}: the reply carries no zip")
    start = found.end()
    end = body.find(b'"', start)
    if end < 0:
        raise LegiScanError(f"{what}: malformed JSON (the zip text never ends)")
    # The rest of the reply, without the big string, is small: check its envelope.
    rest = envelope(body[:start] + body[end:], "dataset", what)
    carry = b""
    try:
        for offset in range(start, end, SLICE):
            # JSON may escape "/" as "\/"; Base64 has no backslash, so dropping them is exact.
            chunk = carry + body[offset : min(offset + SLICE, end)].translate(None, b"\\ \n\r")
            usable = len(chunk) - len(chunk) % 4
            into.write(base64.b64decode(chunk[:usable], validate=True))
            carry = chunk[usable:]
        if carry:
            into.write(base64.b64decode(carry + b"=" * (-len(carry) % 4), validate=True))
    except (binascii.Error, ValueError) as exc:
        raise LegiScanError(f"{what}: the zip is not valid Base64 ({exc})") from None
    into.flush()
    return {k: v for k, v in rest.items() if k != "zip"} if isinstance(rest, dict) else {}


class Dataset:
    """A session's dataset ZIP on disk, read one member at a time."""

    def __init__(self, path: str, what: str = "dataset") -> None:
        self.what = what
        try:
            self.zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise LegiScanError(f"{what}: not a readable ZIP ({exc})") from None
        self.bill_files: list[str] = []
        self.vote_files: dict[int, str] = {}
        self.people_files: list[str] = []
        for name in self.zip.namelist():
            path_ = PurePosixPath(name)
            if path_.suffix != ".json" or len(path_.parts) < 2:
                continue
            folder = path_.parts[-2]
            if folder == "bill":
                self.bill_files.append(name)
            elif folder == "vote" and as_int(path_.stem) is not None:
                self.vote_files[int(path_.stem)] = name
            elif folder == "people":
                self.people_files.append(name)
        self._names: dict[int, str] | None = None

    def close(self) -> None:
        self.zip.close()

    def member(self, name: str, key: str) -> Any:
        try:
            with self.zip.open(name) as handle:
                data = json.load(handle)
        except (zipfile.BadZipFile, OSError, ValueError, UnicodeDecodeError) as exc:
            raise LegiScanError(f"{self.what}: {name}: unreadable ({exc})") from None
        if not isinstance(data, dict) or not isinstance(data.get(key), dict):
            raise LegiScanError(f"{self.what}: {name}: no {key!r} object")
        return data[key]

    def bills(self) -> Iterator[tuple[str, dict[str, Any] | LegiScanError]]:
        """(file name, bill) for every bill file; an unreadable one comes as its error."""
        for name in self.bill_files:
            try:
                yield name, self.member(name, "bill")
            except LegiScanError as exc:
                yield name, exc

    def roll_calls(self, bill: dict[str, Any]) -> dict[int, dict[str, Any]]:
        """The full roll calls (with members) of BILL's votes that the dataset holds."""
        calls: dict[int, dict[str, Any]] = {}
        for vote in bill.get("votes") or []:
            roll_id = as_int(vote.get("roll_call_id")) if isinstance(vote, dict) else None
            name = self.vote_files.get(roll_id) if roll_id is not None else None
            if name is None:
                continue
            try:
                calls[roll_id] = self.member(name, "roll_call")  # type: ignore[index]
            except LegiScanError:
                continue  # the bill's own tally stands in for it
        return calls

    def names(self) -> dict[int, str]:
        """people_id -> name, read once (a few hundred small files)."""
        if self._names is None:
            self._names = {}
            for name in self.people_files:
                try:
                    person = self.member(name, "person")
                except LegiScanError:
                    continue
                pid = as_int(person.get("people_id"))
                if pid is not None and person.get("name"):
                    self._names[pid] = str(person["name"])
        return self._names


def temporary_zip() -> IO[bytes]:
    """A temporary file for one dataset, gone when closed."""
    return tempfile.NamedTemporaryFile(prefix="legiscan-", suffix=".zip")  # noqa: SIM115
