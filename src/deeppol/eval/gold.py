"""Loading gold sets (the formats of ``../shared/gold``) into typed records."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from deeppol.errors import InputError

SKIPPED_ERRORS = frozenset({"bad_input_parse", "dateline"})
"""PETRARCH suite records that a text-only coder cannot be scored on."""


@dataclass(frozen=True, slots=True)
class Triple:
    source: str
    target: str
    code: str


@dataclass(frozen=True, slots=True)
class GoldRecord:
    """One gold sentence: expected event triples (event sets) or labels (label sets)."""

    id: str
    text: str
    date: dt.date | None
    expected: tuple[Triple, ...] | None
    labels: tuple[str, ...] | None


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold JSONL file; raises ``InputError`` on an unreadable file or record."""
    records: list[GoldRecord] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"[E101] cannot read gold file {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if raw.get("error") in SKIPPED_ERRORS or raw.get("valid") is False:
                continue
            day = raw.get("date")
            expected = raw.get("expected")
            records.append(GoldRecord(
                id=str(raw["id"]),
                text=str(raw["text"]),
                date=dt.date.fromisoformat(day[:10]) if isinstance(day, str) and day else None,
                expected=(tuple(Triple(e["source"], e["target"], str(e["code"])) for e in expected)
                          if expected is not None else None),
                labels=tuple(raw["labels"]) if "labels" in raw else None,
            ))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"[E102] {path}:{number}: not a gold record: {exc}",
                             line=number) from exc
    return records
