"""The event's name and the sections of a page: a heading numbered or marked as one section of the page ('二、',
'⭐️') that opens with an event word names no event; the event named right after 'this edition' (本届) does; a
title's name ends at its event word, not at the Chinese words glued after it.
Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_a_numbered_section_opening_with_a_contest_word_names_no_event(run):
    # '# 二、竞赛平台与评测': the contest's platform, the second section of the rules, no name
    view = ingest_view(run, POSTS / "zh-contest-numbered-sections.md", found=False)
    assert "竞赛平台" not in str(view)


def test_a_marked_section_heading_gives_way_to_the_event_named_after_this_edition(run):
    # '# ⭐️大赛资料' is the contest's materials; '本届星河编程挑战赛的报名…' names this edition's contest
    assert ingest_view(run, POSTS / "zh-contest-marked-heading-this-edition.md")["event"]["name"] == "星河编程挑战赛"


def test_chinese_words_glued_after_the_event_word_of_a_title_are_no_part_of_the_name(run):
    # '活动 | 星河社迎新会等你来！': 'come and join' says what to do about the welcome meeting
    assert ingest_view(run, POSTS / "zh-welcome-meeting-title-with-clause.md")["event"]["name"] == "星河社迎新会"

