"""The built site, read as HTML: every entity has a page, every link works, everything is escaped."""

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

from conftest import FIXTURE_KB, SNAPSHOT_KB, make_project, run_build

from ocpkb.kb import load_knowledge_base

SECTIONS = {"events": "events", "talks": "talks", "organizations": "organizations", "people": "people",
            "topics": "topics", "series": "series"}


def html(site: Path, url_path: str) -> BeautifulSoup:
    return BeautifulSoup((site / url_path / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site: Path, url_path: str) -> BeautifulSoup:
    return html(site, url_path).select_one("article")


def internal_links(site: Path):
    for page in sorted(site.rglob("*.html")):
        if "pagefind" in page.parts or page.name == "404.html":  # 404.html links from the site root, by design
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for anchor in soup.select("a[href]"):
            href = anchor["href"]
            parsed = urlparse(href)
            if parsed.scheme or parsed.netloc or href.startswith(("#", "mailto:")):
                continue
            yield page, href, (page.parent / unquote(parsed.path)).resolve()


@pytest.mark.parametrize("site_fixture, data_dir", [("fixture_site", FIXTURE_KB), ("data_site", SNAPSHOT_KB)])
def test_every_entity_has_its_page(site_fixture, data_dir, request):
    site = request.getfixturevalue(site_fixture)
    kb = load_knowledge_base(data_dir)
    missing = [f"{section}/{entry_id}" for registry, section in SECTIONS.items()
               for entry_id in kb.entries[registry] if not (site / section / entry_id / "index.html").exists()]
    assert missing == []


@pytest.mark.parametrize("site_fixture", ["fixture_site", "data_site"])
def test_every_internal_link_leads_to_a_page(site_fixture, request):
    site = request.getfixturevalue(site_fixture)
    broken = [(str(page.relative_to(site)), href) for page, href, target in internal_links(site)
              if not (target.is_file() or (target / "index.html").is_file())]
    assert broken == []


def links_in(soup, prefix: str) -> set[str]:
    return {Path(a["href"]).name or Path(a["href"]).parent.name for a in soup.select("a[href]")
            if prefix in a["href"]}


def test_event_page_links_every_speaker_organization_and_topic(data_site):
    page = article(data_site, "events/oai-salon-2021-beijing")
    hrefs = {a["href"] for a in page.select("a[href]")}
    for target in ["../../people/zhenghui-wu/", "../../organizations/baidu/", "../../organizations/enflame/",
                   "../../topics/oam/", "../../series/ocp-china-tech-salon/", "../../organizations/ocp-china-community/"]:
        assert target in hrefs


def test_event_page_shows_the_agenda_in_order(data_site):
    rows = article(data_site, "events/oai-salon-2021-beijing").select("table")[0].select("tbody tr")
    assert [row.select("td")[0].get_text() for row in rows][:3] == ["14:00–14:05", "14:05–14:20", "14:20–14:35"]
    assert "Gavin Wang" in rows[2].get_text()


def test_organization_page_lists_its_events_talks_and_people(data_site):
    page = article(data_site, "organizations/inspur-information")
    text = page.get_text()
    assert "浪潮信息" in text and "Inspur Electronic Information" in text
    assert {"oai-salon-2021-beijing", "ocp-china-day-2023", "open-compute-china-summit-2024"} <= {
        a["href"].split("/")[-2] for a in page.select("a[href*='events/']")}
    assert "Inspur AI Open Platform" in text
    assert "Zhao Shuai" in text


def test_person_page_shows_talks_with_the_role_held_then(data_site):
    text = article(data_site, "people/gavin-wang").get_text(" ")
    assert "Inspur AI Open Platform" in text and "Director System Architect" in text
    assert "Inspur Optimized Architecture for AI in OCP" in text and "event unknown" in text


def test_topic_page_lists_events_by_year(data_site):
    page = article(data_site, "topics/oam")
    assert [h.get_text(strip=True).rstrip("¶") for h in page.select("h3")] == ["2024", "2021"]


def test_talk_without_event_says_so_and_needs_review(data_site):
    text = article(data_site, "talks/inspur-optimized-architecture-for-ai-in-ocp").get_text(" ")
    assert "Needs review" in text and "unknown" in text


def test_every_entity_page_has_an_edit_link_to_its_yaml(data_site):
    edit = html(data_site, "events/ocp-china-day-2023").select_one("a[title='Edit this page']")
    assert edit["href"].endswith("/edit/main/data/events/ocp-china-day-2023.yml")
    person_edit = html(data_site, "people/zhao-shuai").select_one("a[title='Edit this page']")
    assert person_edit["href"].endswith("/edit/main/data/people.yml")


def test_nav_stays_small(data_site):
    nav_links = html(data_site, "events/ocp-china-day-2023").select("nav.md-tabs a")
    assert len(nav_links) <= 12


def test_built_pages_hold_their_html_not_placeholders(fixture_site):
    for page in fixture_site.rglob("*.html"):
        assert "ocpkb-html-" not in page.read_text(encoding="utf-8"), page


def test_home_shows_counts_latest_events_and_timeline(fixture_site):
    home = BeautifulSoup((fixture_site / "index.html").read_text(encoding="utf-8"), "html.parser").select_one("article")
    assert "4 events" not in home.get_text()  # counts are figures, not prose
    counts = {a.get_text(" ", strip=True) for a in home.select(".ocpkb-counts a")}
    assert {"3 events", "2 organizations", "2 people", "3 topics", "1 series"} == counts
    assert [a.get_text() for a in home.select("table a[href*='events/']")][0] == "Immersion Cooling Salon (浸没式液冷技术沙龙)"
    assert home.select("svg.ocpkb-chart rect")


def test_charts_page_has_three_self_contained_charts(data_site):
    page = article(data_site, "charts")
    charts = page.select("svg.ocpkb-chart")
    assert [c.title.get_text() for c in charts] == ["Events per year", "Organizations by number of events", "Topics over time"]
    assert not page.select("script[src]")


def test_no_page_loads_anything_from_another_site(data_site):
    for page in data_site.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        external = [tag.get("src") or tag.get("href") for tag in soup.select("script[src], link[rel=stylesheet]")
                    if (tag.get("src") or tag.get("href", "")).startswith(("http:", "https:", "//"))]
        assert external == [], page


# --- exports ------------------------------------------------------------------------------------------


def test_json_ld_describes_each_event(data_site):
    script = html(data_site, "events/oai-salon-2021-beijing").select_one("script[type='application/ld+json']")
    data = json.loads(script.string)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2021-01-28"
    assert data["location"]["address"] == {"@type": "PostalAddress", "addressLocality": "Beijing", "addressCountry": "CN"}


def test_calendar_has_one_all_day_event_per_event(data_site):
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical((data_site / "events.ics").read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {f"{i}@ocpkb" for i in load_knowledge_base(SNAPSHOT_KB).events}
    salon = events["oai-salon-2021-beijing@ocpkb"]
    assert str(salon.decoded("dtstart")) == "2021-01-28" and str(salon.decoded("dtend")) == "2021-01-29"
    assert str(salon["location"]) == "Beijing, CN"
    assert str(salon["url"]).endswith("/events/oai-salon-2021-beijing/")


def test_json_dump_holds_the_whole_knowledge_base_and_its_schemas(data_site):
    dump = json.loads((data_site / "kb.json").read_text(encoding="utf-8"))
    kb = load_knowledge_base(SNAPSHOT_KB)
    for registry in SECTIONS:
        assert [entry["id"] for entry in dump[registry]] == sorted(kb.entries[registry])
    for path in dump["schemas"].values():
        assert json.loads((data_site / path).read_text())["$schema"].startswith("https://json-schema.org/")


def test_atom_feed_lists_newly_added_events(fixture_site):
    from xml.etree import ElementTree as ET

    feed = ET.parse(fixture_site / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in feed.findall("a:entry", ns)]
    assert titles[0] == "Immersion Cooling Salon (浸没式液冷技术沙龙)"  # added 2023-04-01, the newest
    assert feed.findtext("a:updated", namespaces=ns) == "2023-11-14T22:13:20Z"  # SOURCE_DATE_EPOCH, not the clock


# --- escaping -----------------------------------------------------------------------------------------


def test_markup_in_data_is_shown_as_text(fixture_site):
    page = html(fixture_site, "events/hostile-markup-2021")
    body = page.select_one("article")
    assert body.select("img, iframe, b, svg[onload]") == []
    assert [s for s in page.select("script") if "__xss" in (s.string or "") and s.get("type") != "application/ld+json"] == []
    text = body.get_text()
    assert "<img src=x onerror=alert(1)> Summit" in text
    assert "{{ config.site_name }}" in text
    assert "[click me](javascript:alert(1)) **bold**" in text
    assert "<img src=x onerror=alert(1)> Summit - " in page.title.get_text()


def test_json_ld_cannot_close_its_script(fixture_site):
    scripts = html(fixture_site, "events/hostile-markup-2021").select("script[type='application/ld+json']")
    assert len(scripts) == 1
    assert "</script>" in json.loads(scripts[0].string)["description"]


def test_plain_mkdocs_build_works_on_its_own(tmp_path):
    """In a project laid out like this one, `mkdocs build` alone runs the ocpkb plugin."""
    import os
    import subprocess
    import sys

    make_project(tmp_path)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "events" / "test-summit-2022" / "index.html").exists()


def test_build_of_invalid_data_says_which_file_line_and_field(kb_copy, tmp_path):
    event = kb_copy / "events" / "hangzhou-salon-2023.yml"
    text = event.read_text(encoding="utf-8")
    event.write_text(re.sub(r"^start_date: .*$", "start_date: 2023-02-30", text, flags=re.MULTILINE), encoding="utf-8")
    result = run_build(kb_copy, tmp_path / "site")
    assert result.returncode == 1
    assert f"{event}:6:1: start_date: '2023-02-30' is not a real date" in result.stderr
