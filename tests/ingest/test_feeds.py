"""Reading RSS/Atom feeds from files and URLs, and fetching their articles.

HTTP is served by a local ``http.server`` thread on 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import datetime as dt
import gzip
import http.server
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from deeppol.errors import InputError
from deeppol.ingest.feeds import fragment_text
from deeppol.ingest.fetch import fetch_url
from deeppol.ingest.readers import ReaderOptions, read_file, read_inputs
from deeppol.types import Article, Rejection

DEFAULT = dt.date(2022, 1, 7)
PARAGRAPH = ("The foreign ministers of Japan and Australia met in Tokyo on Thursday and signed a "
             "new defense cooperation agreement covering joint exercises, intelligence sharing and "
             "logistics support, officials from both governments said in a joint statement. ")
PAGE = (f"<html><head><title>Pact</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>Japan and Australia sign pact</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
        "<footer>Copyright Example News</footer></body></html>").encode()


def _rss(*items: str, title: str = "World News") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{title}</title><link>https://news.example.com/</link>"
            f"{''.join(items)}</channel></rss>").encode()


def _item(guid: str, link: str, description: str = "Japan criticized China.",
          date: str = "Wed, 05 Jan 2022 10:00:00 GMT", extra: str = "") -> str:
    pub = f"<pubDate>{date}</pubDate>" if date else ""
    return (f"<item><title>Title {guid}</title><link>{link}</link><guid>urn:{guid}</guid>{pub}"
            f"<description><![CDATA[{description}]]></description>{extra}</item>")


ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><id>urn:a1</id><title>One</title><link href="https://wire.example.org/1"/>
<updated>2022-01-06T08:00:00Z</updated><summary>Iran protested to Iraq.</summary></entry>
</feed>"""


def _split(records: list[Article | Rejection]) -> tuple[list[Article], list[Rejection]]:
    return ([r for r in records if isinstance(r, Article)],
            [r for r in records if isinstance(r, Rejection)])


@dataclass
class Site:
    """A local web site: ``routes`` maps a path to (status, content type, body, extra headers)."""

    base: str
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = field(default_factory=dict)
    user_agents: list[str] = field(default_factory=list)

    def add(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8",
            status: int = 200, **headers: str) -> str:
        self.routes[path] = (status, content_type, body, headers)
        return self.base + path


class _QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (the timeout test) is expected: nothing to report."""


@pytest.fixture
def site() -> Iterator[Site]:
    routes: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
    agents: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            agents.append(self.headers.get("User-Agent", ""))
            if self.path == "/slow":
                time.sleep(1.0)
            status, content_type, body, headers = routes.get(
                self.path, (404, "text/plain", b"not found", {}))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """No request log on stderr."""

    server = _QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    yield Site(f"http://127.0.0.1:{server.server_address[1]}", routes, agents)
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def closed_port_url() -> str:
    """A loopback URL nothing listens on: connecting is refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


