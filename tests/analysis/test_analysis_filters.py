"""EventFilter: the actor matching rule, every filter field, and hostile values bound as data."""

from __future__ import annotations

import datetime as dt

import pytest

from deeppol.analysis import (
    AnalysisError,
    EventFilter,
    build_network,
    dyad_timeline,
    export_events,
    find_alerts,
    list_events,
    top_actors,
)
from deeppol.analysis.events import count_events
from deeppol.analysis.filters import escape_like
from deeppol.analysis.synthetic import SyntheticEvent, insert_events, scenario_events
from deeppol.store import Database

HOSTILE = [
    "' OR 1=1 --",
    "'; DROP TABLE events; --",
    "\" OR \"\"=\"",
    "CHN' OR 'a'='a",
    "Robert'); DROP TABLE mentions;--",
    "CHN%",
    "%%",
    "___",
    "_",
    "1; DELETE FROM events",
    "\\",
    "CHN\\%",
    "') UNION SELECT * FROM articles --",
]


@pytest.fixture
def scenario(store: Database) -> tuple[Database, list[str]]:
    return store, insert_events(store, scenario_events())


def _ids(db: Database, flt: EventFilter) -> set[str]:
    return {e.id for e in list_events(db, flt, limit=1000).events}


def _pick(ids: list[str], *positions: int) -> set[str]:
    return {ids[p] for p in positions}


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("actor", "CHN", (0, 1, 2, 3, 4, 10)),           # country block: CHNGOV, CHNMIL, CHNGOVMIL, CHN
    ("actor", "chn", (0, 1, 2, 3, 4, 10)),           # case does not matter
    ("actor", "CHNGOV", (0, 3, 4, 10)),              # the code and codes under it (CHNGOVMIL)
    ("actor", "CHNMIL", (1,)),
    ("actor", "CHNGOVMIL", (4,)),
    ("source", "CHN", (0, 1, 4)),
    ("target", "CHN", (2, 3, 10)),
    ("source", "IGO", (8,)),
    ("target", "TWN", (1,)),
    ("actor", "UKRGOV", (6, 7)),
])
def test_filters_actor_codes(scenario: tuple[Database, list[str]], field: str, value: str,
                             expected: tuple[int, ...]) -> None:
    db, ids = scenario
    assert _ids(db, EventFilter(**{field: value})) == _pick(ids, *expected)


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(dyad=("CHN", "USA")), (0, 2)),
    (EventFilter(dyad=("USA", "CHN")), (0, 2)),
    (EventFilter(dyad=("USA", "CHN"), directed=True), (2,)),
    (EventFilter(dyad=("RUS", "UKR")), (5, 6, 7, 12)),
    (EventFilter(dyad=("RUSMIL", "UKR")), (5,)),
    (EventFilter(codes=("19",)), (1, 5)),                 # a code matches its sub-codes
    (EventFilter(codes=("193",)), (5,)),
    (EventFilter(codes=("01", "04")), (0, 7, 9, 10)),
    (EventFilter(roots=("1",)), (7, 9)),                  # "1" is root 01
    (EventFilter(roots=("19", "11")), (1, 2, 5, 6)),
    (EventFilter(quad_classes=(4,)), (1, 4, 5)),
    (EventFilter(quad_classes=(1, 2)), (0, 3, 7, 8, 9, 10, 11)),
    (EventFilter(plover=("assault",)), (1, 5)),
    (EventFilter(since=dt.date(2022, 3, 1)), (4, 7, 8, 9, 12)),
    (EventFilter(since="2022-02-24", until="2022-02-25"), (5, 6)),
    (EventFilter(until="2021-12-31"), (11,)),
    (EventFilter(location="UKR"), (5, 12)),
    (EventFilter(location="kyiv"), (5, 12)),
    (EventFilter(location="Taipei"), (1,)),
    (EventFilter(location="Kyi"), ()),                    # place names match whole
    (EventFilter(text="ATTACKED"), (5,)),                 # the sentence, case-insensitive
    (EventFilter(text="struck"), (1,)),
    (EventFilter(text="Britain's"), (11,)),               # a quote is data
    (EventFilter(text="100%"), (2,)),
    (EventFilter(text="%"), (2,)),                        # a literal %, not a wildcard
    (EventFilter(text="t_2021"), (2,)),                   # a literal _, not a wildcard
    (EventFilter(text="r_p"), ()),
    (EventFilter(min_mentions=3), (0, 5)),
    (EventFilter(actor="CHN", quad_classes=(4,), since="2022-01-01", until="2022-12-31"), (1, 4)),
])
def test_filters_fields(scenario: tuple[Database, list[str]], flt: EventFilter,
                        expected: tuple[int, ...]) -> None:
    db, ids = scenario
    assert _ids(db, flt) == _pick(ids, *expected)
    assert count_events(db, flt) == len(expected)


