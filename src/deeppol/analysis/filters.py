"""Which events a question is about: one frozen ``EventFilter`` that becomes a WHERE clause.

Every value a user gives travels as a bound parameter, never as SQL text; ``LIKE`` patterns have
``%``, ``_`` and ``\\`` escaped. Actor codes follow one rule everywhere (``actor``, ``source``,
``target``, ``dyad``):

- a 3-character code (``CHN``, ``IGO``, ``---``) is a country or generic block and matches the
  ``*_country`` column: ``CHN`` matches ``CHN``, ``CHNGOV``, ``CHNMIL``, ``CHNGOVMIL``;
- a longer code matches itself and the more specific codes that start with it: ``CHNGOV``
  matches ``CHNGOV`` and ``CHNGOVMIL`` but not ``CHNMIL``. (The store's ``*_country`` column is
  the code's first block, ``ActorRef.country``; the query also tests it, to use its indexes.)

Codes are compared in upper case.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from deeppol.errors import DeeppolError

QUAD_NAMES: dict[int, str] = {
    1: "verbal_cooperation",
    2: "material_cooperation",
    3: "verbal_conflict",
    4: "material_conflict",
}
"""GDELT quad classes by number."""

COOPERATION = (1, 2)
CONFLICT = (3, 4)
LIKE_ESCAPE = "\\"


class AnalysisError(DeeppolError):
    """A filter, cursor or option that cannot be used ([A0xx] codes)."""


@dataclass(frozen=True, slots=True)
class Clause:
    """A fragment of SQL with ``?`` placeholders and the values bound to them, in order."""

    sql: str
    params: tuple[Any, ...] = ()

    @classmethod
    def join(cls, parts: Iterable[Clause], glue: str = " AND ") -> Clause:
        """Parts joined with ``glue``, each in parentheses; ``1 = 1`` when there are none."""
        parts = [p for p in parts if p.sql]
        if not parts:
            return cls("1 = 1")
        sql = glue.join(f"({p.sql})" for p in parts)
        return cls(sql, tuple(v for p in parts for v in p.params))


def escape_like(value: str) -> str:
    """``value`` with the LIKE wildcards ``%`` and ``_`` (and the escape character) escaped."""
    return (value.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
            .replace("%", LIKE_ESCAPE + "%").replace("_", LIKE_ESCAPE + "_"))


def normalize_actor(code: str) -> str:
    """An actor filter value as matched: stripped and upper case; empty values are refused."""
    value = str(code).strip().upper()
    if not value:
        raise AnalysisError("[A001] an actor code cannot be empty")
    return value


def actor_clause(spec: str, role: str, alias: str = "e") -> Clause:
    """Match actor ``spec`` in the ``source`` or ``target`` column (``role``) of table ``alias``.

    A spec of up to 3 characters matches the ``*_country`` column exactly; a longer one matches
    the code or any code that starts with it.
    """
    if role not in ("source", "target"):
        raise ValueError(f"role must be 'source' or 'target', not {role!r}")
    spec = normalize_actor(spec)
    column = f"{alias}.{role}"
    if len(spec) <= 3:
        return Clause(f"{column}_country = ?", (spec,))
    # The country column holds the code's first block, so it narrows the search through an index.
    return Clause(f"{column}_country = ? AND ({column} = ? OR {column} LIKE ? ESCAPE '{LIKE_ESCAPE}')",
                  (spec[:3], spec, escape_like(spec) + "%"))


def exact_actor_clause(code: str, role: str, level: str, alias: str = "e") -> Clause:
    """Match one aggregated actor exactly: the code (``level="code"``) or its country block."""
    column = f"{alias}.{role}" if level == "code" else f"{alias}.{role}_country"
    return Clause(f"{column} = ?", (code,))


def dyad_clause(a: str, b: str, directed: bool = False, alias: str = "e") -> Clause:
    """Events from ``a`` to ``b`` (and, unless ``directed``, from ``b`` to ``a``)."""
    forward = Clause.join([actor_clause(a, "source", alias), actor_clause(b, "target", alias)])
    if directed:
        return forward
    backward = Clause.join([actor_clause(b, "source", alias), actor_clause(a, "target", alias)])
    return Clause.join([forward, backward], " OR ")


def _as_tuple(value: object) -> tuple[Any, ...]:
    if value is None:
        return ()
    if isinstance(value, str | int):
        return (value,)
    return tuple(value)  # type: ignore[call-overload]


def _as_date(value: object, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value))
        except ValueError:
            raise AnalysisError(f"[A003] {name} {value!r} is not a date (YYYY-MM-DD)") from None
    return check_date_range(day, name)


FIRST_DAY = dt.date(1800, 1, 1)
LAST_DAY = dt.date(2999, 12, 31)


def check_date_range(day: dt.date, name: str) -> dt.date:
    """``day`` if news could carry it; far dates would overflow period and window arithmetic."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise AnalysisError(f"[A008] {name} {day.isoformat()} must be between "
                            f"{FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}")
    return day


def _quad(value: object) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        number = 0
    if number not in QUAD_NAMES:
        raise AnalysisError(f"[A004] quad class must be 1, 2, 3 or 4, not {value!r}")
    return number


