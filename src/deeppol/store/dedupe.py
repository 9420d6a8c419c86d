"""Link duplicate articles to their original: exact copies by content hash, near copies by MinHash.

An article is an **exact** duplicate when an earlier stored article has the same ``content_hash``
(syndicated copies), and a **near** duplicate when the estimated Jaccard similarity of its word
shingles with an earlier article reaches the threshold (updated versions, light edits). Either way
it is linked, never dropped: ``duplicate_of`` always names a root original (an article that is not
itself a duplicate), so one hop finds the family.

The MinHash signature of every article is stored with it (``articles.minhash``), and the LSH index
is rebuilt lazily from those signatures, so a new process resumes with the index the last one had.
Candidates from the index are always checked against the stored signatures and rows, which keeps
the links a function of the stored articles and their order (``seq``) alone.

Usage, inside the writer's batch transaction, one article at a time::

    finder = DuplicateFinder(db)
    match = finder.check(article_id, content_hash, text)
    db.execute("INSERT INTO articles (..., duplicate_of, duplicate_kind, duplicate_score, minhash) ...")
    finder.add(article_id, match.minhash)
"""

from __future__ import annotations

import inspect
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from deeppol.store.database import Database

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

DuplicateKind = Literal["exact", "near"]

SEED = 1
"""Seed of the MinHash permutations: fixed, so stored signatures stay comparable across runs."""
SHINGLE_WORDS = 5
"""Words per shingle."""
MIN_SHINGLES = 10
"""Texts with fewer distinct shingles (about 14 words) never take part in near matching."""
LSH_MARGIN = 0.1
"""The LSH index is built this far below the threshold, so that pairs just above it are rarely
missed; every candidate is then verified against the threshold itself."""
_CHUNK = 20_000  # shingles hashed at once: bounds memory on very long articles
_QUERY_CHUNK = 500  # ids per ``IN (...)`` list
_PENDING_MAX = 10_000
_WORD = re.compile(r"\w+")
# datasketch >= 2 has several permutation schemes and wants one named; 1.x has only "legacy".
_SCHEME: dict[str, Any] = (
    {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash).parameters else {}
)


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """What ``DuplicateFinder.check`` found for one article.

    ``duplicate_of`` is the root original (``None`` for an original), ``kind`` is ``"exact"`` or
    ``"near"``, ``score`` the (estimated) Jaccard similarity, and ``minhash`` the signature to store
    in ``articles.minhash`` (empty bytes for texts too short to compare).
    """

    duplicate_of: str | None
    kind: DuplicateKind | None
    score: float | None
    minhash: bytes


