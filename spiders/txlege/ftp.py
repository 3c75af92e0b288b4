"""Scrapy's FTP download handler, able to list a folder too.

Scrapy fetches ftp:// files itself (anonymous login, passive mode, 550 as 404) but has no
directory listing; the Texas Legislature publishes bill histories as an FTP tree whose LIST
times are the only changed-since signal. A request for a URL ending in "/" is answered with the
server's raw LIST lines as the body; any other URL is a file, as before. Listings thus go through
Scrapy's downloader like every other request: its delays, concurrency limits and retries.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from scrapy import Request
from scrapy.core.downloader.handlers.ftp import FTPDownloadHandler, ReceivedDataProtocol
from scrapy.http import Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached

_CODE = re.compile(r"\d{3}")


class FTPListingHandler(FTPDownloadHandler):
    async def download_request(self, request: Request) -> Response:
        parsed = urlparse_cached(request)
        if not parsed.path.endswith("/"):
            return await super().download_request(request)
        from twisted.internet import reactor
        from twisted.internet.protocol import ClientCreator
        from twisted.protocols.ftp import CommandFailed, FTPClient

        user = request.meta.get("ftp_user", self.default_user)
        password = request.meta.get("ftp_password", self.default_password)
        passive = 1 if bool(request.meta.get("ftp_passive", self.passive_mode)) else 0
        creator = ClientCreator(reactor, FTPClient, user, password, passive=passive)
        client = await maybe_deferred_to_future(
            creator.connectTCP(parsed.hostname, parsed.port or 21)
        )
        protocol = ReceivedDataProtocol()
        try:
            await maybe_deferred_to_future(client.list(unquote(parsed.path), protocol))
        except CommandFailed as exc:
            found = _CODE.search(str(exc))
            code = found.group() if found else "default"
            status = self.CODE_MAPPING.get(code, self.CODE_MAPPING["default"])
            return Response(url=request.url, status=status, body=str(exc).encode())
        finally:
            protocol.close()
            if client.transport:
                client.transport.loseConnection()
        body = protocol.body.read()
        return TextResponse(
            url=request.url, status=200, body=body, encoding="latin-1", headers={"size": len(body)}
        )
