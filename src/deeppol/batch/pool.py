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

BatchResult = tuple[list[tuple[Article, list[Event]]], list[Rejection]]


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


class ParallelCoder:
    """Codes articles on ``workers`` processes; a drop-in for ``Coder.code_articles``.

    Small inputs (no more than one batch per worker) are coded in this process by ``local``
    (built on demand) so that a short run does not pay for starting workers.
    """

    def __init__(self, settings: Settings, workers: int | None = None, batch_articles: int = 32,
                 local: Callable[[], Coder] | None = None) -> None:
        self.settings = settings
        self.workers = workers or default_workers()
        self.batch_articles = batch_articles
        self._local_factory = local
        self._local: Coder | None = None

    @property
    def local(self) -> Coder:
        """A coder in this process (for small inputs and for its version/dictionaries)."""
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

    def code_articles(self, articles: Iterable[Article],
                      on_rejection: Callable[[Rejection], None] | None = None,
                      ) -> Iterator[tuple[Article, list[Event]]]:
        """Like ``Coder.code_articles``, spread over the worker processes."""
        batches = _batched(articles, self.batch_articles)
        head = list(itertools.islice(batches, self.workers))
        if self.workers == 1 or len(head) < self.workers:  # a small input: not worth a pool
            flat = (article for batch in itertools.chain(head, batches) for article in batch)
            yield from self.local.code_articles(flat, on_rejection=on_rejection)
            return
        yield from self._pooled(itertools.chain(head, batches), on_rejection)

    def _pooled(self, batches: Iterator[list[Article]],
                on_rejection: Callable[[Rejection], None] | None,
                ) -> Iterator[tuple[Article, list[Event]]]:
        context = multiprocessing.get_context("spawn")  # no forked copies of threads or handles
        in_flight: deque[Future[BatchResult]] = deque()
        limit = 2 * self.workers
        with ProcessPoolExecutor(self.workers, mp_context=context) as pool:
            try:
                for batch in batches:
                    in_flight.append(pool.submit(code_batch, self.settings, batch))
                    if len(in_flight) >= limit:
                        yield from self._collect(in_flight.popleft(), on_rejection)
                while in_flight:
                    yield from self._collect(in_flight.popleft(), on_rejection)
            finally:
                for future in in_flight:
                    future.cancel()

    @staticmethod
    def _collect(future: Future[BatchResult], on_rejection: Callable[[Rejection], None] | None,
                 ) -> Iterator[tuple[Article, list[Event]]]:
        coded, rejections = future.result()
        for rejection in rejections:
            if on_rejection is None:
                raise RuntimeError(rejection.describe())
            on_rejection(rejection)
        yield from coded


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch
