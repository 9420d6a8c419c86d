"""Scoring the coder on gold sets.

Event sets (records with ``expected`` triples): precision, recall and F1, *strict* (exact source,
target and CAMEO code) and *lenient* (source and target reduced to country or organisation, code
to its root). Label sets (``labels``): top-1 accuracy and macro-F1 of the sentence's
highest-confidence event, mapped to the five CAMEO classes or to PLOVER types.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from deeppol.coding.coder import Coder
from deeppol.coding.ontology import FIVE_CLASSES, GENERIC_BLOCKS
from deeppol.eval.gold import GoldRecord, Triple, load_gold
from deeppol.types import Article, Event

PLOVER_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                          "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                          "MOBILIZE", "COERCE", "ASSAULT"})
APPEAL_AS_PLOVER = "REQUEST"
"""PLOVER drops CAMEO 02 (appeals); for scoring, an appeal is closest to REQUEST."""


@dataclass(slots=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    """The figures for one gold file, plus the misses when asked for."""

    name: str
    kind: str  # "events" | "five_class" | "plover" | "unsupported"
    records: int = 0
    strict: PRF = field(default_factory=PRF)
    lenient: PRF = field(default_factory=PRF)
    accuracy: float = 0.0
    macro_f1: float = 0.0
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, float | int | str]:
        if self.kind == "events":
            return {"file": self.name, "kind": self.kind, "records": self.records,
                    "strict_p": self.strict.precision, "strict_r": self.strict.recall,
                    "strict_f1": self.strict.f1, "lenient_p": self.lenient.precision,
                    "lenient_r": self.lenient.recall, "lenient_f1": self.lenient.f1}
        return {"file": self.name, "kind": self.kind, "records": self.records,
                "accuracy": self.accuracy, "macro_f1": self.macro_f1}


def actor_key(code: str) -> str:
    """Country, or organisation for IGO/NGO-type codes: the lenient level of an actor code."""
    return code[:6] if code[:3] in GENERIC_BLOCKS else code[:3]


def lenient(triple: Triple) -> Triple:
    return Triple(actor_key(triple.source), actor_key(triple.target), triple.code[:2])


def evaluate_file(coder: Coder, path: str | Path, keep_errors: bool = False) -> Report:
    """Score ``coder`` on one gold file."""
    records = load_gold(path)
    name = Path(path).name
    if records and records[0].expected is not None:
        return _score_events(coder, records, name, keep_errors)
    labels = {label for r in records for label in r.labels or ()}
    if labels and labels <= set(FIVE_CLASSES.values()):
        return _score_labels(coder, records, name, "five_class", keep_errors)
    if labels and labels <= PLOVER_TYPES:
        return _score_labels(coder, records, name, "plover", keep_errors)
    return Report(name, "unsupported", len(records))


def _coded(coder: Coder, records: list[GoldRecord]) -> list[list[Event]]:
    articles = (Article(r.id, r.text, r.date) for r in records)
    return [events for _, events in coder.code_articles(articles)]


def _score_events(coder: Coder, records: list[GoldRecord], name: str, keep: bool) -> Report:
    report = Report(name, "events", len(records))
    dyadic = coder.derive(require_target=True)
    for record, events in zip(records, _coded(dyadic, records), strict=True):
        predicted = {Triple(e.source.code, e.target.code, e.code.code) for e in events
                     if e.source and e.target}
        expected = set(record.expected or ())
        for prf, transform in ((report.strict, None), (report.lenient, lenient)):
            got = {transform(t) for t in predicted} if transform else predicted
            want = {transform(t) for t in expected} if transform else expected
            prf.tp += len(got & want)
            prf.fp += len(got - want)
            prf.fn += len(want - got)
        if keep and {lenient(t) for t in predicted} != {lenient(t) for t in expected}:
            report.errors.append(f"{record.id}: expected {_fmt(expected)} got {_fmt(predicted)}"
                                 f"\n    {record.text}")
    return report


def _fmt(triples: set[Triple]) -> str:
    return ", ".join(sorted(f"{t.source}>{t.target}:{t.code}" for t in triples)) or "nothing"


def sentence_label(events: list[Event], scheme: str) -> str | None:
    """The label of the sentence's highest-confidence event under ``scheme``."""
    best = max(events, key=lambda e: e.confidence, default=None)
    if best is None:
        return None
    if scheme == "five_class":
        return FIVE_CLASSES[best.code.root]
    ranked = sorted(events, key=lambda e: -e.confidence)
    for event in ranked:
        if event.code.plover:
            return event.code.plover
    return APPEAL_AS_PLOVER if any(e.code.root == "02" for e in ranked) else None


def _score_labels(coder: Coder, records: list[GoldRecord], name: str, scheme: str,
                  keep: bool) -> Report:
    report = Report(name, scheme, len(records))
    loose = coder.derive(require_source=False)
    correct = 0
    confusion: Counter[tuple[str, str | None]] = Counter()
    for record, events in zip(records, _coded(loose, records), strict=True):
        gold = (record.labels or ("",))[0]
        guess = sentence_label(events, scheme)
        confusion[(gold, guess)] += 1
        if guess == gold:
            correct += 1
        elif keep:
            report.errors.append(f"{record.id}: expected {gold} got {guess}\n    {record.text}")
    report.accuracy = correct / len(records) if records else 0.0
    report.macro_f1 = _macro_f1(confusion)
    return report


def _macro_f1(confusion: Counter[tuple[str, str | None]]) -> float:
    labels = {gold for gold, _ in confusion}
    scores = []
    for label in labels:
        tp = confusion[(label, label)]
        fp = sum(n for (g, p), n in confusion.items() if p == label and g != label)
        fn = sum(n for (g, p), n in confusion.items() if g == label and p != label)
        scores.append(PRF(tp, fp, fn).f1)
    return sum(scores) / len(scores) if scores else 0.0
