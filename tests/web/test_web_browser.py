"""The dashboard in a real browser (Debian's chromium, driven by Playwright): every page renders,
a dyad is chosen with the autocomplete, the events table is filtered and downloaded, an event is
followed to its article, and a hostile article runs nothing. Screenshots go to docs/img/.

The app runs under uvicorn on a free loopback port; the browser may fetch nothing else (every
other request is aborted and fails the test).
"""

from __future__ import annotations

import csv
import io
import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from dashboard_data import EMOJI_TEXT, XSS_SOURCE, XSS_TEXT, XSS_TITLE, build_store

from deeppol.coding.coder import Coder
from deeppol.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "img"
VIEWPORT = {"width": 1280, "height": 900}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's chromium at "
                       "/usr/bin/chromium (apt-get install chromium chromium-driver)"),
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Iterator[str]:
    """The app over the test store, served by uvicorn in a thread on a loopback port."""
    import uvicorn

    path = build_store(tmp_path_factory.mktemp("browser") / "browser.db", coder)
    app = create_app(path, coder_factory=lambda: coder)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", ws="none",
                            lifespan="on", access_log=False)
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        instance.should_exit = True
        thread.join(timeout=20)
        app.state.deeppol.close()


class Browser:
    """One page with guards: requests to other origins are aborted and recorded, as are
    JavaScript errors, console errors (CSP violations among them) and dialogs."""

    def __init__(self, context: Any, origin: str) -> None:
        self.origin = origin
        self.foreign: list[str] = []
        self.problems: list[str] = []
        context.route("**/*", self._route)
        self.page = context.new_page()
        self.page.on("pageerror", lambda exc: self.problems.append(f"page error: {exc}"))
        self.page.on("console", self._console)
        self.page.on("dialog", self._dialog)

    def _route(self, route: Any) -> None:
        if route.request.url.startswith(self.origin + "/"):
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.problems.append(f"console: {message.text}")

    def _dialog(self, dialog: Any) -> None:
        self.problems.append(f"dialog: {dialog.message}")
        dialog.dismiss()

    def open(self, path: str) -> Any:
        self.page.goto(self.origin + path)
        self.page.wait_for_load_state("networkidle")
        return self.page

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.wait_for_load_state("networkidle")
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))

    def check_clean(self) -> None:
        assert self.foreign == [], f"requests to other origins: {self.foreign}"
        assert self.problems == []
        assert self.page.evaluate("() => window.__xss") is None


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                             args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def browser(chromium: Any, server: str) -> Iterator[Browser]:
    context = chromium.new_context(viewport=VIEWPORT, accept_downloads=True, locale="en-US",
                                   service_workers="block")
    try:
        yield Browser(context, server)
    finally:
        context.close()


def test_web_browser_overview_shows_activity_dyads_and_alerts(browser: Browser) -> None:
    page = browser.open("/")
    page.locator(".uplot canvas").first.wait_for()
    assert page.locator("table.dyads tbody tr").count() == 10
    alerts = page.locator("li.alert-item")
    alerts.first.wait_for()
    assert "RUS – UKR" in alerts.all_inner_texts()[0] or any(
        "RUS – UKR" in text for text in alerts.all_inner_texts())
    browser.shot("overview")
    page.get_by_label("Period").select_option("30")
    page.wait_for_load_state("networkidle")
    page.locator(".uplot canvas").first.wait_for()
    browser.check_clean()


def _choose_actor(page: Any, label: str, typed: str, code: str) -> None:
    field = page.get_by_label(label)
    field.fill("")
    field.press_sequentially(typed, delay=30)
    option = page.locator(f'li.suggestion[data-code="{code}"]')
    option.wait_for()
    option.click()
    assert field.input_value() == code


def test_web_browser_dyad_explorer_lists_a_periods_events(browser: Browser) -> None:
    page = browser.open("/dyad")
    _choose_actor(page, "Actor A", "chin", "CHN")
    _choose_actor(page, "Actor B", "united st", "USA")
    page.get_by_label("By", exact=True).select_option("week")
    page.get_by_role("button", name="Show").click()
    page.locator(".uplot").nth(1).wait_for()
    assert "a=CHN" in page.url and "b=USA" in page.url
    # click a point of the counts chart: the events of that period are listed
    over = page.locator(".uplot .u-over").nth(1)
    box = over.bounding_box()
    over.click(position={"x": box["width"] * 0.5, "y": box["height"] * 0.5})
    rows = page.locator("#period-events table.events tbody tr")
    rows.first.wait_for()
    page.wait_for_timeout(600)  # the list scrolls into view
    heading = page.locator("#period-events h2").inner_text()
    since, until = re.findall(r"\d{4}-\d{2}-\d{2}", heading)
    for row in rows.all()[:20]:
        date = row.locator("td").first.inner_text()
        assert since <= date <= until
        countries = {row.locator("td").nth(1).locator("strong").inner_text()[:3],
                     row.locator("td").nth(2).locator("strong").inner_text()[:3]}
        assert countries == {"CHN", "USA"}
    browser.shot("dyad")
    page.locator("button.period-button").first.click()
    page.locator("#period-events table.events tbody tr").first.wait_for()
    browser.check_clean()


