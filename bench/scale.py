"""Scale-out figures: the pre-filter, 1 and 2 worker processes, a Dask LocalCluster, and memory.

Usage:
    python bench/scale.py [CORPUS.jsonl] [--limit N] [--rounds R] [--phases plain,full,ner,code,pool,dask]
    python bench/scale.py --memory 1000,4000 [--workers 2]

Every phase codes the same first ``--limit`` articles of the corpus (default:
../shared/corpus/allsides_world.jsonl) in one run, so the ratios compare like with like:

- ``plain``: plain spaCy: the full pipeline over every sentence (the baseline of every ratio);
- ``full``: deeppol coding with the pre-filter off (every sentence parsed), one process;
- ``ner``: deeppol coding with the pre-filter but spaCy's NER model instead of the rule
  entities (``Settings(entities="model")``), one process;
- ``code``: deeppol coding as by default (pre-filter, rule entities), one process;
- ``pool``: the same with ``--workers`` processes (``ParallelCoder``);
- ``dask``: the same on a Dask ``LocalCluster`` of ``--workers`` processes (``DaskCoder``).

Pool and Dask workers are started and have loaded their pipelines before the clock starts (what
a long corpus run sees; the pool's start-up time is reported on its own). Peak memory
is the peak total resident memory of this process and all its children, sampled every 50 ms.
``--memory`` codes the first N articles for each N with the pre-filter and ``--workers``
processes and reports peak memory per size: streaming means the figures stay flat.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import psutil

from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.ingest.readers import read_file
from deeppol.types import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/allsides_world.jsonl"
PHASES = ("plain", "full", "ner", "code", "pool", "dask")


class PeakMemory:
    """Samples the resident memory of this process tree; ``peak_mib`` after ``stop``."""

    def __init__(self, every: float = 0.05) -> None:
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    total += proc.memory_info().rss
                except psutil.Error:
                    continue
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    @property
    def peak_mib(self) -> float:
        return self.peak / 2**20


def timed(results: Iterable[Any]) -> tuple[float, int]:
    """(seconds, results' item count) for consuming ``results``."""
    start = time.perf_counter()
    items = sum(len(found) for _, found in results)
    return time.perf_counter() - start, items


def plain(coder: Coder, articles: list[Article]) -> Iterator[tuple[None, list[None]]]:
    for doc in coder.nlp.pipe((a.text for a in articles), batch_size=coder.settings.batch_size):
        yield None, [None for _ in doc.sents]


def run_phase(name: str, make: Callable[[], Iterable[Any]], articles: int,
              sentences: int, rounds: int = 1) -> dict[str, Any]:
    """Time ``rounds`` runs of ``make()``; the figures of the fastest (the least disturbed by
    the rest of the machine), with the highest peak memory of all."""
    times: list[float] = []
    with PeakMemory() as memory:
        for _ in range(rounds):
            total, events = timed(make())
            times.append(total)
    total = min(times)
    figures = {
        "phase": name,
        "seconds": round(total, 2),
        "articles_per_s": round(articles / total, 3),
        "sentences_per_s": round(sentences / total, 1),
        "events": events,
        "peak_rss_mib": round(memory.peak_mib),
    }
    print(f"{name:6} {figures['articles_per_s']:7.2f} articles/s  "
          f"{figures['sentences_per_s']:7.1f} sentences/s  peak "
          f"{figures['peak_rss_mib']:5} MiB  ({events} results, "
          f"{' / '.join(f'{t:.1f}' for t in times)} s)", flush=True)
    return figures


def speed(articles: list[Article], phases: list[str], workers: int,
          rounds: int = 1) -> dict[str, Any]:
    from deeppol.batch.pool import ParallelCoder

    coder = Coder(Settings())
    full = coder.derive(prefilter=False)
    ner = coder.derive(entities="model")
    coder.warm_up()
    sentences = sum(1 for _, found in plain(coder, articles) for _ in found)
    kept = sum(coder.prefilter.keep(a.text)[2].kept for a in articles)
    print(f"{len(articles)} articles, {sentences} sentences; the pre-filter keeps {kept} "
          f"sentences ({kept / max(1, sentences):.1%})", flush=True)
    runs: dict[str, Callable[[], Iterable[Any]]] = {
        "plain": lambda: plain(coder, articles),
        "full": lambda: full.code_articles(articles),
        "ner": lambda: ner.code_articles(articles),
        "code": lambda: coder.code_articles(articles),
    }
    results: dict[str, Any] = {"articles": len(articles), "sentences": sentences,
                               "prefilter_kept_sentences": kept, "workers": workers}
    for name in phases:
        if name == "pool":
            started = time.perf_counter()
            with ParallelCoder(coder.settings, workers, local=lambda: coder) as pool:
                results["pool_startup_s"] = round(time.perf_counter() - started, 1)
                results[name] = run_phase(name, lambda p=pool: p.code_articles(articles),
                                          len(articles), sentences, rounds)
        elif name == "dask":
            results[name] = dask_phase(coder, articles, sentences, workers, rounds)
        else:
            results[name] = run_phase(name, runs[name], len(articles), sentences, rounds)
    base = results.get("plain")
    if base:
        for name in phases:
            if name != "plain":
                ratio = results[name]["articles_per_s"] / base["articles_per_s"]
                results[name]["ratio_to_plain"] = round(ratio, 3)
                print(f"ratio {name:6} / plain parsing: {ratio:.3f}")
    if "code" in results and "pool" in results:
        gain = results["pool"]["articles_per_s"] / results["code"]["articles_per_s"]
        results["speedup_1_to_pool"] = round(gain, 3)
        print(f"speed-up 1 -> {workers} workers: {gain:.2f} (target >= 1.7)")
    return results


def dask_phase(coder: Coder, articles: list[Article], sentences: int,
               workers: int, rounds: int = 1) -> dict[str, Any]:
    """A LocalCluster of ``workers`` processes, warmed up (pipelines loaded) before timing; the
    articles are written to a JSON Lines file that the workers read in shards, as ``deeppol
    code FILE --engine dask`` does."""
    import logging

    from distributed import Client, LocalCluster

    from deeppol.batch.dask_engine import DaskCoder, ShardJob
    from deeppol.batch.pool import load_worker

    logging.getLogger("distributed").setLevel(logging.WARNING)
    with (LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                       dashboard_address=None, silence_logs=logging.CRITICAL) as cluster,
          Client(cluster) as client, tempfile.TemporaryDirectory() as folder):
        client.run(load_worker, coder.settings)
        corpus = Path(folder) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for a in articles:
                handle.write(json.dumps({"id": a.id, "text": a.text, "title": a.title,
                                         "url": a.url, "source": a.source,
                                         "date": a.date.isoformat() if a.date else None}) + "\n")
        engine = DaskCoder(coder.settings, Path(folder) / "dataset", client=client,
                           local=lambda: coder, partition_articles=16)

        def run() -> Iterable[Any]:
            shutil.rmtree(Path(folder) / "dataset", ignore_errors=True)  # no partition is done
            return engine.code_inputs([str(corpus)], ShardJob())

        return run_phase("dask", run, len(articles), sentences, rounds)


