"""A post whose file is named by a day and by words that look back on an event ('…-recap', '…-thank-you';
data/labels.txt, 'looking-back') was written after it: the file's day is the post's, not the event's.
Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts" / "looking-back"


def test_a_recap_file_s_day_is_not_the_event_s(run):
    assert ingest_view(run, POSTS / "2031-06-12-contoso-summit-recap.md")["event"]["start_date"] is None


def test_a_file_named_by_a_day_alone_still_dates_its_event(run):
    assert ingest_view(run, POSTS / "2031-06-12-contoso-summit.md")["event"]["start_date"] == "2031-06-12"
