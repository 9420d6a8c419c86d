"""Reading CSV and TSV tables: one article a row, columns found by name or given by the user.

A table without a text column is one rejection for the file; a bad row is one rejection with
its line number and the rows around it are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from deeppol.ingest.readers import ARTICLE_FIELDS, Record, make_article, publication_date
from deeppol.types import Rejection

log = logging.getLogger(__name__)

COLUMN_ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "docid", "guid", "uid"),
    "text": ("text", "body", "content", "article", "story", "full_text", "fulltext", "maintext"),
    "date": ("date", "published", "pubdate", "pub_date", "publish_date", "published_at",
             "publication_date", "date_publish", "datetime", "timestamp"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "source": ("source", "publisher", "outlet", "site", "domain", "source_name"),
}
"""Column names tried for each article field when the user gives none (case-insensitive)."""
CSV_FIELD_LIMIT = 64 * 1024 * 1024
"""Largest field the csv module accepts (its default, 128 KiB, is too small for articles)."""


def read_csv(stream: BinaryIO, name: str, default_date: dt.date | None = None, *,
             columns: Mapping[str, str] | None = None, delimiter: str = ",") -> Iterator[Record]:
    """One article per row of a CSV/TSV table with a header row.

    Args:
        stream: the table's bytes (UTF-8, a BOM is dropped; a bad row is rejected by itself).
        name: the input's name, used in rejections.
        default_date: publication date of rows without a usable date.
        columns: article field -> column name; other fields use ``COLUMN_ALIASES``.
        delimiter: field delimiter (``","`` or ``"\\t"``).

    Returns:
        ``Article`` records and ``Rejection`` records: ``missing_column`` (once, for the
        file) when the text column or a mapped column is absent; per row ``bad_row`` (wrong
        number of fields), ``bad_csv``, ``encoding``, ``empty`` or ``too_large``.
    """
    if csv.field_size_limit() < CSV_FIELD_LIMIT:
        csv.field_size_limit(CSV_FIELD_LIMIT)  # process-wide, only ever raised
    reader = csv.reader(_decoded_lines(stream), delimiter=delimiter)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield Rejection(name, "ingest", "bad_csv", f"unreadable header row: {exc}", 1)
        return
    if header is None:
        yield Rejection(name, "ingest", "empty", "no header row")
        return
    if any("\x00" in column for column in header):
        yield Rejection(name, "ingest", "binary", "looks like a binary file (NUL bytes)")
        return
    if _bad_utf8(header) is not None:
        yield Rejection(name, "ingest", "encoding", "the header row is not valid UTF-8", 1)
        return
    positions = _column_positions(header, columns or {}, name)
    if isinstance(positions, Rejection):
        yield positions
        return
    yield from _rows(reader, header, positions, name, default_date)


def _decoded_lines(stream: BinaryIO) -> Iterator[str]:
    """Lines as text; invalid UTF-8 becomes lone surrogates so that only its row is rejected."""
    for number, raw in enumerate(stream, start=1):
        line = raw.decode("utf-8", "surrogateescape")
        yield line.removeprefix("\ufeff") if number == 1 else line


def _bad_utf8(row: list[str]) -> int | None:
    """The index of the first field holding undecodable bytes, or None."""
    for index, value in enumerate(row):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return index
    return None


def _column_positions(header: list[str], columns: Mapping[str, str],
                      name: str) -> dict[str, int] | Rejection:
    lookup: dict[str, int] = {}
    for index, column in enumerate(header):
        lookup.setdefault(column.strip().lower(), index)
    available = ", ".join(repr(column) for column in header[:40])
    if len(header) > 40:
        available += f", … ({len(header)} in all)"
    positions: dict[str, int] = {}
    for field in ARTICLE_FIELDS:
        if field in columns:
            wanted = columns[field].strip().lower()
            if wanted not in lookup:
                return Rejection(name, "ingest", "missing_column",
                                 f"no column {columns[field]!r} for {field}; columns: {available}",
                                 1)
            positions[field] = lookup[wanted]
            continue
        found = next((lookup[alias] for alias in COLUMN_ALIASES[field] if alias in lookup), None)
        if found is not None:
            positions[field] = found
    if "text" not in positions:
        return Rejection(name, "ingest", "missing_column",
                         f"no text column (tried {', '.join(COLUMN_ALIASES['text'])}; map one "
                         f"as text=COLUMN); columns: {available}", 1)
    return positions


def _rows(reader: Any, header: list[str], positions: dict[str, int], name: str,
          default_date: dt.date | None) -> Iterator[Record]:
    """Records for the data rows of a ``csv.reader`` (its ``line_num`` gives the line numbers)."""
    line_num = reader.line_num  # lines read so far; a row starts on the next one
    while True:
        start = line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            line_num = reader.line_num
            reason = "too_large" if "field larger than field limit" in str(exc) else "bad_csv"
            yield Rejection(name, "ingest", reason, str(exc), start)
            continue
        line_num = reader.line_num
        if not any(value.strip() for value in row):
            continue  # blank lines and rows of empty fields, like blank JSON Lines
        yield _row_article(row, header, positions, name, start, default_date)


def _row_article(row: list[str], header: list[str], positions: dict[str, int], name: str,
                 line: int, default_date: dt.date | None) -> Record:
    if len(row) != len(header):
        return Rejection(name, "ingest", "bad_row",
                         f"{len(row)} fields, the header has {len(header)}", line)
    if any("\x00" in value for value in row):
        return Rejection(name, "ingest", "binary", "NUL bytes in the row", line)
    bad = _bad_utf8(row)
    if bad is not None:
        return Rejection(name, "ingest", "encoding",
                         f"column {header[bad]!r} is not valid UTF-8", line)
    values = {field: row[index].strip() for field, index in positions.items()}
    day = publication_date(values.get("date"), default_date, name, line)
    article_id = values.get("id") or f"{Path(name).name}:{line}"
    return make_article(article_id, row[positions["text"]], name, line, day,
                        title=values.get("title") or None, url=values.get("url") or None,
                        source=values.get("source") or None)
