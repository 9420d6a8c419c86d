"""Duplicate articles: exact copies by content hash, near copies by MinHash/LSH, linked to the root."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from deeppol.store import Database, open_store
from deeppol.store.dedupe import DuplicateFinder, DuplicateMatch, shingles
from deeppol.store.ids import content_hash

VOCABULARY = [f"w{i}" for i in range(2000)]


@pytest.fixture
def db(store: Database) -> Database:
    """The conftest's empty store, on SQLite and on PostgreSQL."""
    return store


def story(seed: int, n_words: int = 300) -> str:
    """A deterministic pseudo-article of ``n_words`` words."""
    rng = random.Random(seed)
    words = [rng.choice(VOCABULARY) for _ in range(n_words)]
    return " ".join(words[i] + ("." if i % 15 == 14 else "") for i in range(n_words))


def edit(text: str, positions: list[int], word: str = "edited") -> str:
    """``text`` with the words at ``positions`` replaced (a light update)."""
    words = text.split(" ")
    for position in positions:
        words[position] = word
    return " ".join(words)


def ingest(db: Database, finder: DuplicateFinder, articles: list[tuple[str, str]]) -> list[DuplicateMatch]:
    """Store ``(id, text)`` pairs the way the batch writer does: check, insert, add."""
    start = (db.query_one("SELECT MAX(seq) AS seq FROM articles") or {}).get("seq") or 0
    matches = []
    with db.transaction():
        for offset, (article_id, text) in enumerate(articles, start=1):
            digest = content_hash(text)
            match = finder.check(article_id, digest, text)
            db.execute(
                "INSERT INTO articles (id, content_hash, doc_id, text, n_chars, seq, duplicate_of, "
                "duplicate_kind, duplicate_score, minhash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, digest, article_id, text, len(text), start + offset, match.duplicate_of,
                 match.kind, match.score, match.minhash))
            finder.add(article_id, match.minhash)
            matches.append(match)
    return matches


def links(db: Database) -> dict[str, tuple[str | None, str | None]]:
    rows = db.query("SELECT id, duplicate_of, duplicate_kind FROM articles ORDER BY seq")
    return {row["id"]: (row["duplicate_of"], row["duplicate_kind"]) for row in rows}


@pytest.mark.parametrize("n_copies", [1, 3])
def test_dedupe_syndicated_copy_links_exactly_to_the_earliest(db: Database, n_copies: int) -> None:
    original = story(1)
    # Whitespace differences do not change the content hash.
    copies = [(f"copy{i}", original.replace(" ", "  ", 3)) for i in range(n_copies)]
    matches = ingest(db, DuplicateFinder(db), [("original", original), *copies])
    assert matches[0] == DuplicateMatch(None, None, None, matches[0].minhash)
    assert len(matches[0].minhash) > 0
    for match in matches[1:]:
        assert (match.duplicate_of, match.kind, match.score) == ("original", "exact", 1.0)
        assert match.minhash == matches[0].minhash


@pytest.mark.parametrize("edits", [[5], [40, 41, 200], list(range(100, 112, 3))])
def test_dedupe_lightly_edited_update_links_as_near(db: Database, edits: list[int]) -> None:
    original = story(2)
    matches = ingest(db, DuplicateFinder(db), [("v1", original), ("v2", edit(original, edits))])
    assert matches[1].duplicate_of == "v1"
    assert matches[1].kind == "near"
    assert matches[1].score is not None and 0.8 <= matches[1].score < 1.0


@pytest.mark.parametrize("seeds", [(3, 4), (5, 6, 7)])
def test_dedupe_different_articles_are_not_linked(db: Database, seeds: tuple[int, ...]) -> None:
    matches = ingest(db, DuplicateFinder(db), [(f"a{seed}", story(seed)) for seed in seeds])
    assert all(match.duplicate_of is None and match.kind is None for match in matches)


