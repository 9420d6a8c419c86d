"""Streaming exports of stored events: CSV, JSON Lines, Parquet, GDELT 2.0 TSV and PLOVER JSON.

Events are read in keyset batches (``iter_events``), so an export of millions of events holds one
batch in memory, on SQLite and PostgreSQL alike. Text formats are also available as an iterator of
chunks (``ExportStream``) for HTTP streaming.

- ``csv``: a header and one flat row per event (``FLAT_FIELDS``: the event, its place and its
  first mention's sentence, trigger and URL).
- ``jsonl``: the nested ``EventRecord.as_dict()`` form, one event a line.
- ``parquet``: the flat columns with typed Arrow columns, one row group per ``row_group`` events.
- ``gdelt``: GDELT 2.0 event table TSV, the 61 columns in GDELT's order, no header (as GDELT's
  files); see ``gdelt_row`` for how each column is filled. Unknown columns are empty.
- ``plover``: PLOVER event records, one JSON object a line; see ``plover_record``. Events whose
  CAMEO code PLOVER drops (roots 01 and 02) are skipped and counted.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO, Any

from deeppol.analysis.events import FLAT_FIELDS, EventRecord, iter_events
from deeppol.analysis.filters import AnalysisError, EventFilter
from deeppol.store.database import Database

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "gdelt", "plover")
TEXT_FORMATS = ("csv", "jsonl", "gdelt", "plover")

GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{c}" for n in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
        "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
"""The 61 columns of the GDELT 2.0 event table, in order."""

CAMEO_GENERIC = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS", "PKO"})
CAMEO_ROLES = frozenset({"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF",
                         "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI",
                         "LAB", "LEG", "MED", "REF", "MOD", "RAD", "PTY", "SET", "REL"})
CAMEO_REGIONS = frozenset({"AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU",
                           "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM",
                           "SAS", "SCN", "SEA", "WAF", "WST"})

PLOVER_TYPES: dict[str, tuple[int, tuple[str, ...]]] = {
    "AGREE": (1, ()), "CONSULT": (1, ("visit", "third-party", "multilateral", "phone")),
    "SUPPORT": (1, ()), "CONCEDE": (1, ()), "COOPERATE": (2, ()), "AID": (2, ()),
    "RETREAT": (2, ("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
    "REQUEST": (3, ("assist", "change", "yield", "meet")),
    "ACCUSE": (3, ("disapprove", "investigate", "allege")),
    "REJECT": (3, ("assist", "change", "yield", "meet")),
    "THREATEN": (3, ("restrict", "arrest", "relations", "expel", "territory", "violence")),
    "PROTEST": (4, ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
    "SANCTION": (4, ("convict", "expel", "withdraw", "discontinue")),
    "MOBILIZE": (4, ("troops", "weapons", "police", "militia")),
    "COERCE": (4, ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
                   "withhold", "misinformation", "cyber")),
    "ASSAULT": (4, ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                    "firearms", "explosives", "suicide-attack", "aerial", "drone",
                    "heavy-weapons", "crowd-control", "unconventional")),
}
"""PLOVER 2.0 event types: quad class and the modes the manual allows."""

PLOVER_CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
})
"""The 37 PLOVER contexts."""

PLOVER_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF",
                            "UNK", "AGR", "BUS", "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED",
                            "REF", "OPP", "PRE", "REL", "SOC"})
CAMEO_TO_PLOVER_SECTOR = {"INS": "REB", "SEP": "REB", "MED": "JRN", "HLH": "MED"}
"""CAMEO roles renamed in PLOVER (INS/SEP fold into REB; CAMEO MED is media, PLOVER MED health)."""
CAMEO_TO_PLOVER_NONSTATE = {"NGO": "NGO", "IMG": "IMG", "MNC": "MNC", "NGM": "ISM"}
"""PLOVER's non-state country names for CAMEO generic blocks (NGM, non-governmental movement, is
PLOVER's ISM, international social movement); IGO is resolved apart (UNO, EUR, IGO)."""
LEGACY_COUNTRIES = {"ROM": "ROU", "TMP": "TLS", "IMY": "IMN", "MTN": "MNE", "KSV": "KOS",
                    "XKX": "KOS"}
