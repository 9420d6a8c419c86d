"""Listing stored events: filtered pages with a keyset cursor, streams for exports, one event's detail.

Pages are ordered newest first by ``(event_date, id)``; events without a date come after all dated
ones (by id). The cursor is an opaque string naming the last event shown, so a deep page costs
what the first one does and events added meanwhile never shift a page.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from deeppol.analysis.filters import AnalysisError, Clause, EventFilter
from deeppol.coding.ontology import Ontology
from deeppol.store.database import Database

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
_CHUNK = 500  # ids per IN (...) list

EVENT_COLUMNS = ("id", "event_date", "source", "source_country", "target", "target_country",
                 "code", "root_code", "quad_class", "goldstein", "plover", "location_name",
                 "location_country", "lat", "lon", "n_mentions", "n_articles", "n_sources",
                 "first_mention")
_SELECT = ", ".join(f"e.{c}" for c in EVENT_COLUMNS)

FLAT_FIELDS = ("id", "event_date", "source", "source_country", "source_text", "target",
               "target_country", "target_text", "code", "code_name", "root_code", "quad_class",
               "goldstein", "plover", "plover_mode", "location_name", "location_country", "lat",
               "lon", "n_mentions", "n_articles", "n_sources", "trigger_text", "sentence",
               "article_id", "url")
"""Columns of the flat (CSV / Parquet) form of an event, in order."""


@lru_cache(maxsize=1)
def code_table() -> Ontology:
    """The packaged CAMEO/PLOVER code table (read once, immutable)."""
    return Ontology.load()


@dataclass(frozen=True, slots=True)
class EventLocation:
    """Where the event happened: a place name, its country (ISO alpha-3) and coordinates."""

    name: str | None
    country: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class MentionEvidence:
    """One article's report of an event: the sentence, trigger and actor mentions, and the source."""

    mention_id: str
    article_id: str
    sentence_index: int
    sentence: str | None
    trigger_text: str
    source_text: str | None
    target_text: str | None
    url: str | None
    title: str | None
    publisher: str | None
    pub_date: str | None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A stored real-world event with its representative evidence (the first mention)."""

    id: str
    event_date: str | None
    source: str | None
    source_country: str | None
    target: str | None
    target_country: str | None
    code: str
    code_name: str | None
    root_code: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    location: EventLocation | None
    n_mentions: int
    n_articles: int
    n_sources: int
    first_mention: str
    evidence: MentionEvidence | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready nested form."""
        return asdict(self)

    def as_flat(self) -> dict[str, Any]:
        """One flat row with the ``FLAT_FIELDS`` keys (for CSV and Parquet)."""
        loc, ev = self.location, self.evidence
        return {
            "id": self.id, "event_date": self.event_date, "source": self.source,
            "source_country": self.source_country,
            "source_text": ev.source_text if ev else None, "target": self.target,
            "target_country": self.target_country,
            "target_text": ev.target_text if ev else None, "code": self.code,
            "code_name": self.code_name, "root_code": self.root_code,
            "quad_class": self.quad_class, "goldstein": self.goldstein, "plover": self.plover,
            "plover_mode": self.plover_mode, "location_name": loc.name if loc else None,
            "location_country": loc.country if loc else None, "lat": loc.lat if loc else None,
            "lon": loc.lon if loc else None, "n_mentions": self.n_mentions,
            "n_articles": self.n_articles, "n_sources": self.n_sources,
            "trigger_text": ev.trigger_text if ev else None,
            "sentence": ev.sentence if ev else None,
            "article_id": ev.article_id if ev else None, "url": ev.url if ev else None,
        }


@dataclass(frozen=True, slots=True)
class EventPage:
    """One page of events and the cursor of the next page (None on the last page)."""

    events: list[EventRecord]
    next_cursor: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"events": [e.as_dict() for e in self.events], "next_cursor": self.next_cursor}


@dataclass(frozen=True, slots=True)
class EventDetail:
    """An event with every mention of it and the clustering explanation."""

    event: EventRecord
    mentions: list[MentionEvidence] = field(default_factory=list)
    explanation: Any = None

    def as_dict(self) -> dict[str, Any]:
        return {**self.event.as_dict(), "mentions": [asdict(m) for m in self.mentions],
                "explanation": self.explanation}


