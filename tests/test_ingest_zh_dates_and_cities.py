"""Chinese event days, cities and a page's language as recaps write them, on small texts and pages
written for these tests (not copied text): a range of two whole days joined by '至' or '到', also with
the hour each starts at; a city's name read only where jieba's segmentation starts a word there, not
across two words ('平台中' holds no 台中); '北京时间', a clock, is no place; a place field that names a
school named after its city ('深圳大学科技楼') is in that city; an event named by a school year ('2030 -
2031 学年度…') may fall in either year; a page that is only front matter takes its language from its
title counted by words; a front matter that gives the event's hours beside its `date` dates the event
by it; '于' like '在' puts an event at a school; '在线上举行' says it was held online; a city after '去年',
'上一届' is an earlier edition's; one held '在海淀区…' is in Beijing."""

import json

from conftest import ROOT

from ocpkb.ingest.dates import find_dates
from ocpkb.ingest.places import find_cities, parse_place

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def draft(run, name: str) -> dict:
    return json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)


def days(text: str) -> list[tuple[str, str | None]]:
    return [(found.start, found.end) for found in find_dates(text)]


def test_two_whole_chinese_days_joined_by_zhi_or_dao_are_one_range():
    assert days("青禾黑客松：2031年5月14日至2031年5月16日") == [("2031-05-14", "2031-05-16")]
    assert days("比赛时间 2031年5月14日 到 2031年5月16日") == [("2031-05-14", "2031-05-16")]


def test_the_hour_after_the_first_day_does_not_part_the_range():
    assert days("2031年12月16日 14:00 UTC+8 到 2031年12月18日 14:00 UTC+8") == [("2031-12-16", "2031-12-18")]
    assert days("Mar 2 2031 18:00 ~ Mar 3 2031 18:00") == [("2031-03-02", "2031-03-03")]


def test_two_whole_days_further_apart_than_an_event_stay_two_days():
    # a season of a contest, two months long: a period, no event's days
    assert days("第一赛季：2031年1月13日 10:30 - 2031年3月13日 18:00") == [("2031-01-13", None), ("2031-03-13", None)]


def test_two_days_in_a_list_are_no_range():
    assert days("2031年5月14日，2031年5月16日") == [("2031-05-14", None), ("2031-05-16", None)]


def test_a_city_name_across_two_words_is_no_city():
    assert find_cities("作品须在竞赛平台中至少提交一次") == ()  # '平台' '中', not 台中


def test_a_city_name_that_starts_a_word_is_read():
    assert [city for _, city, _ in find_cities("青禾社区在湖南省长沙市举办年会")] == ["Changsha"]
    assert [city for _, city, _ in find_cities("来自星河协会上海分会的朋友")] == ["Shanghai"]


def test_the_clock_of_a_city_is_no_place():
    assert find_cities("赛程中的所有时间均为北京时间") == ()


def test_a_place_field_naming_a_school_named_after_its_city_is_in_that_city(run):
    # '地点: 深圳大学科技楼 B1 创客空间', and no other line says where
    assert draft(run, "zh-school-venue-label.md")["event"]["location"]["city"] == "Shenzhen"


def test_a_place_naming_a_campus_of_a_school_is_not_put_in_the_city_the_school_is_named_after():
    assert parse_place("北京师范大学珠海校区") == {}  # the campus may lie elsewhere
    assert parse_place("深圳大学科技楼")["venue"] == "深圳大学科技楼"


def test_a_day_in_the_second_year_of_a_school_year_that_names_the_event_is_its_day(run):
    # '2031 年 12 月 10 日晚，2030 - 2031 学年度…表彰大会…举行' on a page whose 'time:' is the day it was posted
    view = draft(run, "zh-school-year-award-night.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-12-10", "2031-12-10")


def test_a_page_that_is_only_front_matter_takes_the_language_of_its_title_by_words(run):
    assert draft(run, "zh-front-matter-only-mixed-title.md")["language"] == "zh"  # '星河云 Serverless Developer Meetup | 杭州站'


def test_a_front_matter_giving_the_event_s_hours_and_no_day_dates_it_by_the_page_s_date(run):
    # 'date: 2031-09-20' beside 'time: 9:00-17:00' and 'location:': the event's own page, the text gives no day
    view = draft(run, "zh-front-matter-hours-and-place.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-09-20", "2031-09-20")


def test_an_event_held_at_a_school_named_after_its_city_is_in_that_city(run):
    # '…第 3 期于深圳大学科技楼举行': '于', like '在', puts the event at the school
    assert draft(run, "zh-held-at-city-school.md")["event"]["location"]["city"] == "Shenzhen"


def test_an_event_said_held_online_has_no_city_from_another_stop_of_its_series(run):
    # '…第 5 期在线上举行，这是继上海站之后…'
    place = draft(run, "zh-held-online.md")["event"]["location"]
    assert (place["city"], place["virtual"]) == (None, True)


def test_the_city_of_last_year_s_edition_is_no_city_of_this_one(run):
    # '本周末，青禾开发者大会在学院报告厅召开。去年的大会在深圳举行。'
    assert draft(run, "zh-last-years-city.md")["event"]["location"]["city"] is None


def test_an_event_held_in_a_district_of_a_large_city_is_in_that_city(run):
    # '…第 4 期在海淀区一家咖啡馆举行', and no line names the city
    assert draft(run, "zh-held-in-district.md")["event"]["location"]["city"] == "Beijing"
