"""`tracker serve`: run the web app with uvicorn."""

from __future__ import annotations

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--proxy-headers/--no-proxy-headers",
    default=True,
    show_default=True,
    help="Trust X-Forwarded-For/Proto, only from the addresses in FORWARDED_ALLOW_IPS "
    "(default 127.0.0.1), as uvicorn does.",
)
def serve(host: str, port: int, proxy_headers: bool) -> None:
    """Serve the pages, feeds, JSON API and subscription forms."""
    import uvicorn

    from tracker.web.app import create_app

    uvicorn.run(create_app(), host=host, port=port, proxy_headers=proxy_headers, log_level="info")
