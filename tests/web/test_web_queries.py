"""The dashboard's own read queries (``deeppol.web.queries``) on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from deeppol.store import Database
from deeppol.web.queries import search_actors


@pytest.mark.parametrize("query", ["Élysée", "Élysée PALACE"])
def test_web_queries_actor_search_by_a_non_ascii_label(store: Database, query: str) -> None:
    # a name typed as stored must find the actor, although SQLite's LOWER() folds ASCII only
    store.execute("INSERT INTO actors (code, country, label, n_mentions) VALUES (?, ?, ?, ?)",
                  ("FRAGOVELY", "FRA", "Élysée Palace", 3))
    assert "FRAGOVELY" in [m["code"] for m in search_actors(store, query)]
