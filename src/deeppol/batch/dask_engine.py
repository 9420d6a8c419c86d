"""Coding on a Dask cluster: partitions out, events back, a Parquet dataset as the checkpoint.

``DaskCoder`` has the ``Coder.code_articles`` contract, so ``deeppol code`` and ``deeppol
ingest`` (whose single writer stores what it yields) run on a cluster unchanged. The input
stream is cut into partitions of consecutive articles; each partition is coded by a Dask worker
(``deeppol.batch.pool.code_batch``: the pipeline is loaded once per worker process) and its
events are written, by this process, as one Parquet file of the event dataset, followed by a
marker that also keeps its rejections. A partition whose marker exists is read back from the
dataset instead of being coded again, rejections included, so a re-run skips finished
partitions and reports what the first run reported. Tasks lost with a worker are recomputed
by Dask; a task that keeps failing is retried ``retries`` times, then its articles are reported
as rejections and the run goes on. Results are yielded in input order whatever order the
partitions finish in.

``code_inputs`` partitions files instead: JSON Lines files are cut into shards of lines and
other files (WARC archives, tables, feeds, pages) are one shard each; workers read, extract and
code their shards themselves, so HTML extraction is spread over the cluster too, and the
articles are kept in the dataset (``articles/part-<id>.parquet``) beside their events.

Dask is an optional extra: ``pip install 'deeppol[dask]'``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from deeppol.batch.pool import BatchResult, RemoteCoder, code_batch, default_workers
from deeppol.batch.shards import Shard, plan_shards, read_shard
from deeppol.config import Settings
from deeppol.errors import ConfigError
from deeppol.ingest.readers import ReaderOptions, storable_name
from deeppol.store.ids import digest
from deeppol.store.runs import Run
from deeppol.store.writer import StoredArticle
from deeppol.types import Article, Event, Rejection

if TYPE_CHECKING:
    from distributed import Client, Future

    from deeppol.coding.coder import Coder

log = logging.getLogger(__name__)

DEFAULT_PARTITION_ARTICLES = 64
DATASET_VERSION = "deeppol.EventDataset.v1"


@dataclass(frozen=True, slots=True)
class Partition:
    """Consecutive articles of the input (``articles``: read here, sent to a worker) or a shard
    of an input file (``shard``: read by the worker), identified by their content and the
    coder's run id (``deeppol.store.runs.Run``: version, dictionary digest, output settings)."""

    index: int
    id: str
    articles: list[Article]
    shard: Shard | None = None

    @property
    def label(self) -> str:
        if self.shard is None:
            return f"partition {self.index}"
        lines = f" from line {self.shard.first_line}" if self.shard.kind == "jsonl" else ""
        return f"partition {self.index} ({self.shard.path}{lines})"


@dataclass(frozen=True, slots=True)
class ShardJob:
    """What a worker needs besides the shard: how to read it and whether ids are the store's."""

    default_date: dt.date | None = None
    options: ReaderOptions | None = None
    stored: bool = False
    """Give articles their store ids (``StoredArticle``) before coding, as ``ingest`` does."""


def code_shard(settings: Settings, shard: Shard, job: ShardJob) -> BatchResult:
    """Worker entry point for a shard: read (and extract) it, then code it."""
    rejections: list[Rejection] = []
    articles: list[Article] = []
    wrapped: dict[str, StoredArticle] = {}
    for record in read_shard(shard, job.default_date, job.options):
        if isinstance(record, Rejection):
            rejections.append(record)
        elif job.stored:
            stored = StoredArticle.from_article(record, storable_name(shard.path))
            if stored.id not in wrapped:  # the same record twice in a shard: coded once
                wrapped[stored.id] = stored
                articles.append(stored.article)
        else:
            articles.append(record)
    coded, failed = code_batch(settings, articles)
    for rejection in failed:  # name the input, not the internal id
        record = wrapped.get(rejection.input)
        if record is not None:
            rejection = Rejection(record.input or record.doc_id, rejection.stage,
                                  rejection.reason, f"article {record.doc_id}: {rejection.detail}")
        rejections.append(rejection)
    if job.stored:
        return [(wrapped[article.id], events) for article, events in coded], rejections
    return coded, rejections


