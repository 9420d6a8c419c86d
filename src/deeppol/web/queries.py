"""Read queries the dashboard needs beyond ``deeppol.analysis``: one article with the evidence
spans of its events, activity over time, the most active dyads, actor autocomplete, facet counts
and the code lists of the filter menus.

Like ``deeppol.analysis``, every function takes an open store and an ``EventFilter`` and binds
every user value as a parameter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from deeppol.analysis.actors import actor_columns
from deeppol.analysis.events import code_table
from deeppol.analysis.filters import QUAD_NAMES, AnalysisError, EventFilter, escape_like
from deeppol.analysis.timeline import BINS, period_of, periods
from deeppol.store.database import Database

MAX_DUPLICATES = 50


# -- articles --------------------------------------------------------------------------------------
_ARTICLE_MENTION_COLUMNS = (
    "id", "event_id", "sentence_idx", "source", "source_text", "source_start", "source_end",
    "target", "target_text", "target_start", "target_end", "code", "code_name", "root_code",
    "quad_class", "goldstein", "plover", "mode", "event_date", "location_name", "trigger_text",
    "trigger_start", "trigger_end", "confidence")


def get_article(db: Database, article_id: str) -> dict[str, Any] | None:
    """An article with its text, its evidence sentences, every event mention coded in it (with
    the character spans of trigger, source and target in the article text) and its copies.

    Returns:
        A JSON-ready dict (``ArticleOut``), or None when no article has this id.
    """
    article = db.query_one(
        "SELECT id, doc_id, title, url, source, pub_date, text, duplicate_of, duplicate_kind"
        " FROM articles WHERE id = ?", (article_id,))
    if article is None:
        return None
    sentences = db.query("SELECT idx, sent_start AS start, sent_end AS \"end\", text FROM sentences"
                         " WHERE article_id = ? ORDER BY idx", (article_id,))
    columns = ", ".join(f"m.{c}" for c in _ARTICLE_MENTION_COLUMNS)
    mentions = db.query(f"SELECT {columns} FROM mentions m WHERE m.article_id = ?"
                        " ORDER BY m.sentence_idx, m.trigger_start, m.id", (article_id,))
    for mention in mentions:
        mention["quad_class"] = int(mention["quad_class"])
        mention["goldstein"] = round(float(mention["goldstein"]), 3)
        mention["confidence"] = round(float(mention["confidence"]), 3)
    copies = db.query("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY seq LIMIT ?",
                      (article_id, MAX_DUPLICATES))
    return {**article, "duplicates": [row["id"] for row in copies], "sentences": sentences,
            "mentions": mentions}


def summary(db: Database) -> dict[str, Any]:
    """How much the store holds: events, articles, and the first and last event dates."""
    row = db.query_one("SELECT COUNT(*) AS n, MIN(event_date) AS first, MAX(event_date) AS last"
                       " FROM events") or {}
    articles = db.query_one("SELECT COUNT(*) AS n FROM articles") or {}
    return {"events": int(row.get("n") or 0), "articles": int(articles.get("n") or 0),
            "first_date": row.get("first"), "last_date": row.get("last")}


# -- time ------------------------------------------------------------------------------------------
def count_periods(first: dt.date, last: dt.date, by: str) -> int:
    """How many ``by`` periods the days ``first`` to ``last`` touch."""
    if by not in BINS:
        raise AnalysisError(f"[A010] bin must be one of {', '.join(BINS)}, not {by!r}")
    if last < first:
        return 0
    if by == "day":
        return (last - first).days + 1
    if by == "week":
        return (period_of(last, "week")[1] - period_of(first, "week")[1]).days // 7 + 1
    return (last.year - first.year) * 12 + last.month - first.month + 1


def date_range(db: Database, flt: EventFilter) -> tuple[dt.date, dt.date] | None:
    """The first and last event dates of the events matching ``flt`` (None when none is dated)."""
    where = flt.where()
    row = db.query_one("SELECT MIN(e.event_date) AS first, MAX(e.event_date) AS last FROM events e"
                       f" WHERE e.event_date IS NOT NULL AND {where.sql}", where.params)
    if not row or not row["first"]:
        return None
    return dt.date.fromisoformat(row["first"]), dt.date.fromisoformat(row["last"])


def check_periods(db: Database, flt: EventFilter, by: str, max_bins: int) -> None:
    """Refuse a timeline of more than ``max_bins`` periods before computing it.

    A missing ``since``/``until`` is bounded by the store's first/last event date (two index
    lookups); only when that bound is too wide are the matching events' own dates looked up.

    Raises:
        AnalysisError: the span (``since``/``until``, else the data's) needs too many bins.
    """
    first, last = flt.since, flt.until
    if first is None or last is None:
        found = _store_range(db)
        if found is None:
            return
        first, last = first or found[0], last or found[1]
        if count_periods(first, last, by) > max_bins:
            found = date_range(db, flt)
            if found is None:
                return
            first, last = flt.since or found[0], flt.until or found[1]
    count = count_periods(first, last, by)
    if count > max_bins:
        raise AnalysisError(f"[A020] {first} to {last} by {by} is {count:,} periods, over the "
                            f"limit of {max_bins:,}: choose a coarser bin or a shorter span")


def _store_range(db: Database) -> tuple[dt.date, dt.date] | None:
    row = db.query_one("SELECT (SELECT MIN(event_date) FROM events) AS first,"
                       " (SELECT MAX(event_date) FROM events) AS last")
    if not row or not row["first"]:
        return None
    return dt.date.fromisoformat(row["first"]), dt.date.fromisoformat(row["last"])


def activity(db: Database, flt: EventFilter | None = None, by: str = "day") -> list[dict[str, Any]]:
    """Events per period and quad class (all actors), oldest first, empty periods included.

    Args:
        db: an open store.
        flt: which events (typically a date range).
        by: ``day``, ``week`` or ``month``.
    """
    flt = flt or EventFilter()
    if by not in BINS:
        raise AnalysisError(f"[A010] bin must be one of {', '.join(BINS)}, not {by!r}")
    where = flt.where()
    width = 7 if by == "month" else 10
    rows = db.query(
        f"SELECT SUBSTR(e.event_date, 1, {width}) AS bin, e.quad_class AS quad, COUNT(*) AS n,"
        f" SUM(e.goldstein) AS g FROM events e WHERE e.event_date IS NOT NULL AND {where.sql}"
        f" GROUP BY SUBSTR(e.event_date, 1, {width}), e.quad_class", where.params)
    sums: dict[str, list[float]] = {}
    starts: list[dt.date] = []
    for row in rows:
        day = dt.date.fromisoformat(row["bin"] + ("-01" if by == "month" else ""))
        label, start, _ = period_of(day, by)
        if label not in sums:
            starts.append(start)
        acc = sums.setdefault(label, [0.0] * 5)
        acc[int(row["quad"]) - 1] += int(row["n"])
        acc[4] += float(row["g"] or 0.0)
    if not sums and not (flt.since and flt.until):
        return []
    bins = []
    for label, start, end in periods(flt.since or min(starts), flt.until or max(starts), by):
        acc = sums.get(label, [0.0] * 5)
        counts = {name: int(acc[q - 1]) for q, name in QUAD_NAMES.items()}
        bins.append({"period": label, "start": start.isoformat(), "end": end.isoformat(),
                     "events": {**counts, "total": sum(counts.values())},
                     "goldstein_sum": round(acc[4], 3)})
    return bins


# -- dyads and actors ------------------------------------------------------------------------------
def top_dyads(db: Database, flt: EventFilter | None = None, *, top: int = 10,
              level: str = "country") -> list[dict[str, Any]]:
    """The ``top`` most active dyads (both directions together), most events first."""
    source, target = actor_columns(level)
    where = (flt or EventFilter()).where()
    low = f"CASE WHEN {source} <= {target} THEN {source} ELSE {target} END"
    high = f"CASE WHEN {source} <= {target} THEN {target} ELSE {source} END"
    rows = db.query(
        f"SELECT {low} AS a, {high} AS b, COUNT(*) AS n,"
        " SUM(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END) AS coop,"
        " SUM(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END) AS conf, SUM(e.goldstein) AS g"
        f" FROM events e WHERE {source} IS NOT NULL AND {target} IS NOT NULL"
        f" AND {source} <> {target} AND {where.sql}"
        f" GROUP BY {low}, {high} ORDER BY COUNT(*) DESC, {low}, {high} LIMIT ?",
        (*where.params, int(top)))
    return [{"a": r["a"], "b": r["b"], "events": int(r["n"]), "cooperation": int(r["coop"]),
             "conflict": int(r["conf"]), "goldstein_sum": round(float(r["g"] or 0.0), 3),
             "goldstein_mean": round(float(r["g"] or 0.0) / int(r["n"]), 3)} for r in rows]


@dataclass(frozen=True, slots=True)
class NamedActor:
    """A country or organisation from the packaged dictionaries, with the names it goes by."""

    code: str
    label: str
    kind: str
    names: tuple[str, ...]


@lru_cache(maxsize=1)
def named_actors() -> tuple[NamedActor, ...]:
    """Countries and organisations of the packaged dictionaries (read once, immutable)."""
    from deeppol.coding.dictionaries import load_dictionaries

    dictionaries = load_dictionaries()
    found: dict[str, NamedActor] = {}
    for kind, label in (("countries", "country"), ("organizations", "organization")):
        for entry in dictionaries[kind]:
            code = str(entry.get("code") or "").upper()
            names = tuple(str(n) for n in entry.get("names") or ()) or (code,)
            if code and code not in found:
                found[code] = NamedActor(code, names[0], label, names)
    return tuple(found[code] for code in sorted(found))


def search_actors(db: Database, query: str, *, limit: int = 10) -> list[dict[str, Any]]:
    """Actors whose code starts with ``query`` or whose name contains it (case-insensitive):
    countries and organisations by name, then the codes stored in the ``actors`` table (or, in a
    store without one filled, in the events) by number of mentions."""
    text = query.strip()
    if not text:
        return []
    upper, lower = text.upper(), text.lower()
    matches: dict[str, dict[str, Any]] = {}
    for actor in named_actors():
        if actor.code.startswith(upper) or any(lower in name.lower() for name in actor.names):
            matches.setdefault(actor.code, {"code": actor.code, "label": actor.label,
                                            "kind": actor.kind, "mentions": None})
    pattern = escape_like(upper) + "%"
    # LOWER on both sides: SQLite's LOWER folds ASCII letters only (see EventFilter.where)
    rows = db.query("SELECT code, label, n_mentions FROM actors WHERE code LIKE ? ESCAPE '\\'"
                    " OR LOWER(label) LIKE LOWER(?) ESCAPE '\\' ORDER BY n_mentions DESC, code"
                    " LIMIT ?", (pattern, "%" + escape_like(text) + "%", int(limit)))
    if not rows and not db.query_one("SELECT code FROM actors LIMIT 1"):
        rows = db.query("SELECT e.source AS code, NULL AS label, COUNT(*) AS n_mentions FROM events e"
                        " WHERE e.source LIKE ? ESCAPE '\\' GROUP BY e.source"
                        " ORDER BY COUNT(*) DESC, e.source LIMIT ?", (pattern, int(limit)))
    for row in rows:
        if row["code"] in matches:
            matches[row["code"]]["mentions"] = int(row["n_mentions"])
        else:
            matches[row["code"]] = {"code": row["code"], "label": row["label"], "kind": "actor",
                                    "mentions": int(row["n_mentions"])}
    ranked = sorted(matches.values(), key=lambda m: (_rank(m, upper, lower), -(m["mentions"] or 0),
                                                     len(m["code"]), m["code"]))
    return ranked[:limit]


def _rank(match: dict[str, Any], upper: str, lower: str) -> int:
    """0 exact code, 1 code prefix, 2 name prefix, 3 word prefix, 4 anywhere in a name."""
    code = match["code"]
    if code == upper:
        return 0
    if code.startswith(upper):
        return 1
    names = [n.lower() for n in _names(code)] or [str(match["label"] or "").lower()]
    if any(n.startswith(lower) for n in names):
        return 2
    if any(f" {lower}" in f" {n}" for n in names):
        return 3
    return 4


def _names(code: str) -> tuple[str, ...]:
    for actor in named_actors():
        if actor.code == code:
            return actor.names
    return ()


# -- facets and menus ------------------------------------------------------------------------------
FACETS: dict[str, str] = {
    "quad_class": "e.quad_class", "root_code": "e.root_code", "plover": "e.plover",
    "source_country": "e.source_country", "target_country": "e.target_country",
    "location_country": "e.location_country",
}
"""Facet name -> column of ``events e``."""


def facet_counts(db: Database, flt: EventFilter | None, fields: list[str], *,
                 top: int = 20) -> dict[str, list[dict[str, Any]]]:
    """For each facet in ``fields``, its ``top`` values among the matching events, with counts."""
    where = (flt or EventFilter()).where()
    result: dict[str, list[dict[str, Any]]] = {}
    for name in fields:
        column = FACETS.get(name)
        if column is None:
            raise AnalysisError(f"[A021] unknown facet {name!r}: use {', '.join(FACETS)}")
        rows = db.query(f"SELECT {column} AS value, COUNT(*) AS n FROM events e WHERE {where.sql}"
                        f" GROUP BY {column} ORDER BY COUNT(*) DESC, {column} LIMIT ?",
                        (*where.params, int(top)))
        result[name] = [{"value": r["value"], "count": int(r["n"])} for r in rows]
    return result


def count_matching(db: Database, flt: EventFilter) -> int:
    """How many events match ``flt``."""
    where = flt.where()
    row = db.query_one(f"SELECT COUNT(*) AS n FROM events e WHERE {where.sql}", where.params)
    return int(row["n"]) if row else 0


@lru_cache(maxsize=1)
def code_lists() -> dict[str, Any]:
    """The menus of the event filters: CAMEO roots, quad classes, PLOVER types."""
    codes = code_table().codes
    roots = [{"code": code, "name": codes[code].name} for code in sorted(codes) if len(code) == 2]
    quads = [{"code": str(number), "name": name.replace("_", " ")}
             for number, name in QUAD_NAMES.items()]
    plover = sorted({c.plover for c in codes.values() if c.plover})
    return {"roots": roots, "quad_classes": quads, "plover": plover}