def test_feeds_rss_file_uses_summaries(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_bytes(_rss(
        _item("g1", "https://news.example.com/1",
              "<p>Japan criticized China.</p><p>Beijing rejected it.</p>"),
        _item("g2", "https://news.example.com/2", "short teaser", date="",
              extra="<content:encoded><![CDATA[<p>Iran protested.</p><p>Full story.</p>]]>"
                    "</content:encoded>"),
        _item("g3", "https://news.example.com/3", "   "),
    ))
    articles, rejections = _split(list(read_file(path, DEFAULT)))
    assert [a.id for a in articles] == ["urn:g1", "urn:g2"]
    first, second = articles
    assert first.text == "Japan criticized China.\n\nBeijing rejected it."
    assert (first.date, first.title, first.url, first.source) == (
        dt.date(2022, 1, 5), "Title g1", "https://news.example.com/1", "World News")
    assert second.text == "Iran protested.\n\nFull story."  # the longer content:encoded
    assert second.date == DEFAULT
    assert [(r.input, r.reason, r.line) for r in rejections] == [(str(path), "empty", 3)]


@pytest.mark.parametrize("name", ["wire.atom", "wire.xml"])
def test_feeds_atom_file_and_xml_sniffing(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(ATOM)
    (article,) = list(read_file(path, DEFAULT))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.date, article.source) == (
        "urn:a1", "Iran protested to Iraq.", dt.date(2022, 1, 6), "Atom Wire")


def test_feeds_directories_read_feeds_but_not_other_xml(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_bytes(ATOM)
    (tmp_path / "b.xml").write_text("<config><x>1</x></config>", encoding="utf-8")
    (tmp_path / "c.rss").write_bytes(_rss(_item("g1", "https://news.example.com/1")))
    articles, rejections = _split(list(read_inputs([str(tmp_path)], DEFAULT)))
    assert [a.id for a in articles] == ["urn:a1", "urn:g1"]
    assert rejections == []
    (text,) = list(read_inputs([str(tmp_path / "b.xml")]))  # named explicitly: plain text
    assert isinstance(text, Article) and text.id == "b.xml"


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 16, b"<html><body><p>Not a feed.</p></body></html>", b"<rss><channel"],
)
def test_feeds_unreadable_feed_is_one_rejection(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.rss"
    path.write_bytes(data)
    (rejection,) = list(read_file(path))
    assert isinstance(rejection, Rejection)
    assert (rejection.input, rejection.stage, rejection.reason) == (str(path), "ingest",
                                                                    "bad_feed")


def test_feeds_url_with_summaries(site: Site) -> None:
    url = site.add("/feed.xml", _rss(_item("g1", site.base + "/a1")), "application/rss+xml")
    (article,) = list(read_inputs([url], DEFAULT))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.source) == ("urn:g1", "Japan criticized China.",
                                                          "World News")
    assert len(site.user_agents) == 1 and site.user_agents[0].startswith("DeepPol/")


def test_feeds_fetch_articles(site: Site, closed_port_url: str) -> None:
    good = site.add("/a1", PAGE)
    gzipped = site.add("/a2", gzip.compress(PAGE), Content_Encoding="gzip")
    image = site.add("/logo.png", b"\x89PNG\r\n", "image/png")
    empty = site.add("/empty", b"<html><body></body></html>")
    url = site.add("/feed.xml", _rss(
        _item("g1", good), _item("g2", site.base + "/missing"), _item("g3", closed_port_url),
        _item("g4", image), _item("g5", empty), _item("g6", gzipped, date="")))
    options = ReaderOptions(fetch_articles=True, fetch_timeout=5)
    articles, rejections = _split(list(read_inputs([url], DEFAULT, options=options)))
    assert [a.id for a in articles] == ["urn:g1", "urn:g6"]
    first, last = articles
    assert "signed a new defense cooperation agreement" in first.text
    assert "Copyright" not in first.text
    assert (first.url, first.title, first.date) == (good, "Title g1", dt.date(2022, 1, 5))
    assert last.text == first.text and last.date == DEFAULT
    assert [(r.input, r.stage, r.reason, r.line) for r in rejections] == [
        (url, "fetch", "http_error", 2), (url, "fetch", "unreachable", 3),
        (url, "extract", "not_html", 4), (url, "extract", "no_main_text", 5)]
    assert rejections[1].detail.startswith(closed_port_url)


def test_feeds_unreachable_feed_is_one_rejection_and_the_run_goes_on(
        tmp_path: Path, closed_port_url: str) -> None:
    before, after = tmp_path / "before.jsonl", tmp_path / "after.txt"
    before.write_text(json.dumps({"id": "b", "text": "Japan criticized China."}) + "\n",
                      encoding="utf-8")
    after.write_text("Iran protested.", encoding="utf-8")
    records = list(read_inputs([str(before), closed_port_url, str(after)], DEFAULT))
    articles, rejections = _split(records)
    assert [a.id for a in articles] == ["b", "after.txt"]
    (rejection,) = rejections
    assert (rejection.input, rejection.stage, rejection.reason) == (closed_port_url, "fetch",
                                                                    "unreachable")
    assert "refused" in rejection.detail.lower()


