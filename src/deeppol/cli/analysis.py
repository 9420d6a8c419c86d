"""Commands that question a store: ``events``, ``dyad``, ``actors``, ``network``, ``alerts``, ``export``.

Each parses its options into an ``EventFilter``, calls one ``deeppol.analysis`` function and
prints the result; all read ``--db`` (a SQLite file or a ``postgresql://`` URL).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from deeppol.analysis import (
    EXPORT_FORMATS,
    AnalysisError,
    EventFilter,
    build_network,
    dyad_timeline,
    export_events,
    find_alerts,
    list_events,
    top_actors,
    write_network,
)
from deeppol.analysis.events import FLAT_FIELDS, EventRecord
from deeppol.cli.common import parse_date
from deeppol.cli.main import cli
from deeppol.errors import DeeppolError
from deeppol.store import DEFAULT_DB, Database, open_store

QUADS = ("VC", "MC", "VF", "MF")  # verbal/material cooperation, verbal/material conflict


@contextlib.contextmanager
def _store(url: str) -> Iterator[Database]:
    """The store at ``url``; a missing SQLite file is an error, not a new empty database."""
    is_file = not url.startswith(("postgresql://", "postgres://")) and url != ":memory:"
    path = url[len("sqlite:///"):] if url.startswith("sqlite:///") else url
    if is_file and not Path(path).is_file():
        raise click.ClickException(f"no database at {path} (create one with deeppol ingest)")
    try:
        db = open_store(url)
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield db
    except AnalysisError as exc:
        raise click.UsageError(str(exc)) from exc
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        db.close()


def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db_url", default=DEFAULT_DB, show_default=True,
                        metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL.")(f)


_PERIOD_OPTIONS = (
    click.option("--code", "codes", multiple=True,
                 help="CAMEO code; also matches its sub-codes (repeatable)."),
    click.option("--root", "roots", multiple=True, help="CAMEO root code 01-20 (repeatable)."),
    click.option("--quad-class", "quad_classes", multiple=True, type=click.IntRange(1, 4),
                 help="1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict."),
    click.option("--plover", multiple=True, help="PLOVER event type, e.g. ASSAULT (repeatable)."),
    click.option("--since", callback=parse_date, help="First event date (YYYY-MM-DD)."),
    click.option("--until", callback=parse_date, help="Last event date (YYYY-MM-DD)."),
    click.option("--location", help="Country code (ISO alpha-3) or place name of the event."),
    click.option("--text", help="Text in an evidence sentence or trigger (case-insensitive)."),
    click.option("--min-mentions", type=click.IntRange(0), help="Events reported at least N times."),
)
_ACTOR_OPTIONS = (
    click.option("--actor", help="Actor as source or target: CHN (any Chinese actor), CHNGOV, ..."),
    click.option("--source", help="Source actor (same matching as --actor)."),
    click.option("--target", help="Target actor (same matching as --actor)."),
    click.option("--dyad", nargs=2, help="Two actors, events between them either way."),
)


def period_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_PERIOD_OPTIONS):
        f = option(f)
    return f


def filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for option in reversed(_ACTOR_OPTIONS):
        f = option(f)
    return period_options(f)


def _filter(options: dict[str, Any]) -> EventFilter:
    """An ``EventFilter`` from the filter options (which are removed from ``options``)."""
    keys = ("actor", "source", "target", "dyad", "codes", "roots", "quad_classes", "plover",
            "since", "until", "location", "text", "min_mentions")
    values = {k: options.pop(k) for k in keys if k in options}
    if not values.get("dyad"):
        values["dyad"] = None
    try:
        return EventFilter(**values)
    except AnalysisError as exc:
        raise click.UsageError(str(exc)) from exc


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for name in columns:
        table.add_column(name, overflow="fold", max_width=60 if name == "evidence" else None)
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    Console(file=sys.stdout, width=180).print(table)


def _jsonl(records: list[dict[str, Any]]) -> None:
    for record in records:
        click.echo(json.dumps(record, ensure_ascii=False))


# -- events ------------------------------------------------------------------------------------------
def _event_cells(e: EventRecord) -> list[Any]:
    where = f"{e.location.name or ''} ({e.location.country or '?'})" if e.location else ""
    return [e.event_date or "?", e.source or "?", e.target or "-", e.code, e.code_name,
            e.plover or "", QUADS[e.quad_class - 1], e.goldstein, where, e.n_mentions,
            e.evidence.sentence if e.evidence else ""]


@cli.command()
@db_option
@filter_options
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True)
@click.option("--cursor", help="Continue after the page that printed this cursor.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def events(db_url: str, limit: int, cursor: str | None, fmt: str, **options: Any) -> None:
    """List stored events, newest first, one page at a time.

    Actor codes of 3 letters match a whole country (CHN: CHNGOV, CHNMIL, ...); longer codes match
    themselves and more specific codes. The cursor of the next page is printed on stderr.

    \b
    Example:
        deeppol events --actor CHN --quad-class 4 --since 2022-01-01 --limit 20
        deeppol events --dyad RUS UKR --root 19 --format jsonl --cursor eyJ...
    """
    flt = _filter(options)
    with _store(db_url) as db:
        page = list_events(db, flt, limit=limit, cursor=cursor)
    if fmt == "jsonl":
        _jsonl([e.as_dict() for e in page.events])
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(FLAT_FIELDS)
        writer.writerows([[e.as_flat()[k] for k in FLAT_FIELDS] for e in page.events])
    else:
        _table(f"{len(page.events)} events",
               ["date", "source", "target", "code", "event", "plover", "quad", "goldstein",
                "where", "mentions", "evidence"], [_event_cells(e) for e in page.events])
    if page.next_cursor:
        click.echo(f"deeppol: more events: --cursor {page.next_cursor}", err=True)


# -- dyad --------------------------------------------------------------------------------------------
@cli.command()
@click.argument("actor_a")
@click.argument("actor_b")
@db_option
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="month", show_default=True)
@click.option("--directed", is_flag=True, help="Only events from ACTOR_A to ACTOR_B.")
@period_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
def dyad(actor_a: str, actor_b: str, db_url: str, by: str, directed: bool, fmt: str,
         **options: Any) -> None:
    """How relations between two actors evolved: events and mentions per quad class, Goldstein
    sum and mean, per day, ISO week or month.

    \b
    Example:
        deeppol dyad CHN TWN --by month --since 2022-01-01
        deeppol dyad RUSMIL UKR --by week --directed --format csv
    """
    flt = _filter(options)
    with _store(db_url) as db:
        bins = dyad_timeline(db, actor_a, actor_b, by, directed=directed, flt=flt)
    if fmt == "jsonl":
        _jsonl([b.as_dict() for b in bins])
        return
    columns = ["period", *QUADS, "events", "mentions", "goldstein_sum", "goldstein_mean"]
    rows = [[b.period, *b.events, b.total_events, b.total_mentions, b.goldstein_sum,
             b.goldstein_mean] for b in bins]
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        arrow = "->" if directed else "<->"
        _table(f"{actor_a.upper()} {arrow} {actor_b.upper()} by {by}", columns, rows)


# -- actors ------------------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--partners", type=click.IntRange(0), default=3, show_default=True,
              help="Main counterparts shown per actor.")
@click.option("--level", type=click.Choice(["code", "country"]), default="code", show_default=True)
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
def actors(db_url: str, top: int, partners: int, level: str, fmt: str, **options: Any) -> None:
    """The most active actors (events as source or target) and their main partners.

    \b
    Example:
        deeppol actors --top 10 --since 2022-01-01 --until 2022-12-31
        deeppol actors --level country --quad-class 4 --format jsonl
    """
    flt = _filter(options)
    with _store(db_url) as db:
        ranked = top_actors(db, flt, top=top, level=level, partners=partners)
    if fmt == "jsonl":
        _jsonl([a.as_dict() for a in ranked])
        return
    rows = [[a.actor, a.label or "", a.events, a.as_source, a.as_target, a.cooperation, a.conflict,
             a.goldstein_mean, ", ".join(f"{p.actor} ({p.events})" for p in a.partners)]
            for a in ranked]
    _table(f"top {len(ranked)} actors", ["actor", "label", "events", "as source", "as target",
                                         "cooperation", "conflict", "goldstein", "partners"], rows)


# -- network -----------------------------------------------------------------------------------------
@cli.command()
@db_option
@filter_options
@click.option("--level", type=click.Choice(["code", "country"]), default="code", show_default=True)
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True,
              help="Drop edges with fewer events.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "json"]), default="graphml",
              show_default=True)
@click.option("-o", "--output", required=True, help="Output file (- for stdout).")
def network(db_url: str, level: str, min_events: int, fmt: str, output: str,
            **options: Any) -> None:
    """The actor network of a period as GraphML or JSON: edges weighted by cooperation and
    conflict volume and Goldstein.

    \b
    Example:
        deeppol network --since 2022-01-01 --until 2022-03-31 -o q1.graphml
        deeppol network --level country --format json -o network.json
    """
    flt = _filter(options)
    with _store(db_url) as db:
        graph = build_network(db, flt, level=level, min_events=min_events)
    write_network(graph, sys.stdout.buffer if output == "-" else output, fmt)
    click.echo(f"deeppol: {graph.number_of_nodes()} actors, {graph.number_of_edges()} edges", err=True)


# -- alerts ------------------------------------------------------------------------------------------
@cli.command()
@db_option
@click.option("--window", type=click.IntRange(1), default=7, show_default=True, help="Days per window.")
@click.option("--baseline", type=click.IntRange(1), default=8, show_default=True,
              help="Earlier windows forming the baseline.")
@click.option("--min-events", type=click.IntRange(1), default=3, show_default=True,
              help="Conflict events the current window needs.")
@click.option("--threshold", type=float, default=3.0, show_default=True, help="z-score to alert.")
@click.option("--as-of", callback=parse_date, help="Last day of the current window (default: latest).")
@click.option("--level", type=click.Choice(["code", "country"]), default="country", show_default=True)
@click.option("--directed", is_flag=True, help="Keep A->B and B->A apart.")
@click.option("--max-events", type=click.IntRange(0), default=5, show_default=True,
              help="Events shown per alert.")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
def alerts(db_url: str, window: int, baseline: int, min_events: int, threshold: float,
           as_of: dt.date | None, level: str, directed: bool, max_events: int, fmt: str,
           **options: Any) -> None:
    """Dyads whose conflict intensity in the latest window jumps against their own baseline,
    with the events behind each jump.

    \b
    Example:
        deeppol alerts --window 7 --baseline 8 --min-events 3
        deeppol alerts --actor CHN --as-of 2022-08-07 --format jsonl
    """
    flt = _filter(options)
    with _store(db_url) as db:
        found = find_alerts(db, flt, window=window, baseline=baseline, min_events=min_events,
                            threshold=threshold, as_of=as_of, level=level, directed=directed,
                            max_events=max_events)
    if fmt == "jsonl":
        _jsonl([a.as_dict() for a in found])
        return
    rows = [[" - ".join(a.dyad), f"{a.window_start}..{a.window_end}", a.events, a.intensity,
             a.baseline_mean, a.z, a.ratio if a.ratio is not None else "new",
             "\n".join(f"{e.event_date} {e.source}->{e.target} {e.code} {e.code_name}"
                       for e in a.evidence)] for a in found]
    _table(f"{len(found)} alerts", ["dyad", "window", "events", "intensity", "baseline", "z",
                                    "ratio", "events behind the jump"], rows)


# -- export ------------------------------------------------------------------------------------------
@cli.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", required=True, help="Output file (- for stdout).")
def export(db_url: str, fmt: str, output: str, **options: Any) -> None:
    """Export events (all, or those the filters select) as CSV, JSON Lines, Parquet, a GDELT 2.0
    event table (TSV) or PLOVER JSON records.

    \b
    Example:
        deeppol export --format parquet -o events.parquet
        deeppol export --format gdelt --since 2022-01-01 -o events.gdelt.tsv
        deeppol export --format plover --actor UKR -o ukraine.plover.jsonl
    """
    flt = _filter(options)
    with _store(db_url) as db:
        summary = export_events(db, sys.stdout.buffer if output == "-" else output, fmt, flt)
    skipped = f" ({summary.skipped} without a {fmt} equivalent skipped)" if summary.skipped else ""
    click.echo(f"deeppol: {summary.events} events written to {output}{skipped}", err=True)
