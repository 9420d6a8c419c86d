"""Writing coded events: JSON Lines, CSV, or a readable table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from deeppol.types import Event

FORMATS = ("jsonl", "csv", "table")
CSV_FIELDS = ("doc_id", "sentence_index", "source", "source_text", "target", "target_text",
              "code", "code_name", "root_code", "quad_class", "goldstein", "plover",
              "plover_mode", "mode", "event_date", "date_precision", "location", "trigger_text",
              "evidence_sentence", "evidence_start", "evidence_end", "pattern", "confidence", "id")


class EventWriter:
    """Streams events to ``out`` in one of ``FORMATS`` (tables are rendered at ``close``)."""

    def __init__(self, out: TextIO, fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self.count = 0
        self._rows: list[dict[str, Any]] = []
        self._csv = csv.DictWriter(out, CSV_FIELDS, extrasaction="ignore") if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writeheader()

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            row = event.as_row()
            self.count += 1
            if self.fmt == "jsonl":
                self.out.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif self._csv is not None:
                self._csv.writerow(flat_row(row))
            else:
                self._rows.append(row)

    def close(self) -> None:
        if self.fmt == "table":
            render_table(self._rows, self.out)
        self.out.flush()


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A CSV-ready row: location as "name (CCC)", evidence split into columns."""
    location = row["location"]
    evidence = row["evidence"]
    return {
        **row,
        "location": f"{location['name']} ({location['country']})" if location else "",
        "evidence_sentence": evidence["sentence"],
        "evidence_start": evidence["start"],
        "evidence_end": evidence["end"],
        "pattern": evidence["pattern"],
    }


def render_table(rows: list[dict[str, Any]], out: TextIO, title: str | None = None,
                 show_doc: bool = True) -> None:
    """A rich table of events, one line each, readable in a terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title or f"{len(rows)} events", title_justify="left")
    columns = ["doc"] if show_doc else []
    columns += ["source", "target", "code", "event", "date", "where", "trigger", "conf"]
    for name in columns:
        table.add_column(name, overflow="fold", max_width=34 if name == "event" else None)
    for row in rows:
        location = row["location"]
        cells = [str(row["doc_id"])] if show_doc else []
        cells += [
            f"{row['source'] or '?'}\n[dim]{row['source_text'] or ''}[/dim]",
            f"{row['target'] or '-'}\n[dim]{row['target_text'] or ''}[/dim]",
            f"{row['code']} {row['plover'] or ''}".strip(),
            row["code_name"],
            f"{row['event_date'] or '?'} ({row['date_precision']})",
            f"{location['name']} ({location['country']})" if location else "",
            row["trigger_text"],
            f"{row['confidence']:.2f}",
        ]
        table.add_row(*cells)
    Console(file=out, width=160).print(table)