def _fetch(url: str, timeout: float = 5, max_bytes: int = 1_000_000) -> bytes:
    return fetch_url(url, timeout=timeout, max_bytes=max_bytes, user_agent="test").data


@pytest.mark.parametrize(
    ("path", "kwargs", "reason"),
    [
        ("/big", {"max_bytes": 1000}, "too_large"),
        ("/slow", {"timeout": 0.2}, "unreachable"),
        ("/to-ftp", {}, "bad_url"),
        ("/to-file", {}, "http_error"),  # urllib itself refuses, as an HTTP error
        ("/nowhere", {}, "http_error"),
    ],
)
def test_feeds_fetch_failures(site: Site, path: str, kwargs: dict[str, float],
                              reason: str) -> None:
    site.add("/big", b"x" * 5000)
    site.add("/slow", b"late")
    site.add("/to-ftp", b"", status=302, Location="ftp://127.0.0.1/x")
    site.add("/to-file", b"", status=302, Location="file:///etc/hostname")
    with pytest.raises(InputError) as caught:
        _fetch(site.base + path, **kwargs)
    assert caught.value.reason == reason


@pytest.mark.parametrize("url", ["file:///etc/hostname", "ftp://example.com/x", "http://[::1"])
def test_feeds_fetch_refuses_other_urls(url: str) -> None:
    with pytest.raises(InputError) as caught:
        _fetch(url)
    assert caught.value.reason == "bad_url"


def test_feeds_fetch_follows_http_redirects(site: Site) -> None:
    site.add("/page", b"hello", "text/plain")
    site.add("/old", b"", status=301, Location=site.base + "/page")
    response = fetch_url(site.base + "/old", timeout=5, max_bytes=100, user_agent="test")
    assert (response.data, response.url, response.media_type) == (b"hello", site.base + "/page",
                                                                  "text/plain")


@pytest.mark.parametrize(
    ("value", "media_type", "expected"),
    [
        ("<p>One.</p><p>Two<br>lines &amp; more.</p>", "text/html", "One.\n\nTwo\nlines & more."),
        ("Plain &amp; simple", "text/html", "Plain & simple"),
        ("a < b, <b>bold</b>", "text/plain", "a < b, <b>bold</b>"),
        ("<ul><li>x</li><li>y</li></ul>", "application/xhtml+xml", "x\n\ny"),
    ],
)
def test_feeds_fragment_text(value: str, media_type: str, expected: str) -> None:
    assert fragment_text(value, media_type) == expected


def test_feeds_content_is_never_opened_as_a_path(tmp_path: Path) -> None:
    secret = tmp_path / "secret.rss"
    secret.write_bytes(_rss(_item("leaked", "https://news.example.com/1")))
    path = tmp_path / "pointer.rss"
    path.write_bytes(str(secret).encode())  # a feed whose whole content is a file name
    (rejection,) = list(read_file(path))
    assert isinstance(rejection, Rejection) and rejection.reason == "bad_feed"


@pytest.mark.parametrize(("date", "expected"), [("0000-01-01T00:00:00Z", DEFAULT),
                                              ("9999-12-31T23:59:59-05:00", dt.date(9999, 12, 31))])
def test_feeds_entry_date_out_of_range_keeps_the_entry(tmp_path: Path, date: str,
                                                       expected: dt.date) -> None:
    """feedparser parses these into years 0 and 10000 (UTC), which no ``date`` holds: the date's
    own text is used, else the default date, and the entries after it are read."""
    path = tmp_path / "odd.rss"
    path.write_bytes(_rss(_item("g1", "https://news.example.com/1", date=date),
                          _item("g2", "https://news.example.com/2")))
    articles, rejections = _split(list(read_file(path, DEFAULT)))
    assert [(a.id, a.date) for a in articles] == [("urn:g1", expected),
                                                  ("urn:g2", dt.date(2022, 1, 5))]
    assert rejections == []
