"""The site as a visitor meets it, in a real headless Chromium. Screenshots go to tests/screenshots/."""

import pytest

from browser import browser_page, requires_chromium, screenshot, search, serve

pytestmark = [pytest.mark.browser, requires_chromium]


@pytest.fixture(scope="module")
def site_url(data_site):
    with serve(data_site) as url:
        yield url


@pytest.fixture(scope="module")
def page():
    with browser_page() as page:
        yield page


def test_visitor_follows_event_to_speaker_to_organization(site_url, page):
    page.goto(site_url)
    screenshot(page, "home")
    page.click("nav.md-tabs >> text=Events")
    page.click("article >> text=OAI Specification and Application Salon")
    assert page.url.endswith("/events/oai-salon-2021-beijing/")
    screenshot(page, "event")
    page.click("article table >> text=Gavin Wang")
    assert page.url.endswith("/people/gavin-wang/")
    screenshot(page, "person")
    page.click("article .ocpkb-card, article table >> text=Inspur Information (浪潮信息)")
    assert page.url.endswith("/organizations/inspur-information/")
    assert page.locator("article h1").inner_text().startswith("Inspur Information (浪潮信息)")
    screenshot(page, "organization")


SEARCHES = [
    ("浪潮", "/organizations/inspur-information/"),
    ("Inspur", "/organizations/inspur-information/"),
    ("赵帅", "/people/zhao-shuai/"),
    ("OAM", "/topics/oam/"),
    ("液冷", "/topics/liquid-cooling/"),
    ("Beijing", "/events/oai-salon-2021-beijing/"),
    ("Enflame", "/organizations/enflame/"),
]


@pytest.mark.parametrize("query, expected", SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_finds_the_right_page(site_url, page, query, expected):
    results, _ = search(page, site_url, query)
    screenshot(page, f"search-{expected.strip('/').replace('/', '-')}-{len(query)}")
    assert any(href.endswith(expected) for href in results[:5]), results


def test_search_page_loads_the_search_engine_before_the_first_key_press(site_url, page):
    requested = []
    record = lambda request: requested.append(request.url)  # noqa: E731
    page.on("request", record)
    page.goto(site_url + "search/")
    page.wait_for_load_state("networkidle")
    page.remove_listener("request", record)
    assert any(url.endswith(".pf_meta") for url in requested), requested
    assert any("/pagefind/wasm." in url for url in requested), requested


def test_markup_in_data_does_not_run(fixture_site, page):
    with serve(fixture_site) as url:
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url + "events/hostile-markup-2021/")
        page.mouse.move(400, 400)
        page.wait_for_timeout(500)
        screenshot(page, "hostile-markup")
        assert dialogs == []
        assert page.evaluate("typeof window.__xss") == "undefined"
        assert "<img src=x onerror=alert(1)> Summit" in page.locator("article h1").inner_text()
