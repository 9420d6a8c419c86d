"""Ingesting a corpus: read, skip what is stored, code the rest, store it batch by batch.

``ingest`` is what ``deeppol ingest`` runs. Articles already in the store are skipped before they
are coded, so resuming an interrupted run costs little; each batch is written in one
transaction, so an interrupted run leaves whole batches only; ids are content hashes, so running
again over the same inputs stores nothing twice. Batches are stored in input order, which is what
makes a resumed run end with exactly the database an uninterrupted one makes.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from deeppol.coding.dictionaries import Dictionaries
from deeppol.config import Settings
from deeppol.ingest.readers import (
    ReaderOptions,
    input_kind,
    looks_like_feed,
    read_inputs,
    storable_name,
)
from deeppol.store.database import Database, StoreError
from deeppol.store.runs import Run, finish_run, start_run
from deeppol.store.writer import StoredArticle, StoreWriter
from deeppol.types import Article, Event, Rejection

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 64
"""Articles per transaction."""
MAX_PENDING_REJECTIONS = 1000
"""Rejections are stored with the next batch, or on their own once this many wait."""


class ArticleCoder(Protocol):
    """What ``ingest`` needs from a coder: ``deeppol.coding.coder.Coder``, or any stand-in with
    the same ``code_articles`` contract (in-order, lazy), such as a pool of worker processes."""

    settings: Settings
    dictionaries: Dictionaries

    def code_articles(self, articles: Iterable[Article],
                      on_rejection: Callable[[Rejection], None] | None = None,
                      ) -> Iterator[tuple[Article, list[Event]]]: ...


class Progress(Protocol):
    """Where ``ingest`` reports progress (``deeppol.progress.ProgressReporter`` qualifies)."""

    def article(self, events: int) -> None: ...
    def rejection(self) -> None: ...
    def skip(self, articles: int = 1) -> None: ...


@dataclass
class IngestSummary:
    """What one ``ingest`` call did."""

    run_id: str
    articles: int = 0
    """Articles stored by this call."""
    already_stored: int = 0
    """Articles skipped because the store had them (or the input repeated them)."""
    duplicates: int = 0
    """Stored articles linked to an original (exact or near copies)."""
    events: int = 0
    """Event mentions stored."""
    rejected: int = 0
    """Inputs or articles that could not be used (each stored in ``rejections``)."""
    batches: int = 0
    seconds: float = 0.0


def ingest(inputs: Iterable[str], db: Database, coder: ArticleCoder, *,
           default_date: dt.date | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
           on_rejection: Callable[[Rejection], None] | None = None,
           progress: Progress | None = None,
           reader_options: ReaderOptions | None = None) -> IngestSummary:
    """Code ``inputs`` and store articles, evidence sentences, event mentions and rejections.

    Args:
        inputs: files, directories or ``-``, as ``deeppol.ingest.readers.read_inputs`` reads them.
        db: an open, migrated store (``deeppol.store.open_store``).
        coder: the coder (its settings and dictionaries identify the run).
        default_date: publication date of inputs that carry none.
        batch_size: articles per transaction.
        on_rejection: called with each ``Rejection`` as it happens (they are also stored).
        progress: told about every article stored or skipped and every rejection.
        reader_options: CSV columns, feed fetching (``deeppol.ingest.readers.ReaderOptions``).

    Returns:
        The counts of what was stored, skipped and rejected.

    Raises:
        StoreError: the store cannot be written (batches written before stay).
    """
    return _run_job(db, coder, batch_size, on_rejection, progress,
                    lambda job: job.run(coder, inputs, default_date, reader_options))


def ingest_coded(coded: Callable[[Callable[[Rejection], None]],
                                 Iterable[tuple[StoredArticle, list[Event]]]],
                 db: Database, coder: ArticleCoder, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 on_rejection: Callable[[Rejection], None] | None = None,
                 progress: Progress | None = None) -> IngestSummary:
    """Store articles coded elsewhere (by cluster workers that read the inputs themselves).

    Args:
        coded: called with the rejection callback, returns the ``(StoredArticle, events)``
            pairs in input order, e.g. ``lambda report: engine.code_shards(shards, job, report)``.
        db: an open, migrated store.
        coder: what coded them (its settings and dictionaries identify the run).
        batch_size, on_rejection, progress: as for ``ingest``.

    Articles already stored are left as they are (the writer skips them), so this is as
    idempotent as ``ingest``; a re-run of the cluster engine skips the partitions it finished.
    """
    return _run_job(db, coder, batch_size, on_rejection, progress,
                    lambda job: job.store_coded(coded(job.reject)))


def _run_job(db: Database, coder: ArticleCoder, batch_size: int,
             on_rejection: Callable[[Rejection], None] | None, progress: Progress | None,
             work: Callable[[_Ingest], None]) -> IngestSummary:
    """Start (or continue) the coder's run, do ``work`` with a fresh ``_Ingest``, finish."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.perf_counter()
    try:
        run = start_run(db, Run.for_coder(coder))
        job = _Ingest(StoreWriter(db, run), IngestSummary(run.id), batch_size, on_rejection,
                      progress)
        work(job)
        finish_run(db, run)
    except db.errors as exc:  # locked, full, disconnected: the driver's error, said as ours
        raise StoreError(f"[S020] the store failed: {type(exc).__name__}: {exc}".strip()
                         + " (batches stored before are kept: run again to resume)") from exc
    job.summary.seconds = time.perf_counter() - started
    return job.summary