class DaskCoder(RemoteCoder):
    """Codes articles on a Dask cluster (``scheduler`` address) or a ``LocalCluster``.

    Args:
        settings: coder settings (sent to every worker).
        dataset: folder of the Parquet event dataset (one file per partition, plus markers).
        scheduler: ``tcp://host:8786``; None starts a ``LocalCluster`` of ``workers`` processes.
        workers: LocalCluster size (default: all cores).
        partition_articles: articles per partition.
        retries: extra attempts for a partition whose task fails.
        local: the coder of this process (for ``version``/``dictionaries``; built if needed).
        client: a ``distributed.Client`` to use (and leave open) instead of connecting.
    """

    def __init__(self, settings: Settings, dataset: str | Path, *, scheduler: str | None = None,
                 workers: int | None = None, partition_articles: int = DEFAULT_PARTITION_ARTICLES,
                 retries: int = 2, local: Callable[[], Coder] | None = None,
                 client: Client | None = None) -> None:
        if partition_articles < 1:
            raise ConfigError("[E005] partition_articles must be at least 1")
        super().__init__(settings, local)
        self.dataset = Path(dataset)
        self.scheduler = scheduler
        self.workers = workers or default_workers()
        self.partition_articles = partition_articles
        self.retries = retries
        self.client = client
        self.skipped_partitions = 0
        self.coded_partitions = 0

    def code_articles(self, articles: Iterable[Article],
                      on_rejection: Callable[[Rejection], None] | None = None,
                      ) -> Iterator[tuple[Article, list[Event]]]:
        """Like ``Coder.code_articles``, on the cluster, checkpointed in the dataset."""
        store = EventDataset(self.dataset)
        client = self.client or self._client()
        try:
            yield from self._run(client, store, self._partitions(articles), on_rejection)
        finally:
            if client is not self.client:
                _close(client)

    def code_inputs(self, inputs: Iterable[str], job: ShardJob | None = None,
                    on_rejection: Callable[[Rejection], None] | None = None,
                    ) -> Iterator[tuple[Article | StoredArticle, list[Event]]]:
        """Code files and directories: cut into shards of ``partition_articles`` JSON Lines
        records (other files whole) that the workers read, extract and code themselves."""
        shards, missing = plan_shards(inputs, self.partition_articles)
        _report(missing, on_rejection)
        yield from self.code_shards(shards, job, on_rejection)

    def code_shards(self, shards: Iterable[Shard], job: ShardJob | None = None,
                    on_rejection: Callable[[Rejection], None] | None = None,
                    ) -> Iterator[tuple[Article | StoredArticle, list[Event]]]:
        """Code input-file shards (``deeppol.batch.shards.plan_shards``) on the cluster, in
        order; workers read the files themselves. With ``job.stored`` the results carry
        ``StoredArticle``s ready for the store's writer."""
        job = job or ShardJob()
        store = EventDataset(self.dataset)
        key = Run.for_coder(self).id
        partitions = (Partition(shard.index, digest(DATASET_VERSION, key, shard.id,
                                                    repr(job)), [], shard)
                      for shard in shards)
        client = self.client or self._client()
        try:
            yield from self._run(client, store, partitions, on_rejection, job)
        finally:
            if client is not self.client:
                _close(client)

    def _client(self) -> Client:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise ConfigError("[E006] the Dask engine needs the extra: pip install 'deeppol[dask]'") from exc
        quiet = logging.getLogger().getEffectiveLevel() > logging.INFO  # unless --verbose
        logging.getLogger("distributed").setLevel(logging.WARNING if quiet else logging.INFO)
        if self.scheduler:
            try:
                return Client(self.scheduler)
            except (OSError, ValueError, TypeError) as exc:  # refused, timed out, bad address
                raise ConfigError(f"[E007] cannot reach the Dask scheduler {self.scheduler}: "
                                  f"{exc}") from exc
        # ":0": any free port; None would still take Dask's fixed 8787, so a second run on the
        # machine could not start
        cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        try:
            return Client(cluster)
        except BaseException:
            cluster.close()
            raise

    def _partitions(self, articles: Iterable[Article]) -> Iterator[Partition]:
        batch: list[Article] = []
        index = 0
        # what the output depends on: deeppol's version, the dictionaries' content (a file edited
        # in place keeps its path) and the settings that change output, as a run records them
        settings_key = Run.for_coder(self).id
        for article in articles:
            batch.append(article)
            if len(batch) >= self.partition_articles:
                yield _partition(index, batch, settings_key)
                index, batch = index + 1, []
        if batch:
            yield _partition(index, batch, settings_key)

    def _run(self, client: Client, store: EventDataset, partitions: Iterator[Partition],
             on_rejection: Callable[[Rejection], None] | None, job: ShardJob | None = None,
             ) -> Iterator[tuple[Article, list[Event]]]:
        pending: deque[tuple[Partition, Future | None]] = deque()
        limit = 2 * self.workers + 2  # partitions in flight: memory stays flat
        for partition in partitions:
            if store.has(partition.id):
                self.skipped_partitions += 1
                pending.append((partition, None))
            else:
                task = ((code_shard, self.settings, partition.shard, job)
                        if partition.shard is not None
                        else (code_batch, self.settings, partition.articles))
                future = client.submit(*task, key=f"deeppol-{partition.id}",
                                       retries=self.retries, pure=False)
                pending.append((partition, future))
            while len(pending) >= limit or (pending and pending[0][1] is None):
                yield from self._finish(store, *pending.popleft(), on_rejection)
        while pending:
            yield from self._finish(store, *pending.popleft(), on_rejection)

    def _finish(self, store: EventDataset, partition: Partition, future: Future | None,
                on_rejection: Callable[[Rejection], None] | None,
                ) -> Iterator[tuple[Article, list[Event]]]:
        if future is None:  # finished by an earlier run: the same rejections, the same events
            _report(store.rejections(partition), on_rejection)
            yield from store.read(partition)
            return
        try:
            coded, rejections = future.result()
        except Exception as exc:  # the task failed on every attempt: report, go on
            log.error("%s failed: %s", partition.label, exc)
            if on_rejection is None:
                raise
            detail = (f"{partition.label} failed after {self.retries + 1} attempts: "
                      f"{type(exc).__name__}: {exc}")
            names = ([partition.shard.path] if partition.shard is not None
                     else [article.id for article in partition.articles])
            for name in names:
                on_rejection(Rejection(name, "coding", "partition_failed", detail))
            return
        finally:
            future.release()
        _report(rejections, on_rejection)
        store.write(partition, coded, rejections)
        self.coded_partitions += 1
        yield from coded


