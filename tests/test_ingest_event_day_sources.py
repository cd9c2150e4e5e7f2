"""Where an event's days come from when a page gives several sources of a day: the text's own dates,
the file's name, the forms a range of days is written in. Small pages written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts" / "event-days"


def test_the_first_full_day_the_text_writes_outranks_the_day_the_file_is_named_by(run):
    view = ingest_view(run, POSTS / "2031-06-18-june-meetup.md")["event"]
    assert view["start_date"] == "2031-06-19"


def test_a_month_the_title_states_outranks_the_day_of_another_month_the_file_is_named_by(run):
    view = ingest_view(run, POSTS / "2031-02-05-fabrikam-summit-summary.md")["event"]
    assert view["start_date"] == "2031-01"


def test_a_chinese_news_item_opening_on_the_day_a_company_announced_something_gives_no_event_day(run):
    view = ingest_view(run, POSTS / "contoso-open-source.md", found=False)["event"]
    assert view["start_date"] is None


def test_between_two_days_and_is_a_range_of_days(run):
    view = ingest_view(run, POSTS / "contoso-graphics-meeting.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-05-11", "2031-05-13")


def test_a_month_of_its_year_is_the_month_an_event_was_held(run):
    assert ingest_view(run, POSTS / "fabrikam-meetup-report.md")["event"]["start_date"] == "2031-05"


def test_the_day_to_register_by_is_no_event_day_though_it_has_its_weekday(run):
    assert ingest_view(run, POSTS / "contoso-summit-12.md")["event"]["start_date"] == "2032-01"


def test_a_first_and_last_day_each_with_its_weekday_then_their_month_are_a_range(run):
    view = ingest_view(run, POSTS / "fabrikam-summit-13.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2032-01-29", "2032-01-30")


def test_between_two_days_before_their_month_is_a_range_of_days(run):
    view = ingest_view(run, POSTS / "fabrikam-graphics-meeting.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-05-27", "2031-05-30")


def test_the_days_after_a_comma_after_the_city_of_the_event_the_sentence_names_are_its_days(run):
    view = ingest_view(run, POSTS / "contoso-at-fabrikam-summit.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-04-29", "2031-05-01")


def test_a_day_taken_first_within_the_days_another_sentence_gives_widens_to_them(run):
    view = ingest_view(run, POSTS / "contoso-at-fabrikam-con.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-10-24", "2031-10-28")


def test_a_contests_time_label_gives_its_day(run):
    assert ingest_view(run, POSTS / "zh-contest-time-label.md")["event"]["start_date"] == "2031-11-23"


def test_an_english_news_sentence_on_the_day_a_project_was_launched_gives_no_event_day(run):
    view = ingest_view(run, POSTS / "contoso-sync-news.md", found=False)["event"]
    assert view["start_date"] is None


def test_a_day_counted_from_the_post_date_in_a_later_year_than_the_title_states_is_not_the_events(run):
    view = ingest_view(run, POSTS / "2031-06-09-contoso-day-fall-2030.md")["event"]
    assert view["start_date"] is None


def test_days_listed_one_after_another_are_a_range_of_days(run):
    view = ingest_view(run, POSTS / "contoso-embedded-conference-cfp.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-04-17", "2031-04-19")


def test_a_year_a_history_began_in_is_no_year_of_a_day_written_without_one(run):
    event = ingest_view(run, POSTS / "since-year-history-zh.md")["event"]
    assert event["start_date"] == "2031-11-09"  # '11月9日' beside '从2009年至今' (a foundation's history) and '2031 年'


def test_a_weekday_then_a_day_before_its_month_without_a_year_is_an_event_day(run):
    assert ingest_view(run, POSTS / "contoso-pydays-invite.md")["event"]["start_date"] == "2031-06-14"


def test_a_program_listing_its_days_item_by_item_one_after_another_lasts_to_the_last_items_day(run):
    view = ingest_view(run, POSTS / "fabrikam-python-week.md")["event"]
    assert (view["start_date"], view["end_date"]) == ("2031-07-14", "2031-07-20")


def test_the_month_the_opening_sentence_begins_with_is_the_month_of_the_event_it_names(run):
    assert ingest_view(run, POSTS / "fabrikam-summit-open-space.md")["event"]["start_date"] == "2031-05"
