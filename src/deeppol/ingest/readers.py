"""Reading inputs into ``Article`` records: text files, JSON Lines, HTML, directories, stdin.

Readers never raise on a bad record: they yield a ``Rejection`` naming the file (and line) and
go on, so one bad record cannot abort a corpus run.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from deeppol.ingest.extract import html_to_text
from deeppol.ingest.normalize import clean_text, parse_publication_date
from deeppol.types import Article, Rejection

log = logging.getLogger(__name__)

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
KNOWN_SUFFIXES = JSONL_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES
MAX_ARTICLE_CHARS = 10_000_000
"""Articles above this size are rejected (a 10-million-character "article" is not news)."""

Record = Article | Rejection


def read_inputs(inputs: Iterable[str], default_date: dt.date | None = None,
                stdin: BinaryIO | None = None) -> Iterator[Record]:
    """Articles (and rejections) from files, directories (recursively) and ``-`` (stdin)."""
    for name in inputs:
        if name == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>", default_date)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            for file in files:
                if file.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(file, default_date)
                else:
                    log.info("skipping %s: not a .txt, .jsonl or .html file", file)
        elif path.is_file():
            yield from read_file(path, default_date)
        else:
            yield Rejection(name, "ingest", "not_found", "no such file or directory")


def read_file(path: Path, default_date: dt.date | None = None) -> Iterator[Record]:
    """Records from one file, chosen by its suffix (anything else is read as plain text)."""
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as handle:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(handle, str(path), default_date)
                return
            data = handle.read(MAX_ARTICLE_CHARS * 4 + 1)
    except OSError as exc:
        yield Rejection(str(path), "ingest", "unreadable", str(exc))
        return
    if suffix in HTML_SUFFIXES:
        yield _html_article(data, str(path), path.name, default_date)
    else:
        yield _text_article(data, str(path), path.name, default_date)


def _read_stream(stream: BinaryIO, name: str, default_date: dt.date | None) -> Iterator[Record]:
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from read_jsonl(stream, name, default_date)
    else:
        yield _text_article(stream.read(), name, "stdin", default_date)


def _decode(data: bytes, name: str, line: int | None = None) -> str | Rejection:
    if b"\x00" in data[:8192]:
        return Rejection(name, "ingest", "binary", "looks like a binary file (NUL bytes)", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejection(name, "ingest", "encoding",
                         f"not valid UTF-8 at byte {exc.start}: {exc.reason}", line)


def _checked(article_id: str, text: str, name: str, line: int | None,
             day: dt.date | None, **meta: str | None) -> Record:
    if not text.strip():
        return Rejection(name, "ingest", "empty", "no text", line)
    if len(text) > MAX_ARTICLE_CHARS:
        return Rejection(name, "ingest", "too_large",
                         f"{len(text):,} characters (limit {MAX_ARTICLE_CHARS:,})", line)
    return Article(article_id, clean_text(text), day, **meta)


def _text_article(data: bytes, name: str, article_id: str, day: dt.date | None) -> Record:
    text = _decode(data, name)
    if isinstance(text, Rejection):
        return text
    return _checked(article_id, text, name, None, day)


def _html_article(data: bytes, name: str, article_id: str, day: dt.date | None) -> Record:
    text = _decode(data, name)
    if isinstance(text, Rejection):
        return text
    extracted = html_to_text(text)
    if extracted is None:
        return Rejection(name, "extract", "no_main_text", "trafilatura found no main text")
    return _checked(article_id, extracted, name, None, day)


def read_jsonl(stream: BinaryIO, name: str, default_date: dt.date | None = None) -> Iterator[Record]:
    """One article per line: ``{"id", "text", "date", "title", "url", "source"}``."""
    for number, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        yield _jsonl_record(raw, name, number, default_date)


def _jsonl_record(raw: bytes, name: str, number: int, default_date: dt.date | None) -> Record:
    line = _decode(raw, name, number)
    if isinstance(line, Rejection):
        return line
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(name, "ingest", "bad_json", f"malformed JSON: {exc.msg} (col {exc.colno})",
                         number)
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
    try:
        day = parse_publication_date(record.get("date")) or default_date
    except (ValueError, OverflowError, OSError) as exc:
        log.warning("%s:%d: %s; using %s", name, number, exc, default_date or "no date")
        day = default_date
    return _checked(str(article_id), text, name, number, day, **meta)
