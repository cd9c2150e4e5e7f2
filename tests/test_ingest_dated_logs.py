"""A page whose first date opens one entry of a log or of a series' table: small pages written for these
tests (not copied text). A table row or an update note that opens with its day, followed by one of the same
kind dated weeks later or earlier (newest first), lists many occasions, so its day is no event's; items
dated on consecutive days are one event's days, and the first of them stays its start."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def event(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)["event"]


def test_the_first_row_of_a_series_table_dated_weeks_apart_gives_no_date(run):
    # '| 2031/11/24 | 林澈 | …' over '| 2031/12/21 | 周岚 | …'
    assert event(run, "series-table-of-dated-talks.md")["start_date"] is None


def test_the_newest_of_dated_update_notes_gives_no_date(run):
    # '【2031/11/23 Update】…' over '【2031/11/17 Update】…'
    assert event(run, "changelog-of-dated-updates.md")["start_date"] is None


def test_items_dated_on_consecutive_days_keep_the_first_as_the_start(run):
    assert event(run, "agenda-items-of-consecutive-days.md")["start_date"] == "2031-05-05"
