"""Commands that fill and look after a store: ``ingest``, ``db migrate``, ``db info``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from deeppol.cli.common import (
    coder_from_options,
    coding_options,
    engine_options,
    input_options,
    make_engine,
    reader_options,
    shardable,
)
from deeppol.cli.main import cli
from deeppol.errors import DeeppolError
from deeppol.progress import ProgressReporter
from deeppol.store import DEFAULT_DB, Database, open_store
from deeppol.store.database import redact_url
from deeppol.store.ingest import DEFAULT_BATCH_SIZE, count_articles, ingest, ingest_coded
from deeppol.store.migrations import LATEST, migrate
from deeppol.store.runs import describe_store
from deeppol.types import Rejection

db_option = click.option("--db", "db_url", default=DEFAULT_DB, show_default=True,
                         envvar="DEEPPOL_DB", show_envvar=True,
                         help="SQLite file or postgresql:// URL.")


@cli.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@coding_options
@click.option("--batch-size", type=click.IntRange(min=1), default=DEFAULT_BATCH_SIZE,
              show_default=True, help="Articles per transaction.")
@input_options
@engine_options
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def ingest_cli(inputs: tuple[str, ...], db_url: str, default_date: dt.date | None,
               dictionaries: tuple[str, ...], batch_size: int, include_unasserted: bool,
               min_confidence: float, entities: str, csv_columns: str, fetch_articles: bool,
               workers: int | None, engine: str, scheduler: str | None, dataset: str,
               partition_size: int, quiet: bool) -> None:
    """Code articles and store them with their events, evidence and rejections.

    INPUTS are what `deeppol code` reads: files (.txt, .jsonl, .html, .csv/.tsv, RSS/Atom feeds,
    .warc/.warc.gz), directories, feed URLs or - for stdin. Articles already in the store are
    skipped, so running again (after a crash, or over a grown corpus) only codes what is new.
    Bad records are reported on stderr, stored in the rejections table and skipped; the exit
    code is 1 when anything was skipped.

    \b
    Example:
        deeppol ingest news.jsonl --db news.db
        deeppol ingest corpus/ --db postgresql://localhost/news --date 2022-01-07
        deeppol ingest big.jsonl --db news.db --engine dask --scheduler tcp://head:8786
    """
    options = reader_options(csv_columns, fetch_articles)
    coder = make_engine(coder_from_options(dictionaries, include_unasserted=include_unasserted,
                                           min_confidence=min_confidence,
                                           entities=entities),
                        workers, engine, scheduler, dataset, partition_size)
    progress = ProgressReporter(enabled=not quiet, total=count_articles(inputs) if not quiet else None)

    def report(rejection: Rejection) -> None:
        click.echo(f"deeppol: skipped {rejection.describe()}", err=True)

    try:
        with open_store(db_url) as db:
            if engine == "dask" and shardable(inputs):  # cluster workers read the files themselves
                from deeppol.batch.dask_engine import ShardJob

                job = ShardJob(default_date, options, stored=True)
                summary = ingest_coded(lambda skip: coder.code_inputs(inputs, job, skip), db,
                                       coder, batch_size=batch_size, on_rejection=report,
                                       progress=progress)
            else:
                summary = ingest(inputs, db, coder, default_date=default_date,
                                 batch_size=batch_size, on_rejection=report, progress=progress,
                                 reader_options=options)
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        progress.close()
    rate = summary.articles / summary.seconds if summary.seconds > 0 else 0.0
    click.echo(f"deeppol: {summary.articles} articles stored ({summary.duplicates} duplicates,"
               f" {summary.already_stored} already stored), {summary.events} events,"
               f" {summary.rejected} skipped, {rate:.1f} articles/s -> {redact_url(db_url)}",
               err=True)
    if summary.rejected:
        sys.exit(1)


@cli.group("db")
def db_group() -> None:
    """Create, upgrade and inspect a store.

    \b
    Example:
        deeppol db migrate --db news.db
        deeppol db info --db news.db
    """


@db_group.command("migrate")
@db_option
def migrate_cli(db_url: str) -> None:
    """Create the store or bring its schema up to date (safe to run any time)."""
    try:
        with Database.connect(db_url) as db:
            found = migrate(db)
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
    if found == LATEST:
        click.echo(f"{redact_url(db_url)}: schema version {LATEST}, up to date")
    else:
        click.echo(f"{redact_url(db_url)}: schema version {found} -> {LATEST}")


@db_group.command("info")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def info_cli(db_url: str, as_json: bool) -> None:
    """Show the schema version, rows per table and the runs of a store (changes nothing)."""
    if not db_url.startswith(("postgresql://", "postgres://")):
        path = Path(db_url.removeprefix("sqlite:///"))
        if not path.is_file():
            raise click.ClickException(f"no store at {db_url} (create one with deeppol db migrate)")
    try:
        with Database.connect(db_url) as db:
            info = describe_store(db)
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(info.as_dict(), indent=2))
        return
    click.echo(f"{info.url} ({info.dialect}), schema version {info.schema_version}")
    for table, count in info.counts.items():
        click.echo(f"  {table:<16} {count:>12,}")
    for run in info.runs:
        click.echo(f"  run {run['id']}: {run['coder_version']}, dictionaries "
                   f"{run['dictionary_hash'][:12]}, {run['invocations']} invocations, last started "
                   f"{run['last_started']}, last finished {run['last_finished'] or '-'}")
