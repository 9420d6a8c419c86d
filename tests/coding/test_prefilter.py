"""The pre-filter: only sentences with a trigger word form and an actor candidate are parsed."""

from __future__ import annotations

import pytest

from deeppol.coding.coder import Coder
from deeppol.coding.prefilter import SentenceFilter


@pytest.fixture(scope="module")
def sentence_filter(coder: Coder) -> SentenceFilter:
    return coder.prefilter


@pytest.mark.parametrize(("form", "lemma"), [
    ("attacked", "attack"), ("met", "meet"), ("shelling", "shell"), ("signed", "sign"),
    ("fought", "fight"), ("sanctions", "sanction"), ("must", "must"),
])
def test_prefilter_knows_inflected_trigger_forms(sentence_filter: SentenceFilter, form: str,
                                                 lemma: str) -> None:
    assert lemma in sentence_filter.lemmas_of[form]


@pytest.mark.parametrize(("text", "kept"), [
    ("Heavy rain fell across the region. Japan attacked China.", [False, True]),
    ("Japan attacked China. The weather was mild.", [True, False]),
    ("The storm passed quickly. Everyone was relieved.", [False, False]),  # no actor, no trigger
    ("Russia is a large country. They shelled Kharkiv.", [False, True]),  # pronoun: a candidate
    ("Japan and China reimposed sanctions on each other.", [True]),  # "re-" forms
    # an unknown speaker is read, for a later "he" may be that stranger; a common noun is not
    ("Pinkerton said the risk was low. Analysts said the risk was low.", [True, False]),
    ("The risk is low, said Daniel Pinkerton. The risk is low, said one.", [True, False]),
])
def test_prefilter_keeps_sentences_with_trigger_and_actor(
        sentence_filter: SentenceFilter, text: str, kept: list[bool]) -> None:
    ranges, starts, stats = sentence_filter.keep(text)
    assert stats.sentences == len(kept) == len(starts)
    found = [any(s <= start < e for s, e in ranges) for start in starts]
    assert found == kept
    assert stats.kept == sum(kept)


@pytest.mark.parametrize("text", ["The meeting ended quietly."])
def test_prefilter_without_required_source_keeps_trigger_only_sentences(
        sentence_filter: SentenceFilter, text: str) -> None:
    assert sentence_filter.keep(text, need_actor=True)[2].kept == 0
    assert sentence_filter.keep(text, need_actor=False)[2].kept == 1


@pytest.mark.parametrize("text", [
    "Heavy rain fell.\n\nJapan attacked China on Monday. The weather was mild.  Iran protested.",
])
def test_prefilter_mask_keeps_length_offsets_and_line_breaks(sentence_filter: SentenceFilter,
                                                             text: str) -> None:
    masked = sentence_filter.mask(text)
    assert len(masked.text) == len(text)
    assert masked.text.count("\n") == text.count("\n")
    start = text.index("Japan")
    assert masked.text[start:start + 31] == text[start:start + 31]
    assert "rain" not in masked.text and "weather" not in masked.text


@pytest.mark.parametrize("text", [
    "Heavy rain fell across the region. The storm passed. Japan attacked China on Monday. "
    "Officials in Tokyo said the talks with Beijing would resume. It was sunny.",
])
def test_prefilter_changes_no_event_or_sentence_number(coder: Coder, text: str) -> None:
    with_filter = [e.as_row() for e in coder.code_text(text, date="2022-01-07")]
    without = [e.as_row() for e in coder.derive(prefilter=False).code_text(text, date="2022-01-07")]
    assert with_filter and with_filter == without
    assert {row["sentence_index"] for row in with_filter} >= {2}


@pytest.mark.parametrize("text", [
    'Officials in Tokyo met on Monday. "Japan attacked China on Monday." Russia said it would '
    'help. “China must stop,” Japan\'s foreign minister said. China protested. (Japan sent aid to '
    'Ukraine.) Germany signed a deal with France.',
])
def test_each_sentence_has_its_own_number(coder: Coder, text: str) -> None:
    """A sentence opening with a quote or bracket is numbered as the one it is, not the one
    before; numbers do not depend on the pre-filter."""
    for derived in (coder, coder.derive(prefilter=False)):
        by_number: dict[int, set[str]] = {}
        for event in derived.code_text(text, date="2022-01-07"):
            by_number.setdefault(event.sentence_index, set()).add(event.evidence.sentence)
        assert all(len(sentences) == 1 for sentences in by_number.values()), by_number
        assert {"Japan attacked" in s for s in by_number[1]} == {True}, by_number
        assert {"Germany signed" in s for s in by_number[6]} == {True}, by_number
