"""Who is most active, and with whom: actors ranked by the events they take part in.

An actor is a full code (``CHNGOV``, ``level="code"``) or a country block (``CHN``,
``level="country"``). An event counts once for its source and once for its target.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from deeppol.analysis.filters import (
    AnalysisError,
    Clause,
    EventFilter,
    exact_actor_clause,
    normalize_actor,
)
from deeppol.store.database import Database

LEVELS = ("code", "country")


@dataclass(frozen=True, slots=True)
class Partner:
    """An actor's counterpart: events between them, split into cooperation and conflict."""

    actor: str
    events: int
    cooperation: int
    conflict: int
    goldstein_sum: float

    @property
    def goldstein_mean(self) -> float | None:
        return round(self.goldstein_sum / self.events, 3) if self.events else None

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "goldstein_mean": self.goldstein_mean}


@dataclass(frozen=True, slots=True)
class ActorActivity:
    """How active an actor is: events as source and target, mentions, cooperation vs conflict."""

    actor: str
    label: str | None
    events: int
    as_source: int
    as_target: int
    mentions: int
    cooperation: int
    conflict: int
    goldstein_sum: float
    partners: list[Partner] = field(default_factory=list)

    @property
    def goldstein_mean(self) -> float | None:
        return round(self.goldstein_sum / self.events, 3) if self.events else None

    def as_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "partners"}
        return {**data, "goldstein_mean": self.goldstein_mean,
                "partners": [p.as_dict() for p in self.partners]}


def actor_columns(level: str) -> tuple[str, str]:
    """The source and target columns of ``events e`` for actors at ``level``."""
    if level not in LEVELS:
        raise AnalysisError(f"[A011] level must be 'code' or 'country', not {level!r}")
    return ("e.source", "e.target") if level == "code" else ("e.source_country", "e.target_country")


_MEASURES = ("1 AS n, e.n_mentions AS m, CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END AS coop,"
             " CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END AS conf, e.goldstein AS g")


def top_actors(db: Database, flt: EventFilter | None = None, *, top: int = 20, level: str = "code",
               partners: int = 5) -> list[ActorActivity]:
    """The ``top`` actors by number of events, each with its ``partners`` main counterparts.

    Args:
        db: an open store.
        flt: which events count (dates, quad classes, ...).
        top: how many actors.
        level: ``code`` (``CHNGOV``) or ``country`` (``CHN``).
        partners: counterparts listed per actor (0 for none).
    """
    source, target = actor_columns(level)
    where = (flt or EventFilter()).where()
    rows = db.query(
        "SELECT x.actor, SUM(x.n) AS events, SUM(x.s) AS as_source, SUM(x.t) AS as_target,"
        " SUM(x.m) AS mentions, SUM(x.coop) AS cooperation, SUM(x.conf) AS conflict,"
        " SUM(x.g) AS goldstein FROM ("
        f" SELECT {source} AS actor, 1 AS s, 0 AS t, {_MEASURES} FROM events e"
        f" WHERE {source} IS NOT NULL AND {where.sql}"
        " UNION ALL"
        f" SELECT {target} AS actor, 0 AS s, 1 AS t, {_MEASURES} FROM events e"
        f" WHERE {target} IS NOT NULL AND {where.sql}"
        ") x GROUP BY x.actor ORDER BY SUM(x.n) DESC, x.actor LIMIT ?",
        (*where.params, *where.params, int(top)))
    labels = _labels(db, [r["actor"] for r in rows]) if level == "code" else {}
    result = []
    for row in rows:
        actor = row["actor"]
        result.append(ActorActivity(
            actor=actor, label=labels.get(actor), events=int(row["events"]),
            as_source=int(row["as_source"]), as_target=int(row["as_target"]),
            mentions=int(row["mentions"] or 0), cooperation=int(row["cooperation"]),
            conflict=int(row["conflict"]), goldstein_sum=round(float(row["goldstein"] or 0), 3),
            partners=actor_partners(db, actor, flt, top=partners, level=level) if partners else [],
        ))
    return result


def actor_partners(db: Database, actor: str, flt: EventFilter | None = None, *, top: int = 10,
                   level: str = "code") -> list[Partner]:
    """The ``top`` counterparts of ``actor`` (exactly this code, or this country block at
    ``level="country"``), in either role, most events first."""
    source, target = actor_columns(level)
    actor = normalize_actor(actor)
    where = (flt or EventFilter()).where()
    as_source = Clause.join([where, exact_actor_clause(actor, "source", level)])
    as_target = Clause.join([where, exact_actor_clause(actor, "target", level)])
    rows = db.query(
        "SELECT x.partner, SUM(x.n) AS events, SUM(x.coop) AS cooperation, SUM(x.conf) AS conflict,"
        " SUM(x.g) AS goldstein FROM ("
        f" SELECT {target} AS partner, {_MEASURES} FROM events e"
        f" WHERE {target} IS NOT NULL AND {as_source.sql}"
        " UNION ALL"
        f" SELECT {source} AS partner, {_MEASURES} FROM events e"
        f" WHERE {source} IS NOT NULL AND {as_target.sql}"
        ") x GROUP BY x.partner ORDER BY SUM(x.n) DESC, x.partner LIMIT ?",
        (*as_source.params, *as_target.params, int(top)))
    return [Partner(r["partner"], int(r["events"]), int(r["cooperation"]), int(r["conflict"]),
                    round(float(r["goldstein"] or 0), 3)) for r in rows]


def _labels(db: Database, codes: list[str]) -> dict[str, str]:
    if not codes:
        return {}
    marks = ", ".join("?" * len(codes))
    rows = db.query(f"SELECT code, label FROM actors WHERE code IN ({marks})", codes)
    return {r["code"]: r["label"] for r in rows if r["label"]}
