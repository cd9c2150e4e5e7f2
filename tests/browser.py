"""Helpers for tests in a real headless Chromium (Debian's package, driven by Playwright)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

requires_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (.ci/run installs it)")


@contextlib.contextmanager
def serve(folder: Path):
    """Serve a built site on a free loopback port; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def browser_page():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        finally:
            browser.close()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def search(page, site_url: str, query: str, start: str = "", typed: bool = False,
           key_delay_ms: float = 0) -> tuple[list[str], float]:
    """Search from the header box of a page: `/`, then the query, entered at once as an input
    method commits Chinese text (or typed key by key, `key_delay_ms` apart).

    Returns the addresses of the results the box shows, and the seconds from the query's last
    character to its results."""
    page.goto(site_url + start)
    page.evaluate("document.addEventListener('input', () => { window.lastInput = performance.now(); }, true)")
    page.keyboard.press("/")
    if typed:
        page.keyboard.type(query, delay=key_delay_ms)
    else:
        page.keyboard.insert_text(query)
    page.wait_for_function("q => document.querySelector('.md-search-result__list').dataset.query === q",
                           arg=query, timeout=30_000)
    seconds = page.evaluate("(performance.now() - window.lastInput) / 1000")
    return result_addresses(page, ".md-search-result__list"), seconds


def result_addresses(page, within: str) -> list[str]:
    return [link.get_attribute("href") for link in page.locator(f"{within} .ocpkb-result a").all()]


def all_results(page, site_url: str, query: str) -> list[dict]:
    """Every result of the search page for a query (pressing "More results" until there are no more):
    its address, title, what it is, and its excerpt, as text."""
    from urllib.parse import quote

    page.goto(site_url + "search/?q=" + quote(query))
    page.wait_for_function("q => document.querySelector('.ocpkb-search-page__results').dataset.query === q", arg=query)
    more = page.locator(".ocpkb-search-page__more")
    while more.is_visible():
        shown = page.locator(".ocpkb-search-page__results > li").count()
        more.click()
        page.wait_for_function("n => document.querySelectorAll('.ocpkb-search-page__results > li').length > n", arg=shown)
    return page.evaluate("""() => [...document.querySelectorAll('.ocpkb-search-page__results > li')].map(li => ({
        address: li.querySelector('a').getAttribute('href'),
        title: li.querySelector('.ocpkb-result__title').textContent,
        about: li.querySelector('.ocpkb-result__about').textContent,
        excerpt: li.querySelector('.ocpkb-result__excerpt').textContent}))""")
