"""The dashboard's pages: small static HTML shells; the scripts in ``static/`` (built from
``frontend/`` at build time) fetch the data from the JSON API and build the page with DOM calls.

No page interpolates data into HTML: ids travel in the URL and are read by the script.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter
from fastapi import Path as PathParam
from starlette.responses import HTMLResponse

STATIC_DIR = Path(__file__).resolve().parent / "static"

PAGES: dict[str, tuple[str, str]] = {
    "overview": ("Overview", "Events per day by quad class, the most active dyads, current alerts"),
    "dyad": ("Dyad explorer", "How two actors' relationship evolved"),
    "network": ("Network", "Who cooperates with whom, and who is in conflict"),
    "events": ("Events", "Every stored event, filtered"),
    "article": ("Article", "An article with the evidence of its events"),
    "event": ("Event", "A real-world event and the articles that report it"),
}
"""Page name -> (title, description)."""

NAV = (("/", "overview", "Overview"), ("/dyad", "dyad", "Dyads"), ("/network", "network", "Network"),
       ("/events", "events", "Events"))

router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=16)
def page_html(page: str, version: str) -> str:
    """The HTML shell of ``page`` (one of ``PAGES``)."""
    title, description = PAGES[page]
    current = ' aria-current="page"'
    nav = "".join(f'<a href="{href}"{current if name == page else ""}>{label}</a>'
                  for href, name, label in NAV)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{escape(description)}">
<title>{escape(title)} · DeepPol</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/static/app.css?v={escape(version)}">
<script type="module" src="/static/{page}.js?v={escape(version)}"></script>
</head>
<body data-page="{page}">
<header class="top"><span class="brand">DeepPol</span><nav>{nav}</nav></header>
<main id="main"><h1>{escape(title)}</h1><div id="app"><p class="loading">Loading…</p></div></main>
<noscript><p>This dashboard needs JavaScript; the same data is at <code>/v1/…</code> (JSON).</p></noscript>
</body>
</html>
"""


def _page(page: str) -> HTMLResponse:
    from deeppol import __version__

    return HTMLResponse(page_html(page, __version__))


@router.get("/")
def overview() -> HTMLResponse:
    return _page("overview")


@router.get("/dyad")
def dyad() -> HTMLResponse:
    return _page("dyad")


@router.get("/network")
def network() -> HTMLResponse:
    return _page("network")


@router.get("/events")
def events() -> HTMLResponse:
    return _page("events")


@router.get("/events/{event_id}")
def event(event_id: Annotated[str, PathParam(max_length=100)]) -> HTMLResponse:
    del event_id  # read by the script from the URL
    return _page("event")


@router.get("/articles/{article_id}")
def article(article_id: Annotated[str, PathParam(max_length=200)]) -> HTMLResponse:
    del article_id  # read by the script from the URL
    return _page("article")
