"""Chinese event days and cities as recaps write them, on small texts written for these tests (not
copied text): a range of two whole days joined by '至' or '到', also with the hour each starts at; a
city's name read only where jieba's segmentation starts a word there, not across two words ('平台中'
holds no 台中); '北京时间', a clock, is no place."""

from ocpkb.ingest.dates import find_dates
from ocpkb.ingest.places import find_cities


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
