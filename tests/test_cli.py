"""The ``deeppol`` command line, run in-process with click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from deeppol.cli import cli

EXTRA: list[str] = []  # extra arguments for commands that code (kept empty)
REQUIRED = ("doc_id", "sentence_index", "source", "source_text", "target", "target_text", "code",
            "root_code", "quad_class", "goldstein", "plover", "mode", "event_date",
            "date_precision", "location", "trigger_text", "evidence", "confidence")
GOOD = "Japan and Australia signed a defense pact on Thursday. Hamas fired rockets at Israel."


def _run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture()
def news(tmp_path: Path) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps({"id": "good-1", "text": GOOD, "date": "2022-01-07"}) + "\n"
        + "{broken json\n"
        + json.dumps({"id": "good-2", "text": "Russian troops attacked Ukrainian positions."})
        + "\n",
        encoding="utf-8",
    )
    return path


def test_code_jsonl_with_a_bad_line(news: Path) -> None:
    result = _run("code", str(news), "-q", *EXTRA)
    assert result.exit_code == 1
    assert f"{news}:2" in result.stderr
    assert "bad_json" in result.stderr
    assert "2 articles" in result.stderr and "1 skipped" in result.stderr
    rows = _events(result.stdout)
    assert rows
    assert {r["doc_id"] for r in rows} == {"good-1", "good-2"}
    for row in rows:
        assert set(REQUIRED) <= set(row), set(REQUIRED) - set(row)
        assert set(row["evidence"]) >= {"sentence", "start", "end"}
        assert 0 <= row["confidence"] <= 1
        assert row["mode"] == "asserted"
    first = [r for r in rows if r["doc_id"] == "good-1" and r["sentence_index"] == 0]
    assert first
    assert all(r["event_date"] == "2022-01-06" for r in first)  # Thursday before the Friday
    assert GOOD[first[0]["evidence"]["start"]:first[0]["evidence"]["end"]] == \
        first[0]["evidence"]["sentence"]


def test_code_all_good_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = _run("code", str(path), "--date", "2022-01-07", *EXTRA)
    assert result.exit_code == 0, result.output
    rows = _events(result.stdout)
    assert rows and {r["doc_id"] for r in rows} == {"story.txt"}
    assert "0 skipped" in result.stderr


def test_code_csv(news: Path) -> None:
    result = _run("code", str(news), "--format", "csv", "-q", *EXTRA)
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows
    assert {"doc_id", "source", "target", "code", "evidence_sentence", "confidence"} <= set(rows[0])
    assert {r["doc_id"] for r in rows} == {"good-1", "good-2"}


def test_code_table(news: Path) -> None:
    result = _run("code", str(news), "--format", "table", "-q", *EXTRA)
    assert result.exit_code == 1
    assert "events" in result.stdout
    assert "PSEREBHMS" in result.stdout


def test_code_stdin_with_date() -> None:
    result = _run("code", "-", "--date", "2022-01-07", "-q", *EXTRA, stdin=GOOD)
    assert result.exit_code == 0, result.output
    rows = _events(result.stdout)
    assert rows
    assert {r["doc_id"] for r in rows} == {"stdin"}
    assert any(r["event_date"] == "2022-01-06" for r in rows)


def test_code_output_file(tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    result = _run("code", "-", "-o", str(out), "-q", *EXTRA, stdin=GOOD)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert _events(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("value", ["07/01/2022", "yesterday", "2022-02-30"])
def test_code_bad_date_is_a_usage_error(value: str) -> None:
    result = _run("code", "-", "--date", value, stdin=GOOD)
    assert result.exit_code == 2
    assert "--date" in result.stderr


def test_code_missing_input(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    result = _run("code", str(missing), "-q", *EXTRA)
    assert result.exit_code == 1
    assert str(missing) in result.stderr
    assert "not_found" in result.stderr
    assert result.stdout == ""


def test_code_requires_inputs() -> None:
    assert _run("code").exit_code == 2


def test_code_bad_dictionary_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("events:\n  - {id: broken, code: \"010\"}\n", encoding="utf-8")
    result = _run("code", "-", "--dictionary", str(bad), stdin=GOOD)
    assert result.exit_code == 1
    assert "bad.yaml" in result.stderr and "broken" in result.stderr


def test_demo_prints_a_table() -> None:
    result = _run("demo")
    assert result.exit_code == 0, result.output
    headers = [line.strip() for line in result.stdout.splitlines() if line.strip().endswith("events")]
    assert len(headers) == 3, result.stdout
    assert headers[0].startswith("Japan, US vow more defense cooperation")
    assert all(int(h.rsplit(" ", 2)[-2]) > 0 for h in headers), headers
    assert "JPN" in result.stdout and "CHNGOV" in result.stdout


def test_demo_jsonl() -> None:
    result = _run("demo", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert _events(result.stdout)


def test_info() -> None:
    result = _run("info")
    assert result.exit_code == 0
    assert result.stdout.startswith("deeppol ")
    assert "deeppol-dictionaries@" in result.stdout
    assert "countries:" in result.stdout
    assert "setting include_unasserted = False" in result.stdout


@pytest.mark.parametrize("args", [["--help"], ["code", "--help"], ["evaluate", "-h"]])
def test_help(args: list[str]) -> None:
    result = _run(*args)
    assert result.exit_code == 0
    assert "Usage:" in result.stdout


def test_version() -> None:
    result = _run("--version")
    assert result.exit_code == 0
    assert "0.1.0" in result.stdout


@pytest.fixture()
def gold_files(tmp_path: Path) -> tuple[Path, Path]:
    events = tmp_path / "tiny_events.jsonl"
    events.write_text("\n".join(json.dumps(r) for r in [
        {"id": "e1", "text": "Japan and Australia signed a defense pact.", "date": "2022-01-07",
         "expected": [{"source": "JPN", "target": "AUS", "code": "057"},
                      {"source": "AUS", "target": "JPN", "code": "057"}]},
        {"id": "e2", "text": "Hamas fired rockets at Israel.", "date": "2022-01-07",
         "expected": [{"source": "PSEREBHMS", "target": "ISR", "code": "195"}]},
    ]) + "\n", encoding="utf-8")
    labels = tmp_path / "tiny_labels.jsonl"
    labels.write_text("\n".join(json.dumps(r) for r in [
        {"id": "l1", "text": "Russian troops attacked Ukrainian positions.",
         "labels": ["MATERIAL_CONFLICT"]},
        {"id": "l2", "text": "Japan and Australia signed a defense pact.",
         "labels": ["VERBAL_COOPERATION"]},
    ]) + "\n", encoding="utf-8")
    return events, labels


def test_evaluate_text(gold_files: tuple[Path, Path]) -> None:
    events, labels = gold_files
    result = _run("evaluate", str(events), str(labels), "--errors", *EXTRA)
    assert result.exit_code == 0, result.output
    assert "tiny_events.jsonl (2 records)" in result.stdout
    assert "lenient P" in result.stdout and "strict  P" in result.stdout
    assert "tiny_labels.jsonl (2 records, five_class)" in result.stdout
    assert "top-1 accuracy" in result.stdout


def test_evaluate_json(gold_files: tuple[Path, Path]) -> None:
    events, labels = gold_files
    result = _run("evaluate", str(events), str(labels), "--json", *EXTRA)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert [s["kind"] for s in summary] == ["events", "five_class"]
    assert summary[0]["records"] == 2
    assert summary[0]["lenient_p"] == 1.0
    assert summary[0]["lenient_f1"] > 0.0
    assert 0.0 <= summary[1]["accuracy"] <= 1.0
    assert summary[1]["accuracy"] >= 0.5  # the attack is MATERIAL_CONFLICT


def test_evaluate_bad_gold_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad_gold.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = _run("evaluate", str(bad))
    assert result.exit_code == 1
    assert "bad_gold.jsonl:1" in result.stderr


def test_evaluate_missing_file(tmp_path: Path) -> None:
    assert _run("evaluate", str(tmp_path / "nope.jsonl")).exit_code == 2


def test_code_unreachable_dask_scheduler_is_a_clean_error(tmp_path: Path) -> None:
    import socket

    import dask

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        scheduler = f"tcp://127.0.0.1:{sock.getsockname()[1]}"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = _run("code", "-", "-q", "--engine", "dask", "--scheduler", scheduler,
                      "--dataset", str(tmp_path / "dataset"), stdin=GOOD)
    assert result.exit_code == 1
    assert f"Error: [E007] cannot reach the Dask scheduler {scheduler}" in result.stderr
