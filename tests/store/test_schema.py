"""The schema: created by migrations, on SQLite and PostgreSQL, and safe to migrate again."""

from __future__ import annotations

import pytest

from deeppol.store import open_store
from deeppol.store.database import Database
from deeppol.store.migrations import LATEST, migrate, schema_version

TABLES = {"schema_version", "runs", "articles", "sentences", "events", "mentions", "actors",
          "rejections"}


@pytest.mark.parametrize("times", [1, 3])
def test_schema_migrate_is_idempotent(store_url: str, times: int) -> None:
    for _ in range(times):
        with open_store(store_url) as db:
            assert db.tables() >= TABLES
            assert schema_version(db) == LATEST
    with Database.connect(store_url) as db:
        assert migrate(db) == LATEST
        rows = db.query("SELECT version FROM schema_version ORDER BY version")
    assert [row["version"] for row in rows] == list(range(1, LATEST + 1))


@pytest.mark.parametrize("table", sorted(TABLES - {"schema_version"}))
def test_schema_starts_empty(store: Database, table: str) -> None:
    row = store.query_one(f"SELECT COUNT(*) AS n FROM {table}")
    assert row is not None and row["n"] == 0


def test_schema_transaction_rolls_back(store: Database) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        store.execute("INSERT INTO actors (code, country, n_mentions) VALUES (?, ?, ?)",
                      ("JPN", "JPN", 1))
        raise RuntimeError("boom")
    assert store.query("SELECT * FROM actors") == []
