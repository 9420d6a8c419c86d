"""The JSON API, in process (httpx ASGI transport): filters, pages, timelines, articles with
evidence spans, errors, limits, the lazy coder and the token-guarded ingest."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from dashboard_data import LAST_DAY, XSS_TEXT, build_store
from fastapi import FastAPI

from deeppol.analysis import EventFilter, count_events
from deeppol.coding.coder import Coder
from deeppol.errors import ConfigError
from deeppol.store import open_store
from deeppol.web import WebSettings, create_app

TOKEN = "s3cret-token-for-tests-0123456789"

pytestmark = pytest.mark.slow  # the store holds articles coded by the trained pipeline


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "web.db", coder)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class CoderFactory:
    """Hands out the session coder and counts the calls (the app must build it once, lazily)."""

    def __init__(self, coder: Coder) -> None:
        self.coder = coder
        self.calls = 0

    def __call__(self) -> Coder:
        self.calls += 1
        return self.coder


@pytest.fixture
def factory(coder: Coder) -> CoderFactory:
    return CoderFactory(coder)


@pytest.fixture
def app(web_db: Path, factory: CoderFactory) -> Iterator[FastAPI]:
    app = create_app(web_db, coder_factory=factory)
    yield app
    app.state.deeppol.close()


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c


def _error(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    if code is not None:
        assert error["code"] == code
    return error


@pytest.mark.anyio
async def test_web_healthz_reports_store_and_lazy_coder(client: httpx.AsyncClient) -> None:
    body = (await client.get("/healthz")).json()
    assert body["status"] == "ok" and body["dialect"] == "sqlite" and body["schema_version"] >= 1
    assert body["ingest_enabled"] is False and body["coder_loaded"] is False


@pytest.mark.anyio
@pytest.mark.parametrize("params", [{}, {"actor": "CHN"}, {"quad_class": [3, 4], "since": "2022-03-01"},
                                    {"dyad": "RUS,UKR", "root": "19"}])
async def test_web_events_pages_cover_the_filter_once(client: httpx.AsyncClient, web_db: Path,
                                                      params: dict[str, Any]) -> None:
    seen: list[str] = []
    cursor = None
    for _ in range(100):
        page = (await client.get("/v1/events", params={**params, "limit": 500,
                                                       **({"cursor": cursor} if cursor else {})})).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    count = (await client.get("/v1/events/count", params=params)).json()["count"]
    assert len(seen) == len(set(seen)) == count > 0
    flt = EventFilter(actor=params.get("actor"), quad_classes=tuple(params.get("quad_class", ())),
                      since=params.get("since"), roots=params.get("root", ()),
                      dyad=tuple(params["dyad"].split(",")) if "dyad" in params else None)
    with open_store(web_db) as db:
        assert count == count_events(db, flt)


@pytest.mark.anyio
async def test_web_events_carry_evidence_and_respect_actor_filter(client: httpx.AsyncClient) -> None:
    events = (await client.get("/v1/events", params={"actor": "CHN", "limit": 20})).json()["events"]
    assert events
    for event in events:
        assert "CHN" in (event["source_country"], event["target_country"])
        assert event["evidence"]["sentence"] and event["evidence"]["article_id"]


@pytest.mark.anyio
@pytest.mark.parametrize(("url", "status", "code"), [
    ("/v1/events?limit=501", 422, "invalid_request"),
    ("/v1/events?limit=0", 422, "invalid_request"),
    ("/v1/events?quad_class=7", 422, "invalid_request"),
    ("/v1/events?actor=CHN%27%3B%20DROP%20TABLE%20events", 422, "invalid_request"),
    ("/v1/events?since=2022-13-01", 422, "invalid_request"),
    ("/v1/events?since=2022-03-01&until=2022-01-01", 400, "A006"),
    ("/v1/events?cursor=not-a-cursor", 400, "A002"),
    ("/v1/events?since=0001-01-01", 400, "A022"),
    ("/v1/events?text=a%00b", 422, "invalid_request"),
    ("/v1/dyad?a=USA&b=CHN&by=day&since=1900-01-01&until=2900-01-01", 400, "A020"),
    ("/v1/dyad?a=USA", 422, "invalid_request"),
    ("/v1/alerts?limit=101", 422, "invalid_request"),  # the list of alerts is bounded too
    ("/v1/events/nope", 404, "not_found"),
    ("/v1/articles/nope", 404, "not_found"),
    ("/v1/nothing-here", 404, "not_found"),
])
async def test_web_errors_are_json_with_code_and_message(client: httpx.AsyncClient, url: str,
                                                         status: int, code: str) -> None:
    _error(await client.get(url), status, code)


@pytest.mark.anyio
async def test_web_wrong_method_is_a_json_405(client: httpx.AsyncClient) -> None:
    _error(await client.delete("/v1/events"), 405, "method_not_allowed")


@pytest.mark.anyio
async def test_web_hostile_text_filter_is_only_a_value(client: httpx.AsyncClient, web_db: Path) -> None:
    response = await client.get("/v1/events", params={"text": "x' OR '1'='1; DROP TABLE events; --"})
    assert response.status_code == 200 and response.json()["events"] == []
    with open_store(web_db) as db:
        assert db.query_one("SELECT COUNT(*) AS n FROM events")["n"] > 3000


@pytest.mark.anyio
@pytest.mark.parametrize("by", ["day", "week", "month"])
async def test_web_dyad_timeline_counts_the_dyad_events(client: httpx.AsyncClient, by: str) -> None:
    body = (await client.get("/v1/dyad", params={"a": "USA", "b": "CHN", "by": by})).json()
    assert (body["a"], body["b"], body["by"], body["directed"]) == ("USA", "CHN", by, False)
    total = sum(b["events"]["total"] for b in body["bins"])
    dated = {"dyad": "USA,CHN", "since": "1900-01-01"}  # timelines leave undated events out
    count = (await client.get("/v1/events/count", params=dated)).json()["count"]
    assert total == count > 0
    assert [b["start"] for b in body["bins"]] == sorted(b["start"] for b in body["bins"])


@pytest.mark.anyio
async def test_web_activity_and_top_dyads_cover_the_period(client: httpx.AsyncClient) -> None:
    period = {"since": "2022-04-01", "until": "2022-04-30"}
    bins = (await client.get("/v1/activity", params={**period, "by": "day"})).json()["bins"]
    assert len(bins) == 30
    count = (await client.get("/v1/events/count", params=period)).json()["count"]
    assert sum(b["events"]["total"] for b in bins) == count
    dyads = (await client.get("/v1/dyads/top", params={**period, "top": 5})).json()["dyads"]
    assert len(dyads) == 5 and all(d["a"] <= d["b"] for d in dyads)
    assert [d["events"] for d in dyads] == sorted((d["events"] for d in dyads), reverse=True)


@pytest.mark.anyio
@pytest.mark.parametrize(("q", "first"), [("UKR", "UKR"), ("chin", "CHN"), ("japan", "JPN"),
                                          ("RUSMIL", "RUSMIL")])
async def test_web_actor_autocomplete_by_code_or_name(client: httpx.AsyncClient, q: str,
                                                       first: str) -> None:
    matches = (await client.get("/v1/actors/search", params={"q": q})).json()["matches"]
    assert first in [m["code"] for m in matches[:3]]


@pytest.mark.anyio
async def test_web_actors_rank_by_events_with_partners(client: httpx.AsyncClient) -> None:
    actors = (await client.get("/v1/actors", params={"top": 3, "level": "country"})).json()["actors"]
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    assert all(a["partners"] for a in actors)


@pytest.mark.anyio
async def test_web_network_is_bounded_by_max_edges(client: httpx.AsyncClient) -> None:
    params = {"since": "2022-04-01", "until": "2022-04-30", "level": "country"}
    full = (await client.get("/v1/network", params={**params, "max_edges": 2000})).json()
    cut = (await client.get("/v1/network", params={**params, "max_edges": 3})).json()
    assert not full["truncated"] and len(full["edges"]) > 3
    assert cut["truncated"] and len(cut["edges"]) == 3
    ids = {n["id"] for n in cut["nodes"]}
    assert ids == {e["source"] for e in cut["edges"]} | {e["target"] for e in cut["edges"]}


@pytest.mark.anyio
async def test_web_alerts_find_the_burst(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/alerts")).json()
    assert body["as_of"] == LAST_DAY.isoformat()
    dyads = [tuple(a["dyad"]) for a in body["alerts"]]
    assert ("RUS", "UKR") in dyads
    assert all(a["evidence"] for a in body["alerts"])
    loose = {"min_events": 1, "threshold": 0, "level": "code"}
    every = (await client.get("/v1/alerts", params={**loose, "limit": 100})).json()["alerts"]
    two = (await client.get("/v1/alerts", params={**loose, "limit": 2})).json()["alerts"]
    assert len(every) > 2 and two == every[:2]


@pytest.mark.anyio
async def test_web_article_spans_point_into_its_text(client: httpx.AsyncClient, web_db: Path) -> None:
    with open_store(web_db) as db:
        article_id = db.query_one("SELECT id FROM articles WHERE doc_id = 'hostile-1'")["id"]
    article = (await client.get(f"/v1/articles/{article_id}")).json()
    assert article["text"] == XSS_TEXT and article["doc_id"] == "hostile-1"
    assert article["mentions"]
    text = article["text"]
    for m in article["mentions"]:
        assert text[m["trigger_start"]:m["trigger_end"]] == m["trigger_text"]
        if m["source_start"] is not None:
            assert text[m["source_start"]:m["source_end"]] == m["source_text"]
        if m["target_start"] is not None:
            assert text[m["target_start"]:m["target_end"]] == m["target_text"]
    event = (await client.get(f"/v1/events/{article['mentions'][0]['event_id']}")).json()
    assert article_id in {m["article_id"] for m in event["mentions"]}
    assert event["n_mentions"] == len(event["mentions"])


@pytest.mark.anyio
@pytest.mark.parametrize(("fmt", "lines_extra"), [("csv", 1), ("jsonl", 0)])
async def test_web_export_streams_the_current_filter(client: httpx.AsyncClient, fmt: str,
                                                     lines_extra: int) -> None:
    params = {"actor": "TWN", "format": fmt}
    response = await client.get("/v1/export", params=params)
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    count = (await client.get("/v1/events/count", params={"actor": "TWN"})).json()["count"]
    if fmt == "csv":
        import csv
        import io

        rows = list(csv.reader(io.StringIO(response.text)))
        assert rows[0][:3] == ["id", "event_date", "source"]
        assert len(rows) == count + lines_extra
    else:
        assert len(response.text.splitlines()) == count


@pytest.mark.anyio
async def test_web_facets_count_the_filter(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/events/facets", params={"actor": "UKR", "facet": ["quad_class"]})).json()
    count = (await client.get("/v1/events/count", params={"actor": "UKR"})).json()["count"]
    assert sum(v["count"] for v in body["facets"]["quad_class"]) == count
    _error(await client.get("/v1/events/facets", params={"facet": "password"}), 422)


@pytest.mark.anyio
async def test_web_code_loads_the_coder_once_and_codes(client: httpx.AsyncClient,
                                                       factory: CoderFactory) -> None:
    assert factory.calls == 0
    body = {"texts": ["Japan and Australia signed a defense pact on Thursday in Canberra.",
                      "Nothing happened."], "date": "2022-01-07"}
    for _ in range(2):
        result = (await client.post("/v1/code", json=body)).json()
    assert factory.calls == 1
    first, second = result["results"]
    assert {(e["source"], e["target"], e["code"]) for e in first["events"]} >= {("JPN", "AUS", "057")}
    assert second["events"] == [] and first["error"] is None
    assert (await client.get("/healthz")).json()["coder_loaded"] is True


@pytest.mark.anyio
@pytest.mark.parametrize(("body", "status"), [
    ({"texts": ["x" * 100_001]}, 422),
    ({"texts": ["a"] * 21}, 422),
    ({"texts": []}, 422),
    ({"texts": ["a"], "date": "yesterday"}, 400),
    ({"texts": ["a"], "unknown": 1}, 422),
])
async def test_web_code_bounds_its_input(client: httpx.AsyncClient, body: dict[str, Any],
                                         status: int) -> None:
    _error(await client.post("/v1/code", json=body), status)


@pytest.mark.anyio
async def test_web_request_body_is_bounded(client: httpx.AsyncClient) -> None:
    big = b'{"texts": ["' + b"a" * 2_100_000 + b'"]}'
    _error(await client.post("/v1/code", content=big, headers={"content-type": "application/json"}),
           413, "payload_too_large")

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"texts": ["'
        for _ in range(30):
            yield b"a" * 100_000
        yield b'"]}'

    _error(await client.post("/v1/code", content=chunks(), headers={"content-type": "application/json"}),
           413, "payload_too_large")


@pytest.mark.anyio
async def test_web_ingest_is_off_without_a_token(client: httpx.AsyncClient) -> None:
    error = _error(await client.post("/v1/ingest", json={"articles": [{"id": "a", "text": "b"}]}),
                   403, "ingest_disabled")
    assert "DEEPPOL_API_TOKEN" in error["message"]


@pytest.mark.anyio
async def test_web_ingest_needs_the_operator_token(tmp_path: Path, factory: CoderFactory) -> None:
    path = tmp_path / "ingest.db"
    open_store(path).close()
    app = create_app(path, token=TOKEN, coder_factory=factory)
    article = {"id": "t1", "text": "Japan and Australia signed a defense pact on Thursday.",
               "date": "2022-01-07", "source": "Test"}
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            response = await c.post("/v1/ingest", json={"articles": [article]})
            assert _error(response, 401, "unauthorized") and response.headers["www-authenticate"] == "Bearer"
            _error(await c.post("/v1/ingest", json={"articles": [article]},
                                headers={"authorization": "Bearer wrong-token-0123456789"}), 401)
            auth = {"authorization": f"Bearer {TOKEN}"}
            first = (await c.post("/v1/ingest", json={"articles": [article]}, headers=auth)).json()
            again = (await c.post("/v1/ingest", json={"articles": [article]}, headers=auth)).json()
            found = (await c.get("/v1/events", params={"dyad": "JPN,AUS"})).json()["events"]
    finally:
        app.state.deeppol.close()
    assert (first["articles"], first["rejected"], again["articles"], again["already_stored"]) == (1, 0, 0, 1)
    assert first["events"] >= 2 and found


def test_web_read_connections_refuse_writes(app: FastAPI) -> None:
    with app.state.deeppol.reader() as db, pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM events")


@pytest.mark.anyio
@pytest.mark.parametrize("url", ["/", "/dyad", "/network", "/events", "/events/x", "/articles/x",
                                 "/v1/events?limit=1"])
async def test_web_answers_carry_a_strict_content_security_policy(client: httpx.AsyncClient,
                                                                  url: str) -> None:
    response = await client.get(url)
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.anyio
async def test_web_openapi_schema_lists_the_versioned_endpoints(client: httpx.AsyncClient) -> None:
    schema = (await client.get("/openapi.json")).json()
    paths = set(schema["paths"])
    assert {"/healthz", "/v1/code", "/v1/events", "/v1/events/{event_id}", "/v1/dyad", "/v1/actors",
            "/v1/actors/search", "/v1/network", "/v1/alerts", "/v1/articles/{article_id}",
            "/v1/ingest", "/v1/export"} <= paths
    assert all(p == "/healthz" or p.startswith("/v1/") for p in paths)
    assert (await client.get("/docs")).status_code == 404  # its page would load a CDN


def test_web_refuses_an_in_memory_store() -> None:
    with pytest.raises(ConfigError, match="E012"):
        create_app(":memory:")


@pytest.mark.parametrize("changes", [{"token": "short"}, {"max_page_size": 0}])
def test_web_settings_are_validated(changes: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        WebSettings(**changes)
