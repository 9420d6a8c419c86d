"""Early warning: dyads whose conflict intensity jumps against their own recent past.

Time is cut into windows of ``window`` days ending on ``as_of`` (default: the latest event date in
the store). For every dyad, the **conflict intensity** of a window is the sum of ``-goldstein``
over its conflict events (quad classes 3 and 4; every conflict code scores -2 or below), so ten
accusations weigh about as much as two air strikes. The current window is compared with the
``baseline`` windows before it:

    z = (current - mean(baseline)) / max(std(baseline), 0.2 * mean(baseline), 2.0)

The floor on the spread keeps a perfectly steady or empty baseline from turning one extra event
into an alert (2.0 is the weight of the mildest conflict event). A dyad is reported when the
current window has at least ``min_events`` conflict events and ``z >= threshold``; each alert
carries the events behind the jump, most severe first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from deeppol.analysis.actors import actor_columns
from deeppol.analysis.events import EventRecord, get_events
from deeppol.analysis.filters import (
    CONFLICT,
    AnalysisError,
    Clause,
    EventFilter,
    check_date_range,
    exact_actor_clause,
)
from deeppol.store.database import Database

MIN_SPREAD = 2.0
SPREAD_FRACTION = 0.2


@dataclass(frozen=True, slots=True)
class Alert:
    """A dyad whose conflict intensity in the current window is far above its baseline."""

    dyad: tuple[str, str]
    window_start: dt.date
    window_end: dt.date
    events: int
    """Conflict events in the current window."""
    intensity: float
    baseline: tuple[float, ...]
    """Intensity of each baseline window, oldest first."""
    baseline_events: tuple[int, ...]
    baseline_mean: float
    baseline_std: float
    z: float
    ratio: float | None
    """current / baseline mean (None when the baseline is empty)."""
    evidence: list[EventRecord] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dyad": list(self.dyad), "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(), "events": self.events,
            "intensity": self.intensity, "baseline": list(self.baseline),
            "baseline_events": list(self.baseline_events), "baseline_mean": self.baseline_mean,
            "baseline_std": self.baseline_std, "z": self.z, "ratio": self.ratio,
            "evidence": [e.as_dict() for e in self.evidence],
        }


def latest_date(db: Database, flt: EventFilter | None = None) -> dt.date | None:
    """The most recent event date among the events matching ``flt``."""
    where = (flt or EventFilter()).where()
    row = db.query_one(f"SELECT MAX(e.event_date) AS d FROM events e WHERE {where.sql}", where.params)
    return dt.date.fromisoformat(row["d"]) if row and row["d"] else None


def find_alerts(db: Database, flt: EventFilter | None = None, *, window: int = 7, baseline: int = 8,
                min_events: int = 3, threshold: float = 3.0, as_of: dt.date | None = None,
                level: str = "country", directed: bool = False,
                max_events: int = 20, limit: int | None = None) -> list[Alert]:
    """Dyads whose conflict intensity jumps in the latest window, strongest jump first.

    Args:
        db: an open store.
        flt: which events count (e.g. ``EventFilter(actor="CHN")``); its dates and quad
            classes are replaced by the windows and by quad classes 3 and 4.
        window: window length in days.
        baseline: how many earlier windows make the baseline.
        min_events: conflict events the current window needs at least.
        threshold: the z-score that makes an alert.
        as_of: last day of the current window (default: the latest event date).
        level: dyads of ``country`` blocks (``CHN``-``TWN``) or full ``code``s.
        directed: keep ``a -> b`` and ``b -> a`` apart (default: one undirected dyad).
        max_events: events attached to each alert as evidence.
        limit: keep only the ``limit`` strongest alerts (None: all); the evidence of the others
            is not even fetched.
    """
    if window < 1 or baseline < 1:
        raise AnalysisError("[A013] window and baseline must be at least 1")
    if limit is not None and limit < 1:
        raise AnalysisError(f"[A015] limit must be at least 1, not {limit}")
    flt = (flt or EventFilter()).replace(since=None, until=None)
    as_of = check_date_range(as_of, "as_of") if as_of else latest_date(db, flt)
    if as_of is None:
        return []
    first = as_of - dt.timedelta(days=window * (baseline + 1) - 1)
    source, target = actor_columns(level)
    scope = flt.replace(since=first, until=as_of, quad_classes=CONFLICT).where()
    rows = db.query(
        f"SELECT {source} AS a, {target} AS b, e.event_date AS day, COUNT(*) AS n,"
        f" SUM(e.goldstein) AS g FROM events e WHERE {source} IS NOT NULL AND {target} IS NOT NULL"
        f" AND {scope.sql} GROUP BY {source}, {target}, e.event_date", scope.params)
    series: dict[tuple[str, str], list[list[float]]] = {}
    for row in rows:
        key = (row["a"], row["b"]) if directed else tuple(sorted((row["a"], row["b"])))
        k = (as_of - dt.date.fromisoformat(row["day"])).days // window
        counts, weights = series.setdefault(key, [[0.0] * (baseline + 1), [0.0] * (baseline + 1)])  # type: ignore[arg-type]
        counts[k] += int(row["n"])
        weights[k] -= float(row["g"] or 0.0)
    start = as_of - dt.timedelta(days=window - 1)
    alerts = []
    for dyad, (counts, weights) in series.items():
        alert = _score(dyad, counts, weights, start, as_of, min_events, threshold)
        if alert is not None:
            alerts.append(alert)
    alerts.sort(key=lambda a: (-a.z, -a.intensity, a.dyad))
    return [_with_evidence(db, a, flt, level, directed, max_events) for a in alerts[:limit]]


def _score(dyad: tuple[str, str], counts: list[float], weights: list[float], start: dt.date,
           end: dt.date, min_events: int, threshold: float) -> Alert | None:
    current, events = weights[0], int(counts[0])
    if events < min_events:
        return None
    past = weights[1:][::-1]  # oldest first
    mean = sum(past) / len(past)
    std = math.sqrt(sum((x - mean) ** 2 for x in past) / len(past))
    z = (current - mean) / max(std, SPREAD_FRACTION * mean, MIN_SPREAD)
    if z < threshold:
        return None
    return Alert(
        dyad=dyad, window_start=start, window_end=end, events=events,
        intensity=round(current, 3), baseline=tuple(round(x, 3) for x in past),
        baseline_events=tuple(int(x) for x in counts[1:][::-1]), baseline_mean=round(mean, 3),
        baseline_std=round(std, 3), z=round(z, 3),
        ratio=round(current / mean, 3) if mean > 0 else None,
    )


def _with_evidence(db: Database, alert: Alert, flt: EventFilter, level: str, directed: bool,
                   max_events: int) -> Alert:
    a, b = alert.dyad
    pair = Clause.join([exact_actor_clause(a, "source", level), exact_actor_clause(b, "target", level)])
    if not directed:
        back = Clause.join([exact_actor_clause(b, "source", level),
                            exact_actor_clause(a, "target", level)])
        pair = Clause.join([pair, back], " OR ")
    scope = Clause.join([flt.replace(since=alert.window_start, until=alert.window_end,
                                     quad_classes=CONFLICT).where(), pair])
    rows = db.query(f"SELECT e.id FROM events e WHERE {scope.sql}"
                    " ORDER BY e.goldstein, e.n_mentions DESC, e.id LIMIT ?",
                    (*scope.params, int(max_events)))
    events = get_events(db, [r["id"] for r in rows])
    return dataclasses.replace(alert, evidence=events)
