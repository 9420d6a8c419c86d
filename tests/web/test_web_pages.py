"""The dashboard is served by the app and works offline: every page and every static file comes
from the app itself, and none of them names another origin."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from dashboard_data import build_store
from fastapi import FastAPI

from deeppol.web import create_app
from deeppol.web.pages import PAGES, STATIC_DIR

URL = re.compile(rb"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s\"'<>)]*", re.IGNORECASE)
PAGE_URLS = {"overview": "/", "dyad": "/dyad", "network": "/network", "events": "/events",
             "article": "/articles/some-id", "event": "/events/some-id"}


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    app = create_app(build_store(tmp_path_factory.mktemp("pages") / "pages.db", None, events=200))
    yield app
    app.state.deeppol.close()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c


def test_web_static_bundle_is_built_and_shipped() -> None:
    names = {p.name for p in STATIC_DIR.iterdir()}
    assert {"app.css", "THIRD-PARTY-LICENSES.txt", *(f"{page}.js" for page in PAGES)} <= names
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
    assert '"web/static/*"' in pyproject and '"web/static/chunks/*"' in pyproject


@pytest.mark.anyio
@pytest.mark.parametrize("page", sorted(PAGES))
async def test_web_pages_load_only_the_apps_own_files(client: httpx.AsyncClient, page: str) -> None:
    response = await client.get(PAGE_URLS[page])
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.content
    assert URL.findall(html) == []
    assets = re.findall(rb'(?:src|href)="(/static/[^"?]+)', html)
    assert {b"/static/app.css", f"/static/{page}.js".encode()} <= set(assets)
    for asset in assets:
        assert (await client.get(asset.decode())).status_code == 200


@pytest.mark.anyio
async def test_web_no_served_script_or_style_names_another_origin(client: httpx.AsyncClient) -> None:
    files = sorted(p for p in STATIC_DIR.rglob("*") if p.suffix in (".js", ".css", ".html"))
    assert len(files) >= 7
    for file in files:
        response = await client.get("/static/" + file.relative_to(STATIC_DIR).as_posix())
        assert response.status_code == 200
        assert URL.findall(response.content) == [], file.name
        # imports between bundles are relative: nothing is fetched from elsewhere
        assert not re.search(rb"""(?:import|from)\s*["'](?!\./|\.\./)""", response.content), file.name


def test_web_pages_never_interpolate_data() -> None:
    from deeppol.web.pages import page_html

    for page in PAGES:
        html = page_html(page, "1")
        assert "<script>" not in html  # only <script type="module" src=...>: CSP forbids inline
    ours = Path(__file__).resolve().parents[2] / "frontend" / "src"  # the bundled libraries may
    scripts = sorted(ours.rglob("*.js"))
    assert scripts
    for script in scripts:
        text = script.read_text(encoding="utf-8")
        assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", text), script
