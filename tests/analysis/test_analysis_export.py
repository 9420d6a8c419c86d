"""Exports: CSV, JSON Lines, Parquet (row groups), GDELT 2.0 TSV and PLOVER records."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from deeppol.analysis import (
    GDELT_COLUMNS,
    AnalysisError,
    EventFilter,
    ExportStream,
    export_events,
)
from deeppol.analysis.events import FLAT_FIELDS
from deeppol.analysis.export import gdelt_event_id, plover_entity, plover_record
from deeppol.analysis.synthetic import insert_events, populate, scenario_events
from deeppol.store import Database

COL = {name: i for i, name in enumerate(GDELT_COLUMNS)}


@pytest.fixture
def scenario(store: Database) -> tuple[Database, list[str]]:
    return store, insert_events(store, scenario_events())


def _export(db: Database, fmt: str, flt: EventFilter | None = None, **kwargs) -> tuple[bytes, object]:
    buffer = io.BytesIO()
    summary = export_events(db, buffer, fmt, flt, **kwargs)
    return buffer.getvalue(), summary


def test_export_csv_has_a_header_and_one_row_per_event(scenario: tuple[Database, list[str]]) -> None:
    db, ids = scenario
    data, summary = _export(db, "csv", batch_size=4)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert summary.events == len(rows) == 13
    assert list(rows[0]) == list(FLAT_FIELDS)
    kyiv = next(r for r in rows if r["id"] == ids[5])
    assert (kyiv["source"], kyiv["target"], kyiv["code"], kyiv["location_name"]) == (
        "RUSMIL", "UKR", "193", "Kyiv")
    assert kyiv["sentence"] == "Russian forces attacked Kyiv." and kyiv["n_mentions"] == "5"
    assert [r["event_date"] for r in rows][-1] == ""  # undated events come last


def test_export_jsonl_with_a_filter(scenario: tuple[Database, list[str]]) -> None:
    db, ids = scenario
    data, summary = _export(db, "jsonl", EventFilter(actor="UKR"))
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    assert summary.events == 5
    assert {r["id"] for r in records} == {ids[i] for i in (5, 6, 7, 8, 12)}
    assert records[0]["evidence"]["sentence"]


def test_export_parquet_streams_row_groups(store: Database, tmp_path) -> None:
    populate(store, 1000, seed=9, days=100)
    path = tmp_path / "events.parquet"
    summary = export_events(store, path, "parquet", batch_size=150, row_group=300)
    assert summary.events == 1000
    parquet = pq.ParquetFile(path)
    assert parquet.metadata.num_rows == 1000
    assert parquet.metadata.num_row_groups >= 3
    table = parquet.read()
    assert table.column_names == list(FLAT_FIELDS)
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("quad_class").type) == "int8"
    ids = store.query("SELECT id FROM events")
    assert sorted(table.column("id").to_pylist()) == sorted(r["id"] for r in ids)


def test_export_gdelt_has_61_columns_in_gdelt_order(scenario: tuple[Database, list[str]]) -> None:
    db, ids = scenario
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[:6] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
                                 "Actor1Code")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
                                    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
                                    "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[-3:] == ("ActionGeo_FeatureID", "DATEADDED", "SOURCEURL")
    data, summary = _export(db, "gdelt")
    lines = data.decode("utf-8").splitlines()
    assert summary.events == len(lines) == 13
    rows = {int(r[0]): r for r in (line.split("\t") for line in lines)}
    assert all(len(r) == 61 for r in rows.values())
    strike = rows[gdelt_event_id(ids[1])]
    expected = {
        "Day": "20220120", "MonthYear": "202201", "Year": "2022", "FractionDate": "2022.0548",
        "Actor1Code": "CHNMIL", "Actor1Name": "CHINESE MILITARY", "Actor1CountryCode": "CHN",
        "Actor1Type1Code": "MIL", "Actor2Code": "TWN", "Actor2CountryCode": "TWN",
        "EventCode": "190", "EventBaseCode": "190", "EventRootCode": "19", "QuadClass": "4",
        "GoldsteinScale": "-10.0", "NumMentions": "2", "AvgTone": "", "ActionGeo_Type": "4",
        "ActionGeo_FullName": "Taipei", "ActionGeo_Lat": "25.03", "ActionGeo_Long": "121.57",
        "Actor1Geo_Type": "", "DATEADDED": "20220120000000",
    }
    assert {k: strike[COL[k]] for k in expected} == expected
    assert strike[COL["SOURCEURL"]].startswith("https://")
    un = rows[gdelt_event_id(ids[8])]
    assert [un[COL[k]] for k in ("Actor1Code", "Actor1CountryCode", "Actor1KnownGroupCode",
                                 "Actor1Type1Code")] == ["IGOUNO", "", "UNO", "IGO"]
    assert rows[gdelt_event_id(ids[2])][COL["EventBaseCode"]] == "112"
    undated = rows[gdelt_event_id(ids[10])]
    assert undated[COL["Day"]] == "" and undated[COL["Year"]] == ""
    no_target = rows[gdelt_event_id(ids[9])]
    assert no_target[COL["Actor2Code"]] == "" and no_target[COL["Actor2Name"]] == ""


def test_export_plover_records_follow_the_ontology(scenario: tuple[Database, list[str]]) -> None:
    db, ids = scenario
    data, summary = _export(db, "plover")
    records = {r["id"]: r for r in map(json.loads, data.decode("utf-8").splitlines())}
    assert (summary.events, summary.skipped) == (11, 2)  # two CAMEO 010 statements are dropped
    assert ids[7] not in records and ids[9] not in records
    strike = records[ids[5]]
    assert strike["event"] == ["ASSAULT"] and strike["mode"] == ["firearms"]
    assert strike["context"] == ["military"] and strike["quad_code"] == 4
    assert strike["date"] == "2022-02-24"
    assert strike["actor"][0]["country_name"] == "RUS" and strike["actor"][0]["sector_code"] == "MIL"
    assert strike["recipient"][0]["country_name"] == "UKR"
    assert strike["event_loc"]["resolved_place"] == "Kyiv"
    assert strike["text"] == "Russian forces attacked Kyiv." and strike["event_text"] == "attacked"
    assert strike["cite_info"]["url"].startswith("https://")
    assert "CAMEO 193" in strike["comment"]
    protest = records[ids[12]]
    assert protest["event"] == ["PROTEST"] and protest["quad_code"] == 4  # CAMEO quad 3
    aid = records[ids[8]]
    assert aid["event"] == ["AID"] and aid["context"] == []  # "humanitarian" is not a PLOVER context
    assert aid["actor"][0]["country_name"] == "UNO"
    for record in records.values():
        assert {"id", "date", "actor", "event"} <= set(record)


@pytest.mark.parametrize(("code", "fields"), [
    ("IGOUNO", ["", "UNO", "IGO", "", ""]),
    ("IGOWSTNAT", ["", "NAT", "IGO", "", ""]),
    ("IMGMOSALQ", ["", "ALQ", "IMG", "", ""]),      # the organisation is the last block, not MOS
    ("ISRGOVPTYLKD", ["ISR", "LKD", "GOV", "PTY", ""]),
    ("USAGOVMIL", ["USA", "", "GOV", "MIL", ""]),
])
def test_export_gdelt_actor_blocks(code: str, fields: list[str]) -> None:
    from deeppol.analysis.export import _actor_fields

    got = _actor_fields(code, None)
    assert [got[2], got[3], got[7], got[8], got[9]] == fields  # Country, KnownGroup, Type1-3


@pytest.mark.parametrize(("code", "country", "sector", "others"), [
    ("CHNGOVMIL", "CHN", "GOV", ["MIL"]), ("IGOEUREEC", "EUR", None, []), ("IGOUNO", "UNO", None, []),
    ("NGOHRIAMN", "NGO", None, []), ("---REB", None, "REB", []), ("ROMGOV", "ROU", "GOV", []),
    ("SYRINS", "SYR", "REB", []), ("USAMED", "USA", "JRN", []), ("AFR", None, None, []),
    ("NGMENV", "ISM", None, []),  # PLOVER's International Social Movement is CAMEO's NGM
])
def test_export_plover_entities(code: str, country: str | None, sector: str | None,
                                others: list[str]) -> None:
    entity = plover_entity(code, "text")
    assert (entity["country_name"], entity["sector_code"], entity["other_sector_codes"]) == (
        country, sector, others)


def test_export_stream_counts_as_it_goes(scenario: tuple[Database, list[str]]) -> None:
    db, _ = scenario
    stream = ExportStream(db, "plover", batch_size=5)
    chunks = list(stream)
    assert len(chunks) == 3
    assert (stream.events, stream.skipped) == (11, 2)
    assert sum(chunk.count("\n") for chunk in chunks) == 11


@pytest.mark.parametrize("fmt", ["xml", "table"])
def test_export_refuses_unknown_formats(scenario: tuple[Database, list[str]], fmt: str) -> None:
    db, _ = scenario
    with pytest.raises(AnalysisError):
        _export(db, fmt)


def test_export_plover_keeps_the_coders_own_type() -> None:
    from deeppol.analysis.events import EventRecord

    resigned = EventRecord("e1", "2022-03-06", "PERGOV", "PER", None, None, "0831", None, "08", 2,
                           5.0, "RETREAT", "resign", None, 1, 1, 1, "m1")
    record = plover_record(resigned)
    assert record is not None
    assert (record["event"], record["mode"]) == (["RETREAT"], ["resign"])