def _root(value: object) -> str:
    text = str(value).strip()
    return text.zfill(2) if text.isdigit() and len(text) == 1 else text


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events to use; every field is optional and they all apply together (AND).

    Values are normalised on construction: single strings become tuples for the multi-valued
    fields, ISO strings become dates, actor and PLOVER codes go to upper case, root ``"5"`` becomes
    ``"05"``. A value that cannot be used raises ``AnalysisError``.
    """

    actor: str | None = None
    """Actor as source or target (see the module docstring for the matching rule)."""
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    """Two actors; events between them in either direction unless ``directed``."""
    directed: bool = False
    codes: tuple[str, ...] = ()
    """CAMEO codes; each matches itself and its more specific codes (``19`` matches ``190``)."""
    roots: tuple[str, ...] = ()
    quad_classes: tuple[int, ...] = ()
    plover: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    location: str | None = None
    """A country code (``location_country``) or a place name (case-insensitive, whole name)."""
    text: str | None = None
    """Substring (case-insensitive) of a mention's evidence sentence or trigger."""
    min_mentions: int | None = None

    def __post_init__(self) -> None:
        put = object.__setattr__
        for name in ("actor", "source", "target"):
            value = getattr(self, name)
            put(self, name, normalize_actor(value) if value is not None else None)
        if self.dyad is not None:
            pair = tuple(self.dyad)
            if len(pair) != 2:
                raise AnalysisError("[A005] a dyad is two actor codes")
            put(self, "dyad", (normalize_actor(pair[0]), normalize_actor(pair[1])))
        put(self, "codes", tuple(str(c).strip() for c in _as_tuple(self.codes) if str(c).strip()))
        put(self, "roots", tuple(_root(r) for r in _as_tuple(self.roots) if str(r).strip()))
        put(self, "quad_classes", tuple(_quad(q) for q in _as_tuple(self.quad_classes)))
        put(self, "plover", tuple(str(p).strip().upper() for p in _as_tuple(self.plover)
                                  if str(p).strip()))
        put(self, "since", _as_date(self.since, "since"))
        put(self, "until", _as_date(self.until, "until"))
        if self.since and self.until and self.since > self.until:
            raise AnalysisError(f"[A006] since ({self.since}) is after until ({self.until})")
        for name in ("location", "text"):
            value = getattr(self, name)
            if value is not None:
                put(self, name, str(value).strip() or None)
        if self.min_mentions is not None and int(self.min_mentions) < 0:
            raise AnalysisError("[A007] min_mentions cannot be negative")

    def replace(self, **changes: Any) -> EventFilter:
        """A copy with some fields changed (and normalised again)."""
        return dataclasses.replace(self, **changes)

    def branches(self) -> list[EventFilter]:
        """Filters whose matches together are exactly this filter's, each without an either-role
        condition: ``actor`` becomes a source branch and a target branch (when neither is set),
        an undirected ``dyad`` becomes its two directions. Each branch can then walk one index in
        date order, which keeps pages fast however deep they are."""
        result: list[EventFilter] = [self]
        if self.actor and not self.source and not self.target:
            result = [self.replace(actor=None, source=self.actor),
                      self.replace(actor=None, target=self.actor)]
        if self.dyad and not self.directed:
            a, b = self.dyad
            result = [f.replace(dyad=pair, directed=True) for f in result for pair in ((a, b), (b, a))]
        return result

    @property
    def dated_only(self) -> bool:
        """True when the filter can only match events that have a date."""
        return self.since is not None or self.until is not None

    def where(self, alias: str = "e") -> Clause:
        """The WHERE clause (without the keyword) selecting these events from ``events AS alias``."""
        col = f"{alias}."
        parts: list[Clause] = []
        if self.actor:
            parts.append(Clause.join([actor_clause(self.actor, "source", alias),
                                      actor_clause(self.actor, "target", alias)], " OR "))
        if self.source:
            parts.append(actor_clause(self.source, "source", alias))
        if self.target:
            parts.append(actor_clause(self.target, "target", alias))
        if self.dyad:
            parts.append(dyad_clause(*self.dyad, directed=self.directed, alias=alias))
        if self.codes:
            parts.append(Clause.join(
                [Clause(f"{col}code LIKE ? ESCAPE '{LIKE_ESCAPE}'", (escape_like(c) + "%",))
                 for c in self.codes], " OR "))
        parts.append(_in_clause(f"{col}root_code", self.roots))
        parts.append(_in_clause(f"{col}quad_class", self.quad_classes))
        parts.append(_in_clause(f"{col}plover", self.plover))
        if self.since:
            parts.append(Clause(f"{col}event_date >= ?", (self.since.isoformat(),)))
        if self.until:
            parts.append(Clause(f"{col}event_date <= ?", (self.until.isoformat(),)))
        if self.location:
            # LOWER on both sides: SQLite's LOWER folds ASCII letters only, so a value lowered in
            # Python ("île") could never equal LOWER("Île") there
            parts.append(Clause(f"{col}location_country = ? OR LOWER({col}location_name) = LOWER(?)",
                                (self.location.upper(), self.location)))
        if self.text:
            parts.append(_text_clause(self.text, alias))
        if self.min_mentions:
            parts.append(Clause(f"{col}n_mentions >= ?", (int(self.min_mentions),)))
        return Clause.join(parts)


def _in_clause(column: str, values: Sequence[Any]) -> Clause:
    if not values:
        return Clause("")
    return Clause(f"{column} IN ({', '.join('?' * len(values))})", tuple(values))


def _text_clause(text: str, alias: str) -> Clause:
    # the pattern is lowered by the database, as the text is (see ``EventFilter.where``)
    pattern = "%" + escape_like(text) + "%"
    return Clause(
        f"{alias}.id IN (SELECT m.event_id FROM mentions m LEFT JOIN sentences s"
        " ON s.article_id = m.article_id AND s.idx = m.sentence_idx"
        " WHERE m.event_id IS NOT NULL AND"
        f" (LOWER(m.trigger_text) LIKE LOWER(?) ESCAPE '{LIKE_ESCAPE}'"
        f" OR LOWER(s.text) LIKE LOWER(?) ESCAPE '{LIKE_ESCAPE}'))",
        (pattern, pattern),
    )
