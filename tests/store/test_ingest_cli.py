"""``deeppol ingest`` and ``deeppol db``: bad input never crashes a run or loses good records;
each bad record is one rejection row and one stderr line."""

from __future__ import annotations

import io
import json
import random
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from deeppol.cli import cli
from deeppol.coding.coder import Coder
from deeppol.progress import ProgressReporter
from deeppol.store import open_store

PARAGRAPH = ("The foreign ministers of Japan and Australia met in Tokyo on Thursday and signed a "
             "new defense cooperation agreement covering joint exercises, intelligence sharing and "
             "logistics support, officials from both governments said in a joint statement. ")
GOOD = "Russian troops shelled Kharkiv on Monday, Ukrainian officials said. Story {}."


@pytest.fixture
def run_cli(coder: Coder, monkeypatch: pytest.MonkeyPatch):
    """``run_cli(*args)``: the CLI in-process, with the session's coder (no model loading)."""
    monkeypatch.setattr("deeppol.cli.store.coder_from_options",
                        lambda dictionaries, **settings: coder.derive(**settings))

    def run(*args: str) -> Result:
        return CliRunner().invoke(cli, list(args), catch_exceptions=False)

    return run


def _line(**record: object) -> bytes:
    return json.dumps(record).encode("utf-8") + b"\n"


def _mixed_jsonl(path: Path) -> tuple[Path, list[str]]:
    """Good records around bad ones; returns the path and the good records' ids."""
    noise = bytes(b for b in random.Random(7).randbytes(3000) if b != 0x0A) + b"\x00"
    lines = [
        _line(id="good-1", text=GOOD.format(1), date="2022-03-01"),
        _line(id="wrong-type", text=42, date="2022-03-01"),  # JSON with wrong types
        _line(id="good-2", text=GOOD.format(2), date="2022-03-01"),
        noise + b"\n",  # random bytes
        _line(id="good-3", text=GOOD.format(3), date="2022-03-01"),
        b'{"id": "latin1", "text": "Caf\xe9 owners protested in Paris."}\n',  # invalid UTF-8
        _line(id="good-4", text=GOOD.format(4), date="2022-03-01"),
        _line(id="huge", text="Protesters marched in Paris. " * 1_800_000),  # a 50 MB article
        _line(id="good-5", text=GOOD.format(5), date="2022-03-01"),
        b"[1, 2, 3]\n",  # JSON, but not an object
        _line(id="good-6", text=GOOD.format(6), date="2022-03-01"),
    ]
    path.write_bytes(b"".join(lines))
    return path, [f"good-{i}" for i in range(1, 7)]


def _page(number: int) -> bytes:
    return (f"<html><head><title>Story {number}</title></head><body><article>"
            f"<h1>Story {number}</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH} Item {number}.</p>"
            "</article></body></html>").encode()


def _truncated_warc(path: Path) -> Path:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for number in (1, 2, 3):
        body = _page(number)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://www.example.com/{number}", "response", payload=io.BytesIO(body),
            length=len(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2022-01-08T10:00:00Z"}))
    data = buffer.getvalue()
    path.write_bytes(data[:int(len(data) * 0.8)])  # cut inside the third record
    return path


def _unreachable_url() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def test_ingest_cli_bad_input_is_rejected_once_and_good_records_are_stored(
        run_cli, store_url: str, tmp_path: Path) -> None:
    mixed, good_ids = _mixed_jsonl(tmp_path / "mixed.jsonl")
    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(1).randbytes(4096))
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Café owners protested in Paris on Monday.".encode("latin-1"))
    table = tmp_path / "table.csv"
    table.write_text("title,date\nNo text here,2022-03-01\n", encoding="utf-8")
    warc = _truncated_warc(tmp_path / "cut.warc.gz")
    feed = _unreachable_url()
    good = tmp_path / "good.txt"
    good.write_text(GOOD.format(7), encoding="utf-8")
    inputs = [str(p) for p in (mixed, noise, latin1, table, warc)] + [feed, str(good)]

    result = run_cli("ingest", *inputs, "--db", store_url, "--date", "2022-03-02", "-q")

    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("deeppol: skipped ")]
    expected = {  # input: (line, stage/reason) of its one rejection
        (str(mixed), 2): "ingest/bad_field", (str(mixed), 4): None, (str(mixed), 6): "ingest/encoding",
        (str(mixed), 8): "ingest/too_large", (str(mixed), 10): "ingest/bad_json",
        (str(noise), None): None, (str(latin1), None): "ingest/encoding",
        (str(table), None): "ingest/missing_column", (str(warc), None): "ingest/truncated",
        (feed, None): None,
    }
    assert len(skipped) == len(expected), result.stderr
    with open_store(store_url) as db:
        rows = db.query("SELECT input, line, stage, reason, detail FROM rejections")
        articles = {row["doc_id"]: row for row in db.query("SELECT doc_id, input FROM articles")}
    assert len(rows) == len(expected)
    by_input = {(row["input"], row["line"] if row["input"] == str(mixed) else None): row
                for row in rows}
    assert set(by_input) == set(expected)
    for key, kind in expected.items():
        row = by_input[key]
        if kind is not None:
            assert f"{row['stage']}/{row['reason']}" == kind
        where = f"{row['input']}:{row['line']}" if row["line"] is not None else row["input"]
        assert f"deeppol: skipped {where}: [{row['stage']}/{row['reason']}] {row['detail']}" in skipped
    assert by_input[(feed, None)]["stage"] == "fetch"
    assert set(good_ids) | {"good.txt", "https://www.example.com/1"} <= set(articles)
    assert articles["good.txt"]["input"] == str(good)
    summary = result.stderr.strip().splitlines()[-1]
    assert f"{len(expected)} skipped" in summary


