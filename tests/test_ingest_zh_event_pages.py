"""Chinese event pages, whose facts stand in front matter written by a site's event template: small
pages written for these tests (not copied text). A `date:` beside a `start:` is the day the page was
posted, not the event's; an `address:` says where it is; a tag in 【】 opening the title files the post
unless it is the event's name; '丨' sets a title's parts apart."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def event(run, name: str) -> dict:
    result = run("ingest", "--json", POSTS / name, "--data", REGISTRY)
    return json.loads(result.stdout)["event"]


def test_the_start_key_dates_the_event_not_the_post_date_beside_it(run):
    # 'date: 2031-03-02' is when the announcement went up, 'start:' and 'end:' the workshop's day
    view = event(run, "zh-event-page-posted-before-start.md")
    assert (view["start_date"], view["end_date"]) == ("2031-03-15", "2031-03-15")


def test_an_event_page_dated_by_its_start_key_is_named_by_its_title(run):
    assert event(run, "zh-event-page-posted-before-start.md")["name"] == "青禾 Rust 入门一小时实战"


def test_the_address_key_gives_the_city(run):
    # 'address: 成都市高新区云帆路 18 号…': no other line of the page says where
    assert event(run, "zh-event-page-posted-before-start.md")["location"]["city"] == "Chengdu"


def test_a_category_tag_opening_the_title_is_no_part_of_the_name(run):
    assert event(run, "zh-event-page-category-tag.md")["name"] == "志愿者平台开发实战"  # '【直播】…'


def test_a_tag_that_names_an_event_is_the_name_not_the_words_after_it(run):
    assert event(run, "zh-event-page-name-in-tag.md")["name"] == "2031 青禾开发者大会"  # '【…大会】首批讲师来袭！'


def test_a_title_that_is_only_a_tag_is_the_name_without_its_brackets(run):
    assert event(run, "zh-event-page-title-all-tag.md")["name"] == "青禾社区技术分享活动"


def test_a_stroke_sets_the_event_name_apart_from_the_slogan_after_it(run):
    assert event(run, "zh-event-page-stroke-separator.md")["name"] == "星河开源年会杭州场"  # '…杭州场丨来一场开源派对吧'


def test_the_day_ending_an_event_page_s_title_is_no_part_of_the_name(run):
    # '… 周末自习室 2031年3月16日': one edition's day, already in 'start:'
    assert event(run, "zh-event-page-title-ends-in-day.md")["name"] == "青禾社区 Coffee & Code 周末自习室"


def test_a_post_s_title_tag_that_names_an_event_names_it(run):
    # '【2031 青禾开发者大会】参会指南', a guide posted before the event, on a page with no start key
    view = event(run, "zh-post-title-tag-names-event.md")
    assert (view["name"], view["start_date"], view["end_date"]) == ("2031 青禾开发者大会", "2031-10-18", "2031-10-19")


def test_a_club_page_titled_by_its_numbered_talk_is_named_by_what_follows_the_number(run):
    # '# 讲座07：开源数据库的工程实践', a page with no front matter
    assert event(run, "zh-club-numbered-talk-page.md")["name"] == "开源数据库的工程实践"


def test_a_numbered_activity_is_named_by_the_first_part_after_its_number(run):
    # '# 活动05：Install Party - Linux 安装与经验分享': the dash sets the name apart from what it is about
    assert event(run, "zh-club-numbered-activity-page.md")["name"] == "Install Party"


def test_a_day_written_with_dots_dates_the_event(run):
    # '时间：2031.04.12 18:30 - 20:30', as Chinese pages write a day
    view = event(run, "zh-club-numbered-talk-page.md")
    assert (view["start_date"], view["end_date"]) == ("2031-04-12", "2031-04-12")


def test_a_release_number_with_dots_is_no_day():
    from ocpkb.ingest import dates

    assert [found.start for found in dates.find_dates("时间：2031.04.12 18:30")] == ["2031-04-12"]
    assert dates.find_dates("升级到 Contoso IDE 2031.3.2 之后") == []  # a calendar-versioned release


def test_a_venue_named_only_by_its_district_is_in_that_district_s_city(run):
    # '活动地点：海淀区云帆大街 27 号…': 海淀区 is Beijing's (data/districts_zh.txt), the district stays in the venue
    location = event(run, "zh-venue-named-by-district.md")["location"]
    assert (location["city"], location["venue"]) == ("Beijing", "海淀区云帆大街 27 号青禾大厦 3 层")


def test_a_name_in_book_title_marks_that_the_opening_sentence_says_was_held_names_the_event(run):
    # '第三期《云帆夜话》在成都举行': no event word, the marks set the name apart
    view = event(run, "zh-quoted-name-held.md")
    assert (view["name"], view["start_date"], view["location"]["city"]) == ("云帆夜话", "2031-05-18", "Chengdu")


def test_a_labelled_event_name_outweighs_the_page_title(run):
    # '活动名称：青禾 2031 开源年会' under a title that names the station's program ('…杭州场日程丨…')
    assert event(run, "zh-event-name-label.md")["name"] == "青禾 2031 开源年会"
