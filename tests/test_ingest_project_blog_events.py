"""Event facts in small open-source project blogs: trip reports and booth reports whose title
frames the event ('Back from X', 'Report of X', 'X impressions'), pages written in HTML by a site
generator under their front matter, and the places a traveller passes through on the way. Small
posts written for these tests (not copied text)."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def facts(run, name: str) -> tuple:
    view = json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)["event"]
    return view["name"], view["start_date"], view["end_date"], view["location"]["city"]


def test_an_html_post_under_front_matter_keeps_its_title_and_date(run):
    # the '+++' block is the post's front matter, not text: its title names the event, its date gives the year
    assert facts(run, "site-generator-page.html") == ("Contoso Summit 2031", "2031-02-27", "2031-02-28", "Lyon")


def test_back_from_a_name_with_its_year_names_that_event(run):
    # no event word: 'Back from' frames what the report looks back on, and the text names it
    assert facts(run, "back-from-coinage.md")[0] == "Contoso 2031"


def test_a_report_of_an_edition_in_a_city_names_the_edition_and_the_city_places_it(run):
    name, _, _, city = facts(run, "report-of-edition-in-city.md")
    assert (name, city) == ("Fabrikam 031", "Lyon")


def test_back_from_a_dictionary_word_names_no_event(run):
    assert facts(run, "back-from-vacation.md")[0] is None


def test_impressions_of_the_event_are_no_part_of_its_name(run):
    assert facts(run, "impressions-of-forum-day.md")[0] == "Northwind Open Source Forum Conference"


def test_a_projects_report_from_a_bigger_event_names_the_bigger_event(run):
    # 'Fabrikam at Contoso 7x': the project was at the conference, which is the event; its edition is no year
    assert facts(run, "project-at-bigger-event-report.md")[:3] == ("Contoso 7x", "2031-02-20", "2031-02-22")


def test_an_event_section_of_the_front_matter_gives_the_days_and_the_bracketed_city_is_no_part_of_the_name(run):
    # '[event]' holds the event's own 'start' and 'end'; the 'date' above them is when the page was made
    assert facts(run, "event-section-page.md")[:3] == ("Northwind Loop 2031", "2031-07-22", "2031-07-24")


def test_a_dictionary_word_that_is_also_a_town_ending_a_talks_heading_is_no_place(run):
    # '### Contoso for the Multi-Cloud Enterprise' is a talk; 'Enterprise' there is the word
    assert facts(run, "meetup-talk-heading-word-town.md")[3] is None


def test_the_city_a_sentence_places_the_event_in_the_heart_of_is_its_city(run):
    assert facts(run, "meetup-in-the-heart-of-city.md")[3] == "Lisbon"


def test_a_workshop_on_two_subjects_joined_by_an_ampersand_is_one_event(run):
    # 'Lisbon Contoso & Fabrikam Workshop 2031': only the second half has an event word; one event, not two
    assert facts(run, "one-workshop-two-subjects.txt")[:2] == ("Lisbon Contoso & Fabrikam Workshop 2031", "2031-10-25")


def test_a_large_city_opening_the_events_name_places_it_not_a_city_held_in_another_year(run):
    # 'NorthwindCon 2029, which was held in Riga' is about another event; the name opens with its city
    assert facts(run, "one-workshop-two-subjects.txt")[3] == "Lisbon"


def test_a_city_held_in_a_sentence_about_another_year_is_not_the_events(run):
    assert facts(run, "held-in-another-year.md")[3] is None


def test_what_my_recap_at_the_end_of_a_title_looks_back_on_is_the_event(run):
    # the talk's title comes first; 'My NorthwindLoop 2031 Recap' names the event
    assert facts(run, "talk-title-then-my-recap.md")[0] == "NorthwindLoop 2031"


def test_the_city_the_team_got_into_for_the_event_is_its_city(run):
    assert facts(run, "getting-into-city.md")[::3] == ("NorthwindCon 2031", "Porto")
