"""Main-text extraction from HTML pages with trafilatura."""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def html_to_text(html: str) -> str | None:
    """The article body of an HTML page, or None when trafilatura finds no main text."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    return trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True)