CODEBOOK = "CAMEO 1.1b3 mapped with CAMEO2PLOVER-2021 (PLOVER 2.0 event types and modes)"


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote: ``events`` records, ``skipped`` events the format cannot express."""

    format: str
    events: int
    skipped: int = 0


# -- GDELT -------------------------------------------------------------------------------------------
def _actor_fields(code: str | None, name: str | None) -> list[str]:
    """Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1-3."""
    if not code:
        return [""] * 10
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = "" if blocks[0] in CAMEO_GENERIC or blocks[0] == "---" else blocks[0]
    types = [b for b in blocks if b in CAMEO_GENERIC or b in CAMEO_ROLES][:3]
    # the organisation code closes the chain (IMGMOSALQ: ALQ, not the religion block MOS)
    group = next((b for b in reversed(blocks[1:]) if b not in CAMEO_ROLES
                  and b not in CAMEO_REGIONS and b not in CAMEO_GENERIC), "")
    return [code, (name or "").upper(), country, group, "", "", "", *types, *[""] * (3 - len(types))]


def gdelt_event_id(event_id: str) -> int:
    """GDELT's integer GlobalEventID for one of our ids: the first 60 bits of its SHA-256."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _clean(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def gdelt_row(event: EventRecord, names: dict[str, str] | None = None) -> list[str]:
    """The 61 GDELT 2.0 fields of ``event`` (strings; unknown fields empty).

    Dates come from ``event_date`` (FractionDate as GDELT computes it: year + ((month - 1) * 30 +
    day) / 365). Actor codes are split into country, known-group and type blocks; names are the
    actor labels in ``names`` or the first mention's text, upper case. ``IsRootEvent`` is 1 when the
    first mention is the article's first sentence. ActionGeo is the event's place (type 4 with
    coordinates, 1 for a country alone); its country code is left empty because GDELT expects
    FIPS 10-4 codes and the store holds ISO 3166 alpha-3. DATEADDED is the first mention's
    publication date at 00:00:00; SOURCEURL its URL. Actor geography and AvgTone are empty.
    """
    names = names or {}
    ev, loc = event.evidence, event.location
    date_fields = ["", "", "", ""]
    if event.event_date:
        year, month, day = (int(x) for x in event.event_date.split("-"))
        date_fields = [f"{year:04d}{month:02d}{day:02d}", f"{year:04d}{month:02d}", f"{year:04d}",
                       f"{year + ((month - 1) * 30 + day) / 365:.4f}"]
    actor1 = _actor_fields(event.source, names.get(event.source or "") or (ev.source_text if ev else None))
    actor2 = _actor_fields(event.target, names.get(event.target or "") or (ev.target_text if ev else None))
    code = event.code
    geo = [""] * 8
    if loc is not None:
        kind = "4" if loc.name and loc.lat is not None else "1" if loc.country else ""
        geo = [kind, loc.name or "", "", "", "", _clean(loc.lat), _clean(loc.lon), ""]
    added = (ev.pub_date if ev and ev.pub_date else event.event_date) or ""
    fields = [
        str(gdelt_event_id(event.id)), *date_fields, *actor1, *actor2,
        ("1" if ev.sentence_index == 0 else "0") if ev else "",
        code, code[:3] if len(code) >= 3 else code.ljust(3, "0"), event.root_code,
        str(event.quad_class), _clean(event.goldstein), str(event.n_mentions),
        str(event.n_sources), str(event.n_articles), "",
        *[""] * 16, *geo,
        added[:10].replace("-", "") + "000000" if added else "", ev.url if ev and ev.url else "",
    ]
    return [_clean(f) for f in fields]


# -- PLOVER ------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def plover_mapping() -> dict[str, tuple[str | None, tuple[str, ...], tuple[str, ...]]]:
    """CAMEO code -> (PLOVER type or None when dropped, modes, contexts), from the packaged table.

    Modes and contexts outside the PLOVER 2.0 lists (left over from the 2021 mapping) are dropped.
    """
    text = resources.files("deeppol.coding.lexicons").joinpath("cameo_to_plover.tsv").read_text("utf-8")
    mapping = {}
    for row in csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        event = (row["plover_event"] or "").split("|")[0] or None
        if event not in PLOVER_TYPES:
            event = None
        allowed = PLOVER_TYPES[event][1] if event else ()
        modes = tuple(m for m in (row["plover_mode"] or "").split(",") if m in allowed)
        contexts = tuple(c for c in (row["plover_context"] or "").split(",") if c in PLOVER_CONTEXTS)
        mapping[row["cameo_code"]] = (event, modes, contexts)
    return mapping


