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
            yield browser.new_page(viewport={"width": 1280, "height": 900})
        finally:
            browser.close()


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def search(page, site_url: str, query: str) -> tuple[list[str], float]:
    """Type a query into the site's search page the way a person does (fill, then a key press).

    Returns the result links (pages, not sub-results) and the seconds from the key press to the first result."""
    import time

    page.goto(site_url + "search/")
    box = page.locator(".pagefind-ui__search-input")
    box.fill(query)
    started = time.perf_counter()
    box.press("End")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=30_000)
    seconds = time.perf_counter() - started
    links = page.locator(".pagefind-ui__result-title .pagefind-ui__result-link").all()
    return [link.get_attribute("href") for link in links], seconds
