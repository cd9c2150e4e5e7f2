"""The event's name from a word class or a form every publisher shares: a Chinese meeting word (data/event_words.txt),
a day a title ends with, a named day with its year's theme. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def event(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)["event"]


def test_a_chinese_discussion_meeting_in_the_heading_names_the_event_without_its_day(run):
    # '星河 线上技术讨论会 2031-05-17': 讨论会 is an event word; the day that ends the heading is when it met
    assert event(run, "zh-discussion-meeting-dated-heading.md")["name"] == "星河 线上技术讨论会"


def test_a_named_day_with_its_theme_in_quotation_marks_names_the_event(run):
    # '…2031年“开源点亮未来”公众科学日': the year's theme in quotation marks is part of the day's name
    assert event(run, "zh-science-day-with-theme.md")["name"] == "2031年“开源点亮未来”公众科学日"
