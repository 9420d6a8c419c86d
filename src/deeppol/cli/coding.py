"""Commands that code text: ``code``, ``evaluate``, ``demo``, ``info``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import click

from deeppol.cli.common import coder_from_options as _coder
from deeppol.cli.common import (
    coding_options,
    engine_options,
    entities_option,
    input_options,
    make_engine,
    reader_options,
    shardable,
)
from deeppol.cli.main import cli
from deeppol.config import Settings
from deeppol.errors import DeeppolError
from deeppol.ingest.readers import read_inputs
from deeppol.output import FORMATS, EventWriter, render_table
from deeppol.progress import ProgressReporter
from deeppol.types import Article, Rejection

SAMPLES = "deeppol.samples"



@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file (default: stdout).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@coding_options
@input_options
@engine_options
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
def code(inputs: tuple[str, ...], output, fmt: str, default_date: dt.date | None,
         dictionaries: tuple[str, ...], include_unasserted: bool, min_confidence: float,
         entities: str, csv_columns: str, fetch_articles: bool, workers: int | None, engine: str,
         scheduler: str | None, dataset: str, partition_size: int, quiet: bool) -> None:
    """Code articles into events.

    INPUTS are files, directories (read recursively), feed URLs or - for stdin: .txt is one
    article, .jsonl one article a line ({"id","text","date","title","url","source"}), .html one
    page (main text extracted), .csv/.tsv one article a row, .rss/.atom/.xml feeds one article
    an entry, .warc/.warc.gz one article per HTML response. Bad records are reported on stderr
    and skipped; the exit code is 1 when anything was skipped.

    \b
    Example:
        deeppol code news.jsonl --format table
        cat story.txt | deeppol code - --date 2022-01-07 -o events.jsonl
    """
    options = reader_options(csv_columns, fetch_articles)
    coder = make_engine(_coder(dictionaries, include_unasserted=include_unasserted,
                               min_confidence=min_confidence, entities=entities),
                        workers, engine, scheduler, dataset, partition_size)
    progress = ProgressReporter(enabled=not quiet)
    writer = EventWriter(output, fmt)

    def report(rejection: Rejection) -> None:
        progress.rejection()
        click.echo(f"deeppol: skipped {rejection.describe()}", err=True)

    def articles() -> Iterator[Article]:
        for record in read_inputs(inputs, default_date, options=options):
            if isinstance(record, Rejection):
                report(record)
            else:
                yield record

    if engine == "dask" and shardable(inputs):  # cluster workers read the files themselves
        from deeppol.batch.dask_engine import ShardJob

        coded = coder.code_inputs(inputs, ShardJob(default_date, options), on_rejection=report)
    else:
        coded = coder.code_articles(articles(), on_rejection=report)
    try:
        for _, events in coded:
            writer.write(events)
            progress.article(len(events))
    except DeeppolError as exc:  # e.g. an unreachable Dask scheduler
        raise click.ClickException(str(exc)) from exc
    finally:
        progress.close()
        writer.close()
    click.echo(f"deeppol: {progress.articles} articles, {writer.count} events, "
               f"{progress.rejected} skipped", err=True)
    if progress.rejected:
        sys.exit(1)


@cli.command()
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--errors", "show_errors", is_flag=True, help="List the misses.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(exists=True))
@entities_option
@click.option("--no-prefilter", is_flag=True, help="Parse every sentence (to compare).")
def evaluate(gold: tuple[str, ...], show_errors: bool, as_json: bool,
             dictionaries: tuple[str, ...], entities: str, no_prefilter: bool) -> None:
    """Score the coder on gold files (event sets: strict/lenient P/R/F1; label sets: accuracy).

    \b
    Example:
        deeppol evaluate ../shared/gold/upetr_petr2_gsr_validation.jsonl --errors
    """
    from deeppol.eval.score import evaluate_file

    coder = _coder(dictionaries, entities=entities, prefilter=not no_prefilter)
    results = []
    for path in gold:
        try:
            report = evaluate_file(coder, path, keep_errors=show_errors)
        except DeeppolError as exc:
            raise click.ClickException(str(exc)) from exc
        results.append(report.summary())
        if as_json:
            continue
        summary = report.summary()
        if report.kind == "events":
            click.echo(f"{report.name} ({report.records} records)\n"
                       f"  strict  P {report.strict.precision:.3f}  R {report.strict.recall:.3f}"
                       f"  F1 {report.strict.f1:.3f}\n"
                       f"  lenient P {report.lenient.precision:.3f}  R {report.lenient.recall:.3f}"
                       f"  F1 {report.lenient.f1:.3f}")
        elif report.kind == "unsupported":
            click.echo(f"{report.name}: labels are not CAMEO five-class or PLOVER types; skipped")
        else:
            click.echo(f"{report.name} ({report.records} records, {report.kind})\n"
                       f"  top-1 accuracy {summary['accuracy']:.3f}  macro-F1 "
                       f"{summary['macro_f1']:.3f}")
        for line in report.errors:
            click.echo(f"  - {line}")
    if as_json:
        click.echo(json.dumps(results, indent=2))


@cli.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def demo(fmt: str) -> None:
    """Code the bundled sample articles and print the events found.

    \b
    Example:
        deeppol demo --format jsonl
    """
    from deeppol.ingest.readers import read_jsonl

    coder = _coder(())
    sample = resources.files(SAMPLES).joinpath("articles.jsonl")
    with resources.as_file(sample) as path, Path(path).open("rb") as handle:
        articles = [r for r in read_jsonl(handle, "articles.jsonl") if isinstance(r, Article)]
    writer = EventWriter(sys.stdout, fmt) if fmt != "table" else None
    total = 0
    for article, events in coder.code_articles(articles):
        total += len(events)
        if writer is None:  # one table per article, under its headline
            title = f"{article.title} ({article.date}): {len(events)} events"
            render_table([e.as_row() for e in events], sys.stdout, title=title, show_doc=False)
        else:
            writer.write(events)
    if writer is not None:
        writer.close()
    click.echo(f"deeppol: {len(articles)} sample articles, {total} events", err=True)


@cli.command()
def info() -> None:
    """Show versions, the loaded dictionaries and settings."""
    from deeppol import __version__
    from deeppol.coding.dictionaries import load_dictionaries

    dicts = load_dictionaries()
    click.echo(f"deeppol {__version__}")
    click.echo(f"dictionaries {dicts.version}")
    for kind, entries in dicts.entries.items():
        click.echo(f"  {kind}: {len(entries)} entries")
    defaults = Settings()
    for item in dataclasses.fields(defaults):
        click.echo(f"  setting {item.name} = {getattr(defaults, item.name)!r}")
