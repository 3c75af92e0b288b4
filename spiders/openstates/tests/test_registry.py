"""The bundled registry lists every Open States jurisdiction, at the live endpoint."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tracker.sources import load_sources

ROOT = Path(__file__).resolve().parents[3]


def test_all_52_jurisdictions_are_in_the_bundled_registry() -> None:
    entries = [e for e in load_sources() if e.spider == "openstates"]
    assert len(entries) == 52
    states = {e.state for e in entries}
    assert len(states) == 52 and {"DC", "PR", "TX", "WY"} <= states
    by_state = {e.state: e for e in entries}
    assert by_state["TX"].name == "openstates-tx" and by_state["TX"].jurisdiction == "Texas"
    assert by_state["DC"].args["jurisdiction_id"] == (
        "ocd-jurisdiction/country:us/district:dc/government"
    )
    assert by_state["PR"].args["jurisdiction_id"] == (
        "ocd-jurisdiction/country:us/territory:pr/government"
    )
    for e in entries:
        assert e.level == "state" and e.enabled
        assert e.args["api_url"] == "https://v3.openstates.org"
        assert "key" not in " ".join(e.args).lower()  # keys come from the environment only
        if e.state not in ("DC", "PR"):
            assert e.args["jurisdiction_id"] == (
                f"ocd-jurisdiction/country:us/state:{e.state.lower()}/government"
            )
    # Staggered: never two sources in one minute, once a day each.
    assert len({e.schedule for e in entries}) == 52


def test_the_committed_registry_is_what_the_script_writes() -> None:
    path = ROOT / "scripts" / "build_openstates_registry.py"
    spec = importlib.util.spec_from_file_location("build_openstates_registry", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.render()
