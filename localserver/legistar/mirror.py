"""A local Legistar Web API v1 on 127.0.0.1: real HTTP, real Legistar shapes, switchable faults.

The spider's tests, the end-to-end crawl tests, the crawl benchmark and `tracker demo` crawl this
instead of webapi.legistar.com (no network in tests; faults on demand). Usage:

    with LegistarMirror({"chicago": build_client("chicago")}) as mirror:
        mirror.base_url                      # "http://127.0.0.1:PORT/v1"
        mirror.client("chicago").listing_fault = "429"

    python -m localserver.legistar.mirror --port 8765      # the demo clients, until Ctrl-C

Routes, per client (names are case-insensitive, as on Legistar):
    /v1/{client}/matters                 $filter $orderby $top $skip (at most 1000 rows a reply)
    /v1/{client}/matters/{id}            /histories  /versions  /texts/{textId}
                                         /sponsors  /attachments (empty lists)
    /v1/{client}/events                  /events/{id}  /events/{id}/eventitems
    /v1/{client}/eventitems/{id}/votes   the roll call of a history row (same id as its
                                         EventItem, as on Legistar); [] when none was taken

Errors follow Legistar: JSON `{"Message": ...}`; a bad query is 400, an unknown id 404, a client
the mirror does not hold 400 (Legistar's "LegistarConnectionString setting is not set up in
InSite for client" message). A client configured with a token answers 403 when `?token=` is
missing or wrong (the real API answers such requests with an error too; we chose 403).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import threading
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from localserver.legistar.model import ClientState, NotFound
from localserver.legistar.odata import ODataError
from localserver.server import LocalServer, Reply

_INT = re.compile(r"^\d+$")


def _message(text: str) -> bytes:
    return json.dumps({"Message": text}).encode()


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


class LegistarAPI:
    """The Legistar Web API as a platform of the local server (mounted at /v1, as on Legistar)."""

    def __init__(self, clients: dict[str, ClientState]) -> None:
        self.clients = {name.lower(): state for name, state in clients.items()}

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> Reply:
        return self.route("/v1" + target)

    # --- routing --------------------------------------------------------------------------

    def route(self, target: str) -> tuple[int, bytes, dict[str, str]]:
        """(status, body, headers) for one GET; pure apart from the client's log and faults."""
        split = urlsplit(target)
        parts = [p for p in split.path.split("/") if p]
        if len(parts) < 3 or parts[0].lower() != "v1":
            return (
                404,
                _message(f"No HTTP resource was found that matches the request URI '{target}'."),
                {},
            )
        name = parts[1].lower()
        state = self.clients.get(name)
        if state is None:
            return (
                400,
                _message(
                    "LegistarConnectionString setting is not set up in InSite for client: "
                    + parts[1]
                ),
                {},
            )
        state.log(target)
        params: dict[str, str] = {}
        for key, value in parse_qsl(split.query, keep_blank_values=True):
            params[key if key.startswith("$") else key.lower()] = value
        if state.token and params.get("token") != state.token:
            which = "missing" if "token" not in params else "invalid"
            return 403, _message(f"Token is {which} for client: {parts[1]}"), {}
        try:
            return self._route(state, [p.lower() for p in parts[2:]], params)
        except ODataError as exc:
            return 400, _message(str(exc)), {}
        except NotFound as exc:
            return 404, _message(str(exc)), {}

    def _route(
        self, state: ClientState, parts: list[str], params: dict[str, str]
    ) -> tuple[int, bytes, dict[str, str]]:
        resource, rest = parts[0], parts[1:]
        if resource == "matters":
            if not rest:
                return self._listing(state, params)
            if not _INT.match(rest[0]):
                return 400, _message(f"The request is invalid. '{rest[0]}' is not a valid ID."), {}
            matter_id = int(rest[0])
            if len(rest) == 1:
                return 200, _json(state.matter_row(matter_id)), {}
            sub = rest[1]
            if sub == "histories" and len(rest) == 2:
                state.get(matter_id)  # 404 for an unknown matter first
                if matter_id in state.fail_histories:
                    return 500, _message("An error has occurred."), {}
                return 200, _json(state.history_rows(matter_id, params)), {}
            if sub == "versions" and len(rest) == 2:
                return 200, _json(state.version_rows(matter_id)), {}
            if sub == "texts" and len(rest) == 3 and _INT.match(rest[2]):
                return 200, _json(state.text_row(matter_id, int(rest[2]))), {}
            if sub in ("sponsors", "attachments", "indexes", "relations") and len(rest) == 2:
                state.get(matter_id)
                return 200, b"[]", {}
        if resource == "events":
            if not rest:
                return 200, _json(state.event_rows(params)), {}
            if _INT.match(rest[0]):
                event_id = int(rest[0])
                if len(rest) == 1:
                    return 200, _json(state.event_row(event_id)), {}
                if rest[1] == "eventitems" and len(rest) == 2:
                    return 200, _json(state.event_item_rows(event_id, params)), {}
        if (
            resource == "eventitems"
            and len(rest) == 2
            and _INT.match(rest[0])
            and rest[1] == "votes"
        ):
            return 200, _json(state.vote_rows(int(rest[0]))), {}
        path = "/".join(parts)
        return (
            404,
            _message(f"No HTTP resource was found that matches the request URI '{path}'."),
            {},
        )

    def _listing(self, state: ClientState, params: dict[str, str]) -> tuple[int, bytes, dict]:
        fault = state.take_listing_fault()
        if fault == "500":
            return 500, _message("An error has occurred."), {}
        if fault == "429":
            return (
                429,
                _message("Rate limit exceeded. Try again later."),
                {"Retry-After": str(state.retry_after)},
            )
        body = state.matter_listing_json(params)
        if fault == "malformed":
            return 200, body[: max(1, len(body) // 2)], {}
        if fault == "timeout":
            return 200, body, {"X-Local-Delay": str(state.timeout_delay)}
        return 200, body, {}


class LegistarMirror(LocalServer):
    """A local server with the Legistar API mounted; `base_url` is the API root ending in /v1."""

    def __init__(
        self, clients: dict[str, ClientState], host: str = "127.0.0.1", port: int = 0
    ) -> None:
        super().__init__(host, port)
        self.api = LegistarAPI(clients)
        self.mount("/v1", self.api)

    def __enter__(self) -> LegistarMirror:
        self.start()
        return self

    @property
    def clients(self) -> dict[str, ClientState]:
        return self.api.clients

    @property
    def base_url(self) -> str:
        return self.url("/v1")

    def client(self, name: str) -> ClientState:
        return self.api.clients[name.lower()]

    def add_client(self, name: str, state: ClientState) -> None:
        self.api.clients[name.lower()] = state


def main(argv: list[str] | None = None) -> int:
    """Serve the demo clients (or a bigger corpus) until interrupted; print the API root."""
    from localserver.legistar.corpus import build_client, demo_clients

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument(
        "--matters",
        type=int,
        default=0,
        help="serve one client named --client with this many matters instead of the demo set",
    )
    parser.add_argument("--client", default="bench")
    args = parser.parse_args(argv)
    if args.matters:
        clients = {args.client: build_client(args.client, n_matters=args.matters)}
    else:
        clients = demo_clients()
    mirror = LegistarMirror(clients, host=args.host, port=args.port)
    mirror.start()
    print(mirror.base_url, flush=True)
    for name, state in clients.items():
        token = f" (token={state.token})" if state.token else ""
        print(
            f"  {mirror.base_url}/{name}/matters  {len(state.matters)} matters{token}", flush=True
        )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        mirror.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
