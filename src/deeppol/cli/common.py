"""Helpers shared by the command modules."""

from __future__ import annotations

import datetime as dt

import click

from deeppol.config import Settings
from deeppol.errors import DeeppolError


def parse_date(_: click.Context, __: click.Parameter, value: str | None) -> dt.date | None:
    """click callback: an ISO date option (``YYYY-MM-DD``) or None."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def coder_from_options(dictionaries: tuple[str, ...], **settings: object):
    """A ``Coder`` for the given user dictionaries and settings, or a clean CLI error."""
    from deeppol.coding.coder import Coder

    try:
        return Coder(Settings(dictionaries=tuple(dictionaries), **settings))
    except DeeppolError as exc:
        raise click.ClickException(str(exc)) from exc
