"""Shared fixtures: one spaCy pipeline and one Coder for the whole session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from deeppol.coding.coder import Coder
from deeppol.config import Settings
from deeppol.nlp.pipeline import load_pipeline

Row = dict[str, Any]
CodeFn = Callable[..., list[Row]]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def coder(nlp: Language) -> Coder:
    return Coder(Settings(), nlp=nlp)


@pytest.fixture(scope="session")
def unasserted_coder(coder: Coder) -> Coder:
    return coder.derive(include_unasserted=True)


def _coding(coder: Coder) -> CodeFn:
    def code(text: str, date: str | dt.date | None = "2022-01-07") -> list[Row]:
        return [event.as_row() for event in coder.code_text(text, date=date)]

    return code


@pytest.fixture(scope="session")
def code(coder: Coder) -> CodeFn:
    """``code(text, date)``: the rows (``Event.as_row()``) the default coder finds."""
    return _coding(coder)


@pytest.fixture(scope="session")
def code_unasserted(unasserted_coder: Coder) -> CodeFn:
    """Like ``code`` but keeping negated and hypothetical events."""
    return _coding(unasserted_coder)
