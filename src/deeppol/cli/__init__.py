"""The ``deeppol`` command line: a thin shell over the library.

``main`` holds the command group; one module per pipeline stage registers its commands on it:
``coding`` (code, evaluate, demo, info), ``store`` (ingest), ``analysis`` (events, dyad, actors,
network, alerts, export).
"""

from deeppol.cli import (
    analysis,  # noqa: F401  (commands register on import)
    coding,  # noqa: F401
    serve,  # noqa: F401
    store,  # noqa: F401
)
from deeppol.cli.main import cli

__all__ = ["cli"]
