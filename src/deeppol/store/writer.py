"""Storing coded articles: one batch, one transaction.

``StoreWriter.write`` stores a batch of ``(StoredArticle, events)`` pairs and the rejections met
on the way: the articles (linked to their original when they duplicate one), the sentences that
carry evidence, one mention per ``Event``, actor counts, and then re-clusters the events those
mentions belong to. Either all of it is committed or none of it, so a run killed at any point
leaves whole batches only, and every id is a content hash, so writing a batch again changes
nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from deeppol.store.cluster import recluster
from deeppol.store.database import Database
from deeppol.store.dedupe import DuplicateFinder
from deeppol.store.ids import article_id, content_hash, rejection_id
from deeppol.store.runs import Run
from deeppol.types import Article, Event, Rejection

ClusterKey = tuple[str | None, str | None, str]
"""``(source, target, root_code)``: the mentions that may report the same real-world event."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article as the store keeps it: ``article.id`` is the stored (content-hash) id, which
    the coder stamps on its events, and ``doc_id`` the id the input gave it."""

    article: Article
    doc_id: str
    content_hash: str
    input: str | None = None
    line: int | None = None

    @classmethod
    def from_article(cls, article: Article, input_name: str | None = None,
                     line: int | None = None) -> StoredArticle:
        """Wrap an article as read: its id becomes the stored id, its own id the ``doc_id``."""
        text_hash = content_hash(article.text)
        stored = replace(article, id=article_id(article, text_hash))
        return cls(stored, article.id, text_hash, input_name, line)

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one ``write`` added to the store."""

    articles: int = 0
    duplicates: int = 0
    mentions: int = 0
    rejections: int = 0


