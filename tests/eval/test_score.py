"""The label schemes the scorer maps events to (no gold files needed)."""

from __future__ import annotations

from datetime import date

import pytest

from deeppol.coding.coder import Coder
from deeppol.eval.score import sentence_label
from deeppol.types import Article


def _label(coder: Coder, text: str, scheme: str) -> str | None:
    loose = coder.derive(require_source=False)
    [(_, events)] = list(loose.code_articles([Article("t", text, date(2024, 3, 1))]))
    return sentence_label(events, scheme)


@pytest.mark.parametrize(("text", "label"), [
    ("Canada suspended its aid to the military government of Myanmar.", "VERBAL_CONFLICT"),
    ("Estonia expelled two Russian diplomats on Monday.", "VERBAL_CONFLICT"),
    ("The European Union imposed new sanctions on Belarus.", "VERBAL_CONFLICT"),
    ("Police arrested forty protesters in the capital.", "MATERIAL_CONFLICT"),
    ("Thousands of workers demonstrated against the government in Lagos.", "MATERIAL_CONFLICT"),
    ("The minister accused the opposition of stoking unrest.", "VERBAL_CONFLICT"),
])
def test_five_classes_follow_penta_class(coder: Coder, text: str, label: str) -> None:
    """Reducing relations (CAMEO 16) is verbal conflict in PentaClass, unlike CAMEO's quad class."""
    assert _label(coder, text, "five_class") == label