class EventDataset:
    """The partitioned Parquet event dataset: ``events/part-<id>.parquet`` + ``done/<id>.json``.

    Each Parquet file holds one partition's events as flat, typed columns (what ``deeppol
    export --format csv`` writes) plus ``row_json``, the full record; the marker lists the
    partition's articles in order (articles without events included) and the rejections met
    while coding it, and is written last, so a partition counts as finished only when both are
    on disk.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        for folder in ("events", "articles", "done"):
            (root / folder).mkdir(parents=True, exist_ok=True)

    def has(self, partition_id: str) -> bool:
        return (self.root / "done" / f"{partition_id}.json").is_file()

    def write(self, partition: Partition, coded: list[tuple[Article, list[Event]]],
              rejections: Iterable[Rejection] = ()) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from deeppol.output import CSV_FIELDS, flat_row

        rows = []
        for article, events in coded:
            for event in events:
                row = event.as_row()
                flat = flat_row(row)
                record = {name: _scalar(flat.get(name)) for name in CSV_FIELDS}
                record["partition"] = partition.index
                record["row_json"] = json.dumps(row, ensure_ascii=False)
                record["article_id"] = article.id
                rows.append(record)
        path = self.root / "events" / f"part-{partition.id}.parquet"
        table = pa.Table.from_pylist(rows, schema=_schema()) if rows else _schema().empty_table()
        _atomic(path, lambda tmp: pq.write_table(table, tmp))
        if partition.shard is not None:  # the articles live only here: keep them for a re-run
            articles = pa.Table.from_pylist([_article_row(a) for a, _ in coded],
                                            schema=_article_schema())
            _atomic(self.root / "articles" / f"part-{partition.id}.parquet",
                    lambda tmp: pq.write_table(articles, tmp))
        marker = {"format": DATASET_VERSION, "index": partition.index,
                  "articles": [a.id for a, _ in coded],
                  "events": len(rows),
                  "rejections": [dataclasses.asdict(r) for r in rejections]}
        _atomic(self.root / "done" / f"{partition.id}.json",
                lambda tmp: tmp.write_text(json.dumps(marker), encoding="utf-8"))

    def rejections(self, partition: Partition) -> list[Rejection]:
        """The rejections met while coding a finished partition."""
        marker = json.loads((self.root / "done" / f"{partition.id}.json").read_text("utf-8"))
        return [Rejection(**fields) for fields in marker.get("rejections", [])]

    def read(self, partition: Partition) -> Iterator[tuple[Article, list[Event]]]:
        import pyarrow.parquet as pq

        marker = json.loads((self.root / "done" / f"{partition.id}.json").read_text("utf-8"))
        table = pq.read_table(self.root / "events" / f"part-{partition.id}.parquet",
                              columns=["article_id", "row_json"])
        by_article: dict[str, list[Event]] = {}
        for article_id, row in zip(table.column("article_id").to_pylist(),
                                   table.column("row_json").to_pylist(), strict=True):
            by_article.setdefault(article_id, []).append(Event.from_row(json.loads(row)))
        if partition.shard is not None:
            rows = pq.read_table(self.root / "articles" / f"part-{partition.id}.parquet")
            for row in rows.to_pylist():
                article = _article_from_row(row)
                yield article, by_article.get(article.id, [])
            return
        coded_ids = set(marker["articles"])
        for article in partition.articles:
            if article.id in coded_ids:  # articles rejected while coding are not in the marker
                yield article, by_article.get(article.id, [])


def _report(rejections: Iterable[Rejection],
            on_rejection: Callable[[Rejection], None] | None) -> None:
    for rejection in rejections:
        if on_rejection is None:
            raise RuntimeError(rejection.describe())
        on_rejection(rejection)


def _partition(index: int, articles: list[Article], settings_key: str) -> Partition:
    parts = [DATASET_VERSION, settings_key]
    for article in articles:
        parts += [article.id, str(article.date), digest(article.text)]
    return Partition(index, digest(*parts), list(articles))


_ARTICLE_FIELDS = ("id", "text", "date", "title", "url", "source", "doc_id", "content_hash",
                   "input", "line")


def _article_schema() -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(name, pa.int64() if name == "line" else pa.string())
                      for name in _ARTICLE_FIELDS])


def _article_row(record: Article | StoredArticle) -> dict[str, Any]:
    article = record.article if isinstance(record, StoredArticle) else record
    row: dict[str, Any] = {"id": article.id, "text": article.text,
                           "date": article.date.isoformat() if article.date else None,
                           "title": article.title, "url": article.url, "source": article.source}
    if isinstance(record, StoredArticle):
        row.update(doc_id=record.doc_id, content_hash=record.content_hash, input=record.input,
                   line=record.line)
    return row


def _article_from_row(row: dict[str, Any]) -> Article | StoredArticle:
    article = Article(row["id"], row["text"],
                      dt.date.fromisoformat(row["date"]) if row["date"] else None,
                      row["title"], row["url"], row["source"])
    if row.get("doc_id") is None:
        return article
    return StoredArticle(article, row["doc_id"], row["content_hash"], row["input"], row["line"])


def _scalar(value: Any) -> Any:
    return value if value is None or isinstance(value, (str, int, float)) else str(value)


def _schema() -> Any:
    import pyarrow as pa

    from deeppol.output import CSV_FIELDS

    numeric = {"sentence_index": pa.int32(), "quad_class": pa.int8(), "goldstein": pa.float32(),
               "evidence_start": pa.int64(), "evidence_end": pa.int64(),
               "confidence": pa.float32()}
    fields = [pa.field(name, numeric.get(name, pa.string())) for name in CSV_FIELDS]
    fields += [pa.field("partition", pa.int64()), pa.field("row_json", pa.string()),
               pa.field("article_id", pa.string())]
    return pa.schema(fields)


def _atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary file and rename, so a killed run leaves no half file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(tmp)
    os.replace(tmp, path)


def _close(client: Client) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()
