"""The synthetic store generator and the analysis indexes (migration 2)."""

from __future__ import annotations

import pytest

from deeppol.analysis.synthetic import populate
from deeppol.store import Database, open_store

ANALYSIS_INDEXES = {"events_source_country_date", "events_target_country_date",
                    "events_dyad_timeline"}


def _rows(db: Database, table: str) -> list[dict]:
    return db.query(f"SELECT * FROM {table} ORDER BY 1, 2")


def test_synthetic_populate_is_deterministic_and_consistent(store_urls) -> None:
    with open_store(store_urls()) as one, open_store(store_urls()) as two:
        populate(one, 300, seed=11, days=60)
        populate(two, 300, seed=11, days=60)
        for table in ("events", "mentions", "articles", "sentences"):
            assert _rows(one, table) == _rows(two, table)
        counts = {r["event_id"]: int(r["n"]) for r in one.query(
            "SELECT event_id, COUNT(*) AS n FROM mentions GROUP BY event_id")}
        events = one.query("SELECT e.id, e.n_mentions, e.first_mention, e.source, e.source_country,"
                           " m.event_id FROM events e LEFT JOIN mentions m ON m.id = e.first_mention")
        assert len(events) == 300
        for event in events:
            assert counts[event["id"]] == event["n_mentions"]
            assert event["event_id"] == event["id"]  # first_mention is a mention of the event
            assert event["source_country"] == event["source"][:3]


@pytest.mark.parametrize("seed", [0, 1])
def test_synthetic_populate_adds_to_an_existing_store(store: Database, seed: int) -> None:
    populate(store, 50, seed=seed)
    populate(store, 50, seed=seed + 10)
    assert store.query_one("SELECT COUNT(*) AS n FROM events")["n"] == 100


def test_store_has_the_analysis_indexes(store: Database) -> None:
    if store.dialect == "postgresql":
        rows = store.query("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'events'"
                           " AND schemaname = current_schema()")
    else:
        rows = store.query("SELECT name FROM sqlite_master WHERE type = 'index'")
    assert {r["name"] for r in rows} >= ANALYSIS_INDEXES
