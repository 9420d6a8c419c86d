"""How a relationship evolved: a dyad's events binned by day, ISO week or month.

Each bin counts events (each real-world event once) and mentions (articles' reports of them) per
quad class, with the Goldstein sum and mean over the events. Bins between the first and the last
one (or ``since``/``until`` when given) are all present, empty ones with zeros, so a chart or a
baseline never skips a quiet month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from deeppol.analysis.filters import QUAD_NAMES, AnalysisError, EventFilter
from deeppol.store.database import Database

BINS = ("day", "week", "month")


@dataclass(frozen=True, slots=True)
class DyadBin:
    """One period of a dyad's timeline.

    ``events`` and ``mentions`` are indexed by quad class - 1 (verbal cooperation, material
    cooperation, verbal conflict, material conflict).
    """

    period: str
    """``2022-01-07`` (day), ``2022-W01`` (ISO week), ``2022-01`` (month)."""
    start: dt.date
    end: dt.date
    events: tuple[int, int, int, int]
    mentions: tuple[int, int, int, int]
    goldstein_sum: float

    @property
    def total_events(self) -> int:
        return sum(self.events)

    @property
    def total_mentions(self) -> int:
        return sum(self.mentions)

    @property
    def goldstein_mean(self) -> float | None:
        """Mean Goldstein score of the period's events (None when there are none)."""
        return round(self.goldstein_sum / self.total_events, 3) if self.total_events else None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: counts keyed by quad-class name, plus ``total``."""
        return {
            "period": self.period, "start": self.start.isoformat(), "end": self.end.isoformat(),
            "events": {**dict(zip(QUAD_NAMES.values(), self.events, strict=True)),
                       "total": self.total_events},
            "mentions": {**dict(zip(QUAD_NAMES.values(), self.mentions, strict=True)),
                         "total": self.total_mentions},
            "goldstein_sum": self.goldstein_sum, "goldstein_mean": self.goldstein_mean,
        }


def period_of(day: dt.date, by: str) -> tuple[str, dt.date, dt.date]:
    """The label, first and last day of the ``by`` period that contains ``day``."""
    if by == "day":
        return day.isoformat(), day, day
    if by == "week":
        year, week, weekday = day.isocalendar()
        start = day - dt.timedelta(days=weekday - 1)
        return f"{year}-W{week:02d}", start, start + dt.timedelta(days=6)
    if by == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return f"{day.year:04d}-{day.month:02d}", day.replace(day=1), day.replace(day=last)
    raise AnalysisError(f"[A010] bin must be one of {', '.join(BINS)}, not {by!r}")


def periods(first: dt.date, last: dt.date, by: str) -> Iterator[tuple[str, dt.date, dt.date]]:
    """Every period (label, first day, last day) from the one holding ``first`` to ``last``."""
    day = first
    while day <= last:
        label, start, end = period_of(day, by)
        yield label, start, end
        day = end + dt.timedelta(days=1)


def dyad_timeline(db: Database, a: str, b: str, by: str = "month", *, directed: bool = False,
                  flt: EventFilter | None = None) -> list[DyadBin]:
    """The events between actors ``a`` and ``b`` per period.

    Args:
        db: an open store.
        a, b: actor codes (``CHN`` for the whole country, ``CHNGOV`` for that code and below).
        by: ``day``, ``week`` (ISO, Monday first) or ``month``.
        directed: only events from ``a`` to ``b`` (default: both directions).
        flt: further conditions (dates, quad classes, ...); its own dyad is replaced.

    Returns:
        One ``DyadBin`` per period, oldest first, empty periods included; [] when nothing matches.
    """
    if by not in BINS:
        raise AnalysisError(f"[A010] bin must be one of {', '.join(BINS)}, not {by!r}")
    flt = (flt or EventFilter()).replace(dyad=(a, b), directed=directed, actor=None)
    where = flt.where()
    width = 7 if by == "month" else 10  # weeks are summed from days
    rows = db.query(
        f"SELECT SUBSTR(e.event_date, 1, {width}) AS bin, e.quad_class AS quad, COUNT(*) AS n,"
        " SUM(e.n_mentions) AS m, SUM(e.goldstein) AS g FROM events e"
        f" WHERE e.event_date IS NOT NULL AND {where.sql}"
        f" GROUP BY SUBSTR(e.event_date, 1, {width}), e.quad_class", where.params)
    sums: dict[str, list[float]] = {}
    for row in rows:
        day = dt.date.fromisoformat(row["bin"] + ("-01" if by == "month" else ""))
        label = period_of(day, by)[0]
        acc = sums.setdefault(label, [0.0] * 9)
        quad = int(row["quad"])
        acc[quad - 1] += int(row["n"])
        acc[4 + quad - 1] += int(row["m"] or 0)
        acc[8] += float(row["g"] or 0.0)
    if not sums and not (flt.since and flt.until):
        return []
    firsts = [period_of(dt.date.fromisoformat(_first_day(k, by)), by)[1] for k in sums]
    first = flt.since or min(firsts)
    last = flt.until or max(firsts)
    bins = []
    for label, start, end in periods(first, last, by):
        acc = sums.get(label, [0.0] * 9)
        bins.append(DyadBin(label, start, end, tuple(int(x) for x in acc[:4]),  # type: ignore[arg-type]
                            tuple(int(x) for x in acc[4:8]), round(acc[8], 3)))  # type: ignore[arg-type]
    return bins


def _first_day(label: str, by: str) -> str:
    if by == "month":
        return label + "-01"
    if by == "week":
        year, week = label.split("-W")
        return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()
    return label
