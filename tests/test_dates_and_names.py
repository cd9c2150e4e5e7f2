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
