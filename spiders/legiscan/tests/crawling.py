"""A registry entry pointing the legiscan spider at the local server, and the server itself."""

from __future__ import annotations

from pathlib import Path

from localserver.legiscan.model import LegiScanAPI
from localserver.server import LocalServer
from tests.e2e.crawling import FAST_SETTINGS

KEY = "test-key-0123456789"


def write_registry(
    path: Path, api_url: str, state: str = "TX", name: str = "legiscan-tx", **args: object
) -> Path:
    extra = "".join(f"{k} = {v!r}\n".replace("'", '"') for k, v in args.items())
    jurisdiction = {"TX": "Texas", "AK": "Alaska", "US": "United States Congress"}[state]
    path.write_text(
        f"""[[sources]]
name = "{name}"
spider = "legiscan"
jurisdiction = "{jurisdiction}"
level = "state"
state = "{state}"
[sources.args]
api_url = "{api_url}"
{extra}{FAST_SETTINGS}DOWNLOAD_TIMEOUT = 20
"""
    )
    return path


def serve(api: LegiScanAPI) -> tuple[LocalServer, str]:
    server = LocalServer().start()
    server.mount("/legiscan", api)
    return server, server.url("legiscan") + "/"
