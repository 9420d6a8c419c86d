"""Reading inputs into ``Article`` records.

Text files, JSON Lines, HTML pages, CSV/TSV tables, RSS/Atom feeds (files or http(s) URLs),
WARC/WARC.gz archives, directories (recursively) and stdin.

Readers never raise on a bad record: they yield a ``Rejection`` naming the file (and line, or
entry/record number for feeds and archives) and go on, so one bad record cannot abort a corpus
run. The CSV, feed and WARC readers live in ``tabular``, ``feeds`` and ``warc``; they are
imported only when an input needs them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from deeppol.errors import ConfigError
from deeppol.ingest.extract import html_to_text
from deeppol.ingest.normalize import clean_text, parse_publication_date
from deeppol.types import Article, Rejection

log = logging.getLogger(__name__)

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
FEED_SUFFIXES = frozenset({".rss", ".atom"})
XML_SUFFIXES = frozenset({".xml"})
"""Read as a feed when the root element is ``rss``, ``feed`` or ``rdf:RDF``."""
WARC_SUFFIXES = (".warc", ".warc.gz")
KNOWN_SUFFIXES = (JSONL_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES | CSV_SUFFIXES | FEED_SUFFIXES
                  | frozenset(WARC_SUFFIXES))
ARTICLE_FIELDS = ("id", "text", "date", "title", "url", "source")
MAX_ARTICLE_CHARS = 10_000_000
"""Articles above this size are rejected (a 10-million-character "article" is not news)."""
URL_SCHEMES = ("http://", "https://")

Record = Article | Rejection
_SURROGATE = re.compile("[\ud800-\udfff]")


def default_user_agent() -> str:
    """``DeepPol/<version> (political event coder)``: names the tool to the sites it reads."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("deeppol")
    except PackageNotFoundError:  # a source tree that is not installed
        release = "0"
    return f"DeepPol/{release} (political event coder; python-urllib)"


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """How inputs are read; the defaults read every format without any network access.

    Args:
        columns: CSV/TSV column for an article field, e.g. ``{"text": "body", "date": "pubdate"}``
            (names match case-insensitively). Fields not given use their usual names and aliases.
        csv_delimiter: field delimiter; None means tab for ``.tsv`` and comma otherwise.
        fetch_articles: for feeds, fetch each entry's link and extract the page's main text
            instead of using the entry's summary/content.
        fetch_timeout: seconds allowed for one HTTP fetch (connection and download).
        fetch_max_bytes: larger HTTP responses are rejected (``fetch/too_large``).
        user_agent: the User-Agent header sent with every request.

    Raises:
        ConfigError: an unknown article field in ``columns`` or a non-positive limit.
    """

    columns: Mapping[str, str] = field(default_factory=dict)
    csv_delimiter: str | None = None
    fetch_articles: bool = False
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 20_000_000
    user_agent: str = field(default_factory=default_user_agent)

    def __post_init__(self) -> None:
        columns = {str(key).strip().lower(): value for key, value in self.columns.items()}
        unknown = sorted(set(columns) - set(ARTICLE_FIELDS))
        if unknown:
            raise ConfigError(f"[E010] unknown article field(s) {', '.join(unknown)} in the column "
                              f"mapping; fields are {', '.join(ARTICLE_FIELDS)}")
        if any(not isinstance(name, str) or not name.strip() for name in columns.values()):
            raise ConfigError("[E010] a column mapping needs a column name for every field")
        if self.csv_delimiter is not None and len(self.csv_delimiter) != 1:
            raise ConfigError(f"[E011] the CSV delimiter must be one character, "
                              f"got {self.csv_delimiter!r}")
        if self.fetch_timeout <= 0 or self.fetch_max_bytes <= 0:
            raise ConfigError("[E012] fetch timeout and size limit must be positive")
        object.__setattr__(self, "columns", MappingProxyType(columns))

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.columns.items())), self.csv_delimiter, self.fetch_articles,
                     self.fetch_timeout, self.fetch_max_bytes, self.user_agent))


def parse_column_mapping(spec: str) -> dict[str, str]:
    """``"text=body,date=pubdate"`` -> ``{"text": "body", "date": "pubdate"}`` (CLI syntax).

    Raises:
        ConfigError: an item without ``=``, an empty name or an unknown article field.
    """
    mapping: dict[str, str] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        key, sep, column = (part.strip() for part in item.partition("="))
        if not sep or not key or not column:
            raise ConfigError(f"[E010] bad column mapping {item!r}: expected FIELD=COLUMN")
        if key.lower() not in ARTICLE_FIELDS:
            raise ConfigError(f"[E010] unknown article field {key!r} in the column mapping; "
                              f"fields are {', '.join(ARTICLE_FIELDS)}")
        mapping[key.lower()] = column
    return mapping


