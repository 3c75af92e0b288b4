"""The source registry: the bundled one loads, bad files get clear errors; the scheduler runs
every enabled source on its own schedule and the digest sender hourly."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tracker.cli import main
from tracker.scheduler import build_scheduler
from tracker.sources import RegistryError, load_sources

GOOD = """
[[sources]]
name = "seattle"
spider = "legistar"
jurisdiction = "Seattle, WA"
level = "city"
state = "wa"
schedule = "15 */4 * * *"
[sources.args]
client = "seattle"

[[sources]]
name = "off"
spider = "legistar"
jurisdiction = "Nowhere, WA"
level = "city"
state = "WA"
enabled = false
[sources.args]
client = "nowhere"
"""


def test_the_bundled_registry_names_the_founding_places() -> None:
    entries = {e.name: e for e in load_sources()}
    assert {
        "chicago",
        "san-francisco",
        "new-york-city",
        "cincinnati",
        "madison",
        "philadelphia",
    } <= set(entries)
    for entry in entries.values():
        # Every entry names its live endpoint (an API root or a site's base), which a test or a
        # mirror can replace.
        live = entry.args.get("api_url") or entry.args.get("base_url") or entry.args.get("ftp_url")
        assert live and live.startswith(("https://", "ftp://")), entry.name
        if entry.spider == "legistar":
            assert entry.args["api_url"] == "https://webapi.legistar.com/v1"
            assert entry.args["timezone"].count("/") >= 1
    # Enabled; its token is read from the environment (the source is skipped while unset).
    assert entries["new-york-city"].enabled
    assert entries["new-york-city"].args["token_env"] == "NYC_LEGISTAR_TOKEN"
    assert entries["cincinnati"].args["client"] == "cincinnatioh"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[sources]]\nname = 'x'\n", "missing spider, jurisdiction, level, state"),
        (GOOD.replace('level = "city"', 'level = "village"', 1), "level must be one of"),
        (GOOD.replace('state = "wa"', 'state = "Washington"'), "two-letter code"),
        (GOOD.replace('schedule = "15 */4 * * *"', 'colour = "red"'), "unknown field(s) colour"),
        (GOOD.replace('name = "off"', 'name = "seattle"'), "duplicate source name(s) seattle"),
        ("[[sources]\n", "not valid TOML"),
    ],
)
def test_a_bad_registry_is_a_clear_error(tmp_path, text: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(text)
    with pytest.raises(RegistryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_sources(path)


def test_the_scheduler_runs_enabled_sources_on_their_schedules(tmp_path, monkeypatch) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(GOOD)
    monkeypatch.setenv("TRACKER_SOURCES", str(path))
    scheduler = build_scheduler()
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {"crawl:seattle", "digest", "subscribers-purge", "health"}
    assert jobs["subscribers-purge"].args == ("subscribers", "purge")  # daily, docs/privacy.md
    assert jobs["crawl:seattle"].args == ("crawl", "--source", "seattle")
    assert str(jobs["crawl:seattle"].trigger).startswith("cron[")
    assert "hour='*/4'" in str(jobs["crawl:seattle"].trigger)
    assert "minute='15'" in str(jobs["crawl:seattle"].trigger)
    listed = CliRunner().invoke(main, ["run", "--list"])
    assert listed.exit_code == 0
    assert "crawl seattle" in listed.output and "send due digests" in listed.output
    assert "off" not in listed.output
