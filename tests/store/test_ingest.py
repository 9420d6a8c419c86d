"""ingest(): idempotent re-runs, resume after an interruption (even SIGKILL) ends with exactly
the store an uninterrupted run makes, on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from deeppol.coding.coder import Coder
from deeppol.store import Database, StoreError, open_store
from deeppol.store.ids import article_id
from deeppol.store.ingest import IngestSummary, count_articles, ingest
from deeppol.types import Article, Event, Rejection

COMPARED = {"articles": "id", "sentences": "article_id, idx", "events": "id", "mentions": "id",
            "actors": "code"}
Records = list[dict[str, Any]]


def _jsonl(path: Path, records: Iterable[dict[str, Any]]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _snapshot(url: str) -> dict[str, list[dict[str, Any]]]:
    with open_store(url) as db:
        return {table: db.query(f"SELECT * FROM {table} ORDER BY {key}")
                for table, key in COMPARED.items()}


def _ingest(url: str, inputs: list[str], coder: Any, **options: Any) -> IngestSummary:
    with open_store(url) as db:
        return ingest(inputs, db, coder, batch_size=options.pop("batch_size", 7), **options)


class CountingCoder:
    """A coder that counts what it is asked to code, and can fail after some articles."""

    def __init__(self, coder: Coder, fail_after: int | None = None) -> None:
        self.coder = coder
        self.settings = coder.settings
        self.dictionaries = coder.dictionaries
        self.coded: list[str] = []
        self.fail_after = fail_after

    def code_articles(self, articles: Iterable[Article],
                      on_rejection: Callable[[Rejection], None] | None = None,
                      ) -> Iterator[tuple[Article, list[Event]]]:
        for article, events in self.coder.code_articles(articles, on_rejection=on_rejection):
            if self.fail_after is not None and len(self.coded) >= self.fail_after:
                raise KeyboardInterrupt  # as when the user presses Ctrl-C mid-batch
            self.coded.append(article.id)
            yield article, events


def test_ingest_twice_stores_once(store_urls, coder: Coder, tmp_path: Path,
                                  news_corpus: Records) -> None:
    url = store_urls()
    corpus = _jsonl(tmp_path / "news.jsonl", news_corpus)
    first = _ingest(url, [corpus], coder)
    unique = len({(r["url"], r["text"]) for r in news_corpus})
    assert unique == len(news_corpus) - 1  # the corpus repeats one record verbatim
    assert (first.articles, first.already_stored, first.rejected) == (unique, 1, 0)
    assert first.events > 0 and first.duplicates >= 5
    stored = _snapshot(url)
    again = CountingCoder(coder)
    second = _ingest(url, [corpus, corpus], again)
    assert (second.articles, second.events, second.already_stored) == (0, 0, 2 * len(news_corpus))
    assert again.coded == [], "stored articles are skipped before coding"
    assert _snapshot(url) == stored
    with open_store(url) as db:
        runs = db.query("SELECT * FROM runs")
    assert len(runs) == 1 and runs[0]["invocations"] == 2 and runs[0]["last_finished"]


def test_ingest_ids_are_content_hashes(store: Database, coder: Coder, tmp_path: Path,
                                       news_corpus: Records) -> None:
    corpus = _jsonl(tmp_path / "news.jsonl", news_corpus[:6])
    ingest([corpus], store, coder)
    rows = store.query("SELECT id, doc_id, url, text, title, source, input FROM articles ORDER BY seq")
    assert [r["doc_id"] for r in rows] == [r["id"] for r in news_corpus[:6]]
    for row in rows:
        assert row["id"] == article_id(Article(row["doc_id"], row["text"], url=row["url"]))
        assert row["input"] == corpus
        # the mentions are the events the coder finds in the article under its stored id
        events = next(coder.code_articles([Article(row["id"], row["text"])]))[1]
        mentions = store.query("SELECT id, article_id FROM mentions WHERE article_id = ?", (row["id"],))
        assert sorted(m["id"] for m in mentions) == sorted(e.id for e in events)


def test_ingest_links_copies_to_their_original(store: Database, coder: Coder, tmp_path: Path,
                                               news_corpus: Records) -> None:
    ingest([_jsonl(tmp_path / "news.jsonl", news_corpus)], store, coder)
    copies = store.query("SELECT a.doc_id, a.duplicate_kind, o.doc_id AS original FROM articles a "
                         "JOIN articles o ON o.id = a.duplicate_of WHERE a.doc_id LIKE ?", ("wire-%",))
    assert copies and all(c["duplicate_kind"] == "exact" for c in copies)
    assert all(c["original"] == c["doc_id"].replace("wire-", "story-") for c in copies)
    updates = store.query("SELECT a.doc_id, a.duplicate_kind, o.doc_id AS original FROM articles a "
                          "JOIN articles o ON o.id = a.duplicate_of WHERE a.doc_id LIKE ?",
                          ("%-update",))
    assert updates and all(u["duplicate_kind"] == "near" for u in updates)
    assert all(u["original"] + "-update" == u["doc_id"] for u in updates)
    linked = store.query_one("SELECT COUNT(*) AS n FROM articles WHERE duplicate_of IS NOT NULL")
    assert linked == {"n": len(copies) + len(updates)}


def test_ingest_rejections_are_stored_once(store: Database, coder: Coder, tmp_path: Path,
                                           news_corpus: Records) -> None:
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_bytes(json.dumps(news_corpus[0]).encode() + b"\n{not json\n"
                       + json.dumps({"text": 42}).encode() + b"\n")
    seen: list[Rejection] = []
    for _ in range(2):
        summary = ingest([str(corpus)], store, coder, on_rejection=seen.append)
        assert summary.rejected == 2
    rows = store.query("SELECT input, line, stage, reason FROM rejections ORDER BY line")
    assert [(r["input"], r["line"], r["stage"], r["reason"]) for r in rows] == [
        (str(corpus), 2, "ingest", "bad_json"), (str(corpus), 3, "ingest", "bad_field")]
    assert len(seen) == 4
    assert store.query_one("SELECT COUNT(*) AS n FROM articles") == {"n": 1}


class RejectingCoder(CountingCoder):
    """Fails to code the articles whose text contains ``poison``, as the coder reports errors."""

    def code_articles(self, articles: Iterable[Article],
                      on_rejection: Callable[[Rejection], None] | None = None,
                      ) -> Iterator[tuple[Article, list[Event]]]:
        assert on_rejection is not None

        def good() -> Iterator[Article]:
            for article in articles:
                if "poison" in article.text:
                    on_rejection(Rejection(article.id, "coding", "error", "ValueError: boom"))
                else:
                    yield article

        yield from super().code_articles(good(), on_rejection)


class Progress:
    def __init__(self) -> None:
        self.articles = self.events = self.rejected = self.skipped = 0

    def article(self, events: int) -> None:
        self.articles += 1
        self.events += events

    def rejection(self) -> None:
        self.rejected += 1

    def skip(self, articles: int = 1) -> None:
        self.skipped += articles


def test_ingest_coding_failures_are_rejections_and_retried(store: Database, coder: Coder,
                                                           tmp_path: Path, news_corpus: Records) -> None:
    records = [*news_corpus[:4], {"id": "bad", "text": "A poison pill of a story.", "date": "2022-03-01"}]
    corpus = _jsonl(tmp_path / "news.jsonl", records)
    for attempt in range(2):
        progress = Progress()
        failing = RejectingCoder(coder)
        summary = ingest([corpus], store, failing, progress=progress, batch_size=2)
        assert summary.rejected == 1 and progress.rejected == 1
        assert (progress.articles, progress.skipped) == ((4, 0) if attempt == 0 else (0, 4))
        assert progress.events == summary.events
    (row,) = store.query("SELECT input, stage, reason, detail FROM rejections")
    assert (row["input"], row["stage"], row["reason"]) == (corpus, "coding", "error")
    assert row["detail"] == "article bad: ValueError: boom"
    assert store.query_one("SELECT COUNT(*) AS n FROM articles") == {"n": 4}


@pytest.mark.parametrize("fail_after", [7, 23])
def test_ingest_resume_after_interruption_equals_uninterrupted(
        store_urls, coder: Coder, tmp_path: Path, news_corpus: Records, fail_after: int) -> None:
    corpus = _jsonl(tmp_path / "news.jsonl", news_corpus)
    whole, resumed = store_urls(), store_urls()
    _ingest(whole, [corpus], coder)
    with pytest.raises(KeyboardInterrupt):
        _ingest(resumed, [corpus], CountingCoder(coder, fail_after=fail_after), batch_size=5)
    with open_store(resumed) as db:
        stored = db.query_one("SELECT COUNT(*) AS n FROM articles")["n"]  # type: ignore[index]
    assert stored == fail_after // 5 * 5, "only whole batches are stored"
    rest = CountingCoder(coder)
    summary = _ingest(resumed, [corpus], rest, batch_size=4)
    assert summary.already_stored == stored + 1
    assert len(rest.coded) == len(news_corpus) - 1 - stored
    assert _snapshot(resumed) == _snapshot(whole)


def test_ingest_grown_corpus_equals_one_run(store_urls, coder: Coder, tmp_path: Path,
                                            news_corpus: Records) -> None:
    half = _jsonl(tmp_path / "half.jsonl", news_corpus[: len(news_corpus) // 2])
    full = _jsonl(tmp_path / "news.jsonl", news_corpus)
    whole, grown = store_urls(), store_urls()
    _ingest(whole, [full], coder)
    _ingest(grown, [half], coder)
    _ingest(grown, [full], coder)
    inputs = ("input",)
    strip = {t: [{k: v for k, v in row.items() if k not in inputs} for row in rows]
             for t, rows in _snapshot(grown).items()}
    assert strip == {t: [{k: v for k, v in row.items() if k not in inputs} for row in rows]
                     for t, rows in _snapshot(whole).items()}


@pytest.mark.parametrize(("files", "expected"), [
    ({"a.jsonl": "{}\n{}\n\n{}", "b.txt": "x"}, 5),
    ({"a.jsonl": "{}\n", "feed.rss": "<rss/>"}, None),
    ({"d/a.jsonl": "{}\n", "d/t.csv": "text\nx\n"}, None),  # a directory with a table: unknown
    ({"d/a.jsonl": "{}\n", "d/notes.dat": "x", "d/conf.xml": "<config/>"}, 1),  # skipped files
])
def test_ingest_count_articles_for_the_eta(tmp_path: Path, files: dict[str, str],
                                           expected: int | None) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    inputs = sorted({str(tmp_path / name.split("/")[0]) for name in files})
    assert count_articles(inputs) == expected
    assert count_articles(["-"]) is None


# -- a real crash: SIGKILL in the middle of a run -----------------------------------------------

def _stored_articles(url: str) -> int:
    """Articles committed so far, read without migrating (the run being watched does that)."""
    try:
        with Database.connect(url) as db:
            if "articles" not in db.tables():
                return 0
            row = db.query_one("SELECT COUNT(*) AS n FROM articles")
            return int(row["n"]) if row else 0
    except Exception:  # the store is being created: try again
        return 0


@pytest.mark.slow
def test_ingest_resume_after_sigkill_equals_uninterrupted(store_urls, tmp_path: Path,
                                                          news_corpus: Records) -> None:
    data = "".join(json.dumps(r) + "\n" for r in news_corpus).encode("utf-8")
    half = "".join(json.dumps(r) + "\n" for r in news_corpus[:30]).encode("utf-8")
    killed, whole = store_urls(), store_urls()
    command = [sys.executable, "-m", "deeppol", "ingest", "-", "--batch-size", "3", "-q", "-j", "1"]
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    log = tmp_path / "killed.log"
    # Fed half the corpus through a pipe kept open, the run codes what it has and waits for
    # more: it is killed once some batches are committed, wherever it is then.
    with log.open("wb") as stderr:
        process = subprocess.Popen([*command, "--db", killed], stdin=subprocess.PIPE,
                                   stdout=subprocess.DEVNULL, stderr=stderr, env=env)
        assert process.stdin is not None
        process.stdin.write(half)
        process.stdin.flush()
        deadline = time.monotonic() + 120
        while _stored_articles(killed) < 6:
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "no batch stored in 120 s"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()
    assert process.returncode == -signal.SIGKILL
    assert 6 <= _stored_articles(killed) < len(news_corpus) - 1
    for url in (killed, whole):  # resume the killed run; make an uninterrupted one
        done = subprocess.run([*command, "--db", url], input=data, capture_output=True, env=env,
                              timeout=300)
        assert done.returncode == 0, done.stderr.decode()
    assert _stored_articles(killed) == len(news_corpus) - 1
    assert _snapshot(killed) == _snapshot(whole)


def test_ingest_input_named_in_bytes_that_are_not_utf8(store: Database, coder: Coder,
                                                       tmp_path: Path) -> None:
    """A file name that is not UTF-8 is stored (with U+FFFD), not a crash of the whole run."""
    raw = os.fsencode(tmp_path) + b"/caf\xe9.jsonl"
    with open(raw, "wb") as handle:
        handle.write(json.dumps({"id": "a", "text": "Japan criticized China."}).encode()
                     + b"\n{bad\n")
    summary = ingest([os.fsdecode(raw)], store, coder)
    assert (summary.articles, summary.rejected) == (1, 1)
    expected = str(tmp_path / "caf\ufffd.jsonl")
    assert store.query("SELECT input FROM articles") == [{"input": expected}]
    assert store.query("SELECT input, line FROM rejections") == [{"input": expected, "line": 2}]


def _driver_error(db: Database) -> Exception:
    if db.dialect == "sqlite":
        import sqlite3

        return sqlite3.OperationalError("database is locked")
    import psycopg

    return psycopg.OperationalError("server closed the connection unexpectedly")


def test_ingest_database_failure_is_a_store_error(store: Database, coder: Coder, tmp_path: Path,
                                                  news_corpus: Records,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """What the docstring promises: a store that stops accepting writes raises ``StoreError``
    (which the CLI prints as one line), and the batches written before stay."""
    from deeppol.store import writer as writer_module

    corpus = _jsonl(tmp_path / "news.jsonl", news_corpus[:4])
    calls: list[int] = []
    real = writer_module.recluster

    def recluster(db: Database, keys: Any) -> int:
        calls.append(1)
        if len(calls) > 1:
            raise _driver_error(db)
        return real(db, keys)

    monkeypatch.setattr(writer_module, "recluster", recluster)
    with pytest.raises(StoreError, match=r"^\[S020\] .*(database is locked|server closed)"):
        ingest([corpus], store, coder, batch_size=2)
    assert store.query_one("SELECT COUNT(*) AS n FROM articles") == {"n": 2}
