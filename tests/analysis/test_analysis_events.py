"""Event listing: keyset pages, cursors, evidence, detail, streaming batches."""

from __future__ import annotations

import pytest

from deeppol.analysis import (
    AnalysisError,
    EventFilter,
    get_event,
    get_events,
    iter_events,
    list_events,
)
from deeppol.analysis.events import decode_cursor, encode_cursor
from deeppol.analysis.synthetic import insert_events, populate, scenario_events
from deeppol.store import Database


def _all_pages(db: Database, flt: EventFilter | None, limit: int) -> list[str]:
    seen, cursor = [], None
    while True:
        page = list_events(db, flt, limit=limit, cursor=cursor)
        seen += [e.id for e in page.events]
        if page.next_cursor is None:
            return seen
        assert len(page.events) == limit
        cursor = page.next_cursor


@pytest.mark.parametrize("limit", [1, 7, 50])
def test_events_pages_cover_every_event_once_newest_first(store: Database, limit: int) -> None:
    populate(store, 300, seed=3, days=40)
    insert_events(store, scenario_events())  # adds an undated event
    rows = store.query("SELECT id, event_date FROM events")
    dated = sorted((r for r in rows if r["event_date"]), key=lambda r: (r["event_date"], r["id"]),
                   reverse=True)
    undated = sorted((r["id"] for r in rows if not r["event_date"]), reverse=True)
    expected = [r["id"] for r in dated] + undated
    assert undated
    assert _all_pages(store, None, limit) == expected


@pytest.mark.parametrize("flt", [
    EventFilter(actor="CHN"), EventFilter(quad_classes=(4,)),
    EventFilter(since="2015-01-10", until="2015-01-20"), EventFilter(dyad=("USA", "CHN")),
    EventFilter(actor="USAGOV", dyad=("USA", "RUS"), quad_classes=(1, 2, 3)),
    EventFilter(actor="USA", source="USAGOV"), EventFilter(actor="CHN", text="a"),
])
def test_events_filtered_pages_match_the_filter(store: Database, flt: EventFilter) -> None:
    populate(store, 400, seed=4, days=30)
    where = flt.where()
    expected = {r["id"] for r in store.query(f"SELECT e.id FROM events e WHERE {where.sql}",
                                             where.params)}
    got = _all_pages(store, flt, 9)
    assert len(got) == len(set(got))
    assert set(got) == expected


def test_events_cursor_is_stable_when_newer_events_arrive(store: Database) -> None:
    populate(store, 100, seed=5, days=20)
    first = list_events(store, limit=10)
    insert_events(store, scenario_events())  # 2021/2022: all newer than the 2015 events
    second = list_events(store, limit=10, cursor=first.next_cursor)
    again = list_events(store, limit=20)
    assert not {e.id for e in first.events} & {e.id for e in second.events}
    assert second.events[0].event_date <= first.events[-1].event_date
    assert again.events[0].event_date == "2022-03-15"


def test_events_records_carry_evidence_and_names(store: Database) -> None:
    ids = insert_events(store, scenario_events())
    page = list_events(store, EventFilter(dyad=("RUSMIL", "UKR")))
    (event,) = page.events
    assert event.id == ids[5]
    assert (event.code, event.code_name, event.plover, event.plover_mode) == (
        "193", "Fight with small arms and light weapons", "ASSAULT", "firearms")
    assert (event.quad_class, event.goldstein, event.n_mentions) == (4, -10.0, 5)
    assert event.location.name == "Kyiv" and event.location.country == "UKR"
    assert event.evidence.sentence == "Russian forces attacked Kyiv."
    assert event.evidence.trigger_text == "attacked"
    assert event.evidence.mention_id == event.first_mention
    assert event.evidence.url.startswith("https://")
    data = page.as_dict()
    assert data["next_cursor"] is None
    assert data["events"][0]["evidence"]["sentence"] == "Russian forces attacked Kyiv."
    bare = list_events(store, EventFilter(dyad=("RUSMIL", "UKR")), with_evidence=False)
    assert bare.events[0].evidence is None


def test_events_detail_lists_every_mention(store: Database) -> None:
    ids = insert_events(store, scenario_events())
    detail = get_event(store, ids[5])
    assert detail is not None
    assert len(detail.mentions) == 5
    assert detail.event.evidence.mention_id == detail.event.first_mention
    assert detail.explanation["synthetic"] is True
    assert detail.as_dict()["mentions"][0]["sentence"] == "Russian forces attacked Kyiv."
    assert get_event(store, "no-such-event") is None


def test_events_get_events_keeps_the_order_given(store: Database) -> None:
    ids = insert_events(store, scenario_events())
    wanted = [ids[4], "missing", ids[0], ids[9]]
    assert [e.id for e in get_events(store, wanted)] == [ids[4], ids[0], ids[9]]


def test_events_iter_events_streams_oldest_first_in_batches(store: Database) -> None:
    populate(store, 250, seed=6, days=25)
    batches = list(iter_events(store, batch_size=60, with_evidence=False))
    assert [len(b) for b in batches] == [60, 60, 60, 60, 10]
    flat = [e for b in batches for e in b]
    dated = [(e.event_date, e.id) for e in flat if e.event_date]
    assert dated == sorted(dated)
    assert len({e.id for e in flat}) == 250


@pytest.mark.parametrize("cursor", ["not-a-cursor", "e30", encode_cursor(None, "x")[:-2] + "!!", "W10",
                                    encode_cursor("2022-01-05", "a\x00b"),  # PostgreSQL: a 500
                                    encode_cursor("2022-01-05\x00", "abc")])
def test_events_bad_cursor_is_refused(store: Database, cursor: str) -> None:
    with pytest.raises(AnalysisError):
        list_events(store, cursor=cursor)


@pytest.mark.parametrize("limit", [0, -1, 1001])
def test_events_bad_limit_is_refused(store: Database, limit: int) -> None:
    with pytest.raises(AnalysisError):
        list_events(store, limit=limit)


@pytest.mark.parametrize(("day", "event_id"), [("2022-01-05", "abc"), (None, "zzz")])
def test_events_cursor_round_trip(day: str | None, event_id: str) -> None:
    assert decode_cursor(encode_cursor(day, event_id)) == (day, event_id)


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(actor="CHN"), [EventFilter(source="CHN"), EventFilter(target="CHN")]),
    (EventFilter(actor="CHN", source="USA"), [EventFilter(actor="CHN", source="USA")]),
    (EventFilter(dyad=("A", "B")), [EventFilter(dyad=("A", "B"), directed=True),
                                    EventFilter(dyad=("B", "A"), directed=True)]),
    (EventFilter(dyad=("A", "B"), directed=True), [EventFilter(dyad=("A", "B"), directed=True)]),
    (EventFilter(actor="X", dyad=("A", "B"), roots=("19",)), [
        EventFilter(source="X", dyad=("A", "B"), directed=True, roots=("19",)),
        EventFilter(source="X", dyad=("B", "A"), directed=True, roots=("19",)),
        EventFilter(target="X", dyad=("A", "B"), directed=True, roots=("19",)),
        EventFilter(target="X", dyad=("B", "A"), directed=True, roots=("19",))]),
])
def test_events_filter_branches(flt: EventFilter, expected: list[EventFilter]) -> None:
    assert flt.branches() == expected
