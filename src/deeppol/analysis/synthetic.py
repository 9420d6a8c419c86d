"""Synthetic stores for tests, benchmarks and load tests: deterministic events with their evidence.

``insert_events(db, [SyntheticEvent(...)])`` writes hand-made events (each with its mentions,
sentences and articles, consistent with one another); ``populate(db, n, seed=0)`` writes ``n``
random but reproducible events drawn to look like news coverage (a few countries dominate, most
events are statements and consultations, some are violent). Both only insert rows: the store must
be open and migrated (``deeppol.store.open_store``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from deeppol.analysis.events import code_table
from deeppol.store.database import Database

COUNTRIES: tuple[tuple[str, str, str], ...] = (
    ("USA", "United States", "US"), ("CHN", "China", "Chinese"), ("RUS", "Russia", "Russian"),
    ("UKR", "Ukraine", "Ukrainian"), ("ISR", "Israel", "Israeli"),
    ("PSE", "Palestine", "Palestinian"), ("IRN", "Iran", "Iranian"),
    ("GBR", "Britain", "British"), ("FRA", "France", "French"), ("DEU", "Germany", "German"),
    ("IND", "India", "Indian"), ("PAK", "Pakistan", "Pakistani"), ("TUR", "Turkey", "Turkish"),
    ("SYR", "Syria", "Syrian"), ("IRQ", "Iraq", "Iraqi"), ("AFG", "Afghanistan", "Afghan"),
    ("JPN", "Japan", "Japanese"), ("KOR", "South Korea", "South Korean"),
    ("PRK", "North Korea", "North Korean"), ("TWN", "Taiwan", "Taiwanese"),
    ("SAU", "Saudi Arabia", "Saudi"), ("EGY", "Egypt", "Egyptian"),
    ("NGA", "Nigeria", "Nigerian"), ("ZAF", "South Africa", "South African"),
    ("BRA", "Brazil", "Brazilian"), ("MEX", "Mexico", "Mexican"),
    ("VEN", "Venezuela", "Venezuelan"), ("CAN", "Canada", "Canadian"),
    ("AUS", "Australia", "Australian"), ("ITA", "Italy", "Italian"), ("POL", "Poland", "Polish"),
    ("LBY", "Libya", "Libyan"), ("YEM", "Yemen", "Yemeni"), ("LBN", "Lebanon", "Lebanese"),
    ("ETH", "Ethiopia", "Ethiopian"), ("SDN", "Sudan", "Sudanese"), ("MMR", "Myanmar", "Myanmar"),
    ("PHL", "Philippines", "Philippine"),
)
"""(code, name, adjective), most newsworthy first."""

SECTORS: tuple[tuple[str, str, int], ...] = (
    ("", "", 30), ("GOV", "government", 35), ("MIL", "military", 12), ("COP", "police", 6),
    ("OPP", "opposition", 4), ("REB", "rebels", 3), ("BUS", "businesses", 3),
    ("CVL", "civilians", 3), ("JUD", "court", 2), ("LEG", "parliament", 2),
)
"""(CAMEO role, words, weight); "" is the country itself."""

ORGANIZATIONS: tuple[tuple[str, str], ...] = (
    ("IGOUNO", "the United Nations"), ("IGOWSTNAT", "NATO"), ("IGOEUREEC", "the European Union"),
    ("NGOHRIAMN", "Amnesty International"),
)

ROOT_WEIGHTS: dict[str, int] = {
    "01": 15, "02": 8, "03": 6, "04": 20, "05": 6, "06": 2, "07": 2, "08": 2, "09": 1, "10": 2,
    "11": 6, "12": 2, "13": 2, "14": 3, "15": 1, "16": 2, "17": 6, "18": 5, "19": 8, "20": 1,
}
"""Roughly the root mix of news-derived event data."""

PLACES: dict[str, tuple[str, float, float]] = {
    "USA": ("Washington", 38.9, -77.04), "CHN": ("Beijing", 39.9, 116.4),
    "RUS": ("Moscow", 55.75, 37.62), "UKR": ("Kyiv", 50.45, 30.52),
    "ISR": ("Jerusalem", 31.77, 35.21), "PSE": ("Gaza", 31.5, 34.47),
    "IRN": ("Tehran", 35.69, 51.39), "GBR": ("London", 51.51, -0.13),
    "FRA": ("Paris", 48.86, 2.35), "DEU": ("Berlin", 52.52, 13.4),
    "IND": ("New Delhi", 28.61, 77.21), "PAK": ("Islamabad", 33.69, 73.06),
    "TUR": ("Ankara", 39.93, 32.86), "SYR": ("Damascus", 33.51, 36.29),
    "IRQ": ("Baghdad", 33.31, 44.36), "AFG": ("Kabul", 34.53, 69.17),
    "JPN": ("Tokyo", 35.68, 139.69), "KOR": ("Seoul", 37.57, 126.98),
    "TWN": ("Taipei", 25.03, 121.57), "EGY": ("Cairo", 30.04, 31.24),
}

SPAN_START = dt.date(2015, 1, 1)
SPAN_DAYS = 3653


@dataclass(frozen=True, slots=True)
class SyntheticEvent:
    """One event to insert, with everything else (evidence, counts) derived from it."""

    source: str | None
    target: str | None
    code: str
    event_date: str | None
    location: tuple[str | None, str | None, float | None, float | None] | None = None
    """(place name, country, lat, lon)."""
    sentence: str | None = None
    trigger: str | None = None
    n_mentions: int = 1
    publisher: str = "synthetic.example"


@dataclass(slots=True)
class _Batch:
    articles: list[tuple[object, ...]]
    sentences: list[tuple[object, ...]]
    mentions: list[tuple[object, ...]]
    events: list[tuple[object, ...]]


def _hash(*parts: object) -> str:
    return hashlib.sha256("|".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def _actor_text(code: str | None) -> str:
    if not code:
        return "someone"
    for org, name in ORGANIZATIONS:
        if code == org:
            return name
    country = next((c for c in COUNTRIES if c[0] == code[:3]), None)
    sector = next((s for s in SECTORS if s[0] and s[0] == code[3:6]), None)
    if country is None:
        return code
    return f"{country[2]} {sector[1]}" if sector else country[1]


def _phrase(code: str) -> str:
    entry = code_table().codes.get(code)
    name = entry.name if entry else f"act {code}"
    return name.split(",")[0].split("(")[0].strip().lower() or f"act {code}"


class _Writer:
    """Turns ``SyntheticEvent``s into rows, sharing articles between consecutive mentions."""

    def __init__(self, db: Database, namespace: str, mentions_per_article: int) -> None:
        self.db = db
        self.namespace = namespace
        self.per_article = max(1, mentions_per_article)
        self.event_seq = _count(db, "events")
        self.mention_seq = _count(db, "mentions")
        self.article_seq = _count(db, "articles")
        self.articles_seen: set[str] = set()

    def add(self, batch: _Batch, spec: SyntheticEvent) -> str:
        codes = code_table().codes
        entry = codes.get(spec.code)
        if entry is None:
            raise ValueError(f"unknown CAMEO code {spec.code!r}")
        event_id = _hash(self.namespace, "event", self.event_seq)
        self.event_seq += 1
        src_text, tgt_text = _actor_text(spec.source), _actor_text(spec.target)
        phrase = _phrase(spec.code)
        trigger = spec.trigger or phrase.split()[0]
        place = spec.location[0] if spec.location else None
        words = [src_text[:1].upper() + src_text[1:], phrase]
        words += [tgt_text] if spec.target else []
        words += [f"in {place}"] if place else []
        sentence = spec.sentence or " ".join(words) + "."
        t_start = max(sentence.lower().find(trigger.lower()), 0)
        mention_ids, articles = [], set()
        for _ in range(max(1, spec.n_mentions)):
            mention_id = _hash(self.namespace, "mention", self.mention_seq)
            article_id = self._article(batch, spec, self.mention_seq // self.per_article)
            idx = self.mention_seq % self.per_article
            self.mention_seq += 1
            mention_ids.append(mention_id)
            articles.add(article_id)
            batch.sentences.append((article_id, idx, 0, len(sentence), sentence))
            batch.mentions.append((
                mention_id, article_id, idx, event_id, spec.source, _country(spec.source),
                src_text if spec.source else None, spec.target, _country(spec.target),
                tgt_text if spec.target else None, spec.code, entry.name, entry.root,
                entry.quad_class, entry.goldstein, entry.plover, entry.plover_mode, "asserted",
                spec.event_date, "day" if spec.event_date else "unknown",
                *(spec.location or (None, None, None, None)),
                trigger, t_start, t_start + len(trigger), "synthetic", "[]", 0.8,
                "deeppol.Synthetic.v1",
            ))
        explanation = json.dumps({"synthetic": True, "mentions": mention_ids[:5]})
        batch.events.append((
            event_id, spec.source, _country(spec.source), spec.target, _country(spec.target),
            spec.code, entry.root, entry.quad_class, entry.goldstein, entry.plover,
            spec.event_date, *(spec.location or (None, None, None, None)), len(mention_ids),
            len(articles), min(len(mention_ids), 1 + len(articles) // 2), mention_ids[0],
            explanation,
        ))
        return event_id

    def _article(self, batch: _Batch, spec: SyntheticEvent, number: int) -> str:
        article_id = _hash(self.namespace, "article", number)
        if article_id not in self.articles_seen:
            self.articles_seen.add(article_id)
            self.article_seq += 1
            url = f"https://{spec.publisher}/{self.namespace}/{number}"
            batch.articles.append((article_id, article_id, f"{self.namespace}-{number}",
                                   f"Synthetic report {number}", url, spec.publisher,
                                   spec.event_date, "(synthetic article)", 19, self.article_seq))
        return article_id

    def flush(self, batch: _Batch) -> None:
        with self.db.transaction():
            self.db.executemany(
                "INSERT INTO articles (id, content_hash, doc_id, title, url, source, pub_date, text,"
                " n_chars, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                batch.articles)
            self.db.executemany(
                "INSERT INTO sentences (article_id, idx, sent_start, sent_end, text)"
                " VALUES (?, ?, ?, ?, ?)", batch.sentences)
            self.db.executemany(
                f"INSERT INTO mentions ({_MENTION_COLUMNS}) VALUES ({_marks(_MENTION_COLUMNS)})",
                batch.mentions)
            self.db.executemany(
                f"INSERT INTO events ({_EVENT_COLUMNS}) VALUES ({_marks(_EVENT_COLUMNS)})",
                batch.events)


_MENTION_COLUMNS = (
    "id, article_id, sentence_idx, event_id, source, source_country, source_text, target,"
    " target_country, target_text, code, code_name, root_code, quad_class, goldstein, plover,"
    " plover_mode, mode, event_date, date_precision, location_name, location_country, lat, lon,"
    " trigger_text, trigger_start, trigger_end, pattern, entries, confidence, coder"
)
_EVENT_COLUMNS = (
    "id, source, source_country, target, target_country, code, root_code, quad_class, goldstein,"
    " plover, event_date, location_name, location_country, lat, lon, n_mentions, n_articles,"
    " n_sources, first_mention, explanation"
)


def _marks(columns: str) -> str:
    return ", ".join("?" * len(columns.split(",")))


def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _count(db: Database, table: str) -> int:
    row = db.query_one(f"SELECT COUNT(*) AS n FROM {table}")
    return int(row["n"]) if row else 0


def insert_events(db: Database, events: Iterable[SyntheticEvent], *, namespace: str = "t",
                  batch_size: int = 20_000, mentions_per_article: int = 1) -> list[str]:
    """Insert ``events`` (with mentions, sentences and articles); returns their ids in order.

    Ids are content hashes of ``namespace`` and a running number, so repeated calls on one store
    never collide and the same calls on a fresh store give the same ids.
    """
    writer = _Writer(db, namespace, mentions_per_article)
    ids: list[str] = []
    batch = _Batch([], [], [], [])
    for spec in events:
        ids.append(writer.add(batch, spec))
        if len(batch.events) >= batch_size:
            writer.flush(batch)
            batch = _Batch([], [], [], [])
    if batch.events:
        writer.flush(batch)
    return ids


def random_events(n: int, seed: int = 0, start: dt.date = SPAN_START,
                  days: int = SPAN_DAYS) -> Iterator[SyntheticEvent]:
    """``n`` reproducible random events spread over ``days`` days from ``start``."""
    rng = random.Random(seed)
    countries = [c[0] for c in COUNTRIES]
    country_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(countries))]
    sectors, sector_weights = [s[0] for s in SECTORS], [s[2] for s in SECTORS]
    by_root: dict[str, list[str]] = {}
    for code, entry in code_table().codes.items():
        if len(code) >= 3:
            by_root.setdefault(entry.root, []).append(code)
    roots = sorted(by_root)
    root_weights = [ROOT_WEIGHTS.get(r, 1) for r in roots]

    def actor() -> str:
        if rng.random() < 0.04:
            return rng.choice(ORGANIZATIONS)[0]
        return rng.choices(countries, country_weights)[0] + rng.choices(sectors, sector_weights)[0]

    for _ in range(n):
        source = actor()
        target: str | None = actor() if rng.random() < 0.95 else None
        if target is not None and target[:3] == source[:3] and rng.random() < 0.7:
            target = rng.choices(countries, country_weights)[0] + rng.choices(sectors, sector_weights)[0]
        code = rng.choice(by_root[rng.choices(roots, root_weights)[0]])
        day = None if rng.random() < 0.002 else (start + dt.timedelta(days=rng.randrange(days)))
        location = None
        if rng.random() < 0.35:
            key = next((c[:3] for c in (target, source) if c and c[:3] in PLACES), None)
            key = key or rng.choice(sorted(PLACES))
            name, lat, lon = PLACES[key]
            location = (name, key, lat, lon)
        mentions = 1 + int(rng.random() < 0.25) + int(rng.random() < 0.06) * rng.randrange(1, 8)
        yield SyntheticEvent(source, target, code, day.isoformat() if day else None, location,
                             n_mentions=mentions,
                             publisher=f"news{rng.randrange(40)}.example")


def populate(db: Database, n: int, seed: int = 0, *, start: dt.date = SPAN_START,
             days: int = SPAN_DAYS, batch_size: int = 20_000, mentions_per_article: int = 8) -> int:
    """Insert ``n`` random events (``random_events``) with their evidence; returns ``n``.

    Consecutive mentions share articles (``mentions_per_article`` sentences each), as in news.
    """
    insert_events(db, random_events(n, seed, start, days), namespace=f"syn{seed}",
                  batch_size=batch_size, mentions_per_article=mentions_per_article)
    return n


def scenario_events() -> list[SyntheticEvent]:
    """A small fixed set of events (2021-12 to 2022-03, one undated) for tests and doc examples."""
    e = SyntheticEvent
    return [
        e("CHNGOV", "USAGOV", "040", "2022-01-05", ("Beijing", "CHN", 39.9, 116.4),
          "Chinese officials met US diplomats in Beijing.", "met", n_mentions=3),
        e("CHNMIL", "TWN", "190", "2022-01-20", ("Taipei", "TWN", 25.03, 121.57),
          "Chinese warplanes struck targets near Taipei.", "struck", n_mentions=2),
        e("USAGOV", "CHN", "112", "2022-02-03", None,
          "Washington accused China of inflating growth by 100% in report_2021.", "accused"),
        e("TWNGOV", "CHNGOV", "036", "2022-02-14", None,
          "Taiwan's president offered talks to Beijing.", "offered"),
        e("CHNGOVMIL", "JPN", "173", "2022-03-01", ("Tokyo", "JPN", 35.68, 139.69),
          "China's defence ministry detained Japanese sailors.", "detained"),
        e("RUSMIL", "UKR", "193", "2022-02-24", ("Kyiv", "UKR", 50.45, 30.52),
          "Russian forces attacked Kyiv.", "attacked", n_mentions=5),
        e("UKRGOV", "RUSGOV", "111", "2022-02-25", None,
          "Ukraine's government denounced the Russian invasion.", "denounced"),
        e("RUSGOV", "UKRGOV", "010", "2022-03-02", None,
          "The Kremlin said it would continue.", "said"),
        e("IGOUNO", "UKR", "073", "2022-03-10", None,
          "The United Nations delivered humanitarian aid to Ukraine.", "delivered"),
        e("USAGOV", None, "010", "2022-03-15", None, "The White House issued a statement.", "issued"),
        e("JPNGOV", "CHNGOV", "042", None, None, "Japan's foreign minister visited China.", "visited"),
        e("GBRGOV", "FRAGOV", "057", "2021-12-31", ("Paris", "FRA", 48.86, 2.35),
          "Britain's minister signed a pact with France in Paris.", "signed"),
        e("UKRCVL", "RUSGOV", "141", "2022-03-05", ("Kyiv", "UKR", 50.45, 30.52),
          "Ukrainian civilians protested against Russia in Kyiv.", "protested"),
    ]