def read_inputs(inputs: Iterable[str], default_date: dt.date | None = None,
                stdin: BinaryIO | None = None, *,
                options: ReaderOptions | None = None) -> Iterator[Record]:
    """Articles (and rejections) from files, directories, feed URLs and ``-`` (stdin).

    Args:
        inputs: file or directory paths (directories are read recursively, keeping files with a
            known suffix), ``http(s)://`` feed URLs, or ``-`` for stdin (text or JSON Lines).
        default_date: publication date of articles that carry none.
        stdin: the stream read for ``-`` (default: ``sys.stdin.buffer``).
        options: CSV columns, feed fetching and HTTP limits (default: ``ReaderOptions()``).

    Returns:
        An iterator of ``Article`` and ``Rejection`` records; it never raises on bad input.
    """
    options = options or ReaderOptions()
    for name in inputs:
        if name == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>", default_date)
        elif name.lower().startswith(URL_SCHEMES):
            from deeppol.ingest.feeds import read_feed_url

            yield from read_feed_url(storable_name(name), default_date, options)
        elif (path := Path(name)).is_dir():
            yield from _read_directory(path, default_date, options)
        elif path.is_file():
            yield from read_file(path, default_date, options)
        else:
            yield Rejection(storable_name(name), "ingest", "not_found", "no such file or directory")


def _read_directory(folder: Path, default_date: dt.date | None,
                    options: ReaderOptions) -> Iterator[Record]:
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        kind = input_kind(file)
        if kind is None or (kind == "xml" and not looks_like_feed(file)):
            log.info("skipping %s: not a file type DeepPol reads", file)
            continue
        yield from read_file(file, default_date, options)


