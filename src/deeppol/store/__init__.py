"""Durable storage of articles, events and their evidence: SQLite by default, PostgreSQL on request.

``open_store(url)`` connects and migrates; ``deeppol.store.writer`` stores coded batches;
``deeppol.store.dedupe`` links duplicate articles; ``deeppol.store.cluster`` groups mentions of
one real-world event.
"""

from __future__ import annotations

from pathlib import Path

from deeppol.store.database import DEFAULT_DB, Database, StoreError
from deeppol.store.migrations import migrate


def open_store(url: str | Path = DEFAULT_DB) -> Database:
    """Connect to ``url`` (SQLite path or ``postgresql://`` URL) and bring its schema up to date."""
    db = Database.connect(url)
    try:
        migrate(db)
    except Exception:
        db.close()
        raise
    return db


__all__ = ["DEFAULT_DB", "Database", "StoreError", "open_store"]
