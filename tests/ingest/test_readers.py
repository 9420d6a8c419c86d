"""Reading articles: text, JSON Lines, HTML, stdin; bad records become rejections."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
from pathlib import Path

import pytest

from deeppol.ingest import readers
from deeppol.ingest.normalize import clean_text, parse_publication_date
from deeppol.ingest.readers import read_file, read_inputs
from deeppol.types import Article, Rejection

DEFAULT = dt.date(2022, 1, 7)
PARAGRAPH = ("The foreign ministers of Japan and Australia met in Tokyo on Thursday and signed a "
             "new defense cooperation agreement covering joint exercises, intelligence sharing and "
             "logistics support, officials from both governments said in a joint statement. ")


def _line(**record: object) -> bytes:
    return (json.dumps(record) + "\n").encode("utf-8")


def _split(records: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return ([r for r in records if isinstance(r, Article)],
            [r for r in records if isinstance(r, Rejection)])


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Japan criticized China.\n", encoding="utf-8")
    (article,) = list(read_file(path, DEFAULT))
    assert isinstance(article, Article)
    assert article.id == "story.txt"
    assert article.text == "Japan criticized China.\n"
    assert article.date == DEFAULT


def test_text_file_with_bom_and_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfJapan\x07 criticized China.")
    (article,) = list(read_file(path))
    assert isinstance(article, Article)
    assert article.text == "Japan  criticized China."
    assert article.date is None


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_bytes(b"".join([
        _line(id="a", text="Japan criticized China.", date="2022-01-07", title="T", url="u"),
        b"{not json\n",
        b"\n",  # blank lines are skipped, not rejected
        b"[1, 2, 3]\n",
        _line(id="b", text=42),
        b'{"id": "c", "text": "caf\xe9 au lait"}\n',
        _line(id="d", text="   "),
        _line(text="No id here.", date="Jan 7, 2022"),
    ]))
    articles, rejections = _split(list(read_file(path)))
    assert [a.id for a in articles] == ["a", "news.jsonl:8"]
    assert articles[0].title == "T" and articles[0].url == "u"
    assert articles[0].date == articles[1].date == DEFAULT
    assert [(r.line, r.reason) for r in rejections] == [
        (2, "bad_json"), (4, "bad_json"), (5, "bad_field"), (6, "encoding"), (7, "empty")]
    for rejection in rejections:
        assert rejection.input == str(path)
        assert rejection.describe().startswith(f"{path}:{rejection.line}: [ingest/")


def test_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Pact</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Japan and Australia sign pact</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"
        "</article><footer>Copyright 2022 Example News</footer></body></html>",
        encoding="utf-8",
    )
    (article,) = list(read_file(path, DEFAULT))
    assert isinstance(article, Article), article
    assert "signed a new defense cooperation agreement" in article.text
    assert "Copyright" not in article.text
    assert article.id == "page.html"


def test_html_without_main_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body></body></html>", encoding="utf-8")
    (rejection,) = list(read_file(path))
    assert isinstance(rejection, Rejection)
    assert rejection.input == str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", b"PK\x03\x04\x00\x00\x00\x00binary", "binary"),
        ("latin1.txt", "Caf\xe9".encode("latin-1"), "encoding"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n", "empty"),
        ("binary.jsonl", b'{"text": "a\x00b"}\n', "binary"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    records = list(read_file(path))
    assert len(records) == 1
    (rejection,) = records
    assert isinstance(rejection, Rejection)
    assert rejection.reason == reason
    assert rejection.input == str(path)
    if name.endswith(".jsonl"):
        assert rejection.line == 1


def test_too_large_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ARTICLE_CHARS", 100)
    big = tmp_path / "big.txt"
    big.write_text("Japan criticized China. " * 20, encoding="utf-8")
    lines = tmp_path / "big.jsonl"
    lines.write_bytes(_line(id="small", text="Japan criticized China.")
                      + _line(id="big", text="x" * 101) + _line(id="after", text="Iran protested."))
    (rejection,) = list(read_file(big))
    assert isinstance(rejection, Rejection) and rejection.reason == "too_large"
    articles, rejections = _split(list(read_file(lines)))
    assert [a.id for a in articles] == ["small", "after"]
    assert [(r.reason, r.line) for r in rejections] == [("too_large", 2)]


def test_inputs_mix_directory_missing_and_files(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Japan criticized China.", encoding="utf-8")
    (folder / "sub" / "b.jsonl").write_bytes(_line(id="b", text="Iran protested."))
    (folder / "notes.dat").write_text("skipped,entirely\n", encoding="utf-8")
    missing = str(tmp_path / "nope.jsonl")
    records = list(read_inputs([missing, str(folder)], DEFAULT))
    articles, rejections = _split(records)
    assert [a.id for a in articles] == ["a.txt", "b"]
    assert [(r.input, r.reason, r.line) for r in rejections] == [(missing, "not_found", None)]
    assert rejections[0].describe().startswith(missing)


@pytest.mark.parametrize(
    ("data", "ids"),
    [
        (b"Japan criticized China.", ["stdin"]),
        (b'{"id": "x", "text": "Japan criticized China."}\n{"id": "y", "text": "Iran protested."}\n',
         ["x", "y"]),
    ],
)
def test_stdin(data: bytes, ids: list[str]) -> None:
    stream = io.BufferedReader(io.BytesIO(data))
    articles, rejections = _split(list(read_inputs(["-"], DEFAULT, stdin=stream)))
    assert rejections == []
    assert [a.id for a in articles] == ids
    assert all(a.date == DEFAULT for a in articles)


@pytest.mark.parametrize(
    "value",
    ["2022-01-07", "2022-01-07T10:00:00Z", "2022-01-07T23:30:00+05:00", "Jan 7, 2022",
     "January 7, 2022", "7 January 2022", "Fri, 07 Jan 2022 10:00:00 GMT", 1641549600],
)
def test_publication_dates(value: object) -> None:
    assert parse_publication_date(value) == DEFAULT


def test_ambiguous_numeric_date_parses() -> None:
    assert parse_publication_date("07/01/2022") in (dt.date(2022, 7, 1), dt.date(2022, 1, 7))


@pytest.mark.parametrize("value", [None, ""])
def test_missing_dates(value: object) -> None:
    assert parse_publication_date(value) is None


@pytest.mark.parametrize("value", ["not a date", "2022-13-45", ["2022-01-07"]])
def test_bad_dates_raise(value: object) -> None:
    with pytest.raises(ValueError):
        parse_publication_date(value)


@pytest.mark.parametrize("value", ["not a date", "2022-13-45", 12.5e20, ["x"]])
def test_unparseable_date_keeps_article_with_default(tmp_path: Path, value: object) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_bytes(_line(id="a", text="Japan criticized China.", date=value))
    (article,) = list(read_file(path, DEFAULT))
    assert isinstance(article, Article)
    assert article.date == DEFAULT


def test_clean_text_keeps_offsets() -> None:
    text = "a\x00b\tc\nd\x1fe"
    assert clean_text(text) == "a b\tc\nd e"
    assert len(clean_text(text)) == len(text)


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize(
    "name", ["r.txt", "r.html", "r.jsonl", "r.csv", "r.tsv", "r.rss", "r.xml", "r.warc",
             "r.warc.gz", "r.bin"])
def test_random_bytes_are_one_rejection_between_good_inputs(tmp_path: Path, name: str,
                                                            seed: int) -> None:
    before, after = tmp_path / "before.txt", tmp_path / "after.jsonl"
    before.write_text("Japan criticized China.", encoding="utf-8")
    after.write_bytes(_line(id="after", text="Iran protested."))
    noise = tmp_path / name
    noise.write_bytes(random.Random(seed).randbytes(8192))
    records = list(read_inputs([str(before), str(noise), str(after)], DEFAULT))
    articles, rejections = _split(records)
    assert [a.id for a in articles] == ["before.txt", "after"]
    assert [r.input for r in rejections] == [str(noise)]


@pytest.mark.parametrize(
    "line",
    [_line(id="x", text=["a list"]), _line(id="x", text=None), _line(id="x"), b'"a string"\n',
     _line(id="x", text={"body": "Japan criticized China."})],
)
def test_json_with_wrong_types_is_one_rejection(tmp_path: Path, line: bytes) -> None:
    path = tmp_path / "typed.jsonl"
    path.write_bytes(_line(id="a", text="Japan criticized China.") + line
                     + _line(id="b", text="Iran protested.", date=["2022"], title=7))
    articles, rejections = _split(list(read_file(path, DEFAULT)))
    assert [(a.id, a.date, a.title) for a in articles] == [("a", DEFAULT, None),
                                                           ("b", DEFAULT, None)]
    assert [(r.line, r.stage) for r in rejections] == [(2, "ingest")]


def test_explicit_unknown_suffix_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("Japan criticized China.", encoding="utf-8")
    (article,) = list(read_inputs([str(path)], DEFAULT))
    assert isinstance(article, Article) and article.id == "story.md"
    assert list(read_inputs([str(tmp_path)], DEFAULT)) == []  # a directory: known suffixes only


def test_directories_read_the_new_formats(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "t.csv").write_text("id,text\nc1,Japan criticized China.\n",
                                          encoding="utf-8")
    (tmp_path / "b.tsv").write_text("id\ttext\nt1\tIran protested.\n", encoding="utf-8")
    articles, rejections = _split(list(read_inputs([str(tmp_path)], DEFAULT)))
    assert [a.id for a in articles] == ["c1", "t1"]
    assert rejections == []


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"id": "deep", "text": "x", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
         "bad_json"),                                                    # RecursionError
        (b'{"id": ' + b"1" * 5000 + b', "text": "Iran protested."}\n', "bad_json"),  # int digits
        (b'{"id": "s", "text": "Japan \\ud800 criticized China."}\n', "encoding"),
        (b'{"id": "s\\udcff", "text": "Japan criticized China."}\n', "encoding"),
        (b'{"id": "s", "text": "Japan criticized China.", "title": "\\udc80"}\n', "encoding"),
    ],
)
def test_jsonl_hostile_line_is_one_rejection(tmp_path: Path, line: bytes, reason: str) -> None:
    """Valid-looking JSON that json.loads cannot turn into storable text: one rejection, the
    lines around it are read (a lone surrogate would crash hashing and the database later)."""
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(_line(id="a", text="Japan criticized China.") + line
                     + _line(id="b", text="Iran protested."))
    articles, rejections = _split(list(read_file(path, DEFAULT)))
    assert [a.id for a in articles] == ["a", "b"]
    assert [(r.line, r.stage, r.reason) for r in rejections] == [(2, "ingest", reason)]
    assert len(rejections[0].detail) < 200
    rejections[0].describe().encode("utf-8")


def test_undecodable_file_names_give_storable_names(tmp_path: Path) -> None:
    """File names that are not UTF-8 (Python keeps their bytes as lone surrogates) are named with
    U+FFFD in articles and rejections, which can be hashed and stored."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Japan criticized China.")
    with open(os.fsencode(folder) + b"/bad\xff.jsonl", "wb") as handle:
        handle.write(b"{not json\n")
    named = [str(path) for path in sorted(folder.iterdir())]
    for inputs in ([str(folder)], named, [str(folder / "gone\udcff.txt")]):
        records = list(read_inputs(inputs, DEFAULT))
        assert records
        for record in records:
            for text in ((record.id,) if isinstance(record, Article) else
                         (record.input, record.detail)):
                text.encode("utf-8")
    articles, rejections = _split(list(read_inputs([str(folder)], DEFAULT)))
    assert [a.id for a in articles] == ["caf\ufffd.txt"]
    assert [r.input for r in rejections] == [str(folder / "bad\ufffd.jsonl")]
