"""The Dask engine: a LocalCluster run yields exactly the single-process events; re-runs skip
finished partitions; a worker killed mid-run loses and duplicates nothing."""

from __future__ import annotations

import datetime as dt
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")

from deeppol.batch.dask_engine import DaskCoder
from deeppol.coding.coder import Coder
from deeppol.types import Article

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
