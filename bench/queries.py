"""Analysis query latency on a large synthetic store (issue 3: < 200 ms each on 1 M events).

Usage:
    python bench/queries.py [--db PATH] [--events N] [--seed S] [--runs R] [--json]

Generates ``N`` synthetic events (default 1 000 000, with their mentions, sentences and articles;
``deeppol.analysis.synthetic.populate``) into a SQLite file, or reuses the file when it already
holds them (default: ``$TMPDIR/deeppol-bench-queries-<N>-<S>.db``). Then it times, as the library
answers them (``deeppol.analysis``), the two targeted queries:

- ``dyad_month``: ``dyad_timeline(USA, CHN, by="month")`` over the whole span (the busiest dyad);
- ``page_first`` / ``page_deep``: ``list_events`` with actor CHN, quad classes 3-4 and a two-year
  date range, 50 events with evidence; the first page and a page half-way down the result (via
  its cursor);

and, for information, a few others (code-level dyads and actor pages, a rare actor, a dyad page,
a text search page, one month's network, alerts). Each query runs once to warm the cache, then
``R`` times; the median is reported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from deeppol.analysis import (
    EventFilter,
    build_network,
    dyad_timeline,
    find_alerts,
    list_events,
)
from deeppol.analysis.events import encode_cursor
from deeppol.analysis.synthetic import populate
from deeppol.store import Database, open_store

TARGET_MS = 200.0
PAGE = EventFilter(actor="CHN", quad_classes=(3, 4), since="2019-01-01", until="2020-12-31")


def ensure_store(path: Path, events: int, seed: int) -> Database:
    """The store at ``path`` holding ``events`` synthetic events (generated when missing)."""
    db = open_store(path)
    row = db.query_one("SELECT COUNT(*) AS n FROM events")
    have = int(row["n"]) if row else 0
    if have == events:
        print(f"reusing {path} ({have:,} events)", file=sys.stderr)
        return db
    if have:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = open_store(path)
    start = time.perf_counter()
    print(f"generating {events:,} events into {path} ...", file=sys.stderr)
    populate(db, events, seed=seed, batch_size=50_000)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"generated in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    return db


def deep_cursor(db: Database, flt: EventFilter) -> tuple[str, int]:
    """A cursor half-way down ``flt``'s newest-first listing, and its depth (setup, not timed)."""
    where = flt.where()
    total = db.query_one(f"SELECT COUNT(*) AS n FROM events e WHERE {where.sql}", where.params)["n"]
    depth = int(total) // 2
    row = db.query_one(f"SELECT e.event_date, e.id FROM events e WHERE {where.sql} "
                       "ORDER BY e.event_date DESC, e.id DESC LIMIT 1 OFFSET ?",
                       (*where.params, depth))
    return encode_cursor(row["event_date"], row["id"]), depth


def measure(name: str, fn: Callable[[], Any], runs: int) -> dict[str, Any]:
    result = fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    size = len(result.events) if hasattr(result, "events") else (
        result.number_of_edges() if hasattr(result, "number_of_edges") else len(result))
    return {"query": name, "median_ms": round(statistics.median(times), 1),
            "min_ms": round(min(times), 1), "max_ms": round(max(times), 1), "rows": size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    path = args.db or Path(tempfile.gettempdir()) / f"deeppol-bench-queries-{args.events}-{args.seed}.db"
    db = ensure_store(path, args.events, args.seed)
    try:
        cursor, depth = deep_cursor(db, PAGE)
        march = EventFilter(since=dt.date(2020, 3, 1), until=dt.date(2020, 3, 31))
        targeted = [
            ("dyad_month", lambda: dyad_timeline(db, "USA", "CHN", "month")),
            ("page_first", lambda: list_events(db, PAGE, limit=50)),
            (f"page_deep (after {depth:,})", lambda: list_events(db, PAGE, limit=50, cursor=cursor)),
        ]
        other = [
            ("dyad_month_codes", lambda: dyad_timeline(db, "USAGOV", "CHN", "month")),
            ("dyad_week_directed", lambda: dyad_timeline(db, "RUSMIL", "UKR", "week", directed=True)),
            ("page_code_actor", lambda: list_events(db, EventFilter(actor="CHNGOV"), limit=50)),
            ("page_rare_actor", lambda: list_events(db, EventFilter(actor="PHLMIL", roots=("19",)),
                                                    limit=50)),
            ("page_dyad", lambda: list_events(db, EventFilter(dyad=("USA", "CHN")), limit=50)),
            ("page_text", lambda: list_events(db, EventFilter(text="torture"), limit=50)),
            ("network_month", lambda: build_network(db, march, level="country")),
            ("alerts", lambda: find_alerts(db)),
        ]
        rows = [measure(n, f, args.runs) | {"target": True} for n, f in targeted]
        rows += [measure(n, f, max(3, args.runs // 2)) | {"target": False} for n, f in other]
    finally:
        db.close()
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print(f"{'query':34} {'median ms':>10} {'min':>8} {'max':>8} {'rows':>6}")
        for r in rows:
            flag = "" if not r["target"] else (" ok" if r["median_ms"] < TARGET_MS else " SLOW")
            print(f"{r['query']:34} {r['median_ms']:>10} {r['min_ms']:>8} {r['max_ms']:>8} "
                  f"{r['rows']:>6}{flag}")
    return 0 if all(r["median_ms"] < TARGET_MS for r in rows if r["target"]) else 1


if __name__ == "__main__":
    sys.exit(main())
