"""Helpers shared by the command modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from deeppol.config import ENTITY_SOURCES, Settings
from deeppol.errors import DeeppolError

if TYPE_CHECKING:
    from deeppol.batch.dask_engine import DaskCoder
    from deeppol.batch.pool import ParallelCoder
    from deeppol.coding.coder import Coder
    from deeppol.ingest.readers import ReaderOptions


def parse_date(_: click.Context, __: click.Parameter, value: str | None) -> dt.date | None:
    """click callback: an ISO date option (``YYYY-MM-DD``) or None."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def coder_from_options(dictionaries: tuple[str, ...], **settings: object) -> Coder:
    """A ``Coder`` for the given user dictionaries and settings, or a clean CLI error."""
    from deeppol.coding.coder import Coder

    try:
        return Coder(Settings(dictionaries=tuple(dictionaries), **settings))
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc


ENGINES = ("local", "dask")


def engine_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--workers``, ``--engine``, ``--scheduler``, ``--dataset``, ``--partition-size``."""
    options = [
        click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
                     help="Worker processes, each with its own pipeline (default: all cores). "
                          "Output is the same as with one."),
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     help="local: worker processes on this machine; dask: a Dask cluster "
                          "(needs the [dask] extra)."),
        click.option("--scheduler", metavar="tcp://HOST:8786", default=None,
                     help="Dask scheduler address (default: a LocalCluster of --workers)."),
        click.option("--dataset", type=click.Path(file_okay=False), default="deeppol-dataset",
                     show_default=True,
                     help="Dask engine: folder of the Parquet event dataset; finished partitions "
                          "found there are not coded again."),
        click.option("--partition-size", type=click.IntRange(min=1), default=64,
                     show_default=True, help="Dask engine: articles per partition."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_engine(coder: Coder, workers: int | None, engine: str = "local",
                scheduler: str | None = None, dataset: str = "deeppol-dataset",
                partition_size: int = 64) -> Coder | ParallelCoder | DaskCoder:
    """What codes the articles: ``coder`` itself, a process pool, or a Dask cluster."""
    if engine == "dask":
        from deeppol.batch.dask_engine import DaskCoder

        return DaskCoder(coder.settings, dataset, scheduler=scheduler, workers=workers,
                         partition_articles=partition_size, local=lambda: coder)
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    from deeppol.batch.pool import ParallelCoder, default_workers

    count = workers or default_workers()
    if count == 1:
        return coder
    return ParallelCoder(coder.settings, count, local=lambda: coder)


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--csv-columns`` and ``--fetch-articles``: how CSV files and feeds are read."""
    command = click.option("--fetch-articles", is_flag=True,
                           help="For feeds, fetch each entry's page instead of using its "
                                "summary.")(command)
    return click.option("--csv-columns", default="", metavar="FIELD=COLUMN,...",
                        help="CSV/TSV columns of article fields, e.g. text=body,date=pubdate.",
                        )(command)


def reader_options(csv_columns: str, fetch_articles: bool) -> ReaderOptions:
    """The ``ReaderOptions`` of ``input_options``, or a usage error."""
    from deeppol.ingest.readers import ReaderOptions, parse_column_mapping

    try:
        return ReaderOptions(columns=parse_column_mapping(csv_columns),
                             fetch_articles=fetch_articles)
    except DeeppolError as exc:
        raise click.UsageError(str(exc)) from exc


entities_option = click.option(
    "--entities", type=click.Choice(ENTITY_SOURCES), default="rules", show_default=True,
    help="Dates, places and names from rules (date expressions, gazetteer) or from spaCy's "
         "NER model (coding takes about twice as long).")


def coding_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--date``, ``--dictionary``, ``--include-unasserted``, ``--min-confidence``,
    ``--entities``."""
    options = [
        click.option("--date", "default_date", callback=parse_date,
                     help="Publication date for inputs that carry none (YYYY-MM-DD)."),
        click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True),
                     help="Your own dictionary YAML, merged over ours (repeatable)."),
        click.option("--include-unasserted", is_flag=True,
                     help="Also keep negated and hypothetical events (see the 'mode' field)."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
                     show_default=True, help="Drop events below this confidence."),
        entities_option,
    ]
    for option in reversed(options):
        command = option(command)
    return command


def shardable(inputs: tuple[str, ...]) -> bool:
    """Whether every input is a local file or directory (cluster workers can read shards of
    them) rather than stdin or a URL (read here and sent as articles)."""
    return all(name != "-" and "://" not in name for name in inputs)