def test_web_browser_network_draws_the_period(browser: Browser) -> None:
    page = browser.open("/network?since=2022-04-01&until=2022-04-30&level=country&min_events=2")
    page.locator("#graph canvas").first.wait_for()
    edges = page.locator("table.edges tbody tr")
    assert edges.count() > 5
    page.wait_for_timeout(300)  # the layout runs synchronously; let the canvas paint
    browser.shot("network")
    browser.check_clean()


def test_web_browser_events_table_filters_downloads_and_leads_to_the_article(browser: Browser) -> None:
    page = browser.open("/events")
    page.locator("table.events tbody tr").first.wait_for()
    _choose_actor(page, "Actor", "russ", "RUS")
    page.get_by_label("MF").check()
    page.get_by_role("button", name="Apply").click()
    page.wait_for_load_state("networkidle")
    assert "actor=RUS" in page.url and "quad_class=4" in page.url
    rows = page.locator("table.events tbody tr")
    rows.first.wait_for()
    for row in rows.all():
        assert row.locator(".quad").inner_text() == "Material conflict"
    count = int(page.locator("#event-count").inner_text().split()[0].replace(",", ""))
    assert count > 0
    with page.expect_download() as download:
        page.locator("#csv-download").click()
    data = Path(download.value.path()).read_text(encoding="utf-8")
    table = list(csv.DictReader(io.StringIO(data)))
    assert len(table) == count
    assert all(r["quad_class"] == "4" and "RUS" in (r["source_country"], r["target_country"]) for r in table)
    page.locator('button.facet[data-facet="root_code"]').first.click()
    page.wait_for_url(re.compile(r"root="))
    page.locator("table.events tbody tr").first.wait_for()
    page.locator("aside.facets button.facet").first.wait_for()
    page.wait_for_function("() => !document.querySelector('#event-count').textContent.startsWith('Counting')")
    browser.shot("events")
    # follow an event of the hostile article to the article page
    page.goto(browser.origin + "/events?text=onerror")
    page.locator("table.events tbody tr a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    page.locator("#article-text").wait_for()
    _article_is_inert(page)
    browser.shot("article")
    browser.check_clean()


def _article_is_inert(page: Any) -> None:
    text = page.locator("#article-text")
    assert text.text_content() == XSS_TEXT  # shown as text, every character
    assert text.locator("img, script, b").count() == 0
    assert page.locator("#article-title").text_content() == XSS_TITLE
    assert page.locator("#article-source").text_content() == XSS_SOURCE
    assert page.locator("img").count() == 0
    assert page.locator("script:not([src])").count() == 0
    marks = text.locator("mark")
    assert marks.count() >= 3
    kinds = {c for cls in marks.evaluate_all("ms => ms.map(m => m.className)") for c in cls.split()}
    assert {"hl-trigger", "hl-source", "hl-target"} <= kinds
    # choose one event: only its spans stay highlighted
    first = page.locator("li.mention").first
    first.click()
    assert "selected" in (first.get_attribute("class") or "")
    assert 1 <= text.locator("mark.hl-trigger").count() < marks.count()
    # a javascript: URL from the data is not made into a link
    assert page.locator('a[href^="javascript"]').count() == 0


def test_web_browser_hostile_article_and_event_pages_run_nothing(browser: Browser) -> None:
    page = browser.open("/events?text=onerror")
    page.locator("table.events tbody tr a.event-link").first.click()
    page.wait_for_url(re.compile(r"/events/[0-9a-f]+"))
    page.locator("table.mentions-table tbody tr").first.wait_for()
    assert "onerror" in page.locator("table.mentions-table").inner_text()
    assert page.locator("img").count() == 0
    page.locator("table.mentions-table a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    page.locator("#article-text").wait_for()
    _article_is_inert(page)
    assert os.environ.get("DEEPPOL_XSS_PROBE") is None  # nothing leaked into the test process
    browser.check_clean()


def test_web_browser_article_spans_are_placed_after_astral_characters(browser: Browser) -> None:
    # the API's offsets count code points (Python); the page must not read them as UTF-16 units
    page = browser.open("/")
    found = page.evaluate("""async () => (await (await fetch(
        '/v1/events?dyad=JPN,IND&text=prime%20minister%20met')).json()).events""")
    assert found
    page = browser.open(f"/articles/{found[0]['evidence']['article_id']}")
    text = page.locator("#article-text")
    text.wait_for()
    assert text.text_content() == EMOJI_TEXT
    marked = set(text.locator("mark").all_text_contents())
    assert marked == {"Japan's prime minister", "met", "India's prime minister"}
    evidence = set(page.locator("li.mention p.evidence mark").all_text_contents())
    assert evidence == marked
    browser.check_clean()
