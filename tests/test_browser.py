"""The site as a visitor meets it, in a real headless Chromium, built from tests/site_kb/ (a small
knowledge base written for these tests). Screenshots go to tests/screenshots/."""

import re
from pathlib import Path

import pytest

from browser import all_results, browser_page, requires_chromium, result_addresses, screenshot, search, serve
from conftest import build_site

pytestmark = [pytest.mark.browser, requires_chromium]

SITE_KB = Path(__file__).parent / "site_kb"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
EVENTS = ["oai-salon-2021-beijing", "open-compute-china-summit-2024", "ocp-china-day-2023", "liquid-cooling-workshop-2023",
          "markup-in-names-2022"]
NOT_RESULTS = ["/", "/search/", "/events/", "/organizations/", "/people/", "/topics/", "/series/", "/years/", "/years/2021/"]


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    with serve(build_site(SITE_KB, tmp_path_factory.mktemp("site"), SOURCE_DATE_EPOCH="1700000000")) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with browser_page() as first_page:
        yield first_page.context


@pytest.fixture
def page(browser):
    """A new tab for each test (in one browser, which caches the site's files as a visitor's does)."""
    tab = browser.new_page()
    tab.set_viewport_size(DESKTOP)
    yield tab
    tab.close()


def page_path(address: str) -> str:
    """A result's address as a path from the site's root ("/events/x/"), however it is written."""
    return "/" + address.split("://", 1)[-1].split("/", 1)[-1] if "://" in address else address


def all_results_addresses(page, site_url, query):
    return [page_path(result["address"]) for result in all_results(page, site_url, query)]


# --- the search box in the header --------------------------------------------------------------------


def test_every_kind_of_page_has_the_search_box_in_its_header(site_url, page):
    for start in ["", "events/oai-salon-2021-beijing/", "people/zhao-shuai/", "search/", "about/"]:
        page.goto(site_url + start)
        assert page.locator("header [data-ocpkb-search] input[name=q]").is_visible(), start


@pytest.mark.parametrize("start", ["", "events/oai-salon-2021-beijing/"])
def test_slash_focuses_the_search_box(site_url, page, start):
    page.goto(site_url + start)
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.closest('header [data-ocpkb-search]') !== null")
    assert page.evaluate("document.activeElement.value") == ""  # the slash opened the box, it was not typed


def test_on_a_phone_the_header_magnifier_opens_the_search_box(site_url, page):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "events/oai-salon-2021-beijing/")
    width = "() => document.querySelector('header .md-search__inner').getBoundingClientRect().width"
    assert page.evaluate(width) == 0  # folded away behind the magnifier
    page.click("header label.md-header__button[for=__search]")
    page.wait_for_function(f"() => ({width})() === {PHONE['width']}")
    page.keyboard.type("寒武纪")
    page.wait_for_function("() => document.querySelector('.md-search-result__list').dataset.query === '寒武纪'")
    screenshot(page, "phone-search-header")
    assert "/events/oai-salon-2021-beijing/" in [page_path(r) for r in result_addresses(page, ".md-search-result__list")]


def test_header_box_on_an_event_page_finds_an_event_by_a_speakers_chinese_name(site_url, page):
    results, _ = search(page, site_url, "赵帅", start="events/oai-salon-2021-beijing/", typed=True)
    screenshot(page, "search-header-zhao-shuai")
    assert [page_path(r) for r in results[:2]] == ["/people/zhao-shuai/", "/events/open-compute-china-summit-2024/"]


@pytest.mark.parametrize("alias, events", [("Enflame", ["oai-salon-2021-beijing"]),
                                           ("Inspur", ["oai-salon-2021-beijing", "open-compute-china-summit-2024"])])
def test_header_box_on_an_event_page_finds_events_by_an_organizations_english_alias(site_url, page, alias, events):
    results, _ = search(page, site_url, alias, start="events/liquid-cooling-workshop-2023/", typed=True)
    assert {f"/events/{e}/" for e in events} <= {page_path(r) for r in results}


@pytest.mark.parametrize("query, events", [
    ("浪潮", ["oai-salon-2021-beijing", "open-compute-china-summit-2024"]),  # the data writes Inspur Information
    ("燧原", ["oai-salon-2021-beijing"]),  # Enflame Technology
    ("寒武纪", ["oai-salon-2021-beijing"]),  # Cambricon, in the open discussion
])
def test_a_chinese_name_finds_the_events_of_whoever_bears_it(site_url, page, query, events):
    results = [page_path(r) for r in search(page, site_url, query)[0]]
    assert {f"/events/{e}/" for e in events} <= set(results)


