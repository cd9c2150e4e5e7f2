"""The event's name from a word class or a form every publisher shares: a Chinese meeting word (data/event_words.txt),
a day a title ends with, a named day with its year's theme, a year with its quarter glued ('2031Q3'),
a titled 'Week', 'Night' or 'Course' after a name (data/titled_event_words.txt). Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view
from ocpkb.ingest.event_name import event_phrase

POSTS = ROOT / "tests" / "ingest" / "posts"


def event(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)["event"]


def test_a_chinese_discussion_meeting_in_the_heading_names_the_event_without_its_day(run):
    # '星河 线上技术讨论会 2031-05-17': 讨论会 is an event word; the day that ends the heading is when it met
    assert event(run, "zh-discussion-meeting-dated-heading.md")["name"] == "星河 线上技术讨论会"


def test_a_named_day_with_its_theme_in_quotation_marks_names_the_event(run):
    # '…2031年“开源点亮未来”公众科学日': the year's theme in quotation marks is part of the day's name
    assert event(run, "zh-science-day-with-theme.md")["name"] == "2031年“开源点亮未来”公众科学日"


def test_a_call_to_attend_that_opens_the_title_is_no_part_of_the_name(run):
    # 'Join Us for HackFest at Contoso Summit 2031 in Lyon!': the name starts after the call; a brand glued to 'Fest' names it
    assert event(run, "join-us-for-fest-title.md")["name"] == "HackFest"


def test_a_section_on_streaming_the_event_gives_no_longer_name(run):
    # '## Streaming FabrikamCon' under the title's 'FabrikamCon': a verb in -ing says what is done with the event
    assert event(run, "streaming-heading-over-coinage.md")["name"] == "FabrikamCon"


def test_a_talk_word_before_a_recap_word_names_no_event(run):
    # '## Talk highlights': 'Talk' says what kind of item the highlights are of, naming none
    assert event(run, "talk-highlights-heading.md")["name"] != "Talk"


def test_a_meeting_service_before_meeting_names_no_event(run):
    # '## Join the Zoom Meeting!': where the talks are streamed, no event's name
    assert event(run, "join-the-zoom-meeting-heading.md")["name"] != "Zoom Meeting"


def test_several_events_under_a_name_label_give_no_name_from_the_label(run):
    # notes listing the events members went to, each '会议名称：…': none of them is the page's event
    name = event(run, "zh-minutes-listing-events-attended.md")["name"] or ""
    assert "星河开源大会" not in name and "Fabrikam" not in name


def test_a_name_and_its_year_the_text_says_will_be_back_names_the_event(run):
    # 'Contoso 2031 will be back in Lyon!' under a title that names no event
    assert event(run, "name-with-year-will-be-back.mdx")["name"] == "Contoso 2031"


def test_a_quarter_glued_to_the_year_is_part_of_the_name(run):
    # '# 2031Q3 Contoso Hackathon': the year and its quarter say which of the series' hackathons it was
    assert event(run, "quarter-glued-to-year-hackathon.md")["name"] == "2031Q3 Contoso Hackathon"


def test_a_capitalized_week_after_a_name_names_the_event(run):
    # 'Contoso Design Week 2031: what we heard': 'Week' capitalized after a name ends an event's name
    assert event(run, "titled-week-in-title.md")["name"] == "Contoso Design Week 2031"


def test_a_capitalized_night_after_a_possessive_names_the_event_with_its_number(run):
    # "Fabrikam Makers' Night 4": the number after 'Night' says which of the evenings it was
    assert event(run, "titled-night-in-title.md")["name"] == "Fabrikam Makers' Night 4"


def test_this_week_in_a_newsletter_title_names_no_event():
    # 'This Week in Contoso': 'Week' after 'This' says when, naming no event
    assert event_phrase("This Week in Contoso: new releases") is None
    assert event_phrase("Last Night at the Fabrikam office") is None
