"""The analysis commands, run in-process with click's CliRunner on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from deeppol.analysis.synthetic import insert_events, scenario_events
from deeppol.cli import cli
from deeppol.store import open_store


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def db(store_url: str) -> str:
    with open_store(store_url) as store:
        insert_events(store, scenario_events())
    return store_url


def _lines(result: Result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_cli_events_table_pages_and_formats(db: str) -> None:
    table = _run("events", "--db", db, "--actor", "UKR")
    assert table.exit_code == 0, table.output
    assert "Russian forces attacked Kyiv." in table.stdout and "5 events" in table.stdout
    first = _run("events", "--db", db, "--limit", "4", "--format", "jsonl")
    assert len(_lines(first)) == 4
    cursor = first.stderr.split("--cursor ")[1].split()[0]
    second = _run("events", "--db", db, "--limit", "4", "--format", "jsonl", "--cursor", cursor)
    assert not {e["id"] for e in _lines(first)} & {e["id"] for e in _lines(second)}
    rows = list(csv.DictReader(io.StringIO(
        _run("events", "--db", db, "--dyad", "RUS", "UKR", "--root", "19", "--format", "csv").stdout)))
    assert [(r["source"], r["code"]) for r in rows] == [("RUSMIL", "193")]


@pytest.mark.parametrize(("args", "codes"), [
    (["--actor", "CHN", "--quad-class", "4", "--since", "2022-01-01", "--until", "2022-12-31"],
     ["173", "190"]),
    (["--source", "chn", "--plover", "ASSAULT"], ["190"]),
    (["--location", "Taipei", "--text", "warplanes"], ["190"]),
    (["--code", "19", "--target", "TWN", "--min-mentions", "2"], ["190"]),
])
def test_cli_events_filters(db: str, args: list[str], codes: list[str]) -> None:
    result = _run("events", "--db", db, "--format", "jsonl", *args)
    assert result.exit_code == 0, result.output
    assert [e["code"] for e in _lines(result)] == codes


@pytest.mark.parametrize("value", ["' OR 1=1 --", "'; DROP TABLE events; --"])
def test_cli_events_hostile_values_find_nothing(db: str, value: str) -> None:
    for option in ("--actor", "--text", "--location"):
        result = _run("events", "--db", db, option, value, "--format", "jsonl")
        assert result.exit_code == 0 and result.stdout == ""
    assert len(_lines(_run("events", "--db", db, "--format", "jsonl"))) == 13


def test_cli_dyad(db: str) -> None:
    table = _run("dyad", "CHN", "USA", "--db", db, "--by", "month")
    assert table.exit_code == 0, table.output
    assert "2022-01" in table.stdout and "CHN <-> USA" in table.stdout
    bins = _lines(_run("dyad", "RUS", "UKR", "--db", db, "--by", "week", "--directed",
                       "--format", "jsonl"))
    assert sum(b["events"]["total"] for b in bins) == 2
    rows = list(csv.reader(io.StringIO(_run("dyad", "RUS", "UKR", "--db", db, "--by", "day",
                                            "--since", "2022-02-24", "--until", "2022-02-26",
                                            "--format", "csv").stdout)))
    assert rows[0][0] == "period" and [r[0] for r in rows[1:]] == ["2022-02-24", "2022-02-25",
                                                                   "2022-02-26"]


def test_cli_actors(db: str) -> None:
    table = _run("actors", "--db", db, "--top", "3", "--level", "country")
    assert table.exit_code == 0, table.output
    assert "CHN" in table.stdout and "JPN (2)" in table.stdout
    ranked = _lines(_run("actors", "--db", db, "--top", "2", "--format", "jsonl", "--quad-class", "4"))
    assert [a["actor"] for a in ranked] == ["CHNGOVMIL", "CHNMIL"]


@pytest.mark.parametrize("fmt", ["graphml", "json"])
def test_cli_network(db: str, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"net.{fmt}"
    result = _run("network", "--db", db, "--since", "2022-01-01", "--level", "country",
                  "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "edges" in result.stderr
    if fmt == "graphml":
        assert nx.read_graphml(out).has_edge("RUS", "UKR")
    else:
        assert any(e["source"] == "RUS" for e in json.loads(out.read_text())["edges"])


def test_cli_alerts(db: str) -> None:
    result = _run("alerts", "--db", db, "--window", "7", "--baseline", "4", "--min-events", "1",
                  "--threshold", "0.5", "--as-of", "2022-03-05", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    alerts = _lines(result)
    assert [a["dyad"] for a in alerts] == [["CHN", "JPN"], ["RUS", "UKR"]]
    assert alerts[0]["evidence"][0]["code"] == "173"
    table = _run("alerts", "--db", db, "--min-events", "1", "--threshold", "0.5", "--baseline", "4")
    assert table.exit_code == 0 and "alerts" in table.stdout


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet", "gdelt", "plover"])
def test_cli_export(db: str, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"events.{fmt}"
    result = _run("export", "--db", db, "--format", fmt, "-o", str(out), "--actor", "UKR")
    assert result.exit_code == 0, result.output
    if fmt == "parquet":
        assert pq.read_table(out).num_rows == 5
    else:
        lines = out.read_text(encoding="utf-8").splitlines()
        assert len(lines) == {"csv": 6, "plover": 4}.get(fmt, 5)
    assert "events written" in result.stderr


def test_cli_export_to_stdout(db: str) -> None:
    result = _run("export", "--db", db, "--format", "gdelt", "-o", "-")
    assert result.exit_code == 0
    assert all(len(line.split("\t")) == 61 for line in result.stdout.splitlines())


def test_cli_missing_database_is_an_error(tmp_path: Path) -> None:
    result = _run("events", "--db", str(tmp_path / "nope.db"))
    assert result.exit_code == 1 and "no database" in result.output
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize("args", [["events", "--cursor", "garbage"],
                                  ["events", "--since", "2022-05-01", "--until", "2022-01-01"],
                                  ["events", "--actor", " "]])
def test_cli_usage_errors_exit_2(db: str, args: list[str]) -> None:
    result = _run(*args, "--db", db)
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize("args", [
    ["dyad", "USA", "CHN", "--until", "9999-12-31"],
    ["alerts", "--as-of", "0001-01-03"],
    ["events", "--since", "0001-01-01"],
])
def test_cli_dates_out_of_range_are_a_clear_error(db: str, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", db])
    assert result.exit_code == 2, result.output
    assert "between 1800-01-01 and 2999-12-31" in result.output
    assert "Traceback" not in result.output