def plover_entity(code: str | None, raw_text: str | None, label: str | None = None) -> dict[str, Any]:
    """A PLOVER entity (the manual's example layout) for a CAMEO actor code.

    ``country_name`` is the ISO alpha-3 code (legacy CAMEO codes updated, Kosovo ``KOS``), one of
    PLOVER's non-state names (``IGO``, ``UNO``, ``EUR`` for the EU, ``NGO``, ``ISM`` for CAMEO
    ``NGM``, ``IMG``, ``MNC``), or
    None for regions and unknown countries. Sectors use PLOVER's names (CAMEO INS/SEP -> REB,
    MED -> JRN, HLH -> MED).
    """
    blocks = [code[i:i + 3] for i in range(0, len(code or ""), 3)]
    country: str | None = None
    if blocks:
        first = blocks[0]
        if first == "IGO":
            country = "UNO" if "UNO" in blocks else "EUR" if "EEC" in blocks else "IGO"
        elif first in CAMEO_GENERIC:
            country = CAMEO_TO_PLOVER_NONSTATE.get(first)
        elif first != "---" and first not in CAMEO_REGIONS:
            country = LEGACY_COUNTRIES.get(first, first)
    sectors = [CAMEO_TO_PLOVER_SECTOR.get(b, b) for b in blocks[1:]]
    sectors = list(dict.fromkeys(s for s in sectors if s in PLOVER_SECTORS))
    return {"raw_text": raw_text, "entity_name": label or raw_text or code, "wikidata_id": None,
            "country_name": country, "sector_code": sectors[0] if sectors else None,
            "other_sector_codes": sectors[1:], "cameo_code": code}


def plover_record(event: EventRecord, names: dict[str, str] | None = None) -> dict[str, Any] | None:
    """The PLOVER record of ``event``, or None when PLOVER drops its CAMEO code.

    Fields: ``id``, ``date``, ``event`` (list of one type), ``mode`` and ``context`` (lists),
    ``quad_code`` (the PLOVER quad class), ``actor`` and ``recipient`` (lists of entities),
    ``event_loc``, ``event_text`` (the trigger), ``text`` (the evidence sentence), ``cite_info``,
    ``coder`` and ``comment`` (the CAMEO code, Goldstein score and coverage counts).
    """
    mapped, modes, contexts = plover_mapping().get(event.code, (None, (), ()))
    # the coder's own type wins where its pattern names one ("resigned": RETREAT/resign)
    event_type = event.plover if event.plover in PLOVER_TYPES else mapped
    if event_type is None:
        return None
    if event_type != mapped:
        modes = tuple(m for m in (event.plover_mode,) if m in PLOVER_TYPES[event_type][1])
    names = names or {}
    ev, loc = event.evidence, event.location
    record: dict[str, Any] = {
        "id": event.id, "date": event.event_date, "event": [event_type], "mode": list(modes),
        "context": list(contexts), "quad_code": PLOVER_TYPES[event_type][0],
        "actor": [plover_entity(event.source, ev.source_text if ev else None,
                                names.get(event.source or ""))] if event.source else [],
        "recipient": [plover_entity(event.target, ev.target_text if ev else None,
                                    names.get(event.target or ""))] if event.target else [],
        "event_loc": None, "event_text": ev.trigger_text if ev else None,
        "text": ev.sentence if ev else None,
        "cite_info": {"url": ev.url, "title": ev.title, "publication": ev.publisher,
                      "codebook": CODEBOOK} if ev else {"codebook": CODEBOOK},
        "coder": "deeppol",
        "comment": (f"CAMEO {event.code} (quad {event.quad_class}, Goldstein {event.goldstein});"
                    f" {event.n_mentions} mentions in {event.n_articles} articles"),
    }
    if loc is not None:
        record["event_loc"] = {"extracted_place": loc.name, "resolved_place": loc.name,
                               "lat": loc.lat, "lon": loc.lon, "country_code": loc.country}
    return record


