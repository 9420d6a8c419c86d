"""What an operator can set for the web app: limits, the ingest token, connection counts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from deeppol.config import Settings
from deeppol.errors import ConfigError

TOKEN_ENV = "DEEPPOL_API_TOKEN"
"""The environment variable ``deeppol serve`` reads the ingest token from (``--token-env``)."""


@dataclass(frozen=True, slots=True)
class WebSettings:
    """Limits and switches of one app; build with keywords, derive with ``replace``."""

    token: str | None = None
    """Bearer token that ``POST /v1/ingest`` requires; None (the default) turns ingest off."""
    max_body_bytes: int = 2_000_000
    """Largest request body accepted (413 above it)."""
    max_text_chars: int = 100_000
    """Longest text accepted by ``POST /v1/code`` and per article by ``POST /v1/ingest``."""
    max_texts: int = 20
    """Texts per ``POST /v1/code`` request."""
    max_ingest_articles: int = 100
    """Articles per ``POST /v1/ingest`` request."""
    max_page_size: int = 500
    """Largest ``limit`` of an event page."""
    max_bins: int = 5000
    """Most periods a timeline may have (a longer span needs a coarser bin)."""
    read_connections: int = 48
    """Database connections kept for reads (one per concurrent request)."""
    coder: Settings = field(default_factory=Settings)
    """Coder settings used by ``POST /v1/code`` and ``POST /v1/ingest``."""

    def __post_init__(self) -> None:
        if self.token is not None and len(self.token) < 16:
            raise ConfigError("[E010] the API token must be at least 16 characters")
        for name in ("max_body_bytes", "max_text_chars", "max_texts", "max_ingest_articles",
                     "max_page_size", "max_bins", "read_connections"):
            if getattr(self, name) < 1:
                raise ConfigError(f"[E011] {name} must be at least 1")

    def replace(self, **changes: object) -> WebSettings:
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
