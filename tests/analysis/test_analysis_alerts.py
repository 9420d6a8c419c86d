"""Conflict alerts: a jump against the dyad's own baseline, with the events behind it."""

from __future__ import annotations

import datetime as dt

import pytest

from deeppol.analysis import AnalysisError, EventFilter, find_alerts, latest_date
from deeppol.analysis.synthetic import SyntheticEvent, insert_events
from deeppol.store import Database

AS_OF = dt.date(2022, 6, 30)


def _day(days_before: int) -> str:
    return (AS_OF - dt.timedelta(days=days_before)).isoformat()


def _history() -> list[SyntheticEvent]:
    e = SyntheticEvent
    events = []
    for window in range(1, 9):  # eight baseline weeks before the current one
        base = window * 7
        events.append(e("ISRMIL", "PSE", "112", _day(base + 2)))            # one accusation a week
        events += [e("IND", "PAKGOV", "112", _day(base + k)) for k in range(4)]  # steady: 4 a week
        events.append(e("USA", "MEX", "040", _day(base + 1)))               # cooperation only
    events += [e("ISRMIL", "PSE", "190", _day(k), n_mentions=2) for k in range(5)]  # the jump
    events += [e("PSE", "ISRMIL", "112", _day(1))]
    events += [e("IND", "PAKGOV", "112", _day(k)) for k in range(4)]        # same as usual
    events += [e("RUS", "GEO", "190", _day(k)) for k in range(2)]           # new but small
    events += [e("USA", "MEX", "040", _day(k)) for k in range(6)]           # cooperation jump
    return events


@pytest.fixture
def history(store: Database) -> tuple[Database, list[str]]:
    return store, insert_events(store, _history())


def test_alerts_find_the_jump_and_the_events_behind_it(history: tuple[Database, list[str]]) -> None:
    db, ids = history
    alerts = find_alerts(db, window=7, baseline=8, min_events=3)
    assert [a.dyad for a in alerts] == [("ISR", "PSE")]
    (alert,) = alerts
    assert (alert.window_start, alert.window_end) == (AS_OF - dt.timedelta(days=6), AS_OF)
    assert alert.events == 6
    assert alert.intensity == 52.0
    assert alert.baseline == (2.0,) * 8 and alert.baseline_events == (1,) * 8
    assert (alert.baseline_mean, alert.baseline_std) == (2.0, 0.0)
    assert alert.z == 25.0 and alert.ratio == 26.0
    jump = set(ids[-18:-12])  # 5 ISRMIL->PSE strikes, 1 PSE->ISRMIL accusation
    assert {e.id for e in alert.evidence} == jump
    assert alert.evidence[0].code == "190"  # most severe first
    assert alert.as_dict()["evidence"][0]["evidence"]["sentence"]


def test_alerts_respect_min_events_and_threshold(history: tuple[Database, list[str]]) -> None:
    db, _ = history
    low = find_alerts(db, min_events=2)
    assert {a.dyad for a in low} == {("ISR", "PSE"), ("GEO", "RUS")}
    assert find_alerts(db, threshold=30.0) == []


def test_alerts_limit_keeps_the_strongest(history: tuple[Database, list[str]]) -> None:
    db, _ = history
    every = find_alerts(db, min_events=1, threshold=0.0)
    assert len(every) >= 3
    assert find_alerts(db, min_events=1, threshold=0.0, limit=2) == every[:2]
    with pytest.raises(AnalysisError):
        find_alerts(db, limit=0)


def test_alerts_directed_and_code_level(history: tuple[Database, list[str]]) -> None:
    db, _ = history
    directed = find_alerts(db, directed=True)
    assert [(a.dyad, a.events) for a in directed] == [(("ISR", "PSE"), 5)]
    codes = find_alerts(db, level="code", max_events=2)
    assert [a.dyad for a in codes] == [("ISRMIL", "PSE")]
    assert len(codes[0].evidence) == 2


def test_alerts_as_of_and_filters(history: tuple[Database, list[str]]) -> None:
    db, _ = history
    assert latest_date(db) == AS_OF
    assert find_alerts(db, as_of=AS_OF - dt.timedelta(days=7)) == []  # before the jump
    assert find_alerts(db, EventFilter(actor="IND")) == []
    assert [a.dyad for a in find_alerts(db, EventFilter(actor="PSE"))] == [("ISR", "PSE")]


def test_alerts_on_an_empty_store(store: Database) -> None:
    assert find_alerts(store) == []


@pytest.mark.parametrize("kwargs", [{"window": 0}, {"baseline": 0}])
def test_alerts_refuse_bad_windows(store: Database, kwargs: dict) -> None:
    with pytest.raises(AnalysisError):
        find_alerts(store, **kwargs)
