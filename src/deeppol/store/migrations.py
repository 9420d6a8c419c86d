"""Versioned schema migrations, applied in order inside one transaction each.

Each migration is a list of portable statements; ``{blob}`` becomes the dialect's binary type.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

import datetime as dt

from deeppol.store.database import POSTGRESQL, Database, StoreError

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "initial schema", (
        """CREATE TABLE runs (
            id TEXT PRIMARY KEY,
            coder_version TEXT NOT NULL,
            dictionary_hash TEXT NOT NULL,
            settings TEXT NOT NULL,
            first_started TEXT NOT NULL,
            last_started TEXT NOT NULL,
            last_finished TEXT,
            invocations INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            doc_id TEXT NOT NULL,
            title TEXT,
            url TEXT,
            source TEXT,
            pub_date TEXT,
            text TEXT NOT NULL,
            n_chars INTEGER NOT NULL,
            input TEXT,
            line INTEGER,
            seq BIGINT NOT NULL,
            duplicate_of TEXT REFERENCES articles(id),
            duplicate_kind TEXT,
            duplicate_score REAL,
            minhash {blob},
            run_id TEXT REFERENCES runs(id)
        )""",
        "CREATE INDEX articles_content ON articles (content_hash)",
        "CREATE INDEX articles_seq ON articles (seq)",
        "CREATE INDEX articles_pub_date ON articles (pub_date)",
        "CREATE INDEX articles_duplicate ON articles (duplicate_of)",
        """CREATE TABLE sentences (
            article_id TEXT NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            sent_start INTEGER NOT NULL,
            sent_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE events (
            id TEXT PRIMARY KEY,
            source TEXT,
            source_country TEXT,
            target TEXT,
            target_country TEXT,
            code TEXT NOT NULL,
            root_code TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            plover TEXT,
            event_date TEXT,
            location_name TEXT,
            location_country TEXT,
            lat REAL,
            lon REAL,
            n_mentions INTEGER NOT NULL,
            n_articles INTEGER NOT NULL,
            n_sources INTEGER NOT NULL,
            first_mention TEXT NOT NULL,
            explanation TEXT NOT NULL
        )""",
        "CREATE INDEX events_dyad ON events (source_country, target_country, event_date)",
        "CREATE INDEX events_source ON events (source, event_date)",
        "CREATE INDEX events_target ON events (target, event_date)",
        "CREATE INDEX events_target_country ON events (target_country, event_date)",
        "CREATE INDEX events_date ON events (event_date, id)",
        "CREATE INDEX events_root ON events (root_code, event_date)",
        "CREATE INDEX events_quad ON events (quad_class, event_date)",
        """CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            sentence_idx INTEGER NOT NULL,
            event_id TEXT,
            source TEXT,
            source_country TEXT,
            source_text TEXT,
            source_start INTEGER,
            source_end INTEGER,
            target TEXT,
            target_country TEXT,
            target_text TEXT,
            target_start INTEGER,
            target_end INTEGER,
            code TEXT NOT NULL,
            code_name TEXT NOT NULL,
            root_code TEXT NOT NULL,
            quad_class INTEGER NOT NULL,
            goldstein REAL NOT NULL,
            plover TEXT,
            plover_mode TEXT,
            mode TEXT NOT NULL,
            event_date TEXT,
            date_precision TEXT,
            date_text TEXT,
            location_name TEXT,
            location_country TEXT,
            lat REAL,
            lon REAL,
            trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            pattern TEXT NOT NULL,
            entries TEXT NOT NULL,
            confidence REAL NOT NULL,
            coder TEXT NOT NULL
        )""",
        "CREATE INDEX mentions_article ON mentions (article_id, sentence_idx)",
        "CREATE INDEX mentions_event ON mentions (event_id)",
        "CREATE INDEX mentions_dyad ON mentions (source_country, target_country, event_date)",
        "CREATE INDEX mentions_date ON mentions (event_date, id)",
        "CREATE INDEX mentions_cluster_key ON mentions (source, target, root_code, event_date)",
        """CREATE TABLE actors (
            code TEXT PRIMARY KEY,
            country TEXT NOT NULL,
            label TEXT,
            n_mentions INTEGER NOT NULL DEFAULT 0
        )""",
        """CREATE TABLE rejections (
            id TEXT PRIMARY KEY,
            run_id TEXT REFERENCES runs(id),
            input TEXT NOT NULL,
            line INTEGER,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX rejections_input ON rejections (input, line)",
    )),
    (2, "analysis indexes: actor pages by date, covering dyad timelines", (
        "CREATE INDEX events_source_country_date ON events (source_country, event_date, id)",
        "CREATE INDEX events_target_country_date ON events (target_country, event_date, id)",
        "CREATE INDEX events_dyad_timeline ON events"
        " (source_country, target_country, event_date, quad_class, goldstein, n_mentions)",
    )),
)
"""(version, description, statements). Table roles:

- ``runs``: one row per coder configuration (coder version, dictionary hash, settings); its id is
  a hash of those, so a resumed run continues the same row.
- ``articles``: id = hash of the text and the article's identity (source, url or input id);
  ``duplicate_of`` links exact (same ``content_hash``) and near (MinHash) copies to the original.
- ``sentences``: the sentences that carry evidence.
- ``mentions``: every event as coded in one article (id = ``Event.id``), with its evidence spans.
- ``events``: real-world events, each a cluster of mentions (same dyad and root, dates within a
  day, compatible places), with counts and the ``explanation`` (JSON) of every merge.
- ``actors``: every actor code seen, with its country block and mention count.
- ``rejections``: inputs that could not be used: input, line, stage, reason, detail.
"""

LATEST = MIGRATIONS[-1][0]


def schema_version(db: Database) -> int:
    if "schema_version" not in db.tables():
        return 0
    row = db.query_one("SELECT MAX(version) AS version FROM schema_version")
    return int(row["version"] or 0) if row else 0


def migrate(db: Database) -> int:
    """Bring the schema to ``LATEST``; returns the version found before. Safe to call every time,
    also from several processes at once: each migration checks the version inside its own
    transaction, which ``Database.lock_for_writing`` serialises."""
    with db.transaction():
        db.lock_for_writing()
        db.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                   "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        found = schema_version(db)
    if found > LATEST:
        raise StoreError(f"[S010] database schema version {found} is newer than this DeepPol "
                         f"({LATEST}); upgrade deeppol")
    blob = "BYTEA" if db.dialect == POSTGRESQL else "BLOB"
    for version, description, statements in MIGRATIONS:
        if version <= found:
            continue
        with db.transaction():
            db.lock_for_writing()
            if schema_version(db) >= version:
                continue  # another process applied it since we looked
            for statement in statements:
                db.execute(statement.replace("{blob}", blob))
            db.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                       (version, description, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))
    return found
