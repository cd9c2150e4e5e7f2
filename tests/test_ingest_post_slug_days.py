"""A file named by a day and then by the words of a post ('2031-03-05-contoso-back-home', a blog's slug) is
named by the day the post was published: when the page gives no date of its own and the text never writes
that day, the day is not the event's. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts" / "post-slugs"


def test_a_slug_file_s_day_the_text_never_writes_is_not_the_event_s(run):
    assert ingest_view(run, POSTS / "2031-03-05-contoso-back-home.md", found=False)["event"]["start_date"] is None


def test_a_slug_file_s_day_the_text_writes_dates_the_event(run):
    assert ingest_view(run, POSTS / "2031-03-05-contoso-night-in-lyon.md")["event"]["start_date"] == "2031-03-05"
