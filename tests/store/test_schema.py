"""The schema: created by migrations, on SQLite and PostgreSQL, and safe to migrate again."""

from __future__ import annotations

import threading

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


def test_schema_concurrent_first_opens_all_succeed(store_urls, request: pytest.FixtureRequest) -> None:
    """Processes (here threads, each with its own connection) that open a new store at the same
    time must all get a migrated store: the version is checked inside the migration's
    transaction, and SQLite's switch to WAL waits for the lock like any other statement."""
    rounds = 150 if "sqlite" in request.node.callspec.id else 15
    failures: list[str] = []
    for _ in range(rounds):
        url = store_urls()
        barrier = threading.Barrier(4)

        def open_it(url: str = url, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                open_store(url).close()
            except Exception as exc:  # collected, asserted below
                failures.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        with Database.connect(url) as db:
            assert schema_version(db) == LATEST
    assert failures == []


def test_schema_transaction_that_could_not_begin_leaves_later_ones_atomic(tmp_path) -> None:
    """A BEGIN that fails (the database is locked by another writer) must not leave the
    connection believing it is inside a transaction: the next block must still roll back."""
    import sqlite3

    path = str(tmp_path / "locked.db")
    with open_store(path):
        pass
    connection = sqlite3.connect(path, isolation_level=None, timeout=0.05)
    connection.row_factory = sqlite3.Row
    db = Database(connection, "sqlite", path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(sqlite3.OperationalError, match="locked"), db.transaction():
        pass  # pragma: no cover - BEGIN fails
    other.execute("ROLLBACK")
    other.close()
    with pytest.raises(RuntimeError, match="boom"), db.transaction():
        db.execute("INSERT INTO actors (code, country, n_mentions) VALUES (?, ?, ?)",
                   ("JPN", "JPN", 1))
        raise RuntimeError("boom")
    assert db.query("SELECT * FROM actors") == []
    db.close()
