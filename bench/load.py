"""Load test of the web API: concurrent clients on the events and dyad endpoints (issue 4).

Usage:
    python bench/load.py [--db PATH] [--events N] [--clients C] [--duration S]
                         [--think-min S] [--think-max S] [--json]

Uses the 1 M-event synthetic store of ``bench/queries.py`` (same default path,
``$TMPDIR/deeppol-bench-queries-<N>-<S>.db``; generated with ``deeppol.analysis.synthetic`` when
missing), starts ``deeppol serve`` on a free loopback port in a subprocess, and runs ``--clients``
concurrent clients for ``--duration`` seconds. Each client repeats: one request, then a think time
drawn uniformly from [think-min, think-max] seconds (as a person at a dashboard, or a polling
script). Requests, with their shares:

- 30 % ``GET /v1/events`` first page (50 events with evidence), filtered by a random country and
  sometimes a quad class and a one-year range;
- 20 % the next page of a listing the client saw (``cursor``);
- 15 % ``GET /v1/events`` for a dyad and a quarter;
- 35 % ``GET /v1/dyad`` timeline of a random pair of the 12 busiest countries, by month (2/3)
  or week over one year (1/3).

Only 127.0.0.1 is contacted; the run stops by itself after ``--duration`` seconds (and the server
with it). Reports p50/p95/p99 latency, throughput and errors per endpoint; exits 1 when the p95 of
all requests is over ``TARGET_P95_MS`` or any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from deeppol.analysis.synthetic import populate
from deeppol.store import open_store

TARGET_P95_MS = 250.0
BUSY = ("USA", "CHN", "RUS", "UKR", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "IND", "PAK")
REQUEST_TIMEOUT = 30.0


def ensure_store(path: Path, events: int, seed: int) -> None:
    """The synthetic store at ``path`` with ``events`` events (made when missing or different)."""
    db = open_store(path)
    try:
        row = db.query_one("SELECT COUNT(*) AS n FROM events")
        have = int(row["n"]) if row else 0
        if have == events:
            print(f"reusing {path} ({have:,} events)", file=sys.stderr)
            return
        if have:
            raise SystemExit(f"{path} holds {have:,} events, not {events:,}: remove it or pass --db")
        print(f"generating {events:,} events into {path} (minutes) ...", file=sys.stderr)
        populate(db, events, seed=seed, batch_size=50_000)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "DEEPPOL_API_TOKEN"}
    return subprocess.Popen(
        [sys.executable, "-m", "deeppol", "serve", "--db", str(db), "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning"], env=env)


async def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise SystemExit(f"the server exited with {server.returncode}")
            try:
                if (await client.get("/healthz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("the server did not answer /healthz in time")


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, ms: float, error: str | None) -> None:
        self.latencies.setdefault(kind, []).append(ms)
        if error is not None:
            self.errors.setdefault(kind, []).append(error)


def pick_request(rng: random.Random, cursors: list[str]) -> tuple[str, str, dict[str, Any]]:
    """(kind, path, params) of the next request."""
    roll = rng.random()
    if roll < 0.20 and cursors:
        return "events_next", "/v1/events", {**json.loads(cursors.pop()), "limit": 50}
    if roll < 0.50:
        params: dict[str, Any] = {"actor": rng.choice(BUSY), "limit": 50}
        if rng.random() < 0.5:
            params["quad_class"] = rng.choice([[1], [2], [3, 4], [4]])
        if rng.random() < 0.5:
            year = rng.randrange(2015, 2025)
            params.update(since=f"{year}-01-01", until=f"{year}-12-31")
        return "events_first", "/v1/events", params
    a, b = rng.sample(BUSY, 2)
    if roll < 0.65:
        year, quarter = rng.randrange(2015, 2025), rng.randrange(4)
        start, end = (f"{year}-{3 * quarter + 1:02d}-01",
                      f"{year}-{3 * quarter + 3:02d}-{30 if quarter in (1, 2) else 31}")
        return "events_dyad", "/v1/events", {"dyad": f"{a},{b}", "since": start, "until": end,
                                             "limit": 50}
    if rng.random() < 2 / 3:
        return "dyad_month", "/v1/dyad", {"a": a, "b": b, "by": "month"}
    year = rng.randrange(2015, 2025)
    return "dyad_week", "/v1/dyad", {"a": a, "b": b, "by": "week", "since": f"{year}-01-01",
                                     "until": f"{year}-12-31"}


async def client_loop(client: httpx.AsyncClient, seed: int, deadline: float, think: tuple[float, float],
                      results: Results) -> None:
    rng = random.Random(seed)
    cursors: list[str] = []
    await asyncio.sleep(rng.uniform(0, think[1]))  # clients do not start in lockstep
    while time.monotonic() < deadline:
        kind, path, params = pick_request(rng, cursors)
        started = time.perf_counter()
        error = None
        try:
            response = await client.get(path, params=params)
            if response.status_code != 200:
                error = f"{response.status_code} {response.text[:200]}"
            elif path == "/v1/events":
                body = response.json()
                if body["next_cursor"]:
                    keep = {k: v for k, v in params.items() if k != "cursor"}
                    cursors.append(json.dumps({**keep, "cursor": body["next_cursor"]}))
                    del cursors[:-5]
        except (httpx.HTTPError, ValueError) as exc:
            error = f"{type(exc).__name__}: {exc}"
        results.add(kind, (time.perf_counter() - started) * 1000, error)
        await asyncio.sleep(rng.uniform(*think))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def summarize(results: Results, seconds: float) -> dict[str, Any]:
    def stats(values: list[float], errors: int) -> dict[str, Any]:
        return {"requests": len(values), "errors": errors,
                "p50_ms": round(percentile(values, 50), 1), "p95_ms": round(percentile(values, 95), 1),
                "p99_ms": round(percentile(values, 99), 1), "max_ms": round(max(values, default=0), 1),
                "mean_ms": round(statistics.fmean(values), 1) if values else 0.0}

    every = [v for values in results.latencies.values() for v in values]
    errors = sum(len(e) for e in results.errors.values())
    report = {"all": {**stats(every, errors), "per_second": round(len(every) / seconds, 1)}}
    for kind in sorted(results.latencies):
        report[kind] = stats(results.latencies[kind], len(results.errors.get(kind, [])))
    return report


async def run(base: str, clients: int, duration: float, think: tuple[float, float]) -> tuple[Results, float]:
    results = Results()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    timeout = httpx.Timeout(REQUEST_TIMEOUT)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) as client:
        warm = Results()  # one pass of each kind first (page cache, pool), not counted
        rng = random.Random(-1)
        for _ in range(20):
            kind, path, params = pick_request(rng, [])
            started = time.perf_counter()
            await client.get(path, params=params)
            warm.add(kind, (time.perf_counter() - started) * 1000, None)
        started = time.monotonic()
        deadline = started + duration
        await asyncio.gather(*(client_loop(client, seed, deadline, think, results)
                               for seed in range(clients)))
        return results, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--think-min", type=float, default=0.5)
    parser.add_argument("--think-max", type=float, default=1.5)
    parser.add_argument("--json", action="store_true", help="Print the report as JSON.")
    args = parser.parse_args()
    if not 1 <= args.clients <= 1000 or not 1 <= args.duration <= 600:
        parser.error("--clients must be 1-1000 and --duration 1-600 seconds")
    path = args.db or Path(tempfile.gettempdir()) / f"deeppol-bench-queries-{args.events}-{args.seed}.db"
    ensure_store(path, args.events, args.seed)
    port = free_port()
    server = start_server(path, port)
    base = f"http://127.0.0.1:{port}"
    try:
        asyncio.run(wait_ready(base, server))
        results, seconds = asyncio.run(run(base, args.clients, args.duration,
                                           (args.think_min, args.think_max)))
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    report = summarize(results, seconds)
    report["setup"] = {"events": args.events, "clients": args.clients, "duration_s": round(seconds, 1),
                       "think_s": [args.think_min, args.think_max], "cpus": os.cpu_count()}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"{'endpoint':<14} {'requests':>8} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'p99 ms':>8} {'max ms':>8}")
        for kind, row in report.items():
            if kind == "setup":
                continue
            print(f"{kind:<14} {row['requests']:>8} {row['errors']:>6} {row['p50_ms']:>8} "
                  f"{row['p95_ms']:>8} {row['p99_ms']:>8} {row['max_ms']:>8}")
        print(f"{report['all']['per_second']} requests/s with {args.clients} clients; "
              f"target p95 < {TARGET_P95_MS:.0f} ms, 0 errors")
    for kind, errors in results.errors.items():
        for error in errors[:3]:
            print(f"error ({kind}): {error}", file=sys.stderr)
    ok = report["all"]["p95_ms"] < TARGET_P95_MS and report["all"]["errors"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
