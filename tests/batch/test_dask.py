"""The Dask engine: a LocalCluster run yields exactly the single-process events; re-runs skip
finished partitions; a worker killed mid-run loses and duplicates nothing."""

from __future__ import annotations

import datetime as dt
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

pytest.importorskip("distributed")

from deeppol.batch.dask_engine import DaskCoder
from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.errors import ConfigError
from deeppol.types import Article, Rejection

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def articles(news_corpus: list[dict[str, Any]]) -> list[Article]:
    return [Article(r["id"], r["text"], dt.date.fromisoformat(r["date"])) for r in news_corpus[:24]]


@pytest.fixture(scope="module")
def single(coder: Coder, articles: list[Article]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(a.id, [e.as_row() for e in events]) for a, events in coder.code_articles(articles)]


def _rows(engine: DaskCoder, articles: list[Article]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(a.id, [e.as_row() for e in events]) for a, events in engine.code_articles(articles)]


@pytest.mark.parametrize("partition_articles", [5])
def test_dask_local_cluster_equals_single_process_and_resumes(
        partition_articles: int, tmp_path: Path, coder: Coder, articles: list[Article],
        single: list[tuple[str, list[dict[str, Any]]]]) -> None:
    engine = DaskCoder(coder.settings, tmp_path / "dataset", workers=2,
                       partition_articles=partition_articles, local=lambda: coder)
    assert _rows(engine, articles) == single
    assert engine.coded_partitions == 5 and engine.skipped_partitions == 0
    assert len(list((tmp_path / "dataset" / "events").glob("part-*.parquet"))) == 5

    again = DaskCoder(coder.settings, tmp_path / "dataset", workers=2,
                      partition_articles=partition_articles, local=lambda: coder)
    assert _rows(again, articles) == single  # read back from the Parquet dataset
    assert again.coded_partitions == 0 and again.skipped_partitions == 5


@pytest.mark.parametrize("partition_articles", [2])
def test_dask_worker_killed_mid_run_loses_and_duplicates_nothing(
        partition_articles: int, tmp_path: Path, coder: Coder, articles: list[Article],
        single: list[tuple[str, list[dict[str, Any]]]]) -> None:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    client = Client(cluster)
    try:
        # a worker's pipeline is loaded by the first task it runs: warm both, then find the pids
        pids = list(client.run(os.getpid).values())
        engine = DaskCoder(coder.settings, tmp_path / "dataset", scheduler=cluster.scheduler_address,
                           partition_articles=partition_articles, local=lambda: coder)
        done = tmp_path / "dataset" / "done"
        killed: list[int] = []

        def kill_one_worker() -> None:
            deadline = time.monotonic() + 300
            while time.monotonic() < deadline:
                if done.is_dir() and len(list(done.glob("*.json"))) >= 2:
                    os.kill(pids[0], signal.SIGKILL)
                    killed.append(pids[0])
                    return
                time.sleep(0.05)

        killer = threading.Thread(target=kill_one_worker, daemon=True)
        killer.start()
        rows = _rows(engine, articles)
        killer.join(timeout=5)
    finally:
        client.close()
        cluster.close()
    assert killed, "no worker was killed: the run finished too early"
    assert rows == single
    ids = [row["id"] for _, found in rows for row in found]
    assert len(ids) == len(set(ids))


class _Done:
    """A finished task."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def result(self) -> Any:
        return self.value

    def release(self) -> None:
        """Nothing to release."""


class _InProcessClient:
    """Runs each task at once, in this process: articles saying "poison" fail to code."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, _: Any, __: Settings, articles: list[Article], **___: Any) -> _Done:
        self.submitted += 1
        return _Done(([(a, []) for a in articles if "poison" not in a.text],
                      [Rejection(a.id, "coding", "error", "ValueError: boom")
                       for a in articles if "poison" in a.text]))


def _stub_coder(digest: str = "d0") -> Any:
    """What the engine asks of its local coder (the run's identity), without loading a model."""
    coder = SimpleNamespace(dictionaries=SimpleNamespace(digest=digest, version=f"dict@{digest}"))
    return lambda: coder


@pytest.mark.parametrize("partition_articles", [3])
def test_dask_rerun_reports_the_rejections_of_finished_partitions(
        partition_articles: int, tmp_path: Path) -> None:
    """A skipped partition gives what coding it gave: its events and its rejections (else the
    re-run of `deeppol code`/`ingest` loses the reason an article is missing)."""
    articles = [Article(f"a{i}", "A poison pill." if i == 3 else f"Story {i}.", None)
                for i in range(7)]
    runs = []
    for _ in range(2):
        client = _InProcessClient()
        engine = DaskCoder(Settings(), tmp_path / "dataset", partition_articles=partition_articles,
                           client=client, local=_stub_coder())  # type: ignore[arg-type]
        rejected: list[Rejection] = []
        coded = [a.id for a, _ in engine.code_articles(articles, on_rejection=rejected.append)]
        runs.append((coded, rejected, client.submitted))
    (first, first_rejected, first_submitted), (again, again_rejected, again_submitted) = runs
    assert (first_submitted, again_submitted) == (3, 0)
    assert first == again == [a.id for a in articles if a.id != "a3"]
    assert first_rejected == again_rejected == [Rejection("a3", "coding", "error", "ValueError: boom")]


@pytest.fixture
def dead_scheduler() -> Iterator[str]:
    """A loopback scheduler address nothing listens on, with a 1 s connect timeout."""
    import dask

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        yield f"tcp://127.0.0.1:{port}"


def test_dask_unreachable_scheduler_is_a_config_error(dead_scheduler: str, tmp_path: Path) -> None:
    engine = DaskCoder(Settings(), tmp_path / "dataset", scheduler=dead_scheduler)
    with pytest.raises(ConfigError, match=r"\[E007\] cannot reach the Dask scheduler") as caught:
        list(engine.code_articles([Article("a", "Story.", None)]))
    assert dead_scheduler in str(caught.value)


@pytest.mark.parametrize("partition_articles", [3])
def test_dask_changed_dictionaries_are_coded_again(partition_articles: int, tmp_path: Path) -> None:
    """A dictionary edited in place keeps its path (so the settings) but changes what is coded:
    the partitions finished with the old one must not be read back."""
    articles = [Article(f"a{i}", f"Story {i}.", None) for i in range(7)]
    submitted = []
    for digest in ("old", "old", "new"):
        client = _InProcessClient()
        engine = DaskCoder(Settings(), tmp_path / "dataset", partition_articles=partition_articles,
                           client=client, local=_stub_coder(digest))  # type: ignore[arg-type]
        assert [a.id for a, _ in engine.code_articles(articles)] == [a.id for a in articles]
        submitted.append(client.submitted)
    assert submitted == [3, 0, 3]