def test_a_chinese_specification_name_finds_the_events_that_write_it_in_english(site_url, page):
    """The salon is tagged with OAM; the workshop's agenda only says "Cooling OAM accelerator modules"."""
    results = [page_path(r) for r in search(page, site_url, "开放加速器模块")[0]]
    screenshot(page, "search-header-oam-in-chinese")
    assert results[0] == "/topics/oam/"
    assert {"/events/oai-salon-2021-beijing/", "/events/liquid-cooling-workshop-2023/"} <= set(results)


@pytest.mark.parametrize("query, events", [
    ("北京", {"oai-salon-2021-beijing", "ocp-china-day-2023"}),
    ("Beijing", {"oai-salon-2021-beijing", "ocp-china-day-2023"}),
    ("杭州", {"liquid-cooling-workshop-2023"}),  # the data says only "Hangzhou": GeoNames knows 杭州
])
def test_a_city_in_either_script_finds_the_events_held_there(site_url, page, query, events):
    results = [page_path(r) for r in search(page, site_url, query)[0]]
    assert {r for r in results if r.startswith("/events/")} == {f"/events/{e}/" for e in events}


@pytest.mark.parametrize("query, own_page, events", [
    ("赵帅", "/people/zhao-shuai/", ["open-compute-china-summit-2024"]),
    ("Yue Lin", "/people/lin-yue/", ["liquid-cooling-workshop-2023"]),  # an alias
    ("燧原", "/organizations/enflame/", ["oai-salon-2021-beijing"]),
    ("Lakeside Thermal", "/organizations/lakeside-thermal/", ["liquid-cooling-workshop-2023", "markup-in-names-2022"]),
])
def test_events_rank_right_after_the_page_of_who_took_part(site_url, page, query, own_page, events):
    results = [page_path(r) for r in search(page, site_url, query)[0]]
    assert results[0] == own_page
    assert set(results[1:1 + len(events)]) == {f"/events/{e}/" for e in events}


def test_events_of_a_company_rank_above_the_pages_of_its_people_and_products(site_url, page):
    results = all_results_addresses(page, site_url, "Inspur")
    last_event = max(results.index(f"/events/{e}/") for e in ("oai-salon-2021-beijing", "open-compute-china-summit-2024"))
    first_other = min(i for i, r in enumerate(results) if r.startswith(("/people/", "/topics/")))
    assert results[0] == "/organizations/inspur-information/"
    assert last_event < first_other


def queries_shown_while_typing(page, site_url, text: str, key_delay_ms: float, shown: str) -> list[str]:
    """Type `text` into the header box, a key every `key_delay_ms`; every query whose results the box
    showed, in order, until it shows those of `shown`."""
    page.goto(site_url + "events/oai-salon-2021-beijing/")
    page.evaluate("""() => { window.queriesShown = [];
        new MutationObserver(() => window.queriesShown.push(document.querySelector('.md-search-result__list').dataset.query))
            .observe(document.querySelector('.md-search-result__list'), {attributes: true, attributeFilter: ['data-query']}); }""")
    page.keyboard.press("/")
    page.keyboard.type(text, delay=key_delay_ms)
    page.wait_for_function("q => document.querySelector('.md-search-result__list').dataset.query === q", arg=shown)
    return [query for query in page.evaluate("window.queriesShown") if query]


def test_typed_at_a_normal_pace_the_box_searches_when_the_visitor_pauses_not_at_every_key(site_url, page):
    assert queries_shown_while_typing(page, site_url, "Lakeside Thermal", 120, "Lakeside Thermal") == ["Lakeside Thermal"]


def test_typed_slowly_the_box_shows_results_as_words_grow_leaving_out_a_word_of_one_or_two_letters(site_url, page):
    """On a loaded machine one search may still be running when the next key comes, and its results
    are then dropped for the newer query's: what must hold is growth, not every prefix."""
    shown = queries_shown_while_typing(page, site_url, "Zhao Shuai", 450, "Zhao Shuai")
    assert shown[-1] == "Zhao Shuai" and len(shown) >= 3
    assert all("Zhao Shuai".startswith(query) for query in shown) and shown == sorted(shown, key=len)
    assert all(len(query.split()[-1]) > 2 for query in shown)


