"""A page that names events of three or more different years, its title naming none of them (a series'
record, a team's talks at many events), reports no single event; an event's page that recalls its past
editions names itself in its title and keeps its event. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_a_page_naming_events_of_three_years_reports_no_single_event(run):
    event = ingest_view(run, POSTS / "talks-at-events-of-several-years.md")["event"]
    assert (event["name"], event["location"]["city"]) == (None, None)


def test_an_event_page_recalling_its_past_editions_keeps_its_event(run):
    event = ingest_view(run, POSTS / "event-page-recalling-past-editions.md")["event"]
    assert (event["name"], event["start_date"]) == ("Contoso Conference 2031", "2031-05-14")
