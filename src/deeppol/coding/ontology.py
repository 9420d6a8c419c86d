"""CAMEO event codes with Goldstein values and quad classes, and their PLOVER equivalents.

The tables are package data copied from the CAMEO 1.1b3 / GDELT / PLOVER reference tables.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from importlib import resources

from deeppol.errors import LexiconError
from deeppol.types import EventCode

LEXICON_PACKAGE = "deeppol.coding.lexicons"
GENERIC_BLOCKS = frozenset({"IGO", "NGO", "IMG", "NGM", "MNC", "INT", "UIS"})
"""First blocks of actor codes that name no country: international organisations, armed groups,
companies ("IGOUNO", "IMGMOSALQ")."""

FIVE_CLASSES = {
    **{r: "MAKE_STATEMENT" for r in ("01", "02")},
    **{r: "VERBAL_COOPERATION" for r in ("03", "04", "05")},
    **{r: "MATERIAL_COOPERATION" for r in ("06", "07", "08")},
    **{r: "VERBAL_CONFLICT" for r in ("09", "10", "11", "12", "13", "16")},
    **{r: "MATERIAL_CONFLICT" for r in ("14", "15", "17", "18", "19", "20")},
}
"""CAMEO root -> the five-class ("PentaClass") scheme used by ConfliBERT.

PentaClass differs from CAMEO's quad classes in one root: reducing relations (16: sanctions,
expulsions, cutting aid or ties) is verbal conflict, as in the Phoenix-derived PentaClass and in
the ConfliBERT labels themselves (docs/evaluation.md). Events keep their CAMEO quad class."""


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files(LEXICON_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


@dataclass(frozen=True, slots=True)
class Ontology:
    """Immutable lookup of every CAMEO code; build it once with ``Ontology.load()``."""

    codes: dict[str, EventCode]
    plover_modes: dict[str, frozenset[str]] = field(default_factory=dict)
    """Every PLOVER event type with its modes (``plover_event_types.tsv``, ``plover_modes.tsv``)."""

    @classmethod
    def load(cls) -> Ontology:
        """Read the packaged CAMEO and CAMEO-to-PLOVER tables."""
        plover: dict[str, tuple[str | None, str | None]] = {}
        for row in _read_tsv("cameo_to_plover.tsv"):
            event = row["plover_event"] or None
            if event in (None, "dropped"):
                event = None
            elif "|" in event:  # a root split between two types: the more frequent first
                event = event.split("|")[0]
            plover[row["cameo_code"]] = (event, row["plover_mode"] or None)
        codes: dict[str, EventCode] = {}
        for row in _read_tsv("cameo_event_codes.tsv"):
            code = row["code"]
            try:
                event, mode = plover.get(code, (None, None))
                codes[code] = EventCode(
                    code=code,
                    name=row["name"],
                    root=row["root"],
                    quad_class=int(row["quad_class"]),
                    goldstein=float(row["goldstein"]),
                    plover=event,
                    plover_mode=mode,
                )
            except (KeyError, ValueError) as exc:
                raise LexiconError(f"[E301] cameo_event_codes.tsv: bad row for {code!r}: {exc}") from exc
        modes: dict[str, set[str]] = {row["event_type"]: set()
                                      for row in _read_tsv("plover_event_types.tsv")}
        for row in _read_tsv("plover_modes.tsv"):
            modes.setdefault(row["event_type"], set()).add(row["mode"])
        return cls(codes, {kind: frozenset(found) for kind, found in modes.items()})

    def __contains__(self, code: object) -> bool:
        return code in self.codes

    def knows_plover(self, plover: str) -> bool:
        """Whether ``plover`` ("RETREAT" or "RETREAT/resign") names a PLOVER type and mode."""
        kind, mode = _plover_parts(plover)
        return kind in self.plover_modes and (mode is None or mode in self.plover_modes[kind])

    def with_plover(self, code: str, plover: str | None) -> EventCode:
        """The ``EventCode`` for ``code`` with a pattern's own PLOVER type, where PLOVER files
        the act apart from the CAMEO code ("RETREAT/resign"; international sanctions,
        "SANCTION/discontinue"); ``plover`` None keeps the mapped one."""
        found = self.get(code)
        if plover is None:
            return found
        kind, mode = _plover_parts(plover)
        return replace(found, plover=kind, plover_mode=mode)

    def get(self, code: str) -> EventCode:
        """The ``EventCode`` for a CAMEO code string such as ``"057"``."""
        try:
            return self.codes[code]
        except KeyError:
            raise LexiconError(f"[E302] unknown CAMEO event code {code!r}") from None


def _plover_parts(plover: str) -> tuple[str, str | None]:
    kind, _, mode = plover.partition("/")
    return kind, mode or None