def test_ingest_cli_clean_run_exits_0_and_reruns_store_nothing(run_cli, store_url: str,
                                                                 tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    corpus.write_bytes(b"".join(_line(id=f"s{i}", text=GOOD.format(i), date="2022-03-01")
                                for i in range(4)))
    first = run_cli("ingest", str(corpus), "--db", store_url, "--batch-size", "3")
    assert first.exit_code == 0, first.stderr
    assert "deeppol: 4 articles stored (0 duplicates, 0 already stored)" in first.stderr
    second = run_cli("ingest", str(corpus), "--db", store_url)
    assert second.exit_code == 0
    assert "deeppol: 0 articles stored (0 duplicates, 4 already stored), 0 events" in second.stderr
    info = run_cli("db", "info", "--db", store_url, "--json")
    figures = json.loads(info.stdout)
    assert figures["counts"]["articles"] == 4
    assert figures["schema_version"] >= 1
    assert [run["invocations"] for run in figures["runs"]] == [2]
    text = run_cli("db", "info", "--db", store_url)
    assert "schema version" in text.stdout and "articles" in text.stdout


def test_ingest_cli_db_migrate_creates_and_is_idempotent(run_cli, store_url: str) -> None:
    first = run_cli("db", "migrate", "--db", store_url)
    assert first.exit_code == 0 and "-> " in first.stdout
    again = run_cli("db", "migrate", "--db", store_url)
    assert again.exit_code == 0 and "up to date" in again.stdout


@pytest.mark.parametrize("args", [
    ["--csv-columns", "body"], ["--csv-columns", "colour=body"], ["--batch-size", "0"],
])
def test_ingest_cli_bad_options_are_usage_errors(run_cli, tmp_path: Path, args: list[str]) -> None:
    result = run_cli("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), *args)
    assert result.exit_code == 2


def test_ingest_cli_db_info_does_not_create_a_store(run_cli, tmp_path: Path) -> None:
    result = run_cli("db", "info", "--db", str(tmp_path / "typo.db"))
    assert result.exit_code == 1 and "no store at" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def test_ingest_cli_unusable_store_is_a_clean_error(run_cli, tmp_path: Path) -> None:
    result = run_cli("ingest", str(tmp_path), "--db", str(tmp_path / "missing" / "x.db"))
    assert result.exit_code == 1
    assert "Error:" in result.stderr and "Traceback" not in result.output


def test_ingest_cli_progress_lines_show_rate_and_eta() -> None:
    stream = io.StringIO()
    progress = ProgressReporter(stream=stream, every_seconds=0.0, total=10)
    progress.skip(4)
    progress.article(3)
    progress.rejection()
    progress.close()
    last = stream.getvalue().strip().splitlines()[-1]
    assert last.startswith("… 1 articles, 3 events, 1 rejected (")
    assert "articles/s, ETA " in last
    assert progress.eta is not None and progress.skipped == 4


def test_ingest_cli_unreachable_dask_scheduler_is_a_clean_error(run_cli, tmp_path: Path) -> None:
    import dask

    good = tmp_path / "good.txt"
    good.write_text(GOOD.format(1), encoding="utf-8")
    scheduler = _unreachable_url().replace("http://", "tcp://").removesuffix("/feed.xml")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run_cli("ingest", str(good), "--db", str(tmp_path / "x.db"), "-q", "--engine",
                         "dask", "--scheduler", scheduler, "--dataset", str(tmp_path / "dataset"))
    assert result.exit_code == 1
    assert f"Error: [E007] cannot reach the Dask scheduler {scheduler}" in result.stderr


@pytest.mark.parametrize("store_urls", ["postgresql"], indirect=True)
def test_ingest_cli_never_prints_the_database_password(run_cli, store_url: str,
                                                       tmp_path: Path) -> None:
    """Like `db info`, `ingest` and `db migrate` name the store without its password (the test
    server trusts every login, so any password connects)."""
    url = store_url.replace("postgresql://postgres@", "postgresql://postgres:s3cret@", 1)
    assert "s3cret" in url
    corpus = tmp_path / "news.jsonl"
    corpus.write_bytes(_line(id="s1", text=GOOD.format(1), date="2022-03-01"))
    for args in (["db", "migrate", "--db", url], ["ingest", str(corpus), "--db", url, "-q"],
                 ["db", "migrate", "--db", url], ["db", "info", "--db", url]):
        result = run_cli(*args)
        assert result.exit_code == 0, result.stderr
        assert "s3cret" not in result.stdout + result.stderr, args
        assert "postgres:***@" in result.stdout + result.stderr, args
