"""Every event carries evidence that points back into the article text."""

from __future__ import annotations

import csv
import datetime as dt
from importlib import resources

import pytest

from deeppol.coding.coder import Coder
from deeppol.types import Article, Event

ARTICLES = [
    Article("one", "Japan and Australia signed a defense pact on Thursday.", None),
    Article("multi", (
        "Tokyo criticized Beijing on Monday over its military buildup.\n\n"
        "Heavy rain fell across the region. Russian troops attacked Ukrainian positions near "
        "Kharkiv, officials said. Iran did not attack the embassy."
    ), None),
    Article("offsets", "  \u201cNorth Korea threatened to attack South Korea,\u201d the envoy said.  "
                       "Hamas fired rockets at Israel.", None),
]


def _table(name: str) -> list[dict[str, str]]:
    text = resources.files("deeppol.coding.lexicons").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def cameo() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in _table("cameo_event_codes.tsv")}


@pytest.fixture(scope="module")
def plover() -> dict[str, str | None]:
    mapping: dict[str, str | None] = {}
    for row in _table("cameo_to_plover.tsv"):
        event = row["plover_event"] or None
        mapping[row["cameo_code"]] = (None if event in (None, "dropped")
                                      else event.split("|")[0])
    return mapping


@pytest.fixture(scope="module")
def coded(unasserted_coder: Coder) -> list[tuple[Article, list[Event]]]:
    dated = [Article(a.id, a.text, dt.date(2022, 1, 7)) for a in ARTICLES]
    return list(unasserted_coder.code_articles(dated))


def _all(coded: list[tuple[Article, list[Event]]]) -> list[tuple[Article, Event]]:
    pairs = [(article, event) for article, events in coded for event in events]
    assert pairs, "no events coded"
    return pairs


def test_every_article_is_returned_in_order(coded: list[tuple[Article, list[Event]]]) -> None:
    assert [article.id for article, _ in coded] == [a.id for a in ARTICLES]
    for article, events in coded:
        assert events, f"no event in {article.id}"
        assert {e.doc_id for e in events} == {article.id}


def test_spans_slice_the_article_text(coded: list[tuple[Article, list[Event]]]) -> None:
    for article, event in _all(coded):
        ev = event.evidence
        assert article.text[ev.start:ev.end] == ev.sentence
        assert ev.start <= ev.trigger[0] < ev.trigger[1] <= ev.end
        assert article.text[ev.trigger[0]:ev.trigger[1]] == event.trigger_text
        for ref, span in ((event.source, ev.source), (event.target, ev.target)):
            if ref is None:
                assert span is None
                continue
            assert span == (ref.start, ref.end)
            assert article.text[ref.start:ref.end] == ref.text
            assert ev.start <= ref.start < ref.end <= ev.end
        assert ev.pattern


def test_rows_agree_with_evidence(coded: list[tuple[Article, list[Event]]]) -> None:
    for article, event in _all(coded):
        row = event.as_row()
        evidence = row["evidence"]
        assert article.text[evidence["start"]:evidence["end"]] == evidence["sentence"]
        start, end = evidence["trigger"]
        assert article.text[start:end] == row["trigger_text"]
        if row["source"] is not None:
            start, end = evidence["source"]
            assert article.text[start:end] == row["source_text"]
        if row["target"] is not None:
            start, end = evidence["target"]
            assert article.text[start:end] == row["target_text"]


def test_confidence_and_codes(coded: list[tuple[Article, list[Event]]],
                              cameo: dict[str, dict[str, str]],
                              plover: dict[str, str | None]) -> None:
    for _, event in _all(coded):
        assert 0.0 <= event.confidence <= 1.0
        row = cameo[event.code.code]
        assert event.code.root == row["root"] == event.code.code[:2]
        assert event.code.goldstein == pytest.approx(float(row["goldstein"]))
        assert event.code.quad_class == int(row["quad_class"])
        assert event.code.plover == plover.get(event.code.code)
        assert event.mode in ("asserted", "negated", "hypothetical")


def test_ids_are_unique_and_stable(coded: list[tuple[Article, list[Event]]],
                                   unasserted_coder: Coder) -> None:
    ids = [event.id for _, event in _all(coded)]
    assert len(ids) == len(set(ids))
    again = unasserted_coder.code_text(ARTICLES[0].text, date="2022-01-07", doc_id="one")
    assert [e.id for e in again] == [e.id for e in coded[0][1]]


def test_sentence_index_in_a_multi_sentence_article(
        coded: list[tuple[Article, list[Event]]]) -> None:
    article, events = coded[1]
    by_sentence = {(e.sentence_index, (e.source.code[:3] if e.source else None)) for e in events}
    assert (0, "JPN") in by_sentence, by_sentence
    assert (2, "RUS") in by_sentence, by_sentence
    negated = [e for e in events if e.mode == "negated"]
    assert negated and {e.sentence_index for e in negated} == {3}
    for event in events:
        assert event.evidence.sentence.strip() in article.text


def test_dates_and_locations(coded: list[tuple[Article, list[Event]]]) -> None:
    _, events = coded[1]
    tokyo = [e for e in events if e.sentence_index == 0]
    assert tokyo and all(str(e.event_date) == "2022-01-03" for e in tokyo)  # the Monday before
    kharkiv = [e for e in events if e.sentence_index == 2]
    assert kharkiv and all(e.location is not None and e.location.country == "UKR" for e in kharkiv)
    for article, event in _all(coded):
        if event.location is not None:
            assert article.text[event.location.start:event.location.end] == event.location.name


def test_long_article_is_chunked_with_correct_offsets(coder: Coder) -> None:
    filler = "Heavy rain fell across the region again. " * 40
    text = (filler + "\n") * 3 + "Hamas fired rockets at Israel."
    chunked = coder.derive(max_chunk_chars=1000)
    ((_, events),) = chunked.code_articles([Article("long", text, None)])
    assert events
    for event in events:
        ev = event.evidence
        assert text[ev.start:ev.end] == ev.sentence
        assert text[ev.trigger[0]:ev.trigger[1]] == event.trigger_text
        assert event.source is not None
        assert text[event.source.start:event.source.end] == event.source.text
    unchunked = coder.code_text(text, doc_id="long")
    assert [e.id for e in unchunked] == [e.id for e in events]
