"""DeepPol's exceptions.

- ``DeeppolError``
  - ``ConfigError``   [E0xx] bad settings
  - ``InputError``    [E1xx] a bad article or file: recorded as a rejection and skipped
  - ``LexiconError``  [E3xx] a bad dictionary entry: fails at load, naming file and entry
  - ``ModelError``    [E2xx] the spaCy pipeline cannot be loaded
"""

from __future__ import annotations


class DeeppolError(Exception):
    """Base class of every error DeepPol raises on purpose."""


class ConfigError(DeeppolError):
    """Settings or command-line options that cannot be used."""


class InputError(DeeppolError):
    """An input record or file that cannot be read as an article."""

    def __init__(self, message: str, *, reason: str = "invalid", line: int | None = None):
        super().__init__(message)
        self.reason = reason
        self.line = line


class LexiconError(DeeppolError):
    """A dictionary file or entry that fails validation."""


class ModelError(DeeppolError):
    """The spaCy English pipeline is missing or unusable."""
