"""Throughput of ``deeppol ingest`` against ``deeppol code`` on the same input, in one process.

Usage:
    python bench/ingest.py [CORPUS.jsonl] [--limit N] [--rounds R] [--db URL] [--json]

Defaults to ../shared/corpus/allsides_world.jsonl (first 200 articles). Both phases read the
same JSON Lines file with ``read_inputs`` and code it with the same ``Coder``: the code phase
writes the events as JSON Lines to /dev/null (what ``deeppol code -o`` does), the ingest phase
stores articles, sentences, mentions, actors, duplicate links and event clusters into a fresh
store (a new SQLite file each round, or ``--db`` for a PostgreSQL URL, emptied each round).
Phases alternate over ``--rounds`` to even out warm-up; the best round of each is reported.
The target is ingest >= 0.90 x code: storing must not be the bottleneck.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.ingest.readers import read_inputs
from deeppol.output import EventWriter
from deeppol.store import Database, open_store
from deeppol.store.ingest import DEFAULT_BATCH_SIZE, ingest
from deeppol.types import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/allsides_world.jsonl"
TARGET = 0.90
TABLES = ("events", "mentions", "sentences", "actors", "rejections", "articles", "runs")


def code(coder: Coder, corpus: Path) -> tuple[float, int]:
    """``deeppol code``'s library path: read, code, write JSON Lines."""
    start = time.perf_counter()

    def articles() -> Iterator[Article]:
        for record in read_inputs([str(corpus)]):
            if isinstance(record, Article):
                yield record

    with open(os.devnull, "w", encoding="utf-8") as sink:
        writer = EventWriter(sink, "jsonl")
        for _, events in coder.code_articles(articles(), on_rejection=lambda _: None):
            writer.write(events)
        writer.close()
    return time.perf_counter() - start, writer.count


def store(coder: Coder, corpus: Path, url: str, batch_size: int) -> tuple[float, int]:
    """The ingest path into an empty store (opening and migrating it is included)."""
    start = time.perf_counter()
    with open_store(url) as db:
        summary = ingest([str(corpus)], db, coder, batch_size=batch_size)
    return time.perf_counter() - start, summary.events


def empty(url: str) -> None:
    with Database.connect(url) as db, db.transaction():
        for table in TABLES:
            if table in db.tables():
                db.execute(f"DELETE FROM {table}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=200, help="articles to use (0: all)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE)
    parser.add_argument("--db", help="a postgresql:// URL to use instead of temporary SQLite files")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args()
    path = Path(args.corpus)
    if not path.exists():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="deeppol-bench-") as folder:
        corpus = Path(folder) / "corpus.jsonl"
        with path.open("rb") as source, corpus.open("wb") as target:
            for number, line in enumerate(source):
                if args.limit and number >= args.limit:
                    break
                target.write(line)
        coder = Coder(Settings())
        coder.warm_up()
        best_code = best_store = float("inf")
        events = mentions = 0
        for round_number in range(args.rounds):
            seconds, events = code(coder, corpus)
            best_code = min(best_code, seconds)
            url = args.db or str(Path(folder) / f"round{round_number}.db")
            if args.db:
                empty(url)
            seconds, mentions = store(coder, corpus, url, args.batch_size)
            best_store = min(best_store, seconds)
        articles = sum(1 for r in read_inputs([str(corpus)]) if isinstance(r, Article))
        backend = "postgresql" if args.db else "sqlite"
    figures = {
        "corpus": str(path),
        "articles": articles,
        "events": events,
        "mentions_stored": mentions,
        "backend": backend,
        "batch_size": args.batch_size,
        "code_articles_per_s": articles / best_code,
        "ingest_articles_per_s": articles / best_store,
        "ratio_ingest_to_code": best_code / best_store,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"corpus   {path.name}: {articles} articles, {events} events "
              f"({mentions} mentions stored, {backend})")
        print(f"code     {figures['code_articles_per_s']:.2f} articles/s")
        print(f"ingest   {figures['ingest_articles_per_s']:.2f} articles/s")
        print(f"ratio    {figures['ratio_ingest_to_code']:.3f} (ingest / code; target >= {TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