class StoreWriter:
    """Writes coded batches for one run; the single writer of a store during an ingest.

    Args:
        db: an open, migrated store (``deeppol.store.open_store``).
        run: the run the articles are stored under (``deeppol.store.runs.start_run``).
    """

    def __init__(self, db: Database, run: Run) -> None:
        self.db = db
        self.run = run
        self._finder: DuplicateFinder | None = None

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored articles."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.db.query(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row["id"] for row in rows)
        return found

    def write(self, coded: Sequence[tuple[StoredArticle, Sequence[Event]]],
              rejections: Iterable[Rejection] = ()) -> BatchResult:
        """Store one batch in one transaction; articles already stored are left as they are.

        Raises:
            Exception: whatever the database raised; nothing of the batch is stored then.
        """
        try:
            with self.db.transaction():
                self.db.lock_for_writing()  # another process may be writing the same store
                return self._write(coded, list(rejections))
        except BaseException:
            self._finder = None  # its index may hold articles of the rolled-back batch
            raise

    # -- inside the transaction -----------------------------------------------------------------
    def _write(self, coded: Sequence[tuple[StoredArticle, Sequence[Event]]],
               rejections: list[Rejection]) -> BatchResult:
        stored = self.stored_ids(record.id for record, _ in coded)
        fresh: dict[str, tuple[StoredArticle, Sequence[Event]]] = {}
        for record, events in coded:
            if record.id not in stored and record.id not in fresh:
                fresh[record.id] = (record, events)
        duplicates = self._insert_articles([record for record, _ in fresh.values()])
        events = list({event.id: event for _, found in fresh.values() for event in found}.values())
        self._insert_sentences(events)
        self.db.executemany(_insert_sql("mentions", MENTION_COLUMNS),
                            [mention_row(event) for event in events])
        self._count_actors(events)
        added = self._insert_rejections(rejections)
        keys = {(event.source.code if event.source else None,
                 event.target.code if event.target else None, event.code.root) for event in events}
        if keys:
            recluster(self.db, sorted(keys, key=_key_order))
        return BatchResult(len(fresh), duplicates, len(events), added)

    def _insert_articles(self, records: list[StoredArticle]) -> int:
        if not records:
            return 0
        if self._finder is None:
            self._finder = DuplicateFinder(self.db)
        row = self.db.query_one("SELECT MAX(seq) AS seq FROM articles")
        seq = int(row["seq"] or 0) if row else 0
        duplicates = 0
        sql = _insert_sql("articles", ARTICLE_COLUMNS)
        for record in records:  # one by one: each article may duplicate the one before
            match = self._finder.check(record.id, record.content_hash, record.article.text)
            seq += 1
            self.db.execute(sql, article_row(record, seq, self.run.id, match.duplicate_of,
                                             match.kind, match.score, match.minhash))
            self._finder.add(record.id, match.minhash)
            duplicates += match.duplicate_of is not None
        return duplicates

    def _insert_sentences(self, events: list[Event]) -> None:
        rows = {(e.doc_id, e.sentence_index): (e.doc_id, e.sentence_index, e.evidence.start,
                                               e.evidence.end, e.evidence.sentence)
                for e in events}
        self.db.executemany(
            "INSERT INTO sentences (article_id, idx, sent_start, sent_end, text)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, idx) DO NOTHING",
            [rows[key] for key in sorted(rows)])

    def _count_actors(self, events: list[Event]) -> None:
        """Add this batch's mentions to each actor's count (the label is the first surface
        form seen). Batches are stored in input order and each mention once, so the counts equal
        ``recount_actors``'s and do not depend on where a run was interrupted."""
        counts: dict[str, list[Any]] = {}
        for event in events:
            for ref in (event.source, event.target):
                if ref is not None:
                    counts.setdefault(ref.code, [ref.code, ref.country, ref.text, 0])[3] += 1
        self.db.executemany(
            "INSERT INTO actors (code, country, label, n_mentions) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET n_mentions = actors.n_mentions + excluded.n_mentions",
            [counts[code] for code in sorted(counts)])

    def _insert_rejections(self, rejections: list[Rejection]) -> int:
        if not rejections:
            return 0
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        rows = {rejection_id(r): (rejection_id(r), self.run.id, r.input, r.line, r.stage, r.reason,
                                  r.detail, now) for r in rejections}
        known = {row["id"] for row in self.db.query(
            f"SELECT id FROM rejections WHERE id IN ({', '.join('?' * len(rows))})", list(rows))}
        self.db.executemany(
            "INSERT INTO rejections (id, run_id, input, line, stage, reason, detail, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            [row for key, row in rows.items() if key not in known])
        return len(rows) - len(known)


def recount_actors(db: Database) -> None:
    """Recompute every actor's mention count from the ``mentions`` table (a repair tool; the
    writer keeps the counts current)."""
    with db.transaction():
        db.lock_for_writing()
        db.execute("UPDATE actors SET n_mentions = 0")
        rows = db.query("SELECT code, COUNT(*) AS n FROM (SELECT source AS code FROM mentions"
                        " WHERE source IS NOT NULL UNION ALL SELECT target FROM mentions"
                        " WHERE target IS NOT NULL) AS coded GROUP BY code")
        db.executemany("UPDATE actors SET n_mentions = ? WHERE code = ?",
                       [(row["n"], row["code"]) for row in rows])


ARTICLE_COLUMNS = ("id", "content_hash", "doc_id", "title", "url", "source", "pub_date", "text",
                   "n_chars", "input", "line", "seq", "duplicate_of", "duplicate_kind",
                   "duplicate_score", "minhash", "run_id")
MENTION_COLUMNS = (
    "id", "article_id", "sentence_idx", "event_id", "source", "source_country", "source_text",
    "source_start", "source_end", "target", "target_country", "target_text", "target_start",
    "target_end", "code", "code_name", "root_code", "quad_class", "goldstein", "plover",
    "plover_mode", "mode", "event_date", "date_precision", "date_text", "location_name",
    "location_country", "lat", "lon", "trigger_text", "trigger_start", "trigger_end", "pattern",
    "entries", "confidence", "coder")


def article_row(record: StoredArticle, seq: int, run_id: str, duplicate_of: str | None,
                kind: str | None, score: float | None, minhash: bytes | None) -> tuple[Any, ...]:
    """The ``articles`` row of ``record``, in ``ARTICLE_COLUMNS`` order."""
    article = record.article
    return (article.id, record.content_hash, record.doc_id, article.title, article.url,
            article.source, article.date.isoformat() if article.date else None, article.text,
            len(article.text), record.input, record.line, seq, duplicate_of, kind, score, minhash,
            run_id)


def mention_row(event: Event) -> tuple[Any, ...]:
    """The ``mentions`` row of ``event``, in ``MENTION_COLUMNS`` order (``event_id`` is set by
    clustering)."""
    source, target, code, where = event.source, event.target, event.code, event.location
    return (
        event.id, event.doc_id, event.sentence_index, None,
        *_actor_columns(source), *_actor_columns(target),
        code.code, code.name, code.root, code.quad_class, code.goldstein, code.plover,
        code.plover_mode, event.mode,
        event.event_date.isoformat() if event.event_date else None, event.date_precision,
        event.date_text,
        where.name if where else None, where.country if where else None,
        where.lat if where else None, where.lon if where else None,
        event.trigger_text, event.evidence.trigger[0], event.evidence.trigger[1],
        event.evidence.pattern, json.dumps(list(event.evidence.entries)), event.confidence,
        event.coder,
    )


def _actor_columns(ref: Any) -> tuple[Any, ...]:
    if ref is None:
        return (None, None, None, None, None)
    return (ref.code, ref.country, ref.text, ref.start, ref.end)


def _insert_sql(table: str, columns: Sequence[str]) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})")


def _key_order(key: ClusterKey) -> tuple[str, str, str]:
    return (key[0] or "", key[1] or "", key[2])


__all__ = ["ARTICLE_COLUMNS", "MENTION_COLUMNS", "BatchResult", "ClusterKey", "StoreWriter",
           "StoredArticle", "article_row", "mention_row", "recount_actors"]
