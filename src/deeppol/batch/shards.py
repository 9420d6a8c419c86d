"""Cutting input files into shards that cluster workers read, extract and code themselves.

A shard is a byte range of lines of a JSON Lines file, or one whole file of any other kind
(a WARC archive, a CSV table, a feed, an HTML or text page). Workers open the files by path, so
on a cluster the inputs must be on storage every worker sees (a shared or network file system).
A shard is named by its path, byte range and the file's size and modification time, so a re-run
over unchanged files finds the shards it finished.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from deeppol.ingest.readers import (
    ReaderOptions,
    input_kind,
    looks_like_feed,
    read_file,
    read_jsonl,
    storable_name,
)
from deeppol.store.ids import digest
from deeppol.types import Article, Rejection

DEFAULT_SHARD_LINES = 64
"""JSON Lines records per shard."""


@dataclass(frozen=True, slots=True)
class Shard:
    """Part of one input file: ``start``/``end`` bytes of a JSON Lines file, else the whole file."""

    index: int
    path: str
    kind: str
    first_line: int = 1
    start: int = 0
    end: int | None = None
    stamp: str = ""
    """The file's size and modification time when the shard was planned."""

    @property
    def id(self) -> str:
        return digest("shard", self.path, self.stamp, str(self.start), str(self.end))


def plan_shards(inputs: Iterable[str], lines_per_shard: int = DEFAULT_SHARD_LINES,
                ) -> tuple[list[Shard], list[Rejection]]:
    """Shards for files and directories (recursively), in input order, and the inputs that
    cannot be sharded (missing paths); stdin and URLs are not files and are refused here."""
    shards: list[Shard] = []
    rejected: list[Rejection] = []
    for name in inputs:
        path = Path(name)
        if name == "-" or "://" in name:
            raise ValueError(f"{name!r} is not a file: shards are made of files and directories")
        if path.is_dir():
            files = [f for f in sorted(p for p in path.rglob("*") if p.is_file())
                     if _readable_kind(f) is not None]
        elif path.is_file():
            files = [path]
        else:
            rejected.append(Rejection(storable_name(name), "ingest", "not_found",
                                      "no such file or directory"))
            continue
        for file in files:
            shards.extend(_file_shards(file, len(shards), lines_per_shard))
    return shards, rejected


def read_shard(shard: Shard, default_date: dt.date | None = None,
               options: ReaderOptions | None = None) -> Iterator[Article | Rejection]:
    """The records of one shard, as ``read_inputs`` would give them (same ids and lines)."""
    path = Path(shard.path)
    if shard.kind != "jsonl" or (shard.start == 0 and shard.end is None):
        yield from read_file(path, default_date, options)
        return
    name = storable_name(shard.path)
    try:
        with path.open("rb") as handle:
            handle.seek(shard.start)
            data = handle.read((shard.end or 0) - shard.start) if shard.end else handle.read()
    except OSError as exc:
        yield Rejection(name, "ingest", "unreadable", storable_name(str(exc)))
        return
    yield from read_jsonl(io.BufferedReader(io.BytesIO(data)), name, default_date,
                          first_line=shard.first_line)


def _readable_kind(path: Path) -> str | None:
    kind = input_kind(path)
    if kind == "xml":
        return "feed" if looks_like_feed(path) else None
    return kind


def _file_shards(path: Path, first_index: int, lines_per_shard: int) -> Iterator[Shard]:
    kind = _readable_kind(path) or "text"  # named explicitly: read as plain text
    try:
        info = path.stat()
    except OSError:
        yield Shard(first_index, str(path), kind)  # the worker reports why it cannot read it
        return
    stamp = f"{info.st_size}:{info.st_mtime_ns}"
    if kind != "jsonl":
        yield Shard(first_index, str(path), kind, stamp=stamp)
        return
    index, line, start, offset, count = first_index, 1, 0, 0, 0
    with path.open("rb") as handle:
        for raw in handle:
            offset += len(raw)
            count += 1
            if count == lines_per_shard:
                yield Shard(index, str(path), kind, line, start, offset, stamp)
                index, line, start, count = index + 1, line + count, offset, 0
    if count or index == first_index:
        yield Shard(index, str(path), kind, line, start, None, stamp)
