"""Main-text extraction from HTML pages with trafilatura."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


def html_to_text(html: str) -> str | None:
    """The article body of an HTML page, or None when trafilatura finds no main text."""
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    return trafilatura.extract(html, include_comments=False, include_tables=False,
                               favor_recall=True)


@dataclass(frozen=True, slots=True)
class Page:
    """The main text of a web page with the title and publication date the page gives."""

    text: str
    title: str | None = None
    date: dt.date | None = None


def extract_page(html: str | bytes, url: str | None = None) -> Page | None:
    """The article body, title and own date of an HTML page (bytes: encoding detected).

    Returns None when trafilatura finds no main text. The date comes from the page's metadata
    and URL only (no guessing from the body text).
    """
    import trafilatura  # imported lazily, as above

    document = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=False, favor_recall=True,
        with_metadata=True, date_extraction_params={"original_date": True,
                                                    "extensive_search": False})
    text = getattr(document, "text", None)
    if not text:
        return None
    title = getattr(document, "title", None) or None
    try:
        day = dt.date.fromisoformat(str(getattr(document, "date", None) or "")[:10])
    except ValueError:
        day = None
    return Page(text, title, day)
