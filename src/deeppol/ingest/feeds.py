"""Reading RSS and Atom feeds (files or http(s) URLs) with feedparser.

By default an entry's article is its content or summary, so reading a feed file needs no
network. With ``ReaderOptions(fetch_articles=True)`` each entry's link is fetched and the page's
main text extracted. Rejections for an entry carry its 1-based number in ``line``.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from deeppol.errors import InputError
from deeppol.ingest.extract import extract_page
from deeppol.ingest.fetch import fetch_url
from deeppol.ingest.readers import ReaderOptions, Record, make_article, publication_date
from deeppol.types import Rejection

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 100_000_000
"""Feed files above this size are rejected."""
PAGE_TYPES = ("text/html", "application/xhtml+xml")
_BLOCKS = ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "pre", "table", "tr", "section", "article", "figure", "figcaption", "header",
           "footer", "dd", "dt")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
_SPACES = re.compile(r"[ \t\r\f\v]+")


def read_feed(stream: BinaryIO, name: str, default_date: dt.date | None = None,
              options: ReaderOptions | None = None) -> Iterator[Record]:
    """The entries of an RSS/Atom feed file as articles (see the module docstring)."""
    data = stream.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        yield Rejection(name, "ingest", "too_large", f"feed over {MAX_FEED_BYTES:,} bytes")
        return
    yield from feed_records(data, name, default_date, options or ReaderOptions())


def read_feed_url(url: str, default_date: dt.date | None = None,
                  options: ReaderOptions | None = None) -> Iterator[Record]:
    """The entries of the feed at an http(s) URL; an unreachable feed is one ``fetch`` rejection."""
    options = options or ReaderOptions()
    try:
        response = fetch_url(url, timeout=options.fetch_timeout, max_bytes=options.fetch_max_bytes,
                             user_agent=options.user_agent)
    except InputError as exc:
        yield Rejection(url, "fetch", exc.reason, str(exc))
        return
    headers = {"content-location": response.url, "content-type": response.media_type
               + (f"; charset={response.charset}" if response.charset else "")}
    yield from feed_records(response.data, url, default_date, options, headers=headers)


def feed_records(data: bytes, name: str, default_date: dt.date | None, options: ReaderOptions,
                 *, headers: dict[str, str] | None = None) -> Iterator[Record]:
    """Articles (or rejections) for the entries of a feed document.

    Args:
        data: the feed's bytes.
        name: the feed's file name or URL, used in rejections.
        default_date: date of entries without one.
        options: whether to fetch entries' pages, and the HTTP limits.
        headers: the HTTP response headers of a fetched feed (encoding, base URL).
    """
    import feedparser  # imported lazily: only feeds need it

    # a stream, never bytes or str: feedparser would try those as a file name or URL to open
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers or {})
    entries = parsed.entries
    if not entries:
        if parsed.bozo or not parsed.version:
            problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
            yield Rejection(name, "ingest", "bad_feed", f"not a readable RSS/Atom feed: {problem}")
        else:
            log.info("%s: the feed has no entries", name)
        return
    if parsed.bozo:
        log.warning("%s: feed is not well-formed (%s); read %d entries anyway", name,
                    parsed.get("bozo_exception"), len(entries))
    feed_title = _clean(parsed.feed.get("title"))
    feed_host = _host(name)
    for number, entry in enumerate(entries, start=1):
        source = feed_title or feed_host or _host(entry.get("link"))
        if options.fetch_articles:
            yield _fetched_entry(entry, number, name, source, default_date, options)
        else:
            yield _summary_entry(entry, number, name, source, default_date)


def _summary_entry(entry: Any, number: int, name: str, source: str | None,
                   default_date: dt.date | None) -> Record:
    candidates = [(part.get("value"), part.get("type")) for part in entry.get("content") or []]
    candidates.append((entry.get("summary"), (entry.get("summary_detail") or {}).get("type")))
    texts = [fragment_text(value, kind) for value, kind in candidates if isinstance(value, str)]
    text = max(texts, key=len, default="")
    return make_article(_entry_id(entry, number, name), text, name, number,
                        _entry_date(entry, name, number) or default_date,
                        title=_clean(entry.get("title")), url=entry.get("link") or None,
                        source=source)


def _fetched_entry(entry: Any, number: int, name: str, source: str | None,
                   default_date: dt.date | None, options: ReaderOptions) -> Record:
    link = entry.get("link")
    if not link:
        return Rejection(name, "fetch", "no_link", f"entry {number} has no link to fetch", number)
    try:
        response = fetch_url(link, timeout=options.fetch_timeout,
                             max_bytes=options.fetch_max_bytes, user_agent=options.user_agent)
    except InputError as exc:
        return Rejection(name, "fetch", exc.reason, f"{link}: {exc}", number)
    if response.media_type not in PAGE_TYPES:
        return Rejection(name, "extract", "not_html", f"{link}: {response.media_type}", number)
    page = extract_page(response.text_or_bytes(), url=response.url)
    if page is None:
        return Rejection(name, "extract", "no_main_text",
                         f"{link}: trafilatura found no main text", number)
    day = _entry_date(entry, name, number) or page.date or default_date
    return make_article(_entry_id(entry, number, name), page.text, name, number, day,
                        title=_clean(entry.get("title")) or page.title, url=link, source=source)


def _entry_id(entry: Any, number: int, name: str) -> str:
    label = name if "://" in name else Path(name).name
    return str(entry.get("id") or entry.get("link") or f"{label}#{number}")


def _entry_date(entry: Any, name: str, number: int) -> dt.date | None:
    for key in ("published", "updated", "created"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:  # feedparser gives UTC: "9999-12-31T23:59-05:00" is year 10000
                break  # the text of the date is tried below
    raw = entry.get("published") or entry.get("updated")
    return publication_date(raw, None, name, number) if isinstance(raw, str) else None


def _host(url: object) -> str | None:
    if not isinstance(url, str) or "://" not in url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed URL names no host
        return None
    return host.removeprefix("www.") if host else None


def _clean(value: object) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def fragment_text(value: str, media_type: str | None = "text/html") -> str:
    """Plain text of an entry's HTML (paragraphs kept apart) or of its plain-text content."""
    if not media_type or "html" not in media_type:
        return value.strip()
    if "<" not in value:
        return html.unescape(value).strip()
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(value, create_parent="div")
    except (etree.ParserError, ValueError):
        return html.unescape(re.sub(r"<[^>]*>", " ", value)).strip()
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
