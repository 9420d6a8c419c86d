"""Reading WARC/WARC.gz archives: HTML responses become articles; damage is one rejection."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from deeppol.ingest.readers import read_file, read_inputs
from deeppol.types import Article, Rejection

PARAGRAPH = ("The foreign ministers of Japan and Australia met in Tokyo on Thursday and signed a "
             "new defense cooperation agreement covering joint exercises, intelligence sharing and "
             "logistics support, officials from both governments said in a joint statement. ")
WARC_DATE = "2022-01-08T10:00:00Z"


def _page(number: int, dated: bool = False) -> bytes:
    meta = "<meta property='article:published_time' content='2022-01-06'>" if dated else ""
    return (f"<html><head><title>Story {number}</title>{meta}</head><body>"
            f"<nav><a href='/'>Home</a></nav><article><h1>Story {number}</h1>"
            f"<p>{PARAGRAPH}</p><p>{PARAGRAPH} Item {number}.</p></article>"
            "<footer>Copyright Example News</footer></body></html>").encode()


def _record(writer: WARCWriter, uri: str, body: bytes, content_type: str = "text/html",
            status: str = "200 OK", record_type: str = "response") -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, record_type, payload=io.BytesIO(body),
                                       length=len(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": WARC_DATE})
    writer.write_record(record)


def _archive(gzip: bool) -> bytes:
    """Three HTML pages, with a request, an image, a redirect and an empty page among them."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    _record(writer, "https://www.example.com/1", b"GET /1 HTTP/1.1\r\n\r\n", record_type="request")
    _record(writer, "https://www.example.com/1", _page(1), "text/html; charset=utf-8")
    _record(writer, "https://www.example.com/logo.png", b"\x89PNG\r\n", "image/png")
    _record(writer, "https://news.example.org/2", _page(2, dated=True))
    _record(writer, "https://www.example.com/moved", b"", status="301 Moved Permanently")
    _record(writer, "https://www.example.com/empty", b"<html><body></body></html>")
    _record(writer, "https://www.example.com/3", _page(3))
    return buffer.getvalue()


def _split(records: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return ([r for r in records if isinstance(r, Article)],
            [r for r in records if isinstance(r, Rejection)])


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_html_responses_become_articles(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    path.write_bytes(_archive(gzip))
    articles, rejections = _split(list(read_file(path, dt.date(2000, 1, 1))))
    assert [a.id for a in articles] == ["https://www.example.com/1", "https://news.example.org/2",
                                        "https://www.example.com/3"]
    first, second, _ = articles
    assert "signed a new defense cooperation agreement" in first.text
    assert "Copyright" not in first.text
    assert (first.url, first.source, first.title) == ("https://www.example.com/1", "example.com",
                                                      "Story 1")
    assert first.date == dt.date(2022, 1, 8)  # WARC-Date
    assert second.date == dt.date(2022, 1, 6)  # the page's own date comes first
    assert [(r.stage, r.reason, r.line) for r in rejections] == [("extract", "no_main_text", 6)]
    assert "https://www.example.com/empty" in rejections[0].detail


@pytest.mark.parametrize(("name", "gzip"), [("cut.warc.gz", True), ("cut.warc", False)])
@pytest.mark.parametrize("keep", [0.55, 0.75, 0.97])
def test_warc_truncated_file_keeps_records_before_the_cut(tmp_path: Path, name: str, gzip: bool,
                                                          keep: float) -> None:
    data = _archive(gzip)
    whole = [a.id for a in _split(list(read_file(_write(tmp_path / f"whole-{name}", data))))[0]]
    path = _write(tmp_path / name, data[:int(len(data) * keep)])
    articles, rejections = _split(list(read_file(path)))
    (rejection,) = [r for r in rejections if r.stage == "ingest"]
    assert (rejection.input, rejection.stage, rejection.reason) == (str(path), "ingest",
                                                                    "truncated")
    assert [a.id for a in articles] == whole[:len(articles)]
    assert articles, "the records before the cut are read"


def test_warc_every_cut_gives_good_records_and_at_most_one_rejection(tmp_path: Path) -> None:
    data = _archive(True)
    for cut in range(0, len(data), 23):
        records = list(read_file(_write(tmp_path / "cut.warc.gz", data[:cut])))
        damage = [index for index, record in enumerate(records)
                  if isinstance(record, Rejection) and record.stage == "ingest"]
        assert damage in ([], [len(records) - 1]), (cut, records)


def test_warc_corrupt_middle_is_one_rejection_after_good_records(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    _record(writer, "https://www.example.com/1", _page(1))
    middle = len(buffer.getvalue())
    _record(writer, "https://www.example.com/2", _page(2))
    data = buffer.getvalue()
    path = _write(tmp_path / "bad.warc", data[:middle] + b"GARBAGE LINE\r\n" * 3 + data[middle:])
    articles, rejections = _split(list(read_file(path)))
    assert [a.id for a in articles] == ["https://www.example.com/1"]
    assert [(r.reason, r.line) for r in rejections] == [("corrupt", 2)]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("random.warc.gz", bytes(range(256)) * 8, "corrupt"),
        ("random.warc", b"\x1f\x8b" + bytes(range(255, -1, -1)) * 8, "corrupt"),
        ("empty.warc", b"", "empty"),
    ],
)
def test_warc_unusable_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = _write(tmp_path / name, data)
    (rejection,) = list(read_inputs([str(path)]))
    assert isinstance(rejection, Rejection)
    assert (rejection.stage, rejection.reason) == ("ingest", reason)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
