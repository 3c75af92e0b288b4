"""`tracker feeds export DIR`: every standard feed as static files, for any web server.

The layout mirrors the URLs (DIR/all.atom is /feeds/all.atom), so serving DIR at /feeds/ under
TRACKER_PUBLIC_URL keeps every self link and OPML entry right. Files are replaced atomically, so
a web server never serves half a feed.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from storage.db import session_scope
from tracker.feeds.build import FORMATS
from tracker.feeds.opml import build_opml
from tracker.feeds.service import feed_rows, render
from tracker.feeds.standard import DEFAULT_LIMIT, standard_specs

OPML_NAME = "feeds.opml"


@dataclass
class ExportReport:
    directory: Path
    feeds: int = 0
    files: list[Path] = field(default_factory=list)

    def summary_line(self) -> str:
        return f"Wrote {self.feeds} feeds ({len(self.files)} files) to {self.directory}"


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_feeds(
    engine: Engine, public_url: str, directory: Path, limit: int = DEFAULT_LIMIT
) -> ExportReport:
    """Write all standard feeds in RSS and Atom plus the OPML list into DIRECTORY."""
    report = ExportReport(directory=directory)
    now = datetime.now(UTC)
    with session_scope(engine) as session:
        specs = standard_specs(session)
        for spec in specs:
            rows = feed_rows(session, spec, limit, now)  # one query serves both formats
            for fmt in FORMATS:
                body, _ = render(session, spec, fmt, limit, public_url, now, rows)
                target = directory / f"{spec.stem}.{fmt}"
                write_atomic(target, body)
                report.files.append(target)
            report.feeds += 1
    opml = directory / OPML_NAME
    write_atomic(opml, build_opml(specs, public_url))
    report.files.append(opml)
    return report