@pytest.mark.parametrize("texts", [
    ("Police arrested five protesters in Nairobi.", "Police arrested six protesters in Nairobi."),
    ("Kenya and Uganda signed a deal.", "Kenya and Uganda signed a deal today."),
    ("", "   "),
])
def test_dedupe_short_texts_never_match_as_near(db: Database, texts: tuple[str, str]) -> None:
    matches = ingest(db, DuplicateFinder(db), [("short1", texts[0]), ("short2", texts[1])])
    assert matches[0].minhash == b"" and matches[1].minhash == b""
    assert matches[1].kind != "near"


def test_dedupe_short_exact_copy_still_links(db: Database) -> None:
    text = "Police arrested five protesters in Nairobi."
    matches = ingest(db, DuplicateFinder(db), [("short1", text), ("short2", text)])
    assert (matches[1].duplicate_of, matches[1].kind) == ("short1", "exact")


def test_dedupe_chains_lead_to_the_root_original(db: Database) -> None:
    v1 = story(8)
    v2 = edit(v1, list(range(0, 20, 4)))
    v3 = edit(v2, list(range(150, 170, 4)), word="again")
    matches = ingest(db, DuplicateFinder(db), [("v1", v1), ("v2", v2), ("v3", v3), ("v3copy", v3)])
    assert [(m.duplicate_of, m.kind) for m in matches] == [
        (None, None), ("v1", "near"), ("v1", "near"), ("v1", "near")]
    assert matches[3].score == matches[2].score  # an exact copy of a near copy inherits its score


def test_dedupe_new_finder_resumes_from_stored_signatures(db: Database) -> None:
    original = story(9)
    ingest(db, DuplicateFinder(db), [("v1", original), ("other", story(10))])
    resumed = DuplicateFinder(db)  # as in a new process: the index is built from the store
    matches = ingest(db, resumed, [("v2", edit(original, [7, 70])), ("v3", original)])
    assert (matches[0].duplicate_of, matches[0].kind) == ("v1", "near")
    assert (matches[1].duplicate_of, matches[1].kind) == ("v1", "exact")


def test_dedupe_signatures_missing_from_the_store_are_recomputed(db: Database) -> None:
    original = story(11)
    ingest(db, DuplicateFinder(db), [("v1", original)])
    db.execute("UPDATE articles SET minhash = NULL")
    matches = ingest(db, DuplicateFinder(db), [("v2", edit(original, [3]))])
    assert (matches[0].duplicate_of, matches[0].kind) == ("v1", "near")


@pytest.mark.parametrize("seed", [0, 1])
def test_dedupe_links_are_deterministic(store_urls: Callable[[], str], seed: int) -> None:
    rng = random.Random(seed)
    bases = [story(100 + i) for i in range(6)]
    articles = []
    for i in range(40):
        base = rng.choice(bases)
        kind = rng.random()
        text = base if kind < 0.3 else edit(base, rng.sample(range(300), 3)) if kind < 0.7 else story(i)
        articles.append((f"a{i}", text))
    results = []
    for split in (len(articles), 20, 7):  # uninterrupted, then restarts at two places
        with open_store(store_urls()) as fresh:
            ingest(fresh, DuplicateFinder(fresh), articles[:split])
            ingest(fresh, DuplicateFinder(fresh), articles[split:])  # a new process resumes
            results.append(links(fresh))
    assert results[0] == results[1] == results[2]
    assert any(kind == "near" for _, kind in results[0].values())
    assert any(kind == "exact" for _, kind in results[0].values())
    roots = {root for root, _ in results[0].values() if root is not None}
    assert all(results[0][root] == (None, None) for root in roots)


@pytest.mark.parametrize(("text", "expected"), [
    ("One two three four five six", {b"one two three four five", b"two three four five six"}),
    ("ONE, two; three four", set()),
])
def test_dedupe_shingles_are_normalised_word_windows(text: str, expected: set[bytes]) -> None:
    assert shingles(text) == expected


@pytest.mark.parametrize("n_edits", [20, 40])
def test_dedupe_heavily_rewritten_story_is_not_near(db: Database, n_edits: int) -> None:
    original = story(12)
    rewritten = edit(original, list(range(0, 300, 300 // n_edits)))
    matches = ingest(db, DuplicateFinder(db), [("v1", original), ("v2", rewritten)])
    assert matches[1].duplicate_of is None
