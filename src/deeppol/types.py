"""The few plain records that flow through DeepPol.

Articles come in, events (each with its evidence) and rejections go out. spaCy objects never
leave ``deeppol.nlp``/``deeppol.coding``: everything downstream sees only these types.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

ASSERTED = "asserted"
NEGATED = "negated"
HYPOTHETICAL = "hypothetical"
MODES = (ASSERTED, NEGATED, HYPOTHETICAL)


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: its text and, when known, its publication date."""

    id: str
    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as coded (``code``) and as found in the text (``text`` at ``start:end``)."""

    code: str
    text: str
    start: int
    end: int
    entries: tuple[str, ...] = ()
    """Dictionary entry ids that produced the code (e.g. ``countries:JPN``, ``agents:GOV``)."""

    @property
    def country(self) -> str:
        """The first 3-letter block: country, IGO/NGO/IMG generic code or ``---``."""
        return self.code[:3]


@dataclass(frozen=True, slots=True)
class EventCode:
    """A CAMEO code with its standard attributes and its PLOVER equivalent."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, resolved with the offline gazetteer."""

    name: str
    country: str
    lat: float | None
    lon: float | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """What proves an event: the sentence, character spans and the rules that fired."""

    sentence: str
    start: int
    end: int
    trigger: tuple[int, int]
    pattern: str
    source: tuple[int, int] | None = None
    target: tuple[int, int] | None = None
    entries: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when and where, and the evidence for it."""

    doc_id: str
    sentence_index: int
    source: ActorRef | None
    target: ActorRef | None
    code: EventCode
    mode: str
    event_date: date | None
    date_precision: str
    location: Location | None
    trigger_text: str
    evidence: Evidence
    confidence: float
    date_text: str | None = None
    coder: str = "deeppol.RuleCoder.v1"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        """Content hash of the article, sentence, dyad, code and trigger position."""
        key = "|".join(
            [
                self.doc_id,
                str(self.sentence_index),
                self.source.code if self.source else "",
                self.target.code if self.target else "",
                self.code.code,
                str(self.evidence.trigger[0]),
                self.coder,
            ]
        )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]

    def as_row(self) -> dict[str, Any]:
        """The flat JSON-ready record documented in the README."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "source": self.source.code if self.source else None,
            "source_text": self.source.text if self.source else None,
            "target": self.target.code if self.target else None,
            "target_text": self.target.text if self.target else None,
            "code": self.code.code,
            "code_name": self.code.name,
            "root_code": self.code.root,
            "quad_class": self.code.quad_class,
            "goldstein": self.code.goldstein,
            "plover": self.code.plover,
            "plover_mode": self.code.plover_mode,
            "mode": self.mode,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": asdict(self.location) if self.location else None,
            "trigger_text": self.trigger_text,
            "evidence": {
                "sentence": self.evidence.sentence,
                "start": self.evidence.start,
                "end": self.evidence.end,
                "trigger": list(self.evidence.trigger),
                "source": list(self.evidence.source) if self.evidence.source else None,
                "target": list(self.evidence.target) if self.evidence.target else None,
                "pattern": self.evidence.pattern,
                "entries": list(self.evidence.entries),
            },
            "confidence": round(self.confidence, 3),
            "coder": self.coder,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Event:
        """The event back from its ``as_row`` record (as read from JSON Lines or Parquet).

        Round-trips everything ``as_row`` writes, and so keeps ``id``; actor dictionary entries
        are kept once, in the evidence.
        """
        evidence = row["evidence"]

        def actor(side: str) -> ActorRef | None:
            span = evidence.get(side)
            if row.get(side) is None:
                return None
            start, end = span if span else (0, 0)
            return ActorRef(row[side], row.get(f"{side}_text") or "", start, end)

        location = row.get("location")
        return cls(
            doc_id=row["doc_id"],
            sentence_index=int(row["sentence_index"]),
            source=actor("source"),
            target=actor("target"),
            code=EventCode(row["code"], row["code_name"], row["root_code"], int(row["quad_class"]),
                           float(row["goldstein"]), row.get("plover"), row.get("plover_mode")),
            mode=row["mode"],
            event_date=date.fromisoformat(row["event_date"]) if row.get("event_date") else None,
            date_precision=row["date_precision"],
            location=Location(**location) if location else None,
            trigger_text=row["trigger_text"],
            evidence=Evidence(
                sentence=evidence["sentence"],
                start=int(evidence["start"]),
                end=int(evidence["end"]),
                trigger=(int(evidence["trigger"][0]), int(evidence["trigger"][1])),
                pattern=evidence["pattern"],
                source=tuple(evidence["source"]) if evidence.get("source") else None,
                target=tuple(evidence["target"]) if evidence.get("target") else None,
                entries=tuple(evidence.get("entries") or ()),
            ),
            confidence=float(row["confidence"]),
            date_text=row.get("date_text"),
            coder=row.get("coder") or "deeppol.RuleCoder.v1",
        )


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be used, and why; reported, never silently dropped."""

    input: str
    stage: str
    reason: str
    detail: str
    line: int | None = None

    def describe(self) -> str:
        """One human-readable line: ``file:line: [stage/reason] detail``."""
        where = f"{self.input}:{self.line}" if self.line is not None else self.input
        return f"{where}: [{self.stage}/{self.reason}] {self.detail}"