def test_a_query_of_one_or_two_letters_waits_for_enter(site_url, page):
    page.goto(site_url + "events/oai-salon-2021-beijing/")
    page.keyboard.press("/")
    page.keyboard.type("AI", delay=50)
    page.wait_for_timeout(600)
    assert page.locator(".md-search-result__meta").inner_text() == "Press Enter to search for “AI”"
    assert result_addresses(page, ".md-search-result__list") == []
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('.ocpkb-search-page__results').dataset.query === 'AI'")
    assert "/events/oai-salon-2021-beijing/" in [page_path(r) for r in result_addresses(page, ".ocpkb-search-page__results")]


def test_enter_shows_all_results(site_url, page):
    shown, _ = search(page, site_url, "Inspur", start="topics/oam/")
    assert page.locator(".ocpkb-result-all").is_visible()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=Inspur$"))
    page.wait_for_function("() => document.querySelector('.ocpkb-search-page__results').dataset.query === 'Inspur'")
    screenshot(page, "search-page-inspur")
    everything = result_addresses(page, ".ocpkb-search-page__results")
    assert len(everything) > len(shown) and everything[:len(shown)] == shown
    assert page.locator(".ocpkb-search-page__summary").inner_text().startswith(f"{len(everything)} results")


def test_each_result_says_what_it_is_and_events_say_when_and_where(site_url, page):
    results = {page_path(r["address"]): r for r in all_results(page, site_url, "Inspur")}
    assert results["/organizations/inspur-information/"]["about"] == "Organization · Company in China"
    assert results["/people/gavin-wang/"]["about"].startswith("Person · ")
    assert results["/topics/inspur-mx1/"]["about"].startswith("Topic · ")
    assert results["/talks/inspur-ai-architecture/"]["about"] == "Talk"
    assert results["/events/oai-salon-2021-beijing/"]["about"] == "Event · 2021-01-28 · Beijing (北京), China"
    assert results["/events/ocp-china-day-2023/"]["about"] == "Event · 2023-08-10 · Beijing (北京), China"


# Labels of facts and column headings; glued to their values they read "NameInspur", "Dates2021-01-28".
LABELS = ["Name", "Chinese", "Also written", "Dates", "Place", "Kind", "Series", "Organizers", "Organizer", "Theme",
          "Attendance", "Website", "Country", "Part of", "Includes", "About", "Speakers", "Topics", "Media", "Time",
          "Session", "Room", "Organization", "Role", "Affiliations", "Title", "Until", "Value", "Unit", "What it measures"]
GLUED = re.compile(r"(?<=[A-Za-z0-9\u4e00-\u9fff])(?:{0})(?![a-z])|(?:{0})(?=[A-Z0-9\u4e00-\u9fff(])".format(
    "|".join(sorted(map(re.escape, LABELS), key=len, reverse=True))))


def test_no_result_excerpt_glues_a_label_to_its_value(site_url, page):
    """Queries that find every kind of page, with excerpts from their facts and tables."""
    excerpts = [r["excerpt"] for query in ["Inspur", "OAM", "Beijing", "2023", "Lin Yue"]
                for r in all_results(page, site_url, query)]
    assert len(excerpts) > 20
    assert [e for e in excerpts if GLUED.search(e)] == []


def test_the_search_page_and_index_pages_are_never_results(site_url, page):
    for query in ["search", "浪潮", "Events", "People", "Topics", "2021"]:
        addresses = all_results_addresses(page, site_url, query)
        assert not set(addresses) & set(NOT_RESULTS), (query, addresses)


def test_markup_in_names_stays_text_in_results(site_url, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    results, _ = search(page, site_url, "Quixotic")
    item = page.locator(".md-search-result__list .ocpkb-result").first
    item.hover()
    page.wait_for_timeout(300)
    assert [page_path(r) for r in results] == ["/events/markup-in-names-2022/"]
    assert item.locator(".ocpkb-result__title").inner_text() == 'Markup Meetup <img src=x onerror="window.__xss=1">'
    assert "<script>" in item.locator(".ocpkb-result__about").inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined" and dialogs == []


def test_search_loads_nothing_until_used_then_only_what_the_query_needs(site_url, page):
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site_url + "events/oai-salon-2021-beijing/")
    page.wait_for_load_state("networkidle")
    assert [url for url in requested if "/pagefind/" in url] == []
    search(page, site_url, "Inspur", start="events/oai-salon-2021-beijing/")
    loaded = [url.rsplit("/", 2)[-2:] for url in requested if "/pagefind/" in url]
    fragments = [name for folder, name in loaded if folder == "fragment"]
    assert [url for url in requested if not url.startswith(site_url)] == []  # nothing from other hosts
    assert ["pagefind", "pagefind.js"] in loaded
    assert 0 < len(fragments) <= 8  # the results shown, not every page found


