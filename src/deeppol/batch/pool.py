"""All cores of one machine: a pool of worker processes, each with its own pipeline.

``ParallelCoder`` has the ``Coder.code_articles`` contract (lazy, in input order, rejections
through a callback), so the CLI, the store and the benchmarks take either. Articles travel to the
workers in batches; each worker loads the pipeline and lexicons once (``worker_coder``) and
returns plain ``Article``/``Event``/``Rejection`` records. Results are yielded in submission
order, with a bounded number of batches in flight, so memory stays flat on any corpus and the
output is identical to one process.
"""

from __future__ import annotations

import functools
import itertools
import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from deeppol.config import Settings
from deeppol.types import Article, Event, Rejection

if TYPE_CHECKING:
    from deeppol.coding.coder import Coder
    from deeppol.coding.dictionaries import Dictionaries

log = logging.getLogger(__name__)

SMALL_INPUT_CHARS = 200_000
"""Inputs with less text than this (about 50 news articles) are coded in the calling process:
starting workers, each loading the pipeline, would take longer."""
BatchResult = tuple[list[tuple[Article, list[Event]]], list[Rejection]]
EventsResult = tuple[list[tuple[int, list[Event]]], list[Rejection]]


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


@functools.lru_cache(maxsize=2)
def worker_coder(settings: Settings) -> Coder:
    """The coder of this process for ``settings``: built on first use, then reused."""
    from deeppol.coding.coder import Coder

    return Coder(settings)


def code_batch(settings: Settings, articles: list[Article]) -> BatchResult:
    """Worker entry point: code one batch of articles (picklable, no shared state)."""
    rejections: list[Rejection] = []
    coded = list(worker_coder(settings).code_articles(articles, on_rejection=rejections.append))
    return coded, rejections


def code_batch_events(settings: Settings, articles: list[Article]) -> EventsResult:
    """Worker entry point for a pool that keeps its articles: each coded article's position in
    the batch with its events (the article texts do not travel back)."""
    position = {id(article): i for i, article in enumerate(articles)}
    coded, rejections = code_batch(settings, articles)
    return [(position[id(article)], events) for article, events in coded], rejections


def load_worker(settings: Settings) -> int:
    """Pool initializer and warm-up task: load this worker's coder and warm it up
    (``Coder.warm_up``); returns its pid."""
    worker_coder(settings).warm_up()
    return os.getpid()


class RemoteCoder:
    """What engines that code elsewhere share: settings, and a coder in this process for the
    run's identity (``version``, ``dictionaries``) and for work too small to send away."""

    def __init__(self, settings: Settings, local: Callable[[], Coder] | None = None) -> None:
        self.settings = settings
        self._local_factory = local
        self._local: Coder | None = None

    @property
    def local(self) -> Coder:
        """The coder of this process (``local()`` when given, else one built for ``settings``)."""
        if self._local is None:
            factory = self._local_factory or (lambda: worker_coder(self.settings))
            self._local = factory()
        return self._local

    @property
    def version(self) -> str:
        return self.local.version

    @property
    def dictionaries(self) -> Dictionaries:
        return self.local.dictionaries


class ParallelCoder(RemoteCoder):
    """Codes articles on ``workers`` processes; a drop-in for ``Coder.code_articles``.

    Used as a context manager, the pool is started (every worker loads its pipeline) on entry
    and reused by every ``code_articles`` call until exit; otherwise each call starts its own.
    Small inputs (no more than one batch per worker) on a pool that is not running are coded in
    this process by ``local`` (built on demand), so a short run does not pay for starting workers.
    """

    def __init__(self, settings: Settings, workers: int | None = None, batch_articles: int = 8,
                 local: Callable[[], Coder] | None = None, in_flight: int = 4) -> None:
        """``batch_articles``: articles sent to a worker at a time; ``in_flight``: batches per
        worker submitted ahead of the one whose results are awaited (results are yielded in
        order, so a window of several keeps every worker busy behind a slow batch)."""
        super().__init__(settings, local)
        self.workers = workers or default_workers()
        self.batch_articles = batch_articles
        self.in_flight = in_flight
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> ParallelCoder:
        self.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def start(self) -> None:
        """Start the workers and wait until each has loaded its pipeline."""
        if self._pool is None:
            self._pool = self._new_pool()
            pids = {f.result() for f in [self._pool.submit(load_worker, self.settings)
                                         for _ in range(2 * self.workers)]}
            log.info("%d workers ready (%d answered)", self.workers, len(pids))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("spawn")  # no forked copies of threads or handles
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=load_worker,
                                   initargs=(self.settings,))

    def code_articles(self, articles: Iterable[Article],
                      on_rejection: Callable[[Rejection], None] | None = None,
                      ) -> Iterator[tuple[Article, list[Event]]]:
        """Like ``Coder.code_articles``, spread over the worker processes."""
        batches = _batched(articles, self.batch_articles)
        head: list[list[Article]] = []
        small = self.workers == 1
        if not small and self._pool is None:  # read ahead: is the input worth starting a pool?
            head, small = _read_ahead(batches, self.workers)
        if small:
            flat = (article for batch in itertools.chain(head, batches) for article in batch)
            yield from self.local.code_articles(flat, on_rejection=on_rejection)
            return
        yield from self._pooled(itertools.chain(head, batches), on_rejection)

    def _pooled(self, batches: Iterator[list[Article]],
                on_rejection: Callable[[Rejection], None] | None,
                ) -> Iterator[tuple[Article, list[Event]]]:
        in_flight: deque[tuple[list[Article], Future[EventsResult]]] = deque()
        limit = self.in_flight * self.workers
        pool = self._pool or self._new_pool()
        try:
            for batch in batches:
                in_flight.append((batch, pool.submit(code_batch_events, self.settings, batch)))
                if len(in_flight) >= limit:
                    yield from self._collect(*in_flight.popleft(), on_rejection)
            while in_flight:
                yield from self._collect(*in_flight.popleft(), on_rejection)
        finally:
            for _, future in in_flight:
                future.cancel()
            if pool is not self._pool:
                pool.shutdown(cancel_futures=True)

    @staticmethod
    def _collect(batch: list[Article], future: Future[EventsResult],
                 on_rejection: Callable[[Rejection], None] | None,
                 ) -> Iterator[tuple[Article, list[Event]]]:
        coded, rejections = future.result()
        for rejection in rejections:
            if on_rejection is None:
                raise RuntimeError(rejection.describe())
            on_rejection(rejection)
        for position, events in coded:
            yield batch[position], events


def _read_ahead(batches: Iterator[list[Article]], workers: int,
                ) -> tuple[list[list[Article]], bool]:
    """The first batches, up to one per worker and ``SMALL_INPUT_CHARS`` of text, and whether
    that was all the input and it is small (coded faster here than by starting workers)."""
    head: list[list[Article]] = []
    size = 0
    for batch in batches:
        head.append(batch)
        size += sum(len(article.text) for article in batch)
        if len(head) >= workers and size >= SMALL_INPUT_CHARS:
            return head, False
    return head, size < SMALL_INPUT_CHARS


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
