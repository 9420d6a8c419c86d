"""Group the mentions of one real-world event, across articles, into one ``events`` row.

Mentions are clustered per key ``(source, target, root_code)``. Within a key they are taken in the
order of their date (the mention's ``event_date``, else the article's ``pub_date``) and id, and
each mention joins the first open event (opened at most one day before it) whose place is
compatible with its own; otherwise it opens a new event. Places are compatible when the countries
are equal or either is unknown, and the named places are equal or either is unknown; an event's
place is the first country and the first name its mentions gave. Mentions with no date at all form
one event per article. The order is a total order on stored data, so the events do not depend on
the order in which articles were ingested, and an event's id is a hash of its first mention's id.

``recluster(db, keys)`` runs inside each ingest batch: when a key has new (unclustered) mentions,
only the events from the day before the earliest new mention onwards are rebuilt, which gives the
same result as rebuilding the key from scratch (the greedy pass up to that day only sees older
mentions). ``recluster_all(db)`` rebuilds every event.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from deeppol.store.database import Database
from deeppol.store.ids import digest

Key = tuple[str | None, str | None, str]
"""``(source, target, root_code)``; source and target may be ``None``."""

RULE = ("same dyad and root code, event dates within one day of the event's first report, "
        "compatible places (same country or either unknown; same named place or either unknown)")
WINDOW_DAYS = 1
_CHUNK = 500  # ids per ``IN (...)`` list

_COLUMNS = (
    "m.id, m.article_id, m.event_id, m.source, m.source_country, m.target, m.target_country, "
    "m.code, m.root_code, m.quad_class, m.goldstein, m.plover, m.event_date, m.location_name, "
    "m.location_country, m.lat, m.lon, a.pub_date, a.source AS outlet, a.url, "
    "a.duplicate_of AS article_duplicate_of"
)
_EVENT_COLUMNS = (
    "id", "source", "source_country", "target", "target_country", "code", "root_code",
    "quad_class", "goldstein", "plover", "event_date", "location_name", "location_country", "lat",
    "lon", "n_mentions", "n_articles", "n_sources", "first_mention", "explanation",
)
_INSERT_EVENT = (f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})")


@dataclass(frozen=True, slots=True)
class _Mention:
    """One stored mention with what clustering needs from its article."""

    row: dict[str, Any]
    date: dt.date | None
    outlet: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> _Mention:
        date = _parse_date(row["event_date"]) or _parse_date(row["pub_date"])
        return cls(row, date, _outlet(row))

    @property
    def id(self) -> str:
        return str(self.row["id"])

    @property
    def order(self) -> tuple[dt.date, str]:
        return (self.date or dt.date.min, self.id)

    @property
    def country(self) -> str | None:
        return self.row["location_country"] or None

    @property
    def place(self) -> str | None:
        return self.row["location_name"] or None


@dataclass(slots=True)
class _Cluster:
    """An event being built: its mentions in order, its place, and why each mention joined."""

    first: _Mention
    opened: str
    members: list[_Mention] = field(default_factory=list)
    country: str | None = None
    place: str | None = None
    merges: list[str] = field(default_factory=list)
    id: str = field(init=False)

    def __post_init__(self) -> None:
        self.id = event_id(self.first.id)
        self.members.append(self.first)
        self._learn_place(self.first)

    @property
    def date(self) -> dt.date | None:
        return self.first.date

    def compatible(self, mention: _Mention) -> bool:
        return _agree(self.country, mention.country) and _agree(self.place, mention.place)

    def is_open_for(self, mention: _Mention) -> bool:
        if self.date is None or mention.date is None:
            return False
        return (mention.date - self.date).days <= WINDOW_DAYS

    def join(self, mention: _Mention) -> None:
        places = f"({_place(mention.country, mention.place)} / {_place(self.country, self.place)})"
        if mention.date is None or self.date is None:
            why = f"no date, same article, places {places}"
        else:
            days = (mention.date - self.date).days
            when = ("same day as the first report" if days == 0 else
                    f"{days} day{'s' if days != 1 else ''} after the first report")
            why = f"{when}, places compatible {places}"
        self.merges.append(
            f"mention {mention.id} ({_describe_article(mention)}) joined: same dyad "
            f"{_dyad(mention)}, root {mention.row['root_code']}, {why}")
        self.members.append(mention)
        self._learn_place(mention)

    def _learn_place(self, mention: _Mention) -> None:
        self.country = self.country or mention.country
        self.place = self.place or mention.place


def event_id(first_mention_id: str) -> str:
    """The id of the event whose first mention is ``first_mention_id``."""
    return digest("event", first_mention_id)


# -- public entry points --------------------------------------------------------------------------
def recluster(db: Database, keys: Iterable[Sequence[str | None]]) -> int:
    """Rebuild the events of ``keys`` from their mentions, in one transaction.

    A key with unclustered mentions (``event_id`` null, as the writer inserts them) is rebuilt
    from the day before its earliest new mention; a key without any is rebuilt entirely.

    Args:
        db: The store.
        keys: ``(source, target, root_code)`` tuples; duplicates are ignored.

    Returns:
        The number of events written.
    """
    unique = {(_text(k[0]), _text(k[1]), str(k[2])) for k in keys}
    written = 0
    with db.transaction():
        db.lock_for_writing()
        for key in sorted(unique, key=lambda k: (k[0] or "", k[1] or "", k[2])):
            written += _recluster_key(db, key)
    return written


def recluster_all(db: Database) -> int:
    """Delete every event and cluster all mentions again, in one transaction.

    Returns:
        The number of events written.
    """
    written = 0
    with db.transaction():
        db.lock_for_writing()
        db.execute("DELETE FROM events")
        keys = db.query("SELECT DISTINCT source, target, root_code FROM mentions")
        for row in sorted(keys, key=lambda r: (r["source"] or "", r["target"] or "", r["root_code"])):
            key: Key = (row["source"], row["target"], row["root_code"])
            mentions = _load(db, key)
            written += _write(db, _cluster_all(mentions), mentions, stale=set())
    return written


# -- one key --------------------------------------------------------------------------------------
def _recluster_key(db: Database, key: Key) -> int:
    where, params = _key_condition(key)
    new = [_Mention.from_row(row) for row in db.query(
        f"SELECT {_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE {where} AND m.event_id IS NULL", params)]
    if not new:
        return _rebuild_key(db, key)
    written = 0
    dated = [m.date for m in new if m.date is not None]
    if dated:
        written += _rebuild_from(db, key, min(dated))
    undated_articles = {m.row["article_id"] for m in new if m.date is None}
    if undated_articles:
        undated = [m for m in _load(db, key, undated=True)
                   if m.date is None and m.row["article_id"] in undated_articles]
        stale = {m.row["event_id"] for m in undated if m.row["event_id"] is not None}
        written += _write(db, _cluster_undated(undated), undated, stale=stale)
    return written


def _rebuild_key(db: Database, key: Key) -> int:
    """Rebuild one key from scratch, removing any event row of it left behind."""
    where, params = _key_condition(key, alias="")
    stale = {row["id"] for row in db.query(f"SELECT id FROM events WHERE {where}", params)}
    mentions = _load(db, key)
    return _write(db, _cluster_all(mentions), mentions, stale=stale)


def _rebuild_from(db: Database, key: Key, start: dt.date) -> int:
    """Rebuild the events of ``key`` that can change when mentions dated ``start`` or later arrive.

    Events opened before ``start - 1 day`` are closed by ``start`` and keep their mentions. Events
    opened on ``start - 1 day`` are still open: they are rebuilt from their old mentions of that
    day (their old assignment stands, as no new mention is older), then the pass continues.
    """
    eve = start - dt.timedelta(days=WINDOW_DAYS)
    loaded = _load(db, key, since=eve)
    before = sorted((m for m in loaded if m.date is not None and m.date < start), key=lambda m: m.order)
    after = sorted((m for m in loaded if m.date is not None and m.date >= start), key=lambda m: m.order)
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for mention in before:
        if mention.row["event_id"] is not None:
            groups[mention.row["event_id"]].append(mention)
    openers = {eid: members for eid, members in groups.items()
               if members[0].date == eve and event_id(members[0].id) == eid}
    opened = _stored_openings(db, sorted(openers))
    seeds: list[_Cluster] = []
    for eid, members in openers.items():
        # How the event was opened depends only on older events: keep the stored words.
        cluster = _Cluster(members[0], opened=opened.get(eid) or _opened(members[0], []))
        for mention in members[1:]:
            cluster.join(mention)
        seeds.append(cluster)
    seeds.sort(key=lambda c: c.first.order)
    clusters = _cluster_dated(after, seeds)
    rewritten = [m for c in seeds for m in c.members] + after
    stale = {m.row["event_id"] for m in after if m.row["event_id"] is not None}
    return _write(db, clusters, rewritten, stale=stale)


def _stored_openings(db: Database, ids: Sequence[str]) -> dict[str, str]:
    """The ``first`` sentence of the stored explanation of each event in ``ids``."""
    found: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start:start + _CHUNK])
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"SELECT id, explanation FROM events WHERE id IN ({marks})", chunk):
            try:
                found[row["id"]] = str(json.loads(row["explanation"])["first"])
            except (ValueError, KeyError, TypeError):
                continue  # unreadable: the opening is described again
    return found


def _load(db: Database, key: Key, *, since: dt.date | None = None,
          undated: bool = False) -> list[_Mention]:
    where, params = _key_condition(key)
    sql = f"SELECT {_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id WHERE {where}"
    if undated:
        return [_Mention.from_row(r) for r in db.query(sql + " AND m.event_date IS NULL", params)]
    if since is None:
        return [_Mention.from_row(r) for r in db.query(sql, params)]
    rows = db.query(sql + " AND m.event_date >= ?", [*params, since.isoformat()])
    # Mentions without their own date fall back to the publication date, which no index covers.
    rows += db.query(sql + " AND m.event_date IS NULL", params)
    mentions = (_Mention.from_row(row) for row in rows)
    return [m for m in mentions if m.date is not None and m.date >= since]


def _key_condition(key: Key, alias: str = "m.") -> tuple[str, list[str]]:
    """Index-friendly SQL for one key: ``= ?`` for values, ``IS NULL`` for missing actors."""
    parts: list[str] = []
    params: list[str] = []
    for column, value in (("source", key[0]), ("target", key[1])):
        if value is None:
            parts.append(f"{alias}{column} IS NULL")
        else:
            parts.append(f"{alias}{column} = ?")
            params.append(value)
    parts.append(f"{alias}root_code = ?")
    params.append(key[2])
    return " AND ".join(parts), params


# -- the clustering pass --------------------------------------------------------------------------
def _cluster_all(mentions: Sequence[_Mention]) -> list[_Cluster]:
    dated = sorted((m for m in mentions if m.date is not None), key=lambda m: m.order)
    return _cluster_dated(dated, []) + _cluster_undated([m for m in mentions if m.date is None])


def _cluster_dated(mentions: Sequence[_Mention], seeds: list[_Cluster]) -> list[_Cluster]:
    """The greedy pass over ``mentions`` (sorted by date and id), continuing ``seeds``."""
    clusters = list(seeds)
    open_clusters = list(seeds)
    for mention in mentions:
        open_clusters = [c for c in open_clusters if c.is_open_for(mention)]
        home = next((c for c in open_clusters if c.compatible(mention)), None)
        if home is None:
            home = _Cluster(mention, opened=_opened(mention, open_clusters))
            clusters.append(home)
            open_clusters.append(home)
        else:
            home.join(mention)
    return clusters


def _cluster_undated(mentions: Sequence[_Mention]) -> list[_Cluster]:
    """Mentions with no date at all: one event per article."""
    by_article: dict[str, list[_Mention]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: m.id):
        by_article[mention.row["article_id"]].append(mention)
    clusters: list[_Cluster] = []
    for members in by_article.values():
        cluster = _Cluster(members[0], opened="opened the event: no date, so it stays with its article")
        for mention in members[1:]:
            cluster.join(mention)
        clusters.append(cluster)
    return clusters


def _opened(mention: _Mention, open_clusters: Sequence[_Cluster]) -> str:
    head = (f"mention {mention.id} ({_describe_article(mention)}) opened the event: dyad "
            f"{_dyad(mention)}, root {mention.row['root_code']}, "
            f"{mention.date.isoformat() if mention.date else 'no date'}, "
            f"place {_place(mention.country, mention.place)}")
    if not open_clusters:
        return head + "; no event of this dyad and root was open within a day"
    others = ", ".join(f"{c.id} ({_place(c.country, c.place)})" for c in open_clusters)
    return head + f"; places incompatible with the open event(s) {others}"


# -- writing --------------------------------------------------------------------------------------
def _write(db: Database, clusters: Sequence[_Cluster], mentions: Sequence[_Mention],
           stale: set[str]) -> int:
    """Replace the events ``stale`` and those of ``clusters``; point each mention at its event."""
    doomed = sorted(stale | {c.id for c in clusters})
    for start in range(0, len(doomed), _CHUNK):
        chunk = doomed[start:start + _CHUNK]
        db.execute(f"DELETE FROM events WHERE id IN ({', '.join('?' * len(chunk))})", chunk)
    db.executemany(_INSERT_EVENT, [_event_row(c) for c in clusters])
    assigned = {m.id: c.id for c in clusters for m in c.members}
    db.executemany("UPDATE mentions SET event_id = ? WHERE id = ?",
                   [(assigned[m.id], m.id) for m in mentions
                    if m.id in assigned and m.row["event_id"] != assigned[m.id]])
    return len(clusters)


def _event_row(cluster: _Cluster) -> tuple[Any, ...]:
    members = cluster.members
    first = cluster.first.row
    counts = Counter(m.row["code"] for m in members)
    code = min(counts, key=lambda c: (-counts[c], c))
    coded = next(m.row for m in members if m.row["code"] == code)
    location = _location(cluster)
    n_articles = len({m.row["article_id"] for m in members})
    n_sources = len({m.outlet for m in members})
    summary = (f"{len(members)} mention{'s' if len(members) != 1 else ''} in {n_articles} "
               f"article{'s' if n_articles != 1 else ''} from {n_sources} "
               f"source{'s' if n_sources != 1 else ''}")
    explanation = {"rule": RULE, "summary": summary, "first": cluster.opened, "merges": cluster.merges}
    return (
        cluster.id, first["source"], first["source_country"], first["target"],
        first["target_country"], code, first["root_code"], coded["quad_class"], coded["goldstein"],
        coded["plover"], cluster.date.isoformat() if cluster.date else None,
        location["location_name"], location["location_country"], location["lat"], location["lon"],
        len(members), n_articles, n_sources, cluster.first.id,
        json.dumps(explanation, ensure_ascii=False),
    )


def _location(cluster: _Cluster) -> dict[str, Any]:
    """The event's place: the named place and country its mentions gave (they agree by construction),
    with the coordinates of the first mention that names that place (or, without a name, the country)."""
    located = (m for m in cluster.members if m.row["lat"] is not None and m.row["lon"] is not None
               and (m.place == cluster.place if cluster.place else m.country == cluster.country))
    chosen = next(located, None)
    return {"location_name": cluster.place, "location_country": cluster.country,
            "lat": chosen.row["lat"] if chosen else None, "lon": chosen.row["lon"] if chosen else None}


# -- small helpers --------------------------------------------------------------------------------
def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _outlet(row: dict[str, Any]) -> str:
    """Who published the article: its source, else its URL's host, else the article itself."""
    source = (row["outlet"] or "").strip().casefold()
    if source:
        return f"source:{source}"
    try:
        host = urlsplit(row["url"] or "").hostname or ""
    except ValueError:
        host = ""
    host = host.removeprefix("www.")
    return f"host:{host}" if host else f"article:{row['article_id']}"


def _describe_article(mention: _Mention) -> str:
    outlet = mention.outlet.split(":", 1)[1]
    text = f"article {mention.row['article_id']}"
    if not mention.outlet.startswith("article:"):
        text += f", {outlet}"
    if mention.row["article_duplicate_of"]:
        text += f", a copy of article {mention.row['article_duplicate_of']}"
    return text


def _dyad(mention: _Mention) -> str:
    return f"{mention.row['source'] or '(no source)'}→{mention.row['target'] or '(no target)'}"


def _place(country: str | None, place: str | None) -> str:
    if place and country:
        return f"{place}, {country}"
    return place or country or "unknown"


def _text(value: str | None) -> str | None:
    return None if value is None else str(value)


__all__ = ["RULE", "WINDOW_DAYS", "Key", "event_id", "recluster", "recluster_all"]
