"""Worker processes: the same events, in the same order, as one process."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from deeppol.batch.pool import ParallelCoder, code_batch
from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.types import Article, Rejection


def _articles(records: list[dict[str, Any]]) -> list[Article]:
    return [Article(r["id"], r["text"], dt.date.fromisoformat(r["date"])) for r in records]


@pytest.fixture(scope="module")
def articles(news_corpus: list[dict[str, Any]]) -> list[Article]:
    return _articles(news_corpus[:20])


@pytest.fixture(scope="module")
def single(coder: Coder, articles: list[Article]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(a.id, [e.as_row() for e in events]) for a, events in coder.code_articles(articles)]


@pytest.mark.slow
@pytest.mark.parametrize("workers", [2])
def test_pool_output_equals_one_process(workers: int, coder: Coder, articles: list[Article],
                                        single: list[tuple[str, list[dict[str, Any]]]]) -> None:
    with ParallelCoder(coder.settings, workers, batch_articles=3, local=lambda: coder) as pool:
        pooled = [(a.id, [e.as_row() for e in events]) for a, events in pool.code_articles(articles)]
        again = [(a.id, [e.as_row() for e in events]) for a, events in pool.code_articles(articles)]
    assert pooled == single
    assert again == single  # the started pool is reused
    assert sum(len(rows) for _, rows in single) > 20


@pytest.mark.parametrize("count", [1, 5])
def test_pool_small_input_is_coded_in_process(count: int, coder: Coder,
                                              articles: list[Article]) -> None:
    """Little text: no pool is started (the local coder answers)."""
    calls: list[int] = []

    def local() -> Coder:
        calls.append(1)
        return coder

    pool = ParallelCoder(coder.settings, 2, batch_articles=10, local=local)
    coded = list(pool.code_articles(articles[:count]))
    assert [a.id for a, _ in coded] == [a.id for a in articles[:count]]
    assert calls == [1]


@pytest.mark.parametrize("settings", [Settings()])
def test_code_batch_reports_rejections(settings: Settings, monkeypatch: pytest.MonkeyPatch,
                                       coder: Coder) -> None:
    """A worker returns a failing article as a rejection, with the other articles coded."""
    import deeppol.batch.pool as pool

    def broken_events(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("boom")

    twin = coder.derive()
    monkeypatch.setattr(pool, "worker_coder", lambda _: twin)
    monkeypatch.setattr(twin, "_events", broken_events)
    coded, rejections = code_batch(settings, [Article("bad", "Japan attacked China.", None)])
    assert coded == []
    assert [r.reason for r in rejections] == ["error"]
    assert isinstance(rejections[0], Rejection)


@pytest.mark.parametrize(("sizes", "small", "read"), [
    ([10] * 5, True, 5),                    # little text: code here
    ([150_000] * 5, False, 2),              # enough text for both workers: stop reading, pool
    ([300_000], False, 1),                  # one huge article: worth a pool too
])
def test_pool_reads_ahead_to_decide(sizes: list[int], small: bool, read: int) -> None:
    from deeppol.batch.pool import _read_ahead

    batches = iter([[Article(str(i), "x" * size, None)] for i, size in enumerate(sizes)])
    head, is_small = _read_ahead(batches, 2)
    assert (is_small, len(head)) == (small, read)
    assert len(list(batches)) == len(sizes) - read
