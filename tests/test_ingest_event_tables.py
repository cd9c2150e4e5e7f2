"""A table of gatherings, one a row dated its own day, spread over more than one event's span (a club's
record of its activities): the page lists several events and reports none as its own. One event's
program table over consecutive days keeps its event. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_a_table_of_gatherings_months_apart_names_no_single_event(run):
    event = ingest_view(run, POSTS / "zh-activity-table.md", found=False)["event"]
    assert (event["name"], event["start_date"], event["location"]["city"]) == (None, None, None)


def test_one_event_s_program_table_over_consecutive_days_keeps_its_event(run):
    event = ingest_view(run, POSTS / "zh-three-day-program-table.md")["event"]
    assert (event["name"], event["start_date"]) == ("2031 星河开源大会", "2031-05-14")
