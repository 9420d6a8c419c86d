"""Content-hash ids: the same thing gets the same id, a different thing a different one."""

from __future__ import annotations

import datetime as dt

import pytest

from deeppol.config import Settings
from deeppol.store.ids import article_id, content_hash, normalise_url, rejection_id
from deeppol.store.runs import Run
from deeppol.types import Article, Rejection

TEXT = "Japan and Australia signed a defense pact on Thursday in Canberra."


@pytest.mark.parametrize("variant", [
    TEXT + "\n", "  " + TEXT, TEXT.replace(" ", "\u00a0"), TEXT.replace(" ", " \n\t "),
])
def test_ids_content_hash_ignores_whitespace_and_unicode_forms(variant: str) -> None:
    assert content_hash(variant) == content_hash(TEXT)


@pytest.mark.parametrize("other", [TEXT.lower(), TEXT.replace("Thursday", "Friday"), ""])
def test_ids_content_hash_tells_texts_apart(other: str) -> None:
    assert content_hash(other) != content_hash(TEXT)


@pytest.mark.parametrize(("a", "b", "same"), [
    # the same record read twice
    (Article("1", TEXT, url="https://a.example/x"), Article("1", TEXT, url="https://a.example/x"), True),
    # the URL is the identity: another input id or date does not matter
    (Article("1", TEXT, url="https://a.example/x"),
     Article("feed:7", TEXT, dt.date(2022, 1, 7), url="https://A.example/x#top"), True),
    # a syndicated copy: same text, another address
    (Article("1", TEXT, url="https://a.example/x"), Article("1", TEXT, url="https://b.example/y"), False),
    # without URL: the input id and the source
    (Article("a.txt", TEXT), Article("a.txt", TEXT), True),
    (Article("a.txt", TEXT), Article("b.txt", TEXT), False),
    (Article("7", TEXT, source="AP"), Article("7", TEXT, source="AFP"), False),
    # an edited text is another article
    (Article("1", TEXT, url="https://a.example/x"), Article("1", TEXT + " More.", url="https://a.example/x"),
     False),
])
def test_ids_article_id_is_text_and_identity(a: Article, b: Article, same: bool) -> None:
    assert (article_id(a) == article_id(b)) is same
    assert article_id(a, content_hash(a.text)) == article_id(a)


@pytest.mark.parametrize(("url", "expected"), [
    (" HTTPS://News.Example/a/B?x=1#frag ", "https://news.example/a/B?x=1"),
    ("not a url", "not a url"),
])
def test_ids_normalise_url(url: str, expected: str) -> None:
    assert normalise_url(url) == expected


@pytest.mark.parametrize("change", [
    {"input": "b.jsonl"}, {"line": 4}, {"stage": "coding"}, {"reason": "encoding"}, {"detail": "x"},
])
def test_ids_rejection_id_covers_every_field(change: dict[str, object]) -> None:
    base = {"input": "a.jsonl", "stage": "ingest", "reason": "bad_json", "detail": "malformed",
            "line": 3}
    first = Rejection(**base)  # type: ignore[arg-type]
    assert rejection_id(first) == rejection_id(Rejection(**base))  # type: ignore[arg-type]
    assert rejection_id(first) != rejection_id(Rejection(**{**base, **change}))  # type: ignore[arg-type]


class _Configured:
    def __init__(self, settings: Settings, dictionaries: object) -> None:
        self.settings = settings
        self.dictionaries = dictionaries


@pytest.mark.parametrize(("change", "same"), [
    ({"batch_size": 64}, True),
    ({"min_confidence": 0.5}, False),
    ({"include_unasserted": True}, False),
])
def test_ids_run_id_is_the_output_configuration(coder, change: dict[str, object], same: bool) -> None:
    base = Run.for_coder(_Configured(Settings(), coder.dictionaries))
    other = Run.for_coder(_Configured(Settings(**change), coder.dictionaries))  # type: ignore[arg-type]
    assert (base.id == other.id) is same
    assert base.dictionary_hash == coder.dictionaries.digest
