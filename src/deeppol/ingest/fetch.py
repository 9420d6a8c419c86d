"""Fetching feeds and pages over HTTP(S) with a deadline, a size cap and a clear User-Agent.

Only ``http`` and ``https`` URLs are fetched, redirects included, so a feed entry cannot make
DeepPol read a local file. Failures raise ``InputError`` with a reason that readers turn into a
``fetch`` rejection: ``unreachable``, ``http_error``, ``too_large`` or ``bad_url``.
"""

from __future__ import annotations

import http.client
import logging
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any
from urllib.parse import urlsplit

from deeppol.errors import InputError

log = logging.getLogger(__name__)
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Response:
    """A fetched body with the URL it came from (after redirects) and its media type."""

    url: str
    data: bytes
    media_type: str
    charset: str | None = None

    def text_or_bytes(self) -> str | bytes:
        """The body decoded with the charset the server declared, else the raw bytes."""
        if self.charset:
            try:
                return self.data.decode(self.charset, errors="replace")
            except LookupError:  # a charset name Python does not know
                log.info("%s: unknown charset %r", self.url, self.charset)
        return self.data


def is_http_url(url: str) -> bool:
    """Whether ``url`` is a well-formed ``http`` or ``https`` URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: Message, newurl: str) -> urllib.request.Request | None:
        if not is_http_url(newurl):
            fp.close()
            raise InputError(f"redirected to a non-HTTP URL {newurl!r}", reason="bad_url")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_url(url: str, *, timeout: float, max_bytes: int, user_agent: str) -> Response:
    """GET ``url``; the whole exchange must end within ``timeout`` seconds.

    Args:
        url: an ``http://`` or ``https://`` URL.
        timeout: seconds for connecting and downloading together.
        max_bytes: larger bodies are refused.
        user_agent: the User-Agent header.

    Returns:
        The body and where it came from.

    Raises:
        InputError: ``reason`` is ``bad_url``, ``unreachable``, ``http_error`` or ``too_large``.
    """
    if not is_http_url(url):
        raise InputError(f"not an http(s) URL: {url!r}", reason="bad_url")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": "*/*"})
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as reply:
            data = _read_capped(reply, max_bytes, deadline, timeout)
            headers = reply.headers
            final_url = reply.geturl()
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()  # it holds the error response open
        raise InputError(f"HTTP {exc.code} {exc.reason}", reason="http_error") from exc
    except urllib.error.URLError as exc:
        raise InputError(f"unreachable: {exc.reason}", reason="unreachable") from exc
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise InputError(f"unreachable: {exc or type(exc).__name__}",
                         reason="unreachable") from exc
    except ValueError as exc:  # urllib's answer to a malformed URL
        raise InputError(f"bad URL: {exc}", reason="bad_url") from exc
    data = _decoded_body(data, headers.get("Content-Encoding", ""), max_bytes)
    return Response(final_url, data, headers.get_content_type(), headers.get_content_charset())


def _read_capped(reply: Any, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = reply.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"{int(declared):,} bytes (limit {max_bytes:,})", reason="too_large")
    chunks: list[bytes] = []
    size = 0
    read = getattr(reply, "read1", reply.read)  # read1: return what has arrived, keep the deadline
    while chunk := read(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"over {max_bytes:,} bytes", reason="too_large")
        if time.monotonic() > deadline:
            raise InputError(f"unreachable: download took over {timeout:g} s",
                             reason="unreachable")
        chunks.append(chunk)
    return b"".join(chunks)


def _decoded_body(data: bytes, encoding: str, max_bytes: int) -> bytes:
    """Undo a gzip/deflate Content-Encoding (we ask for none, some servers send it anyway)."""
    encoding = encoding.strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return data
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    try:
        body = decompressor.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise InputError(f"unreachable: bad {encoding} body: {exc}", reason="unreachable") from exc
    if len(body) > max_bytes:
        raise InputError(f"over {max_bytes:,} bytes once decompressed", reason="too_large")
    return body