@pytest.mark.parametrize("kwargs", [
    {"actor": ""}, {"quad_classes": (5,)}, {"quad_classes": ("x",)}, {"since": "2022-13-01"},
    {"since": "2022-03-01", "until": "2022-01-01"}, {"dyad": ("CHN",)}, {"min_mentions": -1},
])
def test_filters_refuse_bad_values(kwargs: dict) -> None:
    with pytest.raises(AnalysisError):
        EventFilter(**kwargs)


@pytest.mark.parametrize(("value", "escaped"), [
    ("100%", "100\\%"), ("a_b", "a\\_b"), ("x\\y", "x\\\\y"), ("plain", "plain"),
])
def test_filters_escape_like(value: str, escaped: str) -> None:
    assert escape_like(value) == escaped


def _snapshot(db: Database) -> dict[str, int]:
    tables = sorted(db.tables())
    return {t: int(db.query_one(f"SELECT COUNT(*) AS n FROM {t}")["n"]) for t in tables}


@pytest.mark.parametrize("value", HOSTILE)
def test_filters_hostile_values_match_nothing_and_change_nothing(
        scenario: tuple[Database, list[str]], value: str, tmp_path) -> None:
    db, _ = scenario
    before = _snapshot(db)
    filters = [EventFilter(actor=value), EventFilter(source=value), EventFilter(target=value),
               EventFilter(dyad=(value, "CHN")), EventFilter(dyad=("CHN", value)),
               EventFilter(location=value), EventFilter(codes=(value,)),
               EventFilter(roots=(value,)), EventFilter(plover=(value,))]
    if value != "_":  # a literal "_" is in one sentence: see test_filters_fields
        filters.append(EventFilter(text=value))
    for flt in filters:
        assert list_events(db, flt).events == [], flt
        assert count_events(db, flt) == 0
        assert top_actors(db, flt) == []
        assert build_network(db, flt).number_of_edges() == 0
        assert find_alerts(db, flt, min_events=1, threshold=0.0) == []
        assert export_events(db, tmp_path / "out.jsonl", "jsonl", flt).events == 0
    assert dyad_timeline(db, value, "CHN") == []
    assert dyad_timeline(db, "CHN", value, by="week") == []
    assert _snapshot(db) == before
    assert {"events", "mentions", "articles"} <= db.tables()


@pytest.mark.parametrize("flt", [
    EventFilter(text="Élysée"),                # the words as written
    EventFilter(text="SCHOLZ à l'Élysée"),     # ASCII letters in any case, next to others
    EventFilter(text="Łódź"),
    EventFilter(location="Île-de-France"),
    EventFilter(location="Île-DE-FRANCE"),     # the place name, its ASCII letters in any case
])
def test_filters_text_and_place_with_non_ascii_letters(store: Database, flt: EventFilter) -> None:
    # SQLite's LOWER() folds ASCII letters only: a pattern lowered in Python ("élysée") can never
    # match LOWER("Élysée") = "Élysée", so the words had to be lowered by the database too.
    (wanted,) = insert_events(store, [
        SyntheticEvent("FRAGOV", "DEUGOV", "040", "2022-01-05", ("Île-de-France", "FRA", 48.85, 2.35),
                       "Le président a reçu Scholz à l'Élysée avant Łódź.", "reçu")])
    assert _ids(store, flt) == {wanted}
    assert count_events(store, flt) == 1