# -- streaming -------------------------------------------------------------------------------------
class ExportStream:
    """The text chunks (one per batch) of a csv, jsonl, gdelt or plover export.

    Iterate it (for example into an HTTP streaming response); ``events`` and ``skipped`` count as
    it goes.
    """

    def __init__(self, db: Database, fmt: str, flt: EventFilter | None = None, *,
                 batch_size: int = 5000) -> None:
        if fmt not in TEXT_FORMATS:
            raise AnalysisError(f"[A014] text export format must be one of {', '.join(TEXT_FORMATS)},"
                                f" not {fmt!r}")
        self.db, self.fmt, self.flt, self.batch_size = db, fmt, flt, batch_size
        self.events = 0
        self.skipped = 0

    def __iter__(self) -> Iterator[str]:
        if self.fmt == "csv":
            yield _csv_lines([list(FLAT_FIELDS)])
        for batch in iter_events(self.db, self.flt, batch_size=self.batch_size):
            names = _labels(self.db, batch) if self.fmt in ("gdelt", "plover") else {}
            if self.fmt == "csv":
                chunk = _csv_lines([[e.as_flat()[k] for k in FLAT_FIELDS] for e in batch])
            elif self.fmt == "jsonl":
                chunk = "".join(json.dumps(e.as_dict(), ensure_ascii=False) + "\n" for e in batch)
            elif self.fmt == "gdelt":
                chunk = "".join("\t".join(gdelt_row(e, names)) + "\n" for e in batch)
            else:
                records = [r for r in (plover_record(e, names) for e in batch) if r is not None]
                self.skipped += len(batch) - len(records)
                self.events -= len(batch) - len(records)
                chunk = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
            self.events += len(batch)
            yield chunk

    def summary(self) -> ExportSummary:
        return ExportSummary(self.fmt, self.events, self.skipped)


def _csv_lines(rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _labels(db: Database, batch: list[EventRecord]) -> dict[str, str]:
    codes = sorted({c for e in batch for c in (e.source, e.target) if c})
    found: dict[str, str] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for row in db.query(f"SELECT code, label FROM actors WHERE code IN ({marks})", chunk):
            if row["label"]:
                found[row["code"]] = row["label"]
    return found


def export_events(db: Database, out: str | Path | IO[bytes], fmt: str,
                  flt: EventFilter | None = None, *, batch_size: int = 5000,
                  row_group: int = 50_000) -> ExportSummary:
    """Write the events matching ``flt`` to ``out`` (a path or a binary stream) in ``fmt``.

    Args:
        db: an open store.
        out: file path, or a binary stream (e.g. ``sys.stdout.buffer``).
        fmt: one of ``EXPORT_FORMATS``.
        flt: which events (all when None).
        batch_size: events read per query.
        row_group: Parquet rows per row group.

    Returns:
        How many events were written and how many the format could not express.
    """
    if fmt not in EXPORT_FORMATS:
        raise AnalysisError(f"[A014] export format must be one of {', '.join(EXPORT_FORMATS)},"
                            f" not {fmt!r}")
    if isinstance(out, str | Path):
        with Path(out).open("wb") as handle:
            return export_events(db, handle, fmt, flt, batch_size=batch_size, row_group=row_group)
    if fmt == "parquet":
        return _export_parquet(db, out, flt, batch_size, row_group)
    stream = ExportStream(db, fmt, flt, batch_size=batch_size)
    for chunk in stream:
        out.write(chunk.encode("utf-8"))
    out.flush()
    return stream.summary()


def parquet_schema() -> Any:
    """The Arrow schema of Parquet exports (the ``FLAT_FIELDS`` columns)."""
    import pyarrow as pa

    types = {"quad_class": pa.int8(), "goldstein": pa.float32(), "lat": pa.float64(),
             "lon": pa.float64(), "n_mentions": pa.int32(), "n_articles": pa.int32(),
             "n_sources": pa.int32(), "event_date": pa.date32()}
    return pa.schema([(name, types.get(name, pa.string())) for name in FLAT_FIELDS])


def _export_parquet(db: Database, out: IO[bytes], flt: EventFilter | None, batch_size: int,
                    row_group: int) -> ExportSummary:
    import datetime as dt

    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    pending: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        def flush() -> None:
            if pending:
                writer.write_table(pa.Table.from_pylist(pending, schema=schema),
                                   row_group_size=row_group)
                pending.clear()

        for batch in iter_events(db, flt, batch_size=batch_size):
            for event in batch:
                row = event.as_flat()
                day = row["event_date"]
                row["event_date"] = dt.date.fromisoformat(day) if day else None
                pending.append(row)
            count += len(batch)
            if len(pending) >= row_group:
                flush()
        flush()
    return ExportSummary("parquet", count)
