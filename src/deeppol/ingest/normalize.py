"""Normalising publication dates and text of incoming articles."""

from __future__ import annotations

import datetime as dt
import logging
import re

import dateparser

log = logging.getLogger(__name__)
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_publication_date(value: object) -> dt.date | None:
    """A publication date from any common format ("2022-01-07", "Jan 7, 2022", epoch seconds).

    Returns None for missing values. Raises ``ValueError`` when a value is present but is not a
    date, so the caller can report it.
    """
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dt.datetime.fromtimestamp(float(value), tz=dt.UTC).date()
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, got {type(value).__name__}")
    text = value.strip()
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    parsed = dateparser.parse(text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        raise ValueError(f"unrecognised date {value!r}")
    return parsed.date()


def clean_text(text: str) -> str:
    """Drop control characters (keeping newlines and tabs); offsets refer to the cleaned text."""
    return _CONTROL.sub(" ", text)
