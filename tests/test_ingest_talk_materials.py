"""Talks read from the lists of what was presented, on small fixtures written for these tests (not
copied text): a heading named for slides or recordings over list items that are each one link."""

from conftest import ROOT, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_linked_items_under_a_heading_named_for_slides_are_the_talks(run):
    """Not a link named for the material itself ('[Video](…)'), a whole day's recording, an embedded
    player's caption, or a sponsor."""
    view = ingest_view(run, LAYOUTS / "slides-heading-linked-items.md")
    assert set(talks(view)) == {"Streaming Joins Without Regret", "Fabrikam Ledger: Lessons From a Year in Production",
                                "周岚的 Ledger 实践"}


def test_a_linked_title_in_book_quotes_is_read_without_what_the_link_offers(run):
    view = ingest_view(run, LAYOUTS / "slides-heading-linked-items.md")
    assert "周岚的 Ledger 实践" in talks(view) and not any("下载链接" in title for title in talks(view))


SECTIONS = LAYOUTS / "section-headings-over-speakers.md"


def test_a_heading_named_for_recordings_is_no_talk(run):
    view = ingest_view(run, SECTIONS)
    assert "Recordings of the Keynotes" not in talks(view)


def test_a_section_of_demos_over_a_speaker_line_is_no_talk(run):
    view = ingest_view(run, SECTIONS)
    assert "Demos" not in talks(view) and "Streaming Joins Without Regret" in talks(view)


def test_a_sites_list_of_events_is_no_talk(run):
    view = ingest_view(run, SECTIONS)
    assert "Upcoming Events" not in talks(view)


def test_a_sites_list_of_articles_is_no_talk(run):
    view = ingest_view(run, SECTIONS)
    assert "相关文章" not in talks(view)


def test_slide_files_of_talks_the_page_tells_add_no_talk(run):
    """'《Contoso 五周年》下载链接' beside '**《Contoso 五周年：一起走过的路》**' over its speaker: one talk."""
    view = ingest_view(run, LAYOUTS / "materials-beside-told-talks.md")
    assert set(talks(view)) == {"Contoso 五周年：一起走过的路", "Fabrikam 存储实践与展望"}


def test_recordings_listed_under_a_days_heading_below_a_recordings_heading_are_the_talks(run):
    # '## Recordings' over '### Monday, March 10, 2031' over '- [Title](video)'
    view = ingest_view(run, LAYOUTS / "recordings-by-day.md")
    assert {"Opening Remarks", "Hermetic Builds for Fabrikam Services", "Remote Caching Without Tears"} <= set(talks(view))
