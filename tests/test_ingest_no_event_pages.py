"""A page that names no event and shows none (a press release, a project's announcement, a blog's index of links)
gives no event's days or place, and its review says no event was found on it; a page whose sentence of the day or
place speaks of an event keeps them. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def _event(run, name: str, found: bool = False) -> dict:
    """The draft of a page; `found=False`: one that gives nothing at all, which `--json` answers with exit code 1."""
    return ingest_view(run, POSTS / name, found=found)


def test_a_press_releases_dateline_gives_no_event_day_or_city(run):
    location = _event(run, "press-release-dateline-no-event.md", found=True)["event"]
    assert (location["start_date"], location["location"]["city"]) == (None, None)


def test_the_review_of_a_page_naming_no_event_says_so(run):
    review = _event(run, "press-release-dateline-no-event.md", found=True)["review"]
    assert any(note.startswith("The page names no event") for note in review)


def test_a_chinese_announcements_dateline_gives_no_event_day(run):
    assert _event(run, "graduation-announcement-zh-no-event.md")["event"]["start_date"] is None


def test_a_city_in_a_blog_indexs_link_to_a_video_is_no_event_city(run):
    assert _event(run, "blog-index-linked-talk-video.md")["event"]["location"]["city"] is None


def test_a_day_in_a_sentence_inviting_to_an_event_is_kept(run):
    event = ingest_view(run, POSTS / "invitation-dated-in-its-event-sentence.md")["event"]
    assert event["start_date"] == "2031-03-11"


def test_a_city_a_traditional_chinese_sentence_says_an_event_was_held_in_is_kept(run):
    assert _event(run, "zh-traditional-held-in-city.md")["event"]["location"]["city"] == "Xi'an"


def test_an_event_a_table_rows_sentence_names_is_no_event_of_the_page(run):
    # an award page's table of winners: '…并参与组织了首次“星河夜谈 杭州站”活动' in a winner's row
    assert _event(run, "award-table-row-names-an-event.md")["event"]["name"] is None