# --- pages -------------------------------------------------------------------------------------------


def test_no_agenda_and_no_event_page_is_wider_than_a_phone(site_url, page):
    page.set_viewport_size(PHONE)
    for event in EVENTS:
        page.goto(site_url + f"events/{event}/")
        widths = page.evaluate("[...document.querySelectorAll('.ocpkb-agenda')].map(a => a.scrollWidth)")
        screenshot(page, f"phone-{event}")
        assert all(width <= PHONE["width"] for width in widths), (event, widths)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], event


def test_agenda_is_a_table_on_a_wide_screen_and_stacks_on_a_phone(site_url, page):
    page.goto(site_url + "events/liquid-cooling-workshop-2023/")
    head = page.locator(".ocpkb-agenda thead")
    assert head.is_visible() and page.evaluate("getComputedStyle(document.querySelector('.ocpkb-agenda tr')).display") == "table-row"
    page.set_viewport_size(PHONE)
    assert not head.is_visible()
    cells = page.locator(".ocpkb-agenda tbody tr").first.locator("td")
    boxes = [cells.nth(i).bounding_box() for i in range(3)]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]  # time, title, speakers: one under the other


def test_an_event_page_gives_its_agenda_the_width_of_the_empty_navigation_sidebar(site_url, page):
    page.goto(site_url + "events/liquid-cooling-workshop-2023/")
    assert page.locator(".md-sidebar--primary").is_hidden()
    assert page.evaluate("document.querySelector('article').getBoundingClientRect().width") > 900
    page.set_viewport_size(PHONE)
    page.click("header label.md-header__button[for=__drawer]")  # a phone keeps the menu
    assert page.locator("nav.md-nav--primary a", has_text="Organizations").first.is_visible()


@pytest.mark.parametrize("start", ["", "organizations/inspur-information/", "people/zhao-shuai/"])
def test_listings_of_events_and_talks_stack_on_a_phone(site_url, page, start):
    page.set_viewport_size(PHONE)
    page.goto(site_url + start)
    widths = page.evaluate("[...document.querySelectorAll('.ocpkb-listing table')].map(t => t.scrollWidth)")
    screenshot(page, f"phone-listing-{start.strip('/').replace('/', '-') or 'home'}")
    assert widths and all(width <= PHONE["width"] for width in widths), widths
    row = page.locator(".ocpkb-listing tbody tr").first
    date, main = row.locator("td").first.bounding_box(), row.locator("td.ocpkb-main").bounding_box()
    assert date["y"] < main["y"] and main["width"] > PHONE["width"] / 2  # the event or talk on a line of its own


def test_page_titles_are_plain(site_url, page):
    titles = {}
    for path in ["", "events/ocp-china-day-2023/", "search/"]:
        page.goto(site_url + path)
        titles[path] = page.title()
    assert titles == {"": "OCP community events", "events/ocp-china-day-2023/": "OCP China Day 2023 - OCP community events",
                      "search/": "Search - OCP community events"}


def test_pictures_show_where_the_data_has_one_and_say_what_they_are_where_not(site_url, page):
    page.goto(site_url + "events/liquid-cooling-workshop-2023/")
    figures = page.locator("article figure")
    figures.first.scroll_into_view_if_needed()
    picture = figures.nth(0).locator("img")
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=picture.element_handle())
    assert picture.get_attribute("alt") == "A rack of cold-plate servers in the demo hall"
    missing = figures.nth(1).locator("[role=img]")
    assert missing.get_attribute("aria-label") == "The panel on leak detection (picture not available)"
    assert "Picture not available" in missing.inner_text()
    assert figures.nth(2).locator("figcaption").inner_text() == "Picture 3 from Liquid Cooling Deployment Workshop"
    assert page.locator("article img").count() == 1  # no broken image for the two the data only names


def test_visitor_follows_event_to_speaker_to_organization(site_url, page):
    page.goto(site_url)
    screenshot(page, "home")
    page.click("nav.md-tabs >> text=Events")
    page.click("article >> text=OAI Specification and Application Salon")
    assert page.url.endswith("/events/oai-salon-2021-beijing/")
    screenshot(page, "event")
    page.click("article table >> text=Gavin Wang")
    assert page.url.endswith("/people/gavin-wang/")
    page.click("article table >> text=Inspur Information (浪潮信息)")
    assert page.url.endswith("/organizations/inspur-information/")
    assert page.locator("article h1").inner_text().startswith("Inspur Information (浪潮信息)")


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
