"""StoreWriter: one batch, one transaction; every column of a mention comes from its Event."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import pytest

from deeppol.coding.coder import Coder
from deeppol.store import Database, open_store
from deeppol.store import writer as writer_module
from deeppol.store.runs import Run, start_run
from deeppol.store.writer import StoredArticle, StoreWriter, recount_actors
from deeppol.types import Article, Event, Rejection

DAY = dt.date(2022, 3, 7)
STORY = ("Japan and Australia signed a defense pact on Thursday in Canberra. "
         "China condemned the agreement and accused Japan of provoking tension in the region.")
OTHER = "Russian troops shelled Kharkiv on Monday, Ukrainian officials said."
TABLES = ("articles", "sentences", "mentions", "events", "actors", "rejections")


def _coded(coder: Coder, *articles: Article) -> list[tuple[StoredArticle, list[Event]]]:
    records = {r.id: r for r in (StoredArticle.from_article(a, "test.jsonl") for a in articles)}
    return [(records[article.id], events)
            for article, events in coder.code_articles(r.article for r in records.values())]


def _writer(db: Database, coder: Coder) -> StoreWriter:
    return StoreWriter(db, start_run(db, Run.for_coder(coder)))


def _counts(db: Database) -> dict[str, int]:
    return {table: db.query_one(f"SELECT COUNT(*) AS n FROM {table}")["n"]  # type: ignore[index]
            for table in TABLES}


def test_writer_stores_articles_evidence_mentions_and_actors(store: Database, coder: Coder) -> None:
    batch = _coded(coder, Article("a1", STORY, DAY, "Pact", "https://news.example/1", "Example"),
                   Article("a2", OTHER, DAY))
    events = [event for _, found in batch for event in found]
    assert events, "the coder should find events in these sentences"
    result = _writer(store, coder).write(batch)
    assert (result.articles, result.mentions) == (2, len(events))

    article = store.query_one("SELECT * FROM articles WHERE doc_id = ?", ("a1",))
    assert article is not None
    assert article["id"] == batch[0][0].id != "a1"
    assert (article["title"], article["url"], article["source"]) == ("Pact", "https://news.example/1",
                                                                     "Example")
    assert (article["pub_date"], article["text"], article["n_chars"]) == ("2022-03-07", STORY, len(STORY))
    assert (article["input"], article["seq"], article["duplicate_of"]) == ("test.jsonl", 1, None)

    for event in events:
        row = store.query_one("SELECT * FROM mentions WHERE id = ?", (event.id,))
        assert row is not None
        expected = event.as_row()
        assert row["article_id"] == event.doc_id
        for column in ("source", "target", "code", "code_name", "root_code", "quad_class", "goldstein",
                       "plover", "plover_mode", "mode", "event_date", "date_precision", "date_text",
                       "trigger_text", "confidence", "coder", "source_text", "target_text"):
            assert row[column] == expected[column], column
        assert row["sentence_idx"] == event.sentence_index
        assert [row["trigger_start"], row["trigger_end"]] == expected["evidence"]["trigger"]
        assert row["pattern"] == event.evidence.pattern
        assert json.loads(row["entries"]) == expected["evidence"]["entries"]
        assert row["event_id"] is not None, "clustering assigns every mention to an event"
        sentence = store.query_one("SELECT * FROM sentences WHERE article_id = ? AND idx = ?",
                                   (event.doc_id, event.sentence_index))
        assert sentence is not None
        assert sentence["text"] == event.evidence.sentence
        text = STORY if event.doc_id == batch[0][0].id else OTHER
        assert text[sentence["sent_start"]:sentence["sent_end"]] == event.evidence.sentence

    codes = {ref.code for event in events for ref in (event.source, event.target) if ref}
    actors = {row["code"]: row for row in store.query("SELECT * FROM actors")}
    assert set(actors) == codes
    counts = {code: sum(1 for e in events for ref in (e.source, e.target) if ref and ref.code == code)
              for code in codes}
    assert {code: row["n_mentions"] for code, row in actors.items()} == counts
    assert all(row["country"] == code[:3] for code, row in actors.items())


def test_writer_write_twice_stores_once(store: Database, coder: Coder) -> None:
    batch = _coded(coder, Article("a1", STORY, DAY))
    writer = _writer(store, coder)
    rejection = Rejection("bad.jsonl", "ingest", "bad_json", "malformed JSON", 3)
    writer.write(batch, [rejection])
    before = _counts(store)
    again = writer.write(batch, [rejection])
    assert (again.articles, again.mentions, again.rejections) == (0, 0, 0)
    assert _counts(store) == before
    assert before["rejections"] == 1


def test_writer_counts_actors_like_a_full_recount(store: Database, coder: Coder) -> None:
    writer = _writer(store, coder)
    writer.write(_coded(coder, Article("a1", STORY, DAY)))
    writer.write(_coded(coder, Article("a2", STORY.replace("Thursday", "Friday"), DAY),
                        Article("a3", OTHER, DAY)))
    before = store.query("SELECT * FROM actors ORDER BY code")
    recount_actors(store)
    assert store.query("SELECT * FROM actors ORDER BY code") == before


def test_writer_links_exact_copies(store: Database, coder: Coder) -> None:
    batch = _coded(coder, Article("a1", STORY, DAY, url="https://one.example/a"),
                   Article("a2", STORY, DAY, url="https://two.example/b"))
    result = _writer(store, coder).write(batch)
    assert (result.articles, result.duplicates) == (2, 1)
    rows = store.query("SELECT id, duplicate_of, duplicate_kind FROM articles ORDER BY seq")
    assert rows[1]["duplicate_of"] == rows[0]["id"]
    assert rows[1]["duplicate_kind"] == "exact"


@pytest.mark.parametrize("fail_in", ["recluster", "mentions"])
def test_writer_failed_batch_leaves_nothing(store: Database, coder: Coder,
                                            monkeypatch: pytest.MonkeyPatch, fail_in: str) -> None:
    writer = _writer(store, coder)
    writer.write(_coded(coder, Article("first", OTHER, DAY)))
    before = {table: store.query(f"SELECT * FROM {table}") for table in TABLES}
    batch = _coded(coder, Article("a1", STORY, DAY), Article("a2", STORY, DAY, url="https://x.example"))

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("disk on fire")

    if fail_in == "recluster":
        monkeypatch.setattr(writer_module, "recluster", boom)
    else:
        monkeypatch.setattr(writer_module, "mention_row", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        writer.write(batch, [Rejection("bad.txt", "ingest", "binary", "NUL bytes")])
    assert {table: store.query(f"SELECT * FROM {table}") for table in TABLES} == before
    monkeypatch.undo()
    result = writer.write(batch)  # the same writer goes on, as if the failure never happened
    assert (result.articles, result.duplicates) == (2, 1)


def _sorted(rows: Sequence[dict[str, object]]) -> list[tuple[str, ...]]:
    return sorted(tuple(str(v) for v in row.values()) for row in rows)


def test_writer_batch_boundaries_do_not_change_the_store(store_urls, coder: Coder) -> None:
    articles = [Article(f"a{i}", text, DAY + dt.timedelta(days=i % 2))
                for i, text in enumerate([STORY, OTHER, STORY.replace("Thursday", "Friday"), OTHER
                                          + " Kyiv condemned the attack."])]
    coded = _coded(coder, *articles)
    snapshots = []
    for size in (1, 3, 4):
        with open_store(store_urls()) as db:
            writer = _writer(db, coder)
            for start in range(0, len(coded), size):
                writer.write(coded[start:start + size])
            snapshots.append({table: _sorted(db.query(f"SELECT * FROM {table}"))
                              for table in TABLES})
    assert snapshots[0] == snapshots[1] == snapshots[2]


def test_writer_two_processes_writing_one_store_at_once(store_urls, coder: Coder) -> None:
    """Two ingests into one shared store (a team's PostgreSQL) may write batches at the same
    moment: batches are serialised, so overlapping articles are stored once and the store ends
    as if one process had written both (on SQLite, BEGIN IMMEDIATE already does this)."""
    import threading

    url = store_urls()
    batches = [_coded(coder, Article(f"a{i}", STORY.replace("Thursday", day), DAY))
               + _coded(coder, Article("shared", OTHER, DAY)) for i, day in enumerate(("Monday",
                                                                                       "Friday"))]
    with open_store(url) as db:
        run = start_run(db, Run.for_coder(coder))
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def write(batch: list[tuple[StoredArticle, list[Event]]]) -> None:
        with open_store(url) as db:
            writer = StoreWriter(db, run)
            barrier.wait()
            try:
                writer.write(batch)
            except BaseException as exc:  # collected, asserted below
                errors.append(exc)

    threads = [threading.Thread(target=write, args=(batch,)) for batch in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(url) as db:
        seqs = [row["seq"] for row in db.query("SELECT seq FROM articles ORDER BY seq")]
        assert seqs == [1, 2, 3]
        mentions = db.query_one("SELECT COUNT(*) AS n FROM mentions")
    assert mentions == {"n": sum(len(events) for batch in batches for _, events in batch)
                        - len(batches[1][1][1])}