class _Ingest:
    """The state of one ``ingest`` call: articles being coded, the batch being filled."""

    def __init__(self, writer: StoreWriter, summary: IngestSummary, batch_size: int,
                 on_rejection: Callable[[Rejection], None] | None, progress: Progress | None):
        self.writer = writer
        self.summary = summary
        self.batch_size = batch_size
        self.on_rejection = on_rejection
        self.progress = progress
        self.coding: dict[str, StoredArticle] = {}
        """Articles handed to the coder and not yet returned, by stored id."""
        self.in_flight: set[str] = set()
        """Ids handed to the coder and not yet stored (or rejected): a repeat of one is skipped."""
        self.flushes = 0
        self.batch: list[tuple[StoredArticle, list[Event]]] = []
        self.rejections: list[Rejection] = []

    def run(self, coder: ArticleCoder, inputs: Iterable[str], default_date: dt.date | None,
            options: ReaderOptions | None) -> None:
        articles = self._unstored(self._records(inputs, default_date, options))
        coded = coder.code_articles(articles, on_rejection=self._coding_failed)
        self.store_coded((self.coding.pop(article.id), events) for article, events in coded)

    def store_coded(self, coded: Iterable[tuple[StoredArticle, list[Event]]]) -> None:
        """Store coded pairs, batch by batch (the writer skips articles already stored)."""
        for record, events in coded:
            self.batch.append((record, events))
            if len(self.batch) >= self.batch_size:
                self._flush()
        self._flush()

    def _records(self, inputs: Iterable[str], default_date: dt.date | None,
                 options: ReaderOptions | None) -> Iterator[StoredArticle]:
        for name in inputs:  # one at a time, to record which input each article came from
            label = "<stdin>" if name == "-" else storable_name(name)
            for record in read_inputs([name], default_date, options=options):
                if isinstance(record, Rejection):
                    self.reject(record)
                else:
                    yield StoredArticle.from_article(record, label)

    def _unstored(self, records: Iterator[StoredArticle]) -> Iterator[Article]:
        """The articles to code: neither stored nor being coded; the store is asked a chunk at a
        time."""
        chunk: list[StoredArticle] = []
        for record in records:
            chunk.append(record)
            if len(chunk) >= self.batch_size:
                yield from self._new(chunk)
                chunk = []
        yield from self._new(chunk)

    def _new(self, chunk: Sequence[StoredArticle]) -> Iterator[Article]:
        stored: set[str] = set()
        checked = -1
        for position, record in enumerate(chunk):
            if checked != self.flushes:  # (again) when a batch was stored since the last look
                stored = self.writer.stored_ids(r.id for r in chunk[position:])
                checked = self.flushes
            if record.id in stored or record.id in self.in_flight:
                self.summary.already_stored += 1
                if self.progress is not None:
                    self.progress.skip()
                continue
            self.in_flight.add(record.id)
            self.coding[record.id] = record
            yield record.article

    def _coding_failed(self, rejection: Rejection) -> None:
        record = self.coding.pop(rejection.input, None)
        if record is not None:
            self.in_flight.discard(record.id)
            # name the input and the article, not the internal id
            rejection = Rejection(record.input or record.doc_id, rejection.stage, rejection.reason,
                                  f"article {record.doc_id}: {rejection.detail}", record.line)
        self.reject(rejection)

    def reject(self, rejection: Rejection) -> None:
        self.summary.rejected += 1
        self.rejections.append(rejection)
        if self.progress is not None:
            self.progress.rejection()
        if self.on_rejection is not None:
            self.on_rejection(rejection)
        if len(self.rejections) >= MAX_PENDING_REJECTIONS:
            self._flush()

    def _flush(self) -> None:
        if not self.batch and not self.rejections:
            return
        batch, rejections = self.batch, self.rejections
        result = self.writer.write(batch, rejections)
        self.batch, self.rejections = [], []
        self.flushes += 1
        self.in_flight.difference_update(record.id for record, _ in batch)
        self.summary.batches += 1
        self.summary.already_stored += len(batch) - result.articles  # coded elsewhere, stored before
        self.summary.articles += result.articles
        self.summary.duplicates += result.duplicates
        self.summary.events += result.mentions
        if self.progress is not None:
            for _, events in batch:
                self.progress.article(len(events))
        log.debug("stored a batch: %s", result)


def count_articles(inputs: Iterable[str]) -> int | None:
    """A quick estimate of how many articles ``inputs`` hold (for an ETA), or None when it cannot
    be known without reading them (stdin, archives, feeds)."""
    total = 0
    for name in inputs:
        path = Path(name)
        folder = path.is_dir()
        files = sorted(p for p in path.rglob("*") if p.is_file()) if folder else [path]
        for file in files:
            kind = input_kind(file)
            if kind == "jsonl" and file.is_file():
                total += _count_lines(file)
            elif kind in ("html", "text") and file.is_file():
                total += 1
            elif folder and (kind is None or (kind == "xml" and not looks_like_feed(file))):
                continue  # a file the directory reader skips
            else:  # tables, feeds, archives, stdin, URLs: not known without reading them
                return None
    return total


def _count_lines(path: Path) -> int:
    lines = 0
    last = b"\n"
    try:
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 0
    return lines + (last != b"\n")


__all__ = ["DEFAULT_BATCH_SIZE", "ArticleCoder", "IngestSummary", "Progress", "count_articles",
           "ingest"]