def memory(corpus: list[Article], sizes: list[int], workers: int) -> dict[str, Any]:
    from deeppol.batch.pool import ParallelCoder

    coder = Coder(Settings())
    results: dict[str, Any] = {}
    for size in sizes:
        articles = corpus[:size]
        engine = ParallelCoder(coder.settings, workers, local=lambda: coder)
        results[str(size)] = run_phase(f"n={size}", lambda e=engine, a=articles: e.code_articles(a),
                                       len(articles), 0)
    peaks = [results[str(size)]["peak_rss_mib"] for size in sizes]
    growth = peaks[-1] / peaks[0] - 1
    results["growth"] = round(growth, 3)
    print(f"peak memory {sizes[-1]} vs {sizes[0]} articles: {growth:+.1%} (target within 10%)")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=300, help="articles for the speed phases")
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2,
                        help="runs of each speed phase; the fastest counts (default 2)")
    parser.add_argument("--memory", default="", help="sizes for the memory run, e.g. 1000,4000")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    path = Path(args.corpus)
    if not path.exists():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    corpus = [r for r in read_file(path) if isinstance(r, Article)]
    if args.memory:
        sizes = [int(s) for s in args.memory.split(",")]
        figures = memory(corpus, sizes, args.workers)
    else:
        phases = [p for p in args.phases.split(",") if p]
        unknown = set(phases) - set(PHASES)
        if unknown:
            parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
        figures = speed(corpus[: args.limit], phases, args.workers, args.rounds)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
