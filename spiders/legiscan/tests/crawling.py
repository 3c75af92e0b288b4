"""A registry entry pointing the legiscan spider at the local server, and the server itself."""

from __future__ import annotations

from pathlib import Path

from localserver.legiscan.model import LegiScanAPI
from localserver.server import LocalServer
from tests.e2e.crawling import FAST_SETTINGS, source_entry

KEY = "test-key-0123456789"


def write_registry(
    path: Path, api_url: str, state: str = "TX", name: str = "legiscan-tx", **args: object
) -> Path:
    jurisdiction = {"TX": "Texas", "AK": "Alaska", "US": "United States Congress"}[state]
    settings = FAST_SETTINGS + "DOWNLOAD_TIMEOUT = 20\n"
    fixed = {"api_url": api_url}
    path.write_text(
        source_entry(name, "legiscan", jurisdiction, "state", state, fixed | args, settings)
    )
    return path


def serve(api: LegiScanAPI) -> tuple[LocalServer, str]:
    server = LocalServer().start()
    server.mount("/legiscan", api)
    return server, server.url("legiscan") + "/"
