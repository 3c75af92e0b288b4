"""`tracker serve`: run the web app with uvicorn, with timeouts against slow clients."""

from __future__ import annotations

import click

from tracker.web import server


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--request-timeout",
    type=click.FloatRange(0.5, 600),
    default=server.REQUEST_TIMEOUT,
    show_default=True,
    help="Seconds a client has to send a whole request (headers and body).",
)
@click.option(
    "--keep-alive-timeout",
    type=click.IntRange(1, 600),
    default=server.KEEP_ALIVE_TIMEOUT,
    show_default=True,
    help="Seconds an idle connection stays open between requests.",
)
@click.option(
    "--limit-concurrency",
    type=click.IntRange(1, 100_000),
    default=server.LIMIT_CONCURRENCY,
    show_default=True,
    help="Connections served at once; more are answered 503.",
)
@click.option(
    "--access-log/--no-access-log",
    default=False,
    show_default=True,
    help="Log every request with the client's address (off: see docs/privacy.md).",
)
def serve(
    host: str,
    port: int,
    request_timeout: float,
    keep_alive_timeout: int,
    limit_concurrency: int,
    access_log: bool,
) -> None:
    """Serve the pages, feeds, JSON API and subscription forms.

    Behind a reverse proxy, set FORWARDED_ALLOW_IPS to the proxy's address (e.g. 127.0.0.1) so
    X-Forwarded-For names the real client; unset, no forwarding header is believed.
    """
    import uvicorn

    from tracker.web.app import create_app

    trusted = server.forwarded_allow_ips()
    uvicorn.run(
        create_app(),
        host=host,
        port=port,
        http=server.guarded_protocol(request_timeout),
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or None,
        timeout_keep_alive=keep_alive_timeout,
        h11_max_incomplete_event_size=server.MAX_HEAD_BYTES,
        limit_concurrency=limit_concurrency,
        access_log=access_log,
        log_level="info",
    )
