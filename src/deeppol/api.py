"""Convenience functions for notebooks and scripts (the library behind the CLI)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.types import Article, Event


def code_texts(texts: Iterable[str], date: dt.date | str | None = None,
               coder: Coder | None = None, **settings: Any) -> list[Event]:
    """Code plain texts published on ``date``; builds a ``Coder`` unless one is given.

    Args:
        texts: article texts; their ids are ``text-0``, ``text-1``, ...
        date: publication date (``date`` or ISO string) for resolving relative dates.
        coder: a ready ``Coder`` to reuse (building one loads the pipeline: about a second).
        **settings: ``Settings`` fields, e.g. ``include_unasserted=True``.

    Returns:
        The events of all texts, in order.
    """
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    if coder is None:
        coder = Coder(Settings(**settings))
    elif settings:
        coder = coder.derive(**settings)
    articles = (Article(f"text-{i}", text, day) for i, text in enumerate(texts))
    return [event for _, events in coder.code_articles(articles) for event in events]
