"""The days of an event a blog post or trip report gives relative to its own date ('last weekend',
'two weeks ago', 'this Friday') or without their year ('Saturday the 17th of August'): small posts
written for these tests (not copied text). A post that states none of the event's days is not dated
by its own publication day."""

import json

from conftest import ROOT

from ocpkb.ingest import dates

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def days(run, name: str) -> tuple:
    result = run("ingest", "--json", POSTS / name, "--data", REGISTRY)
    event = json.loads(result.stdout)["event"]
    return event["start_date"], event["end_date"]


def test_last_weekend_in_a_sunday_post_gives_only_its_month(run):
    assert days(run, "weekend-before-a-sunday-post.md")[0] == "2031-02"  # posted Sunday 2031-02-09: this weekend or the one before, its month


def test_this_week_end_in_a_past_tense_sentence_is_the_weekend_just_gone(run):
    assert days(run, "this-week-end-was-the-summit.md")[0] == "2031-05-17"  # posted Monday 2031-05-19


def test_two_weeks_ago_gives_the_day_fourteen_days_before_the_post(run):
    assert days(run, "two-weeks-ago-was-the-conference.md")[0] == "2031-08-09"


def test_about_two_weeks_ago_gives_only_the_month(run):
    assert days(run, "about-two-weeks-ago-ended.md")[0] == "2031-12"


def test_this_friday_in_an_announcement_is_the_friday_to_come(run):
    assert days(run, "meetup-this-friday.md") == ("2031-10-10", "2031-10-10")  # posted Tuesday 2031-10-07


def test_the_weekend_of_a_yearless_range_gives_its_days_in_the_names_year(run):
    assert days(run, "long-weekend-of-days.md") == ("2031-11-14", "2031-11-16")


def test_a_weekday_then_the_nth_of_a_month_is_the_events_day(run):
    assert days(run, "2031-08-14-when-weekday-the-nth-of-month.md")[0] == "2031-08-16"


def test_an_event_coming_up_on_two_days_is_dated_by_them(run):
    assert days(run, "coming-up-on-days.md") == ("2031-02-01", "2031-02-02")


def test_contributors_who_were_at_an_event_this_past_month_date_it_by_that_month(run):
    assert days(run, "contributors-were-at-this-past-month.md")[0] == "2031-12"


def test_next_weekend_from_a_wednesday_is_the_coming_saturday():
    assert dates.relative_date("see you at the meetup next weekend", "2031-05-14") == ("2031-05-17", "next weekend")


def test_this_friday_in_a_past_tense_sentence_is_the_friday_gone():
    assert dates.relative_date("we met this Friday at the meetup", "2031-05-18")[0] == "2031-05-16"


def test_this_past_friday_and_saturday_give_the_first_and_last_day(run):
    # and 'On the 13th of July in 2009 we started the project' is the community's history, not the event's day
    assert days(run, "history-sentence-of-another-year.md") == ("2031-05-30", "2031-05-31")  # posted Monday 2031-06-02


def test_last_week_from_tuesday_to_sunday_gives_those_days_of_the_week_before_the_posts(run):
    assert days(run, "last-week-from-tuesday-to-sunday.md") == ("2031-05-13", "2031-05-18")  # posted Wednesday 2031-05-21


def test_a_title_line_gives_its_city_then_its_yearless_days(run):
    result = run("ingest", "--json", POSTS / "title-line-city-then-yearless-range.md", "--data", REGISTRY)
    event = json.loads(result.stdout)["event"]  # '# Fabrikam Hackathon 2031 (f2k31), Calgary, May 9-20'
    assert (event["start_date"], event["end_date"], event["location"]["city"]) == ("2031-05-09", "2031-05-20", "Calgary")


def test_a_day_then_in_and_its_year_is_read_in_that_year():
    assert dates.find_dates("On the 13th of July in 2009 we started", 2031)[0].start == "2009-07-13"


def test_last_weekend_in_a_weekday_post_is_the_saturday_before_it():
    assert dates.relative_date("Last weekend was the Contoso Summit", "2031-02-11") == ("2031-02-08", "Last weekend")


def test_a_relative_phrase_written_out_as_its_days_gives_those_days(run):
    # posted Monday 2031-07-14: 'next weekend (July 19-20)' is the weekend written out
    assert days(run, "next-weekend-written-out.md") == ("2031-07-19", "2031-07-20")


def test_last_weekend_counts_from_the_post_when_the_sentence_names_the_event_without_its_year(run):
    # 'Last weekend was NorthwindConf' in a post of Tuesday 2031-05-20 about 'NorthwindConf 2031'
    assert days(run, "last-weekend-named-without-its-year.md")[0] == "2031-05-17"


def test_a_range_running_into_the_next_month_keeps_its_last_day():
    assert [(d.start, d.end) for d in dates.find_dates("On January 27 - February 5, the team meets", 2031)] == [
        ("2031-01-27", "2031-02-05")]


def test_a_yearless_range_whose_end_comes_before_its_start_gives_only_its_first_day():
    assert [(d.start, d.end) for d in dates.find_dates("on December 30 - January 2 we met", 2031)] == [("2031-12-30", None)]


def test_a_range_of_days_then_in_and_its_year_is_read_in_that_year():
    # 'Contoso Conf is going to Lyon from July 11-12 in 2031': no other year to borrow
    found = dates.find_dates("Contoso Conf is going to Lyon from July 11-12 in 2031.")
    assert [(day.start, day.end) for day in found] == [("2031-07-11", "2031-07-12")]


def test_a_chinese_post_that_went_today_to_an_organized_event_is_dated_by_its_own_day(run):
    # posted 2031-12-14: '今天去了 Fabrikam 组织的 Contoso Meetup' ('today I went to the meetup Fabrikam organized')
    assert days(run, "zh-went-today-to-an-organized-meetup.md")[0] == "2031-12-14"
