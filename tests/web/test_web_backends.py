"""The API answers the same on SQLite and on a real PostgreSQL server (the shared ``store_url``
fixture), through read-only connections."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from deeppol.analysis.synthetic import insert_events, populate, scenario_events
from deeppol.store import open_store
from deeppol.web import create_app

URLS = (
    "/healthz", "/v1/summary", "/v1/events?actor=CHN&limit=5", "/v1/events/count?quad_class=4",
    "/v1/events/facets?facet=quad_class&facet=location_country", "/v1/dyad?a=USA&b=CHN&by=week",
    "/v1/activity?by=month", "/v1/dyads/top?top=3", "/v1/actors?top=3&level=country",
    "/v1/actors/search?q=chi", "/v1/network?level=country&max_edges=5", "/v1/alerts",
    "/v1/export?format=csv&actor=UKR", "/v1/events?text=50%25_off",
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def answers(store_url: str) -> AsyncIterator[dict[str, httpx.Response]]:
    db = open_store(store_url)
    try:
        populate(db, 400, seed=11, days=60)
        insert_events(db, scenario_events())
    finally:
        db.close()
    app = create_app(store_url)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
            found = {url: await c.get(url) for url in URLS}
            event = found["/v1/events?actor=CHN&limit=5"].json()["events"][0]
            found["event"] = await c.get(f"/v1/events/{event['id']}")
            found["article"] = await c.get(f"/v1/articles/{event['evidence']['article_id']}")
            yield found
    finally:
        app.state.deeppol.close()


@pytest.mark.anyio
async def test_web_api_answers_on_sqlite_and_postgresql(answers: dict[str, httpx.Response]) -> None:
    for url, response in answers.items():
        assert response.status_code == 200, (url, response.text)
    assert answers["/healthz"].json()["status"] == "ok"
    assert answers["/v1/summary"].json()["events"] == 413
    assert len(answers["/v1/dyads/top?top=3"].json()["dyads"]) == 3
    assert answers["article"].json()["mentions"]
    assert answers["/v1/events?text=50%25_off"].json()["events"] == []
