"""A heading that names a piece of writing ('Conference Report by Jane Doe', 'New Case Study') or a link to a
recording ('Watch the Full Talk') heads the page's write-up or a link, and is no talk. Small pages written for
these tests (not copied text)."""

from conftest import ROOT, ingest_view, talks

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_a_linked_report_by_its_author_is_no_talk(run):
    view = ingest_view(run, POSTS / "linked-conference-report-by-author.md")
    assert "Conference Report" not in talks(view)


def test_a_heading_over_the_recording_of_the_talk_is_no_talk(run):
    view = ingest_view(run, POSTS / "watch-the-full-talk-heading.md")
    assert "Watch the Full Talk" not in talks(view)
