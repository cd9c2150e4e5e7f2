"""Dates and names as the site and its exports show them, on a knowledge base written for these tests
(tests/fixtures/dates-and-names): a three-day summit whose sessions have their own days (one has
none), a workshop known only to its month, a meeting known only to its year, a person whose name is
in Korean."""

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from ocpkb.kb import load_knowledge_base
from ocpkb.site import generate

KB = Path(__file__).parent / "fixtures" / "dates-and-names"


@pytest.fixture(scope="module")
def site():
    pages, files = generate(load_knowledge_base(KB), "https://kb.example/")
    return {page.src_uri: page for page in pages}, files


def body(site, src_uri: str) -> BeautifulSoup:
    pages, _ = site
    return BeautifulSoup(pages[src_uri].body, "html.parser")


def talks(site, person: str) -> list[tuple[str, str]]:
    """(date, talk) for each row of a person's talks."""
    rows = body(site, f"people/{person}.md").select("table")[-1].select("tbody tr")
    return [(row.select("td")[0].get_text(), row.select("td")[2].get_text()) for row in rows]


def test_a_persons_talks_carry_the_day_of_their_session_else_the_events_dates(site):
    assert sorted(talks(site, "lee-chen")) == [("2024-10-15 – 2024-10-17", "Open firmware"),
                                               ("2024-10-16", "Cooling at scale")]
    assert ("2024-10-15", "Welcome") in talks(site, "minah-kim")


def test_an_agenda_of_several_days_has_a_table_a_day_under_headings_linked_from_above(site):
    pages, _ = site
    markdown = pages["events/three-day-summit-2024.md"].body
    assert [line for line in markdown.splitlines() if line.startswith("### ")] == [
        "### Tuesday 15 October 2024", "### Wednesday 16 October 2024", "### Day not given"]
    page = body(site, "events/three-day-summit-2024.md")
    links = [(a.get_text(), a["href"]) for a in page.select(".ocpkb-days a")]
    assert links == [("Tuesday 15 October 2024 (1 session)", "#tuesday-15-october-2024"),
                     ("Wednesday 16 October 2024 (1 session)", "#wednesday-16-october-2024"),
                     ("Day not given (1 session)", "#day-not-given")]
    tables = page.select(".ocpkb-agenda table")
    assert [[td.get_text() for td in row.select("td")] for row in tables[1].select("tbody tr")] == [
        ["10:00", "Hall A", "Cooling at scale", "Lee Chen (李晨)"]]


def test_an_event_known_to_its_month_says_its_day_is_not_known(site):
    dates = body(site, "events/spring-workshop-2024.md").select_one(".ocpkb-facts dd")
    assert dates.get_text() == "2024-04 (day not known)"


def test_an_agenda_leaves_out_the_columns_no_session_fills(site):
    headings = [th.get_text() for th in body(site, "events/spring-workshop-2024.md").select(".ocpkb-agenda th")]
    assert headings == ["Session", "Speakers"]


def test_a_name_is_labelled_name_whatever_its_script(site):
    facts = {dt.get_text(): dd.get_text() for dt, dd in
             zip(*[body(site, "people/minah-kim.md").select(f".ocpkb-facts {tag}") for tag in ("dt", "dd")])}
    assert facts == {"Name:": "김민아", "Also written:": "Minah Kim"}
    facts = [dt.get_text() for dt in body(site, "people/lee-chen.md").select(".ocpkb-facts dt")]
    assert facts == ["Name:", "Chinese:"]


def calendar_events(site) -> dict:
    icalendar = pytest.importorskip("icalendar")
    _, files = site
    return {str(e["uid"]): e for e in icalendar.Calendar.from_ical(files["events.ics"]).walk("VEVENT")}


def test_an_event_known_to_its_month_is_one_tentative_day_in_the_calendar_that_says_so(site):
    workshop = calendar_events(site)["spring-workshop-2024@ocpkb"]
    assert (str(workshop.decoded("dtstart")), str(workshop.decoded("dtend"))) == ("2024-04-01", "2024-04-02")
    assert str(workshop["status"]) == "TENTATIVE"
    assert str(workshop["summary"]) == "Spring Workshop 2024 (day not known)"
    assert str(workshop["description"]).startswith("Day not known: the sources give only the month, 2024-04.")


def test_an_event_known_to_its_day_is_all_its_days_and_one_known_to_its_year_is_left_out(site):
    events = calendar_events(site)
    summit = events["three-day-summit-2024@ocpkb"]
    assert (str(summit.decoded("dtstart")), str(summit.decoded("dtend"))) == ("2024-10-15", "2024-10-18")
    assert "status" not in summit and str(summit["summary"]) == "Three-Day Summit 2024"
    assert "founding-meeting-2011@ocpkb" not in events


def test_the_feed_and_json_ld_give_a_month_only_date_as_it_is_and_say_the_day_is_not_known(site):
    from xml.etree import ElementTree as ET

    _, files = site
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entry = next(e for e in ET.fromstring(files["feed.xml"]).findall("a:entry", ns)
                 if e.findtext("a:title", namespaces=ns) == "Spring Workshop 2024")
    assert entry.findtext("a:summary", namespaces=ns) == (
        "2024-04, Lisbon, PT. Day not known: the sources give only the month, 2024-04. "
        "A workshop whose sources give the month but not the day.")
    data = json.loads(body(site, "events/spring-workshop-2024.md").select_one("script[type='application/ld+json']").string)
    assert (data["startDate"], data["endDate"]) == ("2024-04", "2024-04")
    assert data["description"].startswith("Day not known: the sources give only the month, 2024-04.")
