"""Reading CSV/TSV tables: column aliases and mappings, bad rows and bad files."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from deeppol.errors import ConfigError
from deeppol.ingest import readers
from deeppol.ingest.readers import ReaderOptions, parse_column_mapping, read_file, read_inputs
from deeppol.ingest.tabular import read_csv
from deeppol.types import Article, Rejection

DEFAULT = dt.date(2022, 1, 7)


def _split(records: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return ([r for r in records if isinstance(r, Article)],
            [r for r in records if isinstance(r, Rejection)])


def _table(rows: list[list[str]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


@pytest.mark.parametrize(
    ("header", "suffix"),
    [
        (["id", "text", "date", "title", "url", "source"], ".csv"),
        (["ID", "Body", "Published", "Headline", "Link", "Publisher"], ".csv"),
        (["doc_id", "content", "pubdate", "title", "url", "outlet"], ".tsv"),
    ],
)
def test_tabular_default_columns_and_aliases(tmp_path: Path, header: list[str],
                                             suffix: str) -> None:
    path = tmp_path / f"news{suffix}"
    delimiter = "\t" if suffix == ".tsv" else ","
    path.write_bytes(_table([header,
                             ["a", "Japan criticized China.", "2022-01-05", "T", "https://x/a", "X"],
                             ["b", "Iran protested,\nloudly.", "", "", "", ""]], delimiter))
    articles, rejections = _split(list(read_file(path, DEFAULT)))
    assert rejections == []
    first, second = articles
    assert first == Article("a", "Japan criticized China.", dt.date(2022, 1, 5), "T",
                            "https://x/a", "X")
    assert second == Article("b", "Iran protested,\nloudly.", DEFAULT)


@pytest.mark.parametrize("spec", ["text=story_body,date=when", "TEXT = story_body , date=when"])
def test_tabular_user_column_mapping(tmp_path: Path, spec: str) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xef\xbb\xbfkey,Story_Body,when,text\n"
                     b"k1,Japan criticized China.,Jan 6 2022,not this one\n")
    options = ReaderOptions(columns=parse_column_mapping(spec))
    (article,) = list(read_inputs([str(path)], DEFAULT, options=options))
    assert isinstance(article, Article)
    assert article.text == "Japan criticized China."
    assert article.date == dt.date(2022, 1, 6)
    assert article.id == "export.csv:2"  # no id column: file name and line


@pytest.mark.parametrize(
    ("data", "options", "detail"),
    [
        (b"id,headline,published\n1,Pact,2022-01-07\n", ReaderOptions(), "'headline'"),
        (b"id,body\n1,Japan criticized China.\n", ReaderOptions(columns={"text": "story"}),
         "no column 'story' for text"),
        (b"id,body\n1,Japan criticized China.\n", ReaderOptions(columns={"date": "when"}),
         "no column 'when' for date"),
    ],
)
def test_tabular_missing_column_is_one_rejection(tmp_path: Path, data: bytes,
                                                 options: ReaderOptions, detail: str) -> None:
    path = tmp_path / "table.csv"
    path.write_bytes(data)
    (rejection,) = list(read_file(path, DEFAULT, options))
    assert isinstance(rejection, Rejection)
    assert (rejection.input, rejection.stage, rejection.reason) == (str(path), "ingest",
                                                                    "missing_column")
    assert detail in rejection.detail and "columns:" in rejection.detail


def test_tabular_bad_rows_are_rejected_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join([
        b"id,text,date\n",
        b"a,Japan criticized China.,2022-01-07\n",             # line 2
        b"b,caf\xe9 au lait,2022-01-07\n",                     # line 3: Latin-1, not UTF-8
        b"c,too,many,fields\n",                                # line 4
        b'd,"Iran protested\nagain.",not a date\n',            # lines 5-6: kept, default date
        b"\n",                                                 # blank line: skipped
        b",,\n",                                               # empty row: skipped
        b"e,   ,2022-01-07\n",                                 # line 9: blank text
        b"f,Russia warned Ukraine.,2022-01-08\n",              # line 10
    ]))
    articles, rejections = _split(list(read_file(path, DEFAULT)))
    assert [(a.id, a.date) for a in articles] == [
        ("a", DEFAULT), ("d", DEFAULT), ("f", dt.date(2022, 1, 8))]
    assert [(r.line, r.reason) for r in rejections] == [
        (3, "encoding"), (4, "bad_row"), (9, "empty")]
    assert all(r.describe().startswith(f"{path}:{r.line}: [ingest/") for r in rejections)


def test_tabular_huge_field_is_one_rejection(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ARTICLE_CHARS", 1000)
    path = tmp_path / "big.csv"
    big = "Japan criticized China. " * 20_000  # 480,000 characters: over csv's default limit
    path.write_bytes(_table([["id", "text"], ["small", "Iran protested."], ["big", big],
                             ["after", "Russia warned Ukraine."]]))
    articles, rejections = _split(list(read_file(path)))
    assert [a.id for a in articles] == ["small", "after"]
    assert [(r.reason, r.line) for r in rejections] == [("too_large", 3)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"id,te\x00xt\n1,x\n", "binary"),
        (b"id,t\xe9xt\n1,x\n", "encoding"),
    ],
)
def test_tabular_unusable_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    (rejection,) = list(read_file(path))
    assert isinstance(rejection, Rejection) and rejection.reason == reason


def test_tabular_delimiter_option() -> None:
    stream = io.BufferedReader(io.BytesIO(b"id;text\n1;Japan criticized China.\n"))
    (article,) = list(read_csv(stream, "semi.csv", DEFAULT, delimiter=";"))
    assert isinstance(article, Article) and article.text == "Japan criticized China."


@pytest.mark.parametrize(
    ("spec", "expected"),
    [("text=body,date=pubdate", {"text": "body", "date": "pubdate"}),
     (" Title = Headline ,", {"title": "Headline"}), ("", {})],
)
def test_tabular_parse_column_mapping(spec: str, expected: dict[str, str]) -> None:
    assert parse_column_mapping(spec) == expected


@pytest.mark.parametrize("spec", ["text", "text=", "=body", "author=byline"])
def test_tabular_parse_column_mapping_errors(spec: str) -> None:
    with pytest.raises(ConfigError):
        parse_column_mapping(spec)


@pytest.mark.parametrize(
    "kwargs",
    [{"columns": {"author": "byline"}}, {"columns": {"text": " "}}, {"csv_delimiter": ";;"},
     {"fetch_timeout": 0}, {"fetch_max_bytes": -1}],
)
def test_tabular_reader_options_are_validated(kwargs: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        ReaderOptions(**kwargs)  # type: ignore[arg-type]


def test_tabular_reader_options_are_frozen_and_hashable() -> None:
    mapping = {"text": "body"}
    options = ReaderOptions(columns=mapping)
    mapping["date"] = "when"
    assert dict(options.columns) == {"text": "body"}
    assert hash(options) == hash(ReaderOptions(columns={"text": "body"}))
    with pytest.raises(TypeError):
        options.columns["date"] = "when"  # type: ignore[index]