# -- cursors ---------------------------------------------------------------------------------------
def encode_cursor(event_date: str | None, event_id: str) -> str:
    """The opaque cursor that resumes a listing after the event ``(event_date, event_id)``."""
    raw = json.dumps([event_date, event_id], separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, str]:
    """``(event_date, id)`` from a cursor made by ``encode_cursor``; ``AnalysisError`` if it is not."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise AnalysisError(f"[A002] {cursor!r} is not a cursor from this listing") from None
    if (not isinstance(value, list) or len(value) != 2 or not isinstance(value[1], str)
            or not isinstance(value[0], str | None)
            or any("\x00" in part for part in value if part)):  # NUL: PostgreSQL refuses it
        raise AnalysisError(f"[A002] {cursor!r} is not a cursor from this listing")
    return value[0], value[1]


# -- listing ---------------------------------------------------------------------------------------
def list_events(db: Database, flt: EventFilter | None = None, *, limit: int = DEFAULT_LIMIT,
                cursor: str | None = None, with_evidence: bool = True) -> EventPage:
    """One page of the events matching ``flt``, newest first.

    Args:
        db: an open store.
        flt: which events (all when None).
        limit: page size, 1 to ``MAX_LIMIT``.
        cursor: ``next_cursor`` of the previous page, or None for the first page.
        with_evidence: attach each event's first mention (sentence, trigger, article).

    Returns:
        The page; its ``next_cursor`` is None when nothing follows.

    Raises:
        AnalysisError: a bad limit or cursor.
    """
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise AnalysisError(f"[A008] limit must be between 1 and {MAX_LIMIT}, not {limit}")
    after = decode_cursor(cursor) if cursor else None
    rows, more = _page(db, flt or EventFilter(), int(limit), after, newest_first=True)
    events = _records(db, rows, with_evidence)
    last = rows[-1] if rows and more else None
    return EventPage(events, encode_cursor(last["event_date"], last["id"]) if last else None)


def iter_events(db: Database, flt: EventFilter | None = None, *, batch_size: int = 5000,
                with_evidence: bool = True, newest_first: bool = False) -> Iterator[list[EventRecord]]:
    """Every event matching ``flt`` in batches, oldest first unless ``newest_first``.

    Batches are fetched by keyset pages, so memory stays bounded on SQLite and PostgreSQL alike.
    """
    flt = flt or EventFilter()
    after: tuple[str | None, str] | None = None
    while True:
        rows, more = _page(db, flt, batch_size, after, newest_first=newest_first)
        if rows:
            yield _records(db, rows, with_evidence)
        if not more:
            return
        after = (rows[-1]["event_date"], rows[-1]["id"])


def count_events(db: Database, flt: EventFilter | None = None) -> int:
    """How many events match ``flt``."""
    where = (flt or EventFilter()).where()
    row = db.query_one(f"SELECT COUNT(*) AS n FROM events e WHERE {where.sql}", where.params)
    return int(row["n"]) if row else 0


def get_events(db: Database, ids: Sequence[str], with_evidence: bool = True) -> list[EventRecord]:
    """The events with these ids, in the order given (unknown ids are left out)."""
    rows: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(dict.fromkeys(ids))):
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"SELECT {_SELECT} FROM events e WHERE e.id IN ({marks})", chunk):
            rows[row["id"]] = row
    ordered = [rows[i] for i in ids if i in rows]
    return _records(db, ordered, with_evidence)


def get_event(db: Database, event_id: str) -> EventDetail | None:
    """One event with all its mentions (oldest article first) and its clustering explanation."""
    row = db.query_one(f"SELECT {_SELECT}, e.explanation FROM events e WHERE e.id = ?", (event_id,))
    if row is None:
        return None
    mentions = [_evidence(m) for m in db.query(
        f"{_MENTION_SELECT} WHERE m.event_id = ? ORDER BY COALESCE(a.pub_date, ?), m.id",
        (event_id, "9999"))]
    first = next((m for m in mentions if m.mention_id == row["first_mention"]),
                 mentions[0] if mentions else None)
    try:
        explanation = json.loads(row["explanation"]) if row["explanation"] else None
    except ValueError:
        explanation = row["explanation"]
    return EventDetail(_record(row, first), mentions, explanation)


def _page(db: Database, flt: EventFilter, limit: int, after: tuple[str | None, str] | None,
          newest_first: bool) -> tuple[list[dict[str, Any]], bool]:
    """Up to ``limit`` rows after ``after`` and whether more follow (dated rows, then undated).

    Filters with an either-role condition run as branches (``EventFilter.branches``), each an
    ordered index walk, merged here.
    """
    branches = flt.branches()
    if len(branches) == 1:
        rows = _rows(db, flt, limit + 1, after, newest_first)
    else:
        merged = {r["id"]: r for b in branches for r in _rows(db, b, limit + 1, after, newest_first)}
        if newest_first:
            rows = sorted(merged.values(), reverse=True,
                          key=lambda r: (r["event_date"] is not None, r["event_date"] or "", r["id"]))
        else:
            rows = sorted(merged.values(),
                          key=lambda r: (r["event_date"] is None, r["event_date"] or "", r["id"]))
    return rows[:limit], len(rows) > limit


def _rows(db: Database, flt: EventFilter, limit: int, after: tuple[str | None, str] | None,
          newest_first: bool) -> list[dict[str, Any]]:
    """Up to ``limit`` rows of ``flt`` in listing order after ``after``."""
    where = flt.where()
    order, cmp = ("DESC", "<") if newest_first else ("ASC", ">")
    rows: list[dict[str, Any]] = []
    if after is None or after[0] is not None:
        parts = [where, Clause("e.event_date IS NOT NULL")]
        if after is not None:
            parts.append(Clause(f"(e.event_date, e.id) {cmp} (?, ?)", after))
        clause = Clause.join(parts)
        rows = db.query(f"SELECT {_SELECT} FROM events e WHERE {clause.sql} "
                        f"ORDER BY e.event_date {order}, e.id {order} LIMIT ?",
                        (*clause.params, limit))
    if len(rows) < limit and not flt.dated_only:
        parts = [where, Clause("e.event_date IS NULL")]
        if after is not None and after[0] is None:
            parts.append(Clause(f"e.id {cmp} ?", (after[1],)))
        clause = Clause.join(parts)
        rows += db.query(f"SELECT {_SELECT} FROM events e WHERE {clause.sql} "
                         f"ORDER BY e.id {order} LIMIT ?", (*clause.params, limit - len(rows)))
    return rows


# -- records and evidence --------------------------------------------------------------------------
_MENTION_SELECT = (
    "SELECT m.id, m.event_id, m.article_id, m.sentence_idx, m.trigger_text, m.source_text,"
    " m.target_text, s.text AS sentence, a.url, a.title, a.source AS publisher, a.pub_date"
    " FROM mentions m LEFT JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence_idx"
    " LEFT JOIN articles a ON a.id = m.article_id"
)


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _evidence(row: dict[str, Any]) -> MentionEvidence:
    return MentionEvidence(
        mention_id=row["id"], article_id=row["article_id"], sentence_index=int(row["sentence_idx"]),
        sentence=row["sentence"], trigger_text=row["trigger_text"], source_text=row["source_text"],
        target_text=row["target_text"], url=row["url"], title=row["title"],
        publisher=row["publisher"], pub_date=row["pub_date"],
    )


def load_evidence(db: Database, rows: Sequence[dict[str, Any]]) -> dict[str, MentionEvidence]:
    """The representative mention of each event row: ``first_mention`` when it names a mention of
    the event, otherwise the event's mention with the smallest id."""
    found: dict[str, MentionEvidence] = {}
    wanted = {row["first_mention"]: row["id"] for row in rows if row.get("first_mention")}
    for chunk in _chunks(list(wanted)):
        marks = ", ".join("?" * len(chunk))
        for m in db.query(f"{_MENTION_SELECT} WHERE m.id IN ({marks})", chunk):
            if wanted.get(m["id"]) == m["event_id"]:
                found[m["event_id"]] = _evidence(m)
    missing = [row["id"] for row in rows if row["id"] not in found]
    for chunk in _chunks(missing):
        marks = ", ".join("?" * len(chunk))
        for m in db.query(f"{_MENTION_SELECT} WHERE m.event_id IN ({marks}) "
                          "ORDER BY m.event_id, m.id", chunk):
            found.setdefault(m["event_id"], _evidence(m))
    return found