@dataclass(frozen=True, slots=True)
class _Stored:
    id: str
    seq: int
    duplicate_of: str | None
    duplicate_kind: str | None
    duplicate_score: float | None
    minhash: bytes | None


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The distinct ``size``-word shingles of ``text`` (NFKC, case-folded, punctuation dropped).

    Args:
        text: The article text.
        size: Words per shingle.

    Returns:
        The shingles as UTF-8 bytes; empty when the text has fewer than ``size`` words.
    """
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


class DuplicateFinder:
    """Finds the original of each new article among the stored ones.

    Args:
        db: The store; articles are read from it, never written.
        threshold: Estimated Jaccard similarity of word shingles from which an article is a near
            duplicate.
        num_perm: MinHash permutations (signature length).
        min_shingles: Texts with fewer distinct shingles are only matched exactly.
    """

    def __init__(self, db: Database, threshold: float = 0.8, num_perm: int = 128,
                 min_shingles: int = MIN_SHINGLES) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1], got {threshold}")
        self.db = db
        self.threshold = threshold
        self.num_perm = num_perm
        self.min_shingles = min_shingles
        self._empty = MinHash(num_perm=num_perm, seed=SEED, **_SCHEME)
        self._dtype = np.dtype(self._empty.hashvalues.dtype).newbyteorder("<")
        self._signature_bytes = num_perm * self._dtype.itemsize
        self._lsh: MinHashLSH | None = None
        self._pending: dict[str, DuplicateMatch] = {}
        self._recomputed: dict[str, np.ndarray] = {}  # signatures the store lacks (see _build)

    # -- public ----------------------------------------------------------------------------------
    def check(self, article_id: str, content_hash: str, text: str) -> DuplicateMatch:
        """Find the original of one article (before it is inserted).

        Args:
            article_id: The article's id (excluded from its own candidates).
            content_hash: Hash of the normalised text; equal hashes are exact duplicates.
            text: The article text, shingled for the near-duplicate test.

        Returns:
            The match, with the signature to store whatever the outcome.
        """
        signature = self.signature(text)
        minhash = b"" if signature is None else self._to_bytes(signature)
        match = self._exact(article_id, content_hash, minhash)
        if match is None and signature is not None:
            match = self._near(article_id, signature, minhash)
        if match is None:
            match = DuplicateMatch(None, None, None, minhash)
        if len(self._pending) >= _PENDING_MAX:
            self._pending.pop(next(iter(self._pending)))
        self._pending[article_id] = match
        return match

    def add(self, article_id: str, minhash: bytes | None) -> None:
        """Register an article just inserted, so that later articles can match it.

        Args:
            article_id: The inserted article's id.
            minhash: The signature ``check`` returned (empty or ``None``: nothing to index).
        """
        match = self._pending.pop(article_id, None)
        lsh = self._index()
        if match is not None and match.kind == "exact":
            return  # its signature is its original's: indexing it cannot change any outcome
        hashvalues = self._from_bytes(minhash)
        if hashvalues is None or article_id in lsh:
            return
        lsh.insert(article_id, self._lean(hashvalues), check_duplication=False)

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash hash values of ``text``, or ``None`` when it is too short to compare."""
        found = sorted(shingles(text))
        if len(found) < max(self.min_shingles, 1):
            return None
        minhash = self._empty.copy()
        for start in range(0, len(found), _CHUNK):
            minhash.update_batch(found[start:start + _CHUNK])
        return np.asarray(minhash.hashvalues)

    def reset(self) -> None:
        """Forget the in-memory index; it is rebuilt from the store on next use."""
        self._lsh = None
        self._pending.clear()
        self._recomputed.clear()

    # -- matching --------------------------------------------------------------------------------
    def _exact(self, article_id: str, content_hash: str, minhash: bytes) -> DuplicateMatch | None:
        row = self.db.query_one(
            "SELECT a.id, a.seq, a.duplicate_of, a.duplicate_kind, a.duplicate_score, "
            "NULL AS minhash FROM articles a WHERE a.content_hash = ? AND a.id <> ? "
            "AND NOT EXISTS (SELECT 1 FROM articles s WHERE s.id = ? AND s.seq <= a.seq) "
            "ORDER BY a.seq, a.id LIMIT 1",
            (content_hash, article_id, article_id))
        if row is None:
            return None
        first = _Stored(**row)
        if first.duplicate_of is None:
            return DuplicateMatch(first.id, "exact", 1.0, minhash)
        # The earliest copy is itself a near duplicate: this one is as near to that root.
        root = self._root(first)
        kind: DuplicateKind = "near" if first.duplicate_kind == "near" else "exact"
        score = first.duplicate_score if kind == "near" else 1.0
        return DuplicateMatch(root, kind, score, minhash)

    def _near(self, article_id: str, signature: np.ndarray, minhash: bytes) -> DuplicateMatch | None:
        keys = [key for key in self._index().query(self._lean(signature)) if key != article_id]
        if not keys:
            return None
        own = self.db.query_one("SELECT seq FROM articles WHERE id = ?", (article_id,))
        matches: list[tuple[int, str, float, _Stored]] = []
        for stored in self._stored(keys, with_minhash=True):
            if own is not None and stored.seq >= own["seq"]:
                continue
            hashvalues = self._from_bytes(stored.minhash)
            if hashvalues is None:
                hashvalues = self._recomputed.get(stored.id)
            if hashvalues is None:
                continue
            score = float(np.count_nonzero(hashvalues == signature)) / self.num_perm
            if score >= self.threshold:
                matches.append((stored.seq, stored.id, score, stored))
        if not matches:
            return None
        matches.sort(key=lambda item: (item[0], item[1]))
        earliest = matches[0][3]
        root = self._root(earliest)
        family = (m for m in matches if m[3].id == root or m[3].duplicate_of == root)
        score = max((m[2] for m in family), default=matches[0][2])
        return DuplicateMatch(root, "near", round(score, 4), minhash)

    def _root(self, stored: _Stored) -> str:
        """Follow ``duplicate_of`` to an article that is not a duplicate (guarding against loops)."""
        seen = {stored.id}
        current = stored
        while current.duplicate_of is not None and current.duplicate_of not in seen:
            seen.add(current.duplicate_of)
            found = self._stored([current.duplicate_of], with_minhash=False)
            if not found:
                return current.duplicate_of
            current = found[0]
        return current.id

    def _stored(self, ids: Sequence[str], *, with_minhash: bool) -> list[_Stored]:
        column = "minhash" if with_minhash else "NULL AS minhash"
        rows: list[_Stored] = []
        for start in range(0, len(ids), _QUERY_CHUNK):
            chunk = list(ids[start:start + _QUERY_CHUNK])
            marks = ", ".join("?" * len(chunk))
            rows.extend(_Stored(**row) for row in self.db.query(
                f"SELECT id, seq, duplicate_of, duplicate_kind, duplicate_score, {column} "
                f"FROM articles WHERE id IN ({marks})", chunk))
        return rows

    # -- the index -------------------------------------------------------------------------------
    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            self._lsh = self._build()
        return self._lsh

    def _build(self) -> MinHashLSH:
        lsh = MinHashLSH(threshold=max(0.05, self.threshold - LSH_MARGIN), num_perm=self.num_perm)
        missing: list[str] = []
        for row in self.db.iterate(
                "SELECT id, minhash FROM articles WHERE duplicate_kind IS NULL "
                "OR duplicate_kind <> 'exact' ORDER BY seq, id"):
            blob = row["minhash"]
            if blob is not None and len(blob) == 0:
                continue  # too short to compare
            hashvalues = self._from_bytes(blob)
            if hashvalues is None:
                missing.append(row["id"])
            else:
                lsh.insert(row["id"], self._lean(hashvalues), check_duplication=False)
        if missing:
            log.info("computing %d MinHash signatures missing from the store", len(missing))
            self._index_texts(lsh, missing)
        return lsh

    def _index_texts(self, lsh: MinHashLSH, ids: Iterable[str]) -> None:
        """Index articles stored without a usable signature (older rows, other settings)."""
        ids = list(ids)
        for start in range(0, len(ids), _QUERY_CHUNK):
            chunk = ids[start:start + _QUERY_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.query(f"SELECT id, text FROM articles WHERE id IN ({marks})", chunk):
                signature = self.signature(row["text"] or "")
                if signature is not None:
                    self._recomputed[row["id"]] = signature
                    lsh.insert(row["id"], self._lean(signature), check_duplication=False)

    # -- signatures ------------------------------------------------------------------------------
    def _lean(self, hashvalues: np.ndarray) -> LeanMinHash:
        return LeanMinHash(seed=SEED, hashvalues=hashvalues, **_SCHEME)

    def _to_bytes(self, hashvalues: np.ndarray) -> bytes:
        return np.asarray(hashvalues).astype(self._dtype).tobytes()

    def _from_bytes(self, blob: bytes | memoryview | None) -> np.ndarray | None:
        """The hash values stored in ``blob``; ``None`` when absent or made with other settings."""
        if blob is None or len(blob) != self._signature_bytes:
            return None
        return np.frombuffer(bytes(blob), dtype=self._dtype).astype(self._empty.hashvalues.dtype)


__all__ = ["DuplicateFinder", "DuplicateKind", "DuplicateMatch", "shingles"]
