"""Odd text never breaks the coder: it yields events or nothing, never an exception."""

from __future__ import annotations

import random

import pytest

from deeppol.coding.coder import Coder
from deeppol.types import Article, Rejection

ODD_TEXTS = [
    "",
    "   \n\n\t  ",
    "!!! ??? ... ---",
    "🙂" * 50,
    "Japan" * 2000,
    "שלום עולם. مرحبا بالعالم. Россия атаковала.",
    "A" * 20000,
    "the the the the the. and and and.",
    "US US US US attacked attacked attacked.",
    "Japan criticized China." * 300,
    "\x00\x01 Japan criticized China \u200b\u200e.",
]


@pytest.mark.parametrize("text", ODD_TEXTS, ids=range(len(ODD_TEXTS)))
def test_robustness_odd_texts(coder: Coder, text: str) -> None:
    events = coder.code_text(text, "2022-01-07")
    for event in events:
        assert 0.0 <= event.confidence <= 1.0
        assert event.evidence.start <= event.evidence.trigger[0] < event.evidence.end


def test_robustness_random_word_salad(coder: Coder) -> None:
    rng = random.Random(7)
    words = ["Japan", "China", "attacked", "met", "the", "of", "and", "Russia", "sanctions", "on",
             "said", "would", "not", "if", "Hamas", "fired", "rockets", "at", "Kyiv", "talks",
             "between", ",", ".", ";", "'", '"', "(", ")", "2022", "Thursday"]
    articles = [Article(f"salad-{i}", " ".join(rng.choice(words) for _ in range(rng.randint(1, 80))))
                for i in range(60)]
    rejected: list[Rejection] = []
    coded = list(coder.code_articles(articles, on_rejection=rejected.append))
    assert rejected == []
    assert [a.id for a, _ in coded] == [a.id for a in articles]