def _record(row: dict[str, Any], evidence: MentionEvidence | None) -> EventRecord:
    code = code_table().codes.get(row["code"])
    has_place = any(row[k] is not None for k in ("location_name", "location_country", "lat"))
    return EventRecord(
        id=row["id"], event_date=row["event_date"], source=row["source"],
        source_country=row["source_country"], target=row["target"],
        target_country=row["target_country"], code=row["code"],
        code_name=code.name if code else None, root_code=row["root_code"],
        quad_class=int(row["quad_class"]), goldstein=round(float(row["goldstein"]), 3),
        plover=row["plover"], plover_mode=code.plover_mode if code else None,
        location=EventLocation(row["location_name"], row["location_country"],
                               _float(row["lat"]), _float(row["lon"])) if has_place else None,
        n_mentions=int(row["n_mentions"]), n_articles=int(row["n_articles"]),
        n_sources=int(row["n_sources"]), first_mention=row["first_mention"], evidence=evidence,
    )


def _float(value: Any) -> float | None:
    return None if value is None else round(float(value), 6)


def _records(db: Database, rows: Sequence[dict[str, Any]], with_evidence: bool) -> list[EventRecord]:
    evidence = load_evidence(db, rows) if with_evidence and rows else {}
    return [_record(row, evidence.get(row["id"])) for row in rows]
