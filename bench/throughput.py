"""Throughput and peak memory of ``deeppol code`` against plain spaCy parsing, in one process.

Usage:
    python bench/throughput.py [CORPUS.jsonl] [--limit N] [--rounds R]

Defaults to ../shared/corpus/allsides_world.jsonl (first 400 articles). Both phases parse the
same article texts with the same pipeline and batch size; the coding phase adds actor matching,
event coding, dates and places. Phases alternate over ``--rounds`` to even out warm-up, and the
best round of each is reported. Peak memory is the process's peak RSS during the phase (Linux
``VmHWM``, reset between phases through ``/proc/self/clear_refs``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from pathlib import Path

from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.ingest.readers import read_file
from deeppol.types import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpus/allsides_world.jsonl"


def reset_peak_rss() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def plain_parse(coder: Coder, articles: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    sentences = 0
    texts = (a.text for a in articles)
    for doc in coder.nlp.pipe(texts, batch_size=coder.settings.batch_size):
        sentences += sum(1 for _ in doc.sents)
    return time.perf_counter() - start, sentences


def code(coder: Coder, articles: list[Article]) -> tuple[float, int]:
    start = time.perf_counter()
    events = 0
    for _, found in coder.code_articles(articles):
        events += len(found)
    return time.perf_counter() - start, events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--limit", type=int, default=400, help="articles to use (0: all)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args()
    path = Path(args.corpus)
    if not path.exists():
        print(f"corpus not found: {path}", file=sys.stderr)
        return 2
    articles = [r for r in read_file(path) if isinstance(r, Article)]
    if args.limit:
        articles = articles[: args.limit]
    chars = sum(len(a.text) for a in articles)
    coder = Coder(Settings())
    coder.warm_up()
    best_plain = best_code = float("inf")
    mem_plain = mem_code = 0.0
    sentences = events = 0
    for _ in range(args.rounds):
        reset_peak_rss()
        seconds, sentences = plain_parse(coder, articles)
        best_plain = min(best_plain, seconds)
        mem_plain = max(mem_plain, peak_rss_mib())
        reset_peak_rss()
        seconds, events = code(coder, articles)
        best_code = min(best_code, seconds)
        mem_code = max(mem_code, peak_rss_mib())
    figures = {
        "corpus": str(path),
        "articles": len(articles),
        "sentences": sentences,
        "characters": chars,
        "events": events,
        "plain_parse_articles_per_s": len(articles) / best_plain,
        "plain_parse_sentences_per_s": sentences / best_plain,
        "code_articles_per_s": len(articles) / best_code,
        "code_sentences_per_s": sentences / best_code,
        "ratio_code_to_plain": best_plain / best_code,
        "peak_rss_mib_plain": mem_plain,
        "peak_rss_mib_code": mem_code,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"corpus      {path.name}: {len(articles)} articles, {sentences} sentences, "
              f"{chars:,} chars, {events} events")
        print(f"plain spaCy {figures['plain_parse_articles_per_s']:.2f} articles/s  "
              f"{figures['plain_parse_sentences_per_s']:.1f} sentences/s  "
              f"peak {mem_plain:.0f} MiB")
        print(f"deeppol     {figures['code_articles_per_s']:.2f} articles/s  "
              f"{figures['code_sentences_per_s']:.1f} sentences/s  peak {mem_code:.0f} MiB")
        print(f"ratio       {figures['ratio_code_to_plain']:.3f} (coding / plain parsing; "
              f"target >= 0.77)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
