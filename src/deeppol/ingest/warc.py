"""Reading WARC and WARC.gz archives (web crawls such as Common Crawl's news crawl) with warcio.

Each HTML ``response`` (or ``resource``) record becomes an article extracted with trafilatura;
other records are skipped. A truncated or corrupt archive yields the good records before the
damage, then one rejection for the file. Rejections carry the 1-based record number in
``line``.
"""

from __future__ import annotations

import datetime as dt
import logging
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from deeppol.ingest.extract import extract_page
from deeppol.ingest.readers import MAX_ARTICLE_CHARS, Record, make_article, publication_date
from deeppol.types import Rejection

log = logging.getLogger(__name__)

PAGE_TYPES = ("text/html", "application/xhtml+xml")
MAX_PAGE_BYTES = MAX_ARTICLE_CHARS * 4
"""HTML payloads above this size are rejected without extraction."""
_CHUNK = 1 << 16


def read_warc(stream: BinaryIO, name: str, default_date: dt.date | None = None) -> Iterator[Record]:
    """Articles from the HTML records of a WARC or WARC.gz stream (compression is detected).

    Args:
        stream: the archive's bytes.
        name: the input's name, used in rejections.
        default_date: date of records without a WARC-Date (the page's own date comes first).

    Returns:
        ``Article`` records (id and url: WARC-Target-URI, source: its host) and rejections:
        ``extract/no_main_text``, ``ingest/too_large``, ``ingest/bad_payload`` (HTTP chunking
        or compression that cannot be undone), and at most one ``ingest/truncated`` or
        ``ingest/corrupt`` for the file, after the records read before the damage.
    """
    from warcio.archiveiterator import ArchiveIterator

    records = ArchiveIterator(stream)
    number = 0
    while True:
        try:
            record = next(records)
        except StopIteration:
            break
        except Exception as exc:  # warcio fails on damaged input with many types (AttributeError…)
            yield _damage(records, f"after record {number}: {_short(exc)}", name, number + 1,
                          known=number > 0 or "Unknown archive format" not in str(exc))
            return
        number += 1
        uri = record.rec_headers.get_header("WARC-Target-URI")
        if not _whole_header(record):
            yield _damage(records, f"record {number} has no WARC type or length", name, number)
            return
        try:
            result = _record_result(record, uri, name, number, default_date)
        except (OSError, ValueError, EOFError, zlib.error) as exc:  # bad chunking or compression
            result = Rejection(name, "ingest", "bad_payload",
                               f"{uri}: unreadable payload: {_short(exc)}", number)
        if _drain(record):
            yield Rejection(name, "ingest", "truncated",
                            f"the file ends inside record {number} ({uri or '?'})", number)
            return
        if result is not None:
            yield result
    if _trailing_bytes(stream, records.offset):
        yield Rejection(name, "ingest", "truncated",
                        f"the file ends inside the record after record {number}", number + 1)
    elif number == 0:
        yield Rejection(name, "ingest", "empty", "no WARC records")


def _damage(records: Any, what: str, name: str, number: int, known: bool = True) -> Rejection:
    """One rejection for a file warcio cannot go on reading: cut short, or damaged inside."""
    if not known:
        return Rejection(name, "ingest", "corrupt", f"not a WARC file: {what}")
    reader = getattr(records, "reader", None)
    at_end = reader is None or not reader.read(1)
    return Rejection(name, "ingest", "truncated" if at_end else "corrupt",
                     f"{'cut short' if at_end else 'damaged'} {what}", number)


def _whole_header(record: Any) -> bool:
    """Whether a record has a type and the length it declares (else its header was cut)."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    return bool(record.rec_type) and declared.isdigit() and int(declared) == record.length


def _trailing_bytes(stream: BinaryIO, offset: int) -> bool:
    """Whether the archive has bytes after its last whole record (a record cut short)."""
    try:
        stream.seek(offset)
        return bool(stream.read(4096).strip())
    except (OSError, ValueError):  # not seekable (a pipe): cannot tell
        return False


def _short(exc: Exception) -> str:
    """The error message, printable and at most 120 characters (warcio quotes raw bytes)."""
    text = "".join(ch if ch.isprintable() else "?" for ch in str(exc) or type(exc).__name__)
    return text if len(text) <= 120 else text[:120] + "…"


def _drain(record: Any) -> bool:
    """Read what is left of a record; True when the archive ended before the record did."""
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    return getattr(stream, "limit", 0) > 0


def _record_result(record: Any, uri: str | None, name: str, number: int,
                   default_date: dt.date | None) -> Record | None:
    if record.rec_type not in ("response", "resource"):
        log.debug("%s: skipping %s record %d", name, record.rec_type, number)
        return None
    media_type, charset = _media_type(record)
    status = str(record.http_headers.get_statuscode() or "") if record.http_headers else "200"
    if media_type not in PAGE_TYPES or not status.startswith("2"):
        log.info("%s: skipping record %d (%s): %s, status %s", name, number, uri,
                 media_type or "no content type", status)
        return None
    payload = record.content_stream().read(MAX_PAGE_BYTES + 1)
    if len(payload) > MAX_PAGE_BYTES:
        return Rejection(name, "ingest", "too_large",
                         f"{uri}: page over {MAX_PAGE_BYTES:,} bytes", number)
    page = extract_page(_decoded(payload, charset), url=uri)
    if page is None:
        return Rejection(name, "extract", "no_main_text",
                         f"{uri}: trafilatura found no main text", number)
    warc_date = publication_date(record.rec_headers.get_header("WARC-Date"), default_date, name,
                                 number)
    article_id = uri or record.rec_headers.get_header("WARC-Record-ID") or f"{name}#{number}"
    return make_article(article_id, page.text, name, number, page.date or warc_date,
                        title=page.title, url=uri, source=_host(uri))


def _media_type(record: Any) -> tuple[str, str | None]:
    """The payload's media type and charset, from the HTTP headers (else the WARC header)."""
    value = record.http_headers.get_header("Content-Type") if record.http_headers else None
    value = value or record.content_type or ""
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("'\"")
    return media_type.strip().lower(), charset


def _decoded(payload: bytes, charset: str | None) -> str | bytes:
    if charset:
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            log.info("unknown charset %r; detecting the encoding instead", charset)
    return payload


def _host(uri: str | None) -> str | None:
    try:
        host = urlsplit(uri).hostname if uri else None
    except ValueError:  # a malformed URL names no host
        return None
    return host.removeprefix("www.") if host else None
