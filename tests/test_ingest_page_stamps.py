"""The day a page's text says it was posted, updated or written up ('提炼日期：…', 'Update 2031-10-13:',
'发布时间：…'; data/labels.txt, 'page-date') is no event's day; it is the post's, from which a Chinese
news lead's '今天，…举行' or '昨天，…' counts. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def test_the_day_a_page_was_written_up_is_no_event_s_day(run):
    assert ingest_view(run, POSTS / "zh-talk-notes-page-stamp.md")["event"]["start_date"] is None  # '提炼日期：2031-10-02'


def test_the_day_a_post_was_updated_is_no_event_s_day(run):
    assert ingest_view(run, POSTS / "update-stamp-over-sessions.md")["event"]["start_date"] is None  # '**Update 2031-10-13**:'


def test_the_day_a_page_says_it_was_posted_is_the_day_its_yesterday_counts_from(run):
    event = ingest_view(run, POSTS / "zh-news-stamp-yesterday-held.md")["event"]  # '发布时间: 2031-11-22' over '昨天，…举行'
    assert (event["start_date"], event["end_date"]) == ("2031-11-21", "2031-11-21")


def test_a_chinese_news_lead_held_today_is_dated_by_the_page_s_stamp(run):
    event = ingest_view(run, POSTS / "zh-news-stamp-today-held.md")["event"]
    assert (event["start_date"], event["end_date"]) == ("2031-11-22", "2031-11-22")


def test_the_day_a_post_was_updated_is_not_its_post_date(run):
    # 'Update 2031-11-20:' over '今天，…举行': an update's day is not the day the page says 'today' of
    assert ingest_view(run, POSTS / "zh-update-stamp-today-held.md")["event"]["start_date"] is None
