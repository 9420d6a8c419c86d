"""The Dask engine: a LocalCluster run yields exactly the single-process events; re-runs skip
finished partitions; a worker killed mid-run loses and duplicates nothing."""

from __future__ import annotations

import datetime as dt
import json
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

from deeppol.batch.dask_engine import DaskCoder, ShardJob
from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.errors import ConfigError
from deeppol.ingest.readers import read_inputs
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


def test_dask_local_cluster_runs_beside_another_on_the_machine(
        tmp_path: Path, coder: Coder, articles: list[Article],
        single: list[tuple[str, list[dict[str, Any]]]]) -> None:
    """A local cluster takes no fixed port: a second run on the machine (or anything else on
    Dask's dashboard port 8787) does not stop it."""
    with socket.socket() as busy:
        try:
            busy.bind(("", 8787))
            busy.listen()
        except OSError:
            pass  # the port is taken already, which is the case under test
        engine = DaskCoder(coder.settings, tmp_path / "dataset", workers=1,
                           partition_articles=24, local=lambda: coder)
        assert _rows(engine, articles) == single


@pytest.mark.parametrize("partition_articles", [2])
def test_dask_worker_killed_mid_run_loses_and_duplicates_nothing(
        partition_articles: int, tmp_path: Path, coder: Coder, articles: list[Article],
        single: list[tuple[str, list[dict[str, Any]]]]) -> None:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=":0")
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


class _RunningClient:
    """Runs each submitted task at once, in this process (the real worker functions)."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, function: Any, *args: Any, **_: Any) -> _Done:
        self.submitted += 1
        return _Done(function(*args))


@pytest.fixture
def shard_corpus(tmp_path: Path, news_corpus: list[dict[str, Any]]) -> Path:
    folder = tmp_path / "inputs"
    (folder / "more").mkdir(parents=True)
    lines = [json.dumps(r) for r in news_corpus[:9]]
    lines.insert(4, "{broken")
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "more" / "note.txt").write_text("Iran condemned the attack on the embassy.",
                                              encoding="utf-8")
    return folder


@pytest.mark.parametrize("partition_articles", [4])
def test_dask_shards_are_read_by_workers_like_reading_here(
        partition_articles: int, tmp_path: Path, shard_corpus: Path, coder: Coder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import deeppol.batch.pool as pool

    monkeypatch.setattr(pool, "worker_coder", lambda _: coder)
    records = list(read_inputs([str(shard_corpus)], dt.date(2022, 3, 1)))
    here_rejected = [r for r in records if isinstance(r, Rejection)]
    here = [(a.id, [e.as_row() for e in events]) for a, events in
            coder.code_articles(r for r in records if isinstance(r, Article))]
    job = ShardJob(default_date=dt.date(2022, 3, 1))
    for expected_submissions in (4, 0):  # 3 JSONL shards + the text file; then all from the dataset
        client = _RunningClient()
        engine = DaskCoder(coder.settings, tmp_path / "dataset", client=client,  # type: ignore[arg-type]
                           partition_articles=partition_articles, local=lambda: coder)
        rejected: list[Rejection] = []
        there = [(a.id, [e.as_row() for e in events])
                 for a, events in engine.code_inputs([str(shard_corpus)], job, rejected.append)]
        assert there == here
        assert rejected == here_rejected and len(rejected) == 1
        assert client.submitted == expected_submissions


@pytest.mark.parametrize("partition_articles", [3])
def test_dask_shard_ingest_stores_what_ingest_stores(
        partition_articles: int, tmp_path: Path, shard_corpus: Path, coder: Coder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import deeppol.batch.pool as pool
    from deeppol.store import open_store
    from deeppol.store.ingest import ingest, ingest_coded

    monkeypatch.setattr(pool, "worker_coder", lambda _: coder)
    engine = DaskCoder(coder.settings, tmp_path / "dataset", client=_RunningClient(),  # type: ignore[arg-type]
                       partition_articles=partition_articles, local=lambda: coder)
    job = ShardJob(default_date=dt.date(2022, 3, 1), stored=True)
    tables = ("mentions", "events", "sentences", "actors")
    snapshots = []
    with open_store(tmp_path / "here.db") as db:
        here = ingest([str(shard_corpus)], db, coder, default_date=dt.date(2022, 3, 1),
                      on_rejection=lambda _: None)
        snapshots.append({t: db.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables})
        ids = db.query("SELECT id, seq, duplicate_of FROM articles ORDER BY seq")
    with open_store(tmp_path / "there.db") as db:
        there = ingest_coded(lambda skip: engine.code_inputs([str(shard_corpus)], job, skip), db,
                             engine, on_rejection=lambda _: None)
        snapshots.append({t: db.query(f"SELECT * FROM {t} ORDER BY 1") for t in tables})
        assert db.query("SELECT id, seq, duplicate_of FROM articles ORDER BY seq") == ids
        again = ingest_coded(lambda skip: engine.code_inputs([str(shard_corpus)], job, skip), db,
                             engine, on_rejection=lambda _: None)
    assert snapshots[0] == snapshots[1] and snapshots[0]["mentions"]
    assert (there.articles, there.events, there.rejected) == (here.articles, here.events, 1)
    assert (again.articles, again.events, again.already_stored) == (0, 0, here.articles)
