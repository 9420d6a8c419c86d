"""The ``deeppol`` command group; command modules register on it."""

from __future__ import annotations

import logging
import sys

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="deeppol")
@click.option("-v", "--verbose", is_flag=True, help="Log details on stderr.")
def cli(verbose: bool) -> None:
    """DeepPol: code news text into explainable CAMEO/PLOVER political events."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
