"""`tracker feeds export DIR`: every standard feed as static files any web server can serve."""

from __future__ import annotations

import subprocess
import sys

from lxml import etree

from tests.feeds.helpers import entry_ids, feeds_app, parse_feed, seed
from tracker.config import engine as config_engine
from tracker.config import load_config
from tracker.domain import TOPICS


def test_export_writes_every_standard_feed_and_the_opml(tracker_env_any, tmp_path):
    engine = config_engine(load_config())
    seed(engine)
    out = tmp_path / "public" / "feeds"
    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "feeds", "export", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    # all, enacted, hearings; 3 stances; one per topic; 3 states; 4 places
    feeds = 3 + 3 + len(TOPICS) + 3 + 4
    assert done.stdout.strip() == f"Wrote {feeds} feeds ({2 * feeds + 1} files) to {out}"
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert len(written) == 2 * feeds + 1  # RSS and Atom of each, and the OPML
    assert {
        "all.rss",
        "all.atom",
        "enacted.atom",
        "hearings.rss",
        "state/TX.atom",
        "place/chicago-il.rss",
        "topic/287g.atom",
        "stance/protective.rss",
        "feeds.opml",
    } <= set(written)
    opml = etree.fromstring((out / "feeds.opml").read_bytes())
    listed = {o.get("xmlUrl") for o in opml.iter("outline") if o.get("xmlUrl")}
    assert listed == {f"http://tracker.test/feeds/{p}" for p in written if p.endswith(".atom")}
    for path in written:
        if not path.endswith(".opml"):
            parse_feed((out / path).read_bytes())
    # the static file is the document the web app serves
    from fastapi.testclient import TestClient

    served = TestClient(feeds_app(engine)).get("/feeds/state/TX.atom")
    assert served.content == (out / "state" / "TX.atom").read_bytes()
    assert entry_ids(served.content) == entry_ids((out / "state" / "TX.atom").read_bytes())


def test_export_refuses_a_file_as_directory(tracker_env_any, tmp_path):
    target = tmp_path / "a-file"
    target.write_text("x")
    done = subprocess.run(
        [sys.executable, "-m", "tracker.cli", "feeds", "export", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "is a file" in done.stderr
    assert target.read_text() == "x"