def storable_name(name: str) -> str:
    """``name`` as text that can be hashed and stored: the bytes of a file name that is not
    UTF-8 (which Python keeps as lone surrogates) become U+FFFD."""
    if not _SURROGATE.search(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def input_kind(path: Path) -> str | None:
    """``jsonl``, ``html``, ``text``, ``csv``, ``feed``, ``xml``, ``warc`` or None, by suffix."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    for kind, suffixes in (("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("text", TEXT_SUFFIXES), ("csv", CSV_SUFFIXES),
                           ("feed", FEED_SUFFIXES), ("xml", XML_SUFFIXES)):
        if suffix in suffixes:
            return kind
    return None


_FEED_ROOT = re.compile(
    rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[\w.-]+:)?(?:rss|feed|RDF)[\s>/]",
    re.DOTALL | re.IGNORECASE)


def looks_like_feed(path: Path) -> bool:
    """Whether an XML file's root element is an RSS, Atom or RSS 1.0 (RDF) feed."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError:
        return False
    return bool(_FEED_ROOT.match(head.removeprefix(b"\xef\xbb\xbf")))


def read_file(path: Path, default_date: dt.date | None = None,
              options: ReaderOptions | None = None) -> Iterator[Record]:
    """Records from one file, chosen by its suffix (anything else is read as plain text).

    ``.xml`` files are read as feeds when they are feeds and as plain text otherwise.
    """
    options = options or ReaderOptions()
    kind = input_kind(path)
    if kind == "xml":
        kind = "feed" if looks_like_feed(path) else "text"
    name = storable_name(str(path))
    try:
        with path.open("rb") as handle:
            if kind in ("jsonl", "csv", "feed", "warc"):
                yield from _read_handle(kind, handle, path, name, default_date, options)
                return
            data = handle.read(MAX_ARTICLE_CHARS * 4 + 1)
    except OSError as exc:
        yield Rejection(name, "ingest", "unreadable", storable_name(str(exc)))
        return
    if kind == "html":
        yield _html_article(data, name, storable_name(path.name), default_date)
    else:
        yield _text_article(data, name, storable_name(path.name), default_date)


def _read_handle(kind: str, handle: BinaryIO, path: Path, name: str,
                 default_date: dt.date | None, options: ReaderOptions) -> Iterator[Record]:
    if kind == "jsonl":
        yield from read_jsonl(handle, name, default_date)
    elif kind == "csv":
        from deeppol.ingest.tabular import read_csv

        delimiter = options.csv_delimiter or ("\t" if path.suffix.lower() == ".tsv" else ",")
        yield from read_csv(handle, name, default_date, columns=options.columns,
                            delimiter=delimiter)
    elif kind == "feed":
        from deeppol.ingest.feeds import read_feed

        yield from read_feed(handle, name, default_date, options)
    else:
        from deeppol.ingest.warc import read_warc

        yield from read_warc(handle, name, default_date)


def _read_stream(stream: BinaryIO, name: str, default_date: dt.date | None) -> Iterator[Record]:
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from read_jsonl(stream, name, default_date)
    else:
        yield _text_article(stream.read(), name, "stdin", default_date)


def decode_bytes(data: bytes, name: str, line: int | None = None) -> str | Rejection:
    """UTF-8 text (a BOM is dropped), or an ``ingest`` rejection for binary or other encodings."""
    if b"\x00" in data[:8192]:
        return Rejection(name, "ingest", "binary", "looks like a binary file (NUL bytes)", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(name, "ingest", "encoding",
                         f"not valid UTF-8 at byte {exc.start}: {exc.reason}", line)


def make_article(article_id: str, text: str, name: str, line: int | None,
                 day: dt.date | None, **meta: str | None) -> Record:
    """An ``Article``, or an ``ingest`` rejection when the text is blank or too large."""
    if not text.strip():
        return Rejection(name, "ingest", "empty", "no text", line)
    if len(text) > MAX_ARTICLE_CHARS:
        return Rejection(name, "ingest", "too_large",
                         f"{len(text):,} characters (limit {MAX_ARTICLE_CHARS:,})", line)
    return Article(article_id, clean_text(text), day, **meta)


def publication_date(value: object, default_date: dt.date | None, name: str,
                     line: int | None) -> dt.date | None:
    """The parsed date, or ``default_date`` (with a warning) when the value is not a date."""
    try:
        return parse_publication_date(value) or default_date
    except (ValueError, OverflowError, OSError) as exc:
        log.warning("%s:%s: %s; using %s", name, line, exc, default_date or "no date")
        return default_date


def _text_article(data: bytes, name: str, article_id: str, day: dt.date | None) -> Record:
    text = decode_bytes(data, name)
    if isinstance(text, Rejection):
        return text
    return make_article(article_id, text, name, None, day)


def _html_article(data: bytes, name: str, article_id: str, day: dt.date | None) -> Record:
    text = decode_bytes(data, name)
    if isinstance(text, Rejection):
        return text
    extracted = html_to_text(text)
    if extracted is None:
        return Rejection(name, "extract", "no_main_text", "trafilatura found no main text")
    return make_article(article_id, extracted, name, None, day)


def read_jsonl(stream: BinaryIO, name: str, default_date: dt.date | None = None, *,
               first_line: int = 1) -> Iterator[Record]:
    """One article per line: ``{"id", "text", "date", "title", "url", "source"}``.

    ``first_line`` numbers the stream's first line (when it starts inside a file: a shard)."""
    head = stream.peek(8192)[:8192] if hasattr(stream, "peek") else b""
    if b"\x00" in head and not head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        yield Rejection(name, "ingest", "binary", "looks like a binary file (NUL bytes)")
        return
    for number, raw in enumerate(stream, start=first_line):
        if not raw.strip():
            continue
        yield _jsonl_record(raw, name, number, default_date)


def _jsonl_record(raw: bytes, name: str, number: int, default_date: dt.date | None) -> Record:
    line = decode_bytes(raw, name, number)
    if isinstance(line, Rejection):
        return line
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(name, "ingest", "bad_json", f"malformed JSON: {exc.msg} (col {exc.colno})",
                         number)
    except RecursionError:
        return Rejection(name, "ingest", "bad_json", "malformed JSON: nested too deeply", number)
    except ValueError as exc:  # e.g. an integer over Python's 4,300-digit conversion limit
        return Rejection(name, "ingest", "bad_json",
                         f"malformed JSON: {str(exc).split(';')[0][:120]}", number)
    if not isinstance(record, dict):
        return Rejection(name, "ingest", "bad_json", "a line must be a JSON object", number)
    text = record.get("text")
    if not isinstance(text, str):
        return Rejection(name, "ingest", "bad_field",
                         f"'text' must be a string, got {type(text).__name__}", number)
    meta: dict[str, str | None] = {}
    for key in ("title", "url", "source"):
        value = record.get(key)
        meta[key] = value if isinstance(value, str) else None
    article_id = record.get("id")
    if not isinstance(article_id, (str, int)) or article_id == "":
        article_id = f"{Path(name).name}:{number}"
    for key, value in (("id", article_id), ("text", text), *meta.items()):
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found is not None:  # "\ud800" escapes: valid JSON, but no UTF-8 text can hold them
            return Rejection(name, "ingest", "encoding",
                             f"'{key}' holds a lone surrogate \\u{ord(found.group()):04x} at "
                             f"character {found.start()}", number)
    day = publication_date(record.get("date"), default_date, name, number)
    return make_article(str(article_id), text, name, number, day, **meta)
