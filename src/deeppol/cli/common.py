"""Helpers shared by the command modules."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import click

from deeppol.config import Settings
from deeppol.errors import DeeppolError

if TYPE_CHECKING:
    from deeppol.batch.pool import ParallelCoder
    from deeppol.coding.coder import Coder


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


workers_option = click.option(
    "-j", "--workers", type=click.IntRange(min=1), default=None,
    help="Worker processes, each with its own pipeline (default: all cores). Output is the same "
         "as with one.")


def parallel(coder: Coder, workers: int | None) -> Coder | ParallelCoder:
    """``coder`` itself for one worker, else a pool of ``workers`` processes sharing its settings."""
    from deeppol.batch.pool import ParallelCoder, default_workers

    count = workers or default_workers()
    if count == 1:
        return coder
    return ParallelCoder(coder.settings, count, local=lambda: coder)
