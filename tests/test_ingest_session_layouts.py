"""Talk titles in the layouts many publishers share: small pages written for these tests (not
copied text). A table of events on days months apart is a calendar, not a program."""

from conftest import ROOT, ingest_view, talks

PAGES = ROOT / "tests" / "ingest" / "session-layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, PAGES / name)


def test_a_table_of_events_on_days_months_apart_gives_no_talks(run):
    view = extracted(run, "events-calendar-table.md")
    assert "春游踏青" not in talks(view)
    assert "元旦联欢会" not in talks(view)


def test_a_calendar_table_leaves_the_time_slots_below_it_to_be_read(run):
    view = extracted(run, "salon-series-with-calendar.md")
    assert "签到" in talks(view)
    assert "存储专场" not in talks(view)
