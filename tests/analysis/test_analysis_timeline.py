"""Dyad timelines: bins, counts per quad class, Goldstein, direction, empty periods."""

from __future__ import annotations

import datetime as dt

import pytest

from deeppol.analysis import AnalysisError, EventFilter, dyad_timeline
from deeppol.analysis.synthetic import SyntheticEvent, insert_events, populate, scenario_events
from deeppol.analysis.timeline import period_of
from deeppol.store import Database


@pytest.fixture
def dyads(store: Database) -> Database:
    insert_events(store, scenario_events())
    return store


def test_timeline_month_bins_count_events_mentions_and_goldstein(dyads: Database) -> None:
    bins = dyad_timeline(dyads, "CHN", "USA", "month")
    assert [b.period for b in bins] == ["2022-01", "2022-02"]
    jan, feb = bins
    assert jan.events == (1, 0, 0, 0) and jan.mentions == (3, 0, 0, 0)
    assert feb.events == (0, 0, 1, 0) and feb.mentions == (0, 0, 1, 0)
    assert (jan.goldstein_sum, jan.goldstein_mean) == (1.0, 1.0)
    assert (feb.goldstein_sum, feb.goldstein_mean) == (-2.0, -2.0)
    assert (jan.start, jan.end) == (dt.date(2022, 1, 1), dt.date(2022, 1, 31))
    data = feb.as_dict()
    assert data["events"] == {"verbal_cooperation": 0, "material_cooperation": 0,
                              "verbal_conflict": 1, "material_conflict": 0, "total": 1}
    assert data["mentions"]["total"] == 1


def test_timeline_directed_keeps_one_direction(dyads: Database) -> None:
    both = dyad_timeline(dyads, "RUS", "UKR", "month")
    forward = dyad_timeline(dyads, "RUS", "UKR", "month", directed=True)
    backward = dyad_timeline(dyads, "UKR", "RUS", "month", directed=True)
    total = sum(b.total_events for b in both)
    assert total == 4
    assert sum(b.total_events for b in forward) + sum(b.total_events for b in backward) == total
    assert [b.period for b in forward] == ["2022-02", "2022-03"]
    assert forward[0].events == (0, 0, 0, 1) and forward[0].mentions == (0, 0, 0, 5)


def test_timeline_fills_empty_periods_and_honours_since_until(dyads: Database) -> None:
    flt = EventFilter(since="2021-12-01", until="2022-04-30")
    bins = dyad_timeline(dyads, "CHN", "USA", "month", flt=flt)
    assert [b.period for b in bins] == ["2021-12", "2022-01", "2022-02", "2022-03", "2022-04"]
    assert [b.total_events for b in bins] == [0, 1, 1, 0, 0]
    assert bins[0].goldstein_mean is None
    days = dyad_timeline(dyads, "CHN", "USA", "day")
    assert len(days) == (dt.date(2022, 2, 3) - dt.date(2022, 1, 5)).days + 1
    assert sum(b.total_events for b in days) == 2


def test_timeline_weeks_are_iso_weeks_summed_from_days(store: Database) -> None:
    e = SyntheticEvent
    insert_events(store, [e("ISR", "PSE", "190", "2022-01-02"),   # Sunday: ISO week 2021-W52
                          e("ISR", "PSE", "190", "2022-01-03"),   # Monday: 2022-W01
                          e("PSE", "ISR", "112", "2022-01-09"),   # Sunday: 2022-W01
                          e("ISR", "PSE", "040", "2022-01-17")])  # 2022-W03
    bins = dyad_timeline(store, "ISR", "PSE", "week")
    assert [b.period for b in bins] == ["2021-W52", "2022-W01", "2022-W02", "2022-W03"]
    assert [b.total_events for b in bins] == [1, 2, 0, 1]
    assert bins[1].events == (0, 0, 1, 1)
    assert bins[1].goldstein_sum == -12.0
    assert (bins[1].start, bins[1].end) == (dt.date(2022, 1, 3), dt.date(2022, 1, 9))


def test_timeline_matches_a_direct_count_on_synthetic_data(store: Database) -> None:
    populate(store, 2000, seed=8, days=400)
    bins = dyad_timeline(store, "USA", "CHN", "month", flt=EventFilter(quad_classes=(3, 4)))
    row = store.query_one(
        "SELECT COUNT(*) AS n, SUM(n_mentions) AS m FROM events WHERE event_date IS NOT NULL AND"
        " quad_class IN (3, 4) AND ((source_country = 'USA' AND target_country = 'CHN') OR"
        " (source_country = 'CHN' AND target_country = 'USA'))")
    assert sum(b.total_events for b in bins) == row["n"] > 0
    assert sum(b.total_mentions for b in bins) == row["m"]
    assert all(b.events[0] == b.events[1] == 0 for b in bins)


@pytest.mark.parametrize(("day", "by", "label"), [
    (dt.date(2022, 1, 1), "week", "2021-W52"), (dt.date(2024, 12, 30), "week", "2025-W01"),
    (dt.date(2024, 2, 29), "month", "2024-02"), (dt.date(2024, 2, 29), "day", "2024-02-29"),
])
def test_timeline_period_labels(day: dt.date, by: str, label: str) -> None:
    assert period_of(day, by)[0] == label


def test_timeline_refuses_unknown_bins(dyads: Database) -> None:
    with pytest.raises(AnalysisError):
        dyad_timeline(dyads, "CHN", "USA", "year")


def test_timeline_empty_dyad_gives_no_bins(dyads: Database) -> None:
    assert dyad_timeline(dyads, "BRA", "ARG") == []
