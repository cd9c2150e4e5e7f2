"""Event facts in blog posts and press releases, whose name, date and place stand in sentences:
small posts written for these tests (not copied text). A post's relative dates count from its
own date; a headline's verb is not part of the event's name; a press release's dateline is where
the news was told, the 'will be held … in' sentence where the event is; a talk page or a biography
names places that are not an event's."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def event(run, name: str) -> dict:
    result = run("ingest", "--json", POSTS / name, "--data", REGISTRY)
    return json.loads(result.stdout)["event"]


def facts(view: dict) -> tuple:
    return view["name"], view["start_date"], view["end_date"], view["location"]["city"]


def test_an_announced_event_is_named_without_the_headline_verb_and_dated_by_the_held_sentence(run):
    # the year comes from the event's name, the city from the 'will be held' sentence, not the dateline
    assert facts(event(run, "announcement-with-dateline.md")) == (
        "Storage Summit Europe 2026", "2026-03-10", "2026-03-11", "Lisbon")


def test_a_release_dateline_gives_the_day_the_news_was_told_and_the_days_then_in_city_the_events(run):
    # '**PORTO, June 29, 2031** – … Contoso Con Europe, November 29 - December 2, 2031, in Lyon': the dateline's
    # day and city are the release's; the days its paragraph goes on to give, and the city set right after them,
    # are the event's
    assert facts(event(run, "release-dateline-then-event-days.md"))[1:] == ("2031-11-29", "2031-12-02", "Lyon")


def test_a_relative_date_counts_from_the_post_date(run):
    view = event(run, "recap-relative-date.md")
    assert facts(view) == ("Contoso Developer Day", "2024-12", "2024-12", "Porto")


def test_a_dateline_at_the_event_gives_its_place_and_day(run):
    assert facts(event(run, "dateline-at-the-event.md")) == ("Northwind Hardware Summit", "2025-06-04", "2025-06-04",
                                                              "Berlin")


def test_a_talk_page_names_no_event_and_its_biography_no_place(run):
    assert facts(event(run, "talk-page-without-event.md")) == (None, None, None, None)


def test_a_city_that_starts_an_institution_name_is_not_the_venue(run):
    # 'at the Seattle Convention Center' is a venue; 'Oak Ridge National Laboratory' an institution
    assert facts(event(run, "announcement-at-a-venue.md")) == (
        "Tailspin Open Hardware Forum", "2025-05-20", "2025-05-21", "Seattle")


def test_a_few_weeks_ago_gives_the_month_three_weeks_before_the_post(run):
    assert facts(event(run, "recap-weeks-ago.md")) == ("Contoso Conference 2025", "2025-07", "2025-07", "Lisbon")


def test_the_post_date_in_a_toml_path_and_people_listed_after_a_sentence_that_introduces_them(run):
    result = run("ingest", "--json", POSTS / "toml-post-with-thanks-list.md", "--data", REGISTRY)
    view = json.loads(result.stdout)
    assert facts(view["event"]) == ("Contoso Leads Summit 2025", "2025-03", "2025-03", "Porto")  # 'This March'
    assert {"Dana Whitfield", "Omar Haddad"} <= {person["name"] for person in view["people"]}


def test_a_short_name_with_its_year_in_the_title_takes_the_texts_longer_form(run):
    assert event(run, "recap-short-name-in-title.md")["name"] == "Contoso Summit 2017"


def test_the_city_of_the_office_people_came_to(run):
    assert event(run, "recap-short-name-in-title.md")["location"]["city"] == "Madrid"


def test_a_city_that_ends_the_name_of_the_institution_hosting_the_event_is_its_city(run):
    assert event(run, "workshop-at-an-institute.md")["location"]["city"] == "Pune"


def test_the_event_a_workshop_is_co_located_with_is_not_its_name(run):
    assert event(run, "co-located-workshop.md")["name"] == "Contoso Firmware Workshop"


def test_a_title_part_the_text_says_took_place_names_the_event(run):
    view = event(run, "recap-named-by-an-acronym.md")
    assert (view["name"], view["start_date"]) == ("HPX19", "2019-11")  # 'Last week' in a post of November 27


def test_days_named_with_their_weekdays_one_after_another_are_the_events_first_and_last(run):
    assert facts(event(run, "two-days-by-weekday.md")) == ("Contoso Contributor Summit", "2021-04-11", "2021-04-12", "Lyon")


def test_an_event_pages_start_and_end_keys_give_its_days_not_the_dates_listed_in_its_text(run):
    # 'date:' beside 'end:' dates the event; 'Important Dates' are a call's deadlines; the city ends an address line
    assert facts(event(run, "event-page-start-and-end-keys.md")) == (
        "Fabrikam Storage Days 2026", "2026-09-14", "2026-09-15", "Utrecht")


def test_a_city_written_before_a_state_that_also_names_a_city_is_the_city(run):
    # 'Spokane, Washington, USA': Spokane, though the state's name is also a city's
    assert facts(event(run, "event-page-city-before-its-state.md"))[3] == "Spokane"


def test_a_post_date_without_an_end_key_is_when_the_post_was_written(run):
    assert facts(event(run, "post-date-without-end.md"))[1:3] == ("2025-03-03", "2025-03-04")


def test_a_con_coinage_with_its_year_is_an_event_name(run):
    # 'Storagecon 2026' names an event as 'StorageCon 2026' does
    assert facts(event(run, "con-coinage-with-year.md")) == ("Storagecon 2026", "2026-05-12", "2026-05-13", "Lisbon")


def test_a_start_and_end_years_apart_are_no_events_days(run):
    # a member record's 'date:' and 'end:' span a membership, not an event
    result = run("ingest", "--json", POSTS / "member-page-with-end.md", "--data", REGISTRY)
    assert json.loads(result.stdout)["event"]["start_date"] is None


def test_an_event_name_of_several_names_joined_by_plus_is_kept_whole(run):
    assert event(run, "joined-event-name.md")["name"] == "FabrikamCon + NorthwindCon Europe 2025"


def test_the_days_set_beside_the_event_s_city_outrank_a_talk_s_weekday(run):
    assert facts(event(run, "dates-beside-the-city.md")) == ("Fabrikam Summit 2025", "2025-05-06", "2025-05-09", "Lisbon")


def test_a_range_of_days_before_the_month_gives_both_days(run):
    assert facts(event(run, "days-before-the-month.md")) == ("Fabrikam Summit 2023", "2023-04-18", "2023-04-21", "Lisbon")


def test_the_city_of_a_co_located_event_is_the_reported_event_s_city(run):
    assert event(run, "co-located-day.md")["location"]["city"] == "Lisbon"


def test_a_short_form_of_the_event_s_name_before_a_city_places_the_event(run):
    assert event(run, "short-form-of-the-name.md")["location"]["city"] == "Lisbon"  # 'FabrikamCon EU in Lisbon'


def test_a_talk_page_s_time_set_in_a_section_of_its_front_matter_is_the_day(run):
    view = event(run, "zh-talk-page-sectioned-time.md")  # 'page: {time: 2025-09-13 14:00-17:30}'
    assert (view["start_date"], view["end_date"]) == ("2025-09-13", "2025-09-13")


def test_a_chinese_announcement_names_the_event_with_its_region_and_year_and_its_range_of_days(run):
    view = event(run, "zh-summit-announcement.md")  # 'Contoso Summit ASIA 2025 重磅来袭', '2025 年 6 月 12-13 日'
    assert facts(view) == ("Contoso Summit ASIA 2025", "2025-06-12", "2025-06-13", None)


def test_words_that_open_registration_are_no_part_of_the_event_s_name(run):
    view = event(run, "zh-registration-opens.md")  # '星河开发者大会 2024 报名正式启动'
    assert facts(view) == ("星河开发者大会 2024", "2024-04-18", "2024-04-19", "Hangzhou")


def test_two_conferences_joined_by_a_plus_are_one_name_with_its_two_word_region(run):
    # 'StackCon + CloudFairCon North America 2024': neither half alone, nor 'North' without 'America'
    view = event(run, "joined-conference-name.md")
    assert (view["name"], view["location"]["city"]) == ("StackCon + CloudFairCon North America 2024", "Denver")


def test_a_when_label_dates_the_event_with_a_yearless_range(run):
    # 'When: June 10-12' under the event's name: its days, in the year of its name, not the post's date
    assert facts(event(run, "recap-when-label.md"))[:3] == ("Contoso Data Summit 2025", "2025-06-10", "2025-06-12")


def test_sessions_listed_by_weekday_give_the_events_first_and_last_day(run):
    # 'next week' gives only the month; the office hours on Tuesday and the talk on Thursday give the days
    assert facts(event(run, "announcement-session-days.md"))[:3] == ("Contoso Cloud Summit 2026", "2026-03-10", "2026-03-12")


def test_an_event_whose_name_says_virtual_is_held_online(run):
    # the title says 'ContosoCon EU 2021', the text 'the Virtual ContosoCon EU 2021'
    assert event(run, "virtual-in-the-name.md")["location"]["virtual"] is True


def test_a_sentence_that_says_the_event_was_virtual_makes_it_held_online(run):
    view = event(run, "virtual-format-sentence.md")
    assert (view["location"]["virtual"], view["location"]["city"]) == (True, None)


def test_a_recording_put_online_does_not_make_an_event_virtual(run):
    assert event(run, "recap-slides-online.md")["location"]["virtual"] is False


def test_a_title_that_welcomes_an_event_names_it_without_the_greeting(run):
    assert facts(event(run, "welcome-announcement.md"))[:2] == ("FabrikamCon 2027", "2027-05-19")


def test_franklin_page_variables_are_read_as_front_matter(run):
    # '@def title = …' gives the name, '@def published' the post's date from which 'last week' counts
    assert facts(event(run, "franklin-page-variables.md")) == ("Tailspin Days 2023", "2023-06", "2023-06", "Lyon")


def test_a_toml_front_matter_holding_julia_values_is_read_key_by_key(run):
    assert facts(event(run, "toml-matter-with-julia-values.md")) == ("Northwind Forum 2022", "2022-09", "2022-09",
                                                                     "Porto")


def test_a_title_name_with_its_year_that_the_text_says_was_held_names_the_event(run):
    # no event word in 'Fabrikamy 2022'; the conference 'held in Lyon in 2021' is an earlier one
    assert event(run, "recap-yearly-meeting-named-without-event-word.md")["name"] == "Fabrikamy 2022"


def test_a_name_with_its_year_that_a_title_says_something_happened_at_names_the_event(run):
    # no event word in 'Contoso I/O 2031'; the text's 'I/O Bootcamp' is one part of it
    assert event(run, "title-at-a-name-with-its-year.md")["name"] == "Contoso I/O 2031"


def test_a_name_and_country_a_title_says_something_happened_at_takes_the_year_the_text_first_writes_after_it(run):
    # no year in the title 'Fabrikam at Contoso Norway'; the text's 'Contoso Norway 2032' is the next edition
    assert event(run, "title-at-a-name-and-country-without-its-year.md")["name"] == "Contoso Norway 2031"


def test_the_heading_under_a_front_matter_title_names_what_it_says_happened_at(run):
    # the front-matter title joins the name and its year to other words by 'and'; the page's heading says 'at'
    assert event(run, "front-matter-title-over-a-heading-at-a-name-with-its-year.md")["name"] == "ContosoLive 2031"


def test_a_city_with_a_year_after_at_in_a_title_is_no_event_name(run):
    assert event(run, "title-at-a-city-with-its-year.md")["name"] != "Lyon 2030"


def test_a_franklin_string_left_open_does_not_swallow_the_text(run):
    assert facts(event(run, "franklin-string-left-open.md")) == ("Northwind Camp 2024", "2024-05-04", "2024-05-04", "Porto")


def test_days_joined_by_an_em_dash_are_a_range(run):
    assert facts(event(run, "em-dash-range.md")) == ("Northwind Camp 2025", "2025-06-12", "2025-06-14", "Porto")


def test_a_date_wrapped_after_its_month_is_read_across_the_line_break(run):
    assert facts(event(run, "date-wrapped-after-its-month.md")) == ("Fabrikam Summit 2026", "2026-09-08", "2026-09-11",
                                                                     "Lyon")


def test_the_days_after_the_city_and_its_country_are_the_event_s_not_the_post_s(run):
    assert facts(event(run, "days-after-the-city-and-country.md")) == ("Contoso sprint", "2024-08-19", "2024-08-23",
                                                                        "Porto")


def test_a_title_that_reports_one_day_of_an_event_names_the_event_not_the_day(run):
    assert event(run, "one-day-of-an-event.md")["name"] == "Contoso DevSummit"


def test_an_edition_number_after_the_event_word_is_part_of_the_name(run):
    assert event(run, "edition-number-after-the-name.md")["name"] == "FabrikamConf 12"


def test_a_metadata_header_of_key_value_lines_is_read_as_front_matter(run):
    # Pelican's 'Title: …' / 'Date: …' lines: the title names the event, no label word does
    assert facts(event(run, "metadata-header.md")) == ("Northwind Camp 2022", "2022-06-17", "2022-06-17", "Porto")


def test_front_matter_written_without_its_opening_fence_is_front_matter(run):
    # Hexo lets a post open with 'title: …' lines closed by '---': they are no talk and no text
    view = json.loads(run("ingest", "--json", POSTS / "front-matter-without-its-opening-fence.md", "--data", REGISTRY).stdout)
    assert facts(view["event"]) == ("Tailspin Meetup Lyon", "2029-03-09", "2029-03-09", "Lyon")
    assert view["sessions"] == []


def test_a_city_the_text_writes_as_a_person_s_given_name_is_no_place(run):
    # 'by Austin Kowalczyk' … 'at Austin's request': Austin is a person here, not the venue's city
    assert event(run, "city-that-is-a-given-name.md")["location"]["city"] is None


def test_a_heading_that_is_a_speaker_s_name_ending_in_a_city_gives_no_place(run):
    assert event(run, "speaker-headings.md")["location"]["city"] is None  # '### Priya Lorca'


def test_the_town_a_speaker_lives_in_is_not_the_event_s_city(run):
    assert event(run, "speaker-bios-with-home-towns.md")["location"]["city"] is None  # 'lives … in Lyon', 'based in Porto'


def test_a_fest_coinage_names_the_event_as_a_con_coinage_does(run):
    assert facts(event(run, "fest-coinage.md")) == ("FabrikamFest 2031", "2031-06-14", "2031-06-14", "Lisbon")


def test_a_coinage_written_apart_in_the_text_is_the_same_event_so_its_city_is_the_event_s(run):
    # 'the Contoso Days in Porto' is the 'ContosoDays Porto' of the title, not another event
    assert facts(event(run, "days-coinage-city.md")) == ("ContosoDays Porto", "2031-03-19", "2031-03-19", "Porto")


def test_a_headline_s_verb_after_to_is_no_part_of_the_name_and_two_days_joined_by_and_are_its_days(run):
    # 'Contoso to Have Summit in Lyon' is not 'Have Summit'; 'April 5 and 6, 2032' is a two-day range
    view = event(run, "headline-to-have-summit.md")
    assert (view["name"], view["start_date"], view["end_date"]) == ("Contoso Summit Lyon", "2032-04-05", "2032-04-06")


def test_a_title_that_names_the_event_says_where_it_is_held(run):
    assert event(run, "headline-to-have-summit.md")["location"]["city"] == "Lyon"  # '… to Have Summit in Lyon'
    assert event(run, "title-city-and-country.md")["location"]["city"] == "Porto"  # '… Conference 2031 Porto, Portugal'


def test_a_small_city_s_name_ending_a_title_without_its_country_is_no_place(run):
    # 'Fabrikam Developer Summit: Pasadena' names the release planned there, not a city
    assert event(run, "title-ends-in-a-release-name.md")["location"]["city"] is None


def test_a_city_written_in_its_own_letters_or_their_german_spelling_is_a_place(run):
    assert event(run, "city-in-its-own-letters.md")["location"]["city"] == "Gothenburg"  # 'in Göteborg'
    assert event(run, "city-in-german-spelling.md")["location"]["city"] == "Nuremberg"  # 'in Nuernberg, Germany'


def test_an_edition_number_glued_to_a_coinage_names_the_event(run):
    # the first name of the title is the one announced; 'FabrikamConf16' is where it was announced
    assert facts(event(run, "glued-edition-number.md")) == ("FabrikamConf17", "2017-08-06", "2017-08-12", "Lyon")


def test_a_city_station_in_brackets_keeps_its_closing_bracket(run):
    assert facts(event(run, "zh-station-in-brackets.md")) == (
        "第三届星河技术沙龙（杭州站）", "2031-05-18", "2031-05-18", "Hangzhou")


def test_a_talk_write_up_names_the_station_in_brackets_it_was_given_at(run):
    # the speaker's nickname in brackets before it is no part of the name, the station's brackets are
    assert event(run, "zh-writeup-at-a-station-in-brackets.md")["name"] == "星河开发者大会（杭州站）"


def test_a_city_that_ends_the_events_name_before_its_edition_is_its_city(run):
    # 'Tailspin Meetup San Jose #4': both words of the city stay in the name, and it is where the meetup was
    assert facts(event(run, "city-in-the-name-only.md")) == ("Tailspin Meetup San Jose #4", "2031-03-09", "2031-03-09", "San Jose")


def test_a_day_of_the_event_in_the_title_is_not_its_name(run):
    # 'Re-Cap of Day Two at the 2031 Contoso Conference!': the day is one of the event's, the name follows 'at the'
    assert event(run, "recap-day-two-in-the-title.md")["name"] == "2031 Contoso Conference"


def test_the_writers_my_before_a_name_in_the_opening_line_is_not_part_of_it(run):
    assert event(run, "my-conference-opening-line.txt")["name"] == "Fabrikam Conference 2031"


def test_a_review_of_a_dotted_name_is_named_without_the_review_and_the_posted_on_day_is_no_event_date(run):
    assert facts(event(run, "review-of-a-dotted-name.md")) == ("Northconf.EU 2031", None, None, "Prague")


def test_a_con_coinage_with_its_region_code_names_the_event_and_not_its_day(run):
    assert event(run, "con-coinage-with-region-day-one.txt")["name"] == "Northcon EU"


def test_a_city_that_ends_the_events_name_is_where_it_is_held(run):
    assert facts(event(run, "city-at-the-end-of-the-name.txt")) == ("Fabricon Lisbon", None, None, "Lisbon")


def test_a_sentence_wrapped_after_an_article_keeps_its_dates_and_a_lowercase_kind_after_the_year_is_dropped(run):
    # 'on March 4th and 5th, the' / '[Contoso 2031](…) conference took place in Porto.': one sentence
    assert facts(event(run, "sentence-wrapped-after-an-article.md")) == ("Contoso 2031", "2031-03-04", "2031-03-05", "Porto")


def test_a_hard_wrapped_line_that_holds_a_link_goes_on_on_the_next_line(run):
    # '[Contoso Summit 2031](https://…) in San' / 'Jose on August 28-31': the line was wrapped at its width as
    # written, address and all, so the city and the days after it are one sentence (not the nominations' deadline)
    assert facts(event(run, "wrapped-line-with-a-link.md")) == ("Contoso Summit 2031", "2031-08-28", "2031-08-31", "San Jose")


def test_a_caption_that_ends_with_who_took_the_photo_names_no_city(run):
    # '.The main hall, photo by Dana Lincoln': Lincoln is the photographer's surname; the city is where people traveled to
    assert facts(event(run, "caption-credit-ends-with-a-surname.adoc"))[3] == "Porto"


def test_a_city_that_an_earlier_occasion_follows_is_the_earlier_events(run):
    # 'the … summit in Lyon earlier this year': that summit's city; this one was hosted in Porto
    assert facts(event(run, "earlier-summit-in-another-city.md"))[1:] == ("2031-11-07", "2031-11-08", "Porto")


def test_an_event_that_returns_on_its_days_is_dated_by_them(run):
    # 'The biggest Contoso event of the year returns May 23–27!': the days, in the post's year
    assert facts(event(run, "event-returns-on-its-days.md")) == ("Contoso Summit 2031", "2031-05-23", "2031-05-27", None)


def test_an_event_coming_to_a_city_is_held_there(run):
    # 'Contoso World, is coming to Porto, Portugal on August 28 - 31, 2031'
    assert facts(event(run, "event-is-coming-to-a-city.md"))[1:] == ("2031-08-28", "2031-08-31", "Porto")


def test_a_title_that_names_the_event_with_a_weekday_to_come_is_dated_from_the_post(run):
    # 'Contoso Meetup this Thursday' posted on Tuesday 2031-08-05: the Thursday of that week
    assert facts(event(run, "meetup-this-weekday-in-the-title.md"))[:2] == ("Contoso Meetup", "2031-08-07")


def test_the_dated_file_of_a_page_whose_layout_is_a_blog_post_gives_no_event_date(run):
    # '2031-07-03-contributor-summit.md' with 'layout: post': a blog post named by the day it came out, not the summit's day
    view = event(run, "2031-07-03-contributor-summit.md")
    assert (view["name"], view["start_date"], view["end_date"]) == ("Contoso World Contributor Summit", None, None)


def test_a_coinage_written_as_its_web_address_names_the_event_in_a_sentence(run):
    # 'NorthConf.EU 2031 took place in Athens'
    assert facts(event(run, "dotted-coinage-in-prose.txt")) == ("NorthConf.EU 2031", None, None, "Athens")


def test_a_name_that_ends_its_sentence_is_read_without_the_next_sentences_words(run):
    # 'I just returned from FabrikamDay NYC. The conference had …'
    assert event(run, "name-ends-its-sentence.txt")["name"] == "FabrikamDay NYC"


def test_a_name_the_next_sentence_says_was_held_names_the_event(run):
    # '… of the year: ContosoCon 2031. It was held in Paris'
    assert event(run, "held-in-the-next-sentence.txt")["name"] == "ContosoCon 2031"


def test_an_event_the_writer_joined_is_the_one_reported(run):
    assert event(run, "joined-the-event.txt")["name"] == "Nordic NorthDay"


def test_the_writers_first_conference_is_no_name_the_conference_attended_is(run):
    # title 'Learnings From Attending My First Big Tech Conference'; 'attend the Contoso.js Lisbon 2031 conference'
    assert facts(event(run, "first-conference-of-the-writer.md")) == ("Contoso.js Lisbon 2031", None, None, "Lisbon")


def test_a_day_alone_above_the_title_is_the_posts_date_and_the_held_sentence_gives_the_month(run):
    # '26 Oct 2031' over 'Fabrikam Conference 2031'; 'At the end of September the … community gathered in Berlin'
    assert facts(event(run, "date-stamp-above-the-title.txt")) == ("Fabrikam Conference 2031", "2031-09", "2031-09", "Berlin")


def test_meeting_notes_are_dated_by_the_heading_under_their_title_not_the_next_meeting(run):
    # '## March 4, 2025 10:00 a.m. Eastern' is the meeting's day; another event's date and city in an
    # announcement, and the next meeting's weekday date, are not this one's; 'Priya & Tomas' present an item
    assert facts(event(run, "meeting-notes-dated-heading.md")) == (
        "Fabrikam Runtime Community Meeting", "2025-03-04", "2025-03-04", None)


def test_a_roll_of_attendees_with_their_companies_names_no_city(run):
    # 'Gary Lindqvist, Contoso' is a person and a company, not the city of Gary; nor is 'if Wilma, Gary, Omar'
    assert event(run, "minutes-roll-with-affiliations.md")["location"]["city"] is None


def test_a_minutes_heading_ending_with_its_presenters_first_names_names_no_city(run):
    # '## Tech Team Report - Kate & Gary': Kate and Gary present the report; Gary is no city there
    assert event(run, "minutes-heading-presenters-first-names.md")["location"]["city"] is None


def test_minutes_titled_with_their_day_are_named_by_the_series_without_the_word_minutes(run):
    assert facts(event(run, "minutes-titled-with-their-day.md")) == ("Northwind SBOM team", "2025-05-06", "2025-05-06", None)


def test_a_meeting_titled_with_its_iso_day_keeps_no_piece_of_the_day_in_its_name(run):
    # 'Contoso Tech Team Meeting 2025-02-11' -> the name, not 'Contoso Tech Team Meeting 2025'
    assert facts(event(run, "meeting-titled-with-iso-day.md")) == ("Contoso Tech Team Meeting", "2025-02-11", "2025-02-11", None)


def test_the_organizations_that_jointly_initiate_a_chinese_summit_to_be_held_are_its_organizers(run):
    view = event(run, "zh-jointly-initiated-summit.md")  # '由 A、B、C和D联合发起，将于…在杭州举行'
    assert view["organizers"] == ["蓝海开源基金会", "北辰软件园", "Contoso 基金会亚太区", "云帆中国"]


def test_the_abstract_of_an_event_page_names_who_organized_it(run):
    assert event(run, "zh-event-page-abstract.md")["organizers"] == ["北辰云原生社区"]  # '由北辰云原生社区组织的社区会议'


def test_a_latin_name_and_year_opening_a_chinese_title_names_the_event_the_text_says_is_held(run):
    view = event(run, "zh-latin-name-year-title.md")  # 'Contoso Forward Asia 2031 议题征集令', not '大会'
    assert facts(view) == ("Contoso Forward Asia 2031", "2031-11-20", "2031-11-21", "Hangzhou")


def test_a_chinese_title_of_who_was_at_a_conference_names_the_conference(run):
    assert event(run, "zh-community-at-conference-title.md")["name"] == "星河开发者大会"  # '青禾社区在星河开发者大会精彩花絮'


def test_an_event_page_s_date_and_date_end_keys_give_its_day(run):
    # a Hugo (Wowchemy) event page: 'date:' beside 'date_end:', not the page's 'publishDate'
    assert facts(event(run, "zh-event-page-date-end.md")) == ("云帆社区 meetup 第九期宁波站", "2031-09-25", "2031-09-25", "Ningbo")


def test_an_event_page_s_name_starttime_and_endtime_keys_name_and_date_it(run):
    # a community site's event page: 'name:' instead of 'title:', moments in 'starttime:'/'endtime:';
    # the registration deadline in the text is no event day
    assert facts(event(run, "event-page-name-and-starttime-keys.md")) == (
        "Fabrikam Ocean Data Hack Day", "2031-03-08", "2031-03-08", "Lyon")


def test_a_chinese_slogan_after_a_latin_event_name_and_its_year_is_no_part_of_the_name(run):
    # '… Contoso Meetup 2031 不容错过，…' ('not to be missed'): the name ends with its year
    assert event(run, "zh-latin-name-then-slogan.md")["name"] == "Contoso Meetup 2031"


def test_a_newsletter_heading_that_only_joins_kinds_of_events_names_no_event(run):
    # '### Webinar & Conference' heads a newsletter's section of talks; it is no event's name
    assert event(run, "zh-newsletter-event-kinds-heading.md")["name"] is None


def test_an_event_whose_chinese_name_says_online_has_no_city_from_a_customer_case(run):
    # '云帆 3.0 线上产品发布会': held online; the customer's plant in Suzhou a talk names is no place of it
    location = event(run, "zh-online-launch-customer-plant.md")["location"]
    assert (location["city"], location["virtual"]) == (None, True)


def test_a_town_before_its_country_without_a_comma_is_where_the_named_event_was_not_where_the_writer_landed(run):
    # 'join the Contoso PGDay in Fairhaven Norway …', then 'After we landed in Oslo', 'sitting in Frankfurt Airport'
    assert event(run, "travel-through-to-a-town.txt")["location"]["city"] == "Fairhaven"


def test_an_airport_the_writer_waits_in_is_no_place_of_the_event(run):
    assert event(run, "travel-home-through-an-airport.txt")["location"]["city"] is None


def test_a_city_abbreviation_ending_the_event_s_name_is_its_city(run):
    assert facts(event(run, "name-ends-in-city-abbreviation.txt"))[::3] == ("Contoso PGDay NYC", "New York City")


def test_a_category_and_day_line_under_the_title_is_the_post_s_day_not_the_event_s(run):
    # 'Contoso / March 12, 2031' under the title: the blog's category and the day it was posted
    assert facts(event(run, "category-and-post-day-under-title.txt")) == ("Contoso Lisbon", None, None, "Lisbon")


def test_a_title_s_two_events_joined_before_one_year_that_the_text_names_apart_are_no_single_event(run):
    # not the joined phrase 'Northwind Rejects and ContosoCon EU 2031': each event has its own section
    assert facts(event(run, "title-joins-two-events-named-apart-in-sections.md")) == (None, None, None, None)


def test_two_names_joined_before_a_plural_kind_of_event_are_no_single_event(run):
    # 'NorthwindConf and ContosoDays Conferences': not the first of them, dated and placed by its sentence
    assert facts(event(run, "title-joins-two-names-before-a-plural-kind-of-event.md")) == (None, None, None, None)


def test_a_post_whose_title_joins_two_events_the_text_names_reports_no_single_event(run):
    # 'Talks from ContosoConf and FabrikamDays 2031': not the first event dated by the post
    assert facts(event(run, "two-events-in-one-post.md")) == (None, None, None, None)


def test_a_workshop_title_without_a_name_says_its_city_by_in(run):
    assert event(run, "workshop-title-in-city.md")["location"]["city"] == "Lyon"  # 'Workshop in Lyon, 2-3 May 2031'


def test_a_city_ending_a_title_before_another_country_is_not_that_city(run):
    # 'at the University of Canterbury, New Zealand': not Canterbury in England
    assert event(run, "workshop-at-university-before-country.md")["location"]["city"] is None


def test_a_name_in_its_city_and_year_on_a_title_line_names_the_event(run):
    # 'Revisiting the FabrikamLive in Lyon 2031' -> 'FabrikamLive Lyon 2031', in Lyon
    assert facts(event(run, "name-in-city-and-year.txt"))[::3] == ("FabrikamLive Lyon 2031", "Lyon")


def test_a_coined_word_and_a_city_before_a_year_is_an_event_not_a_person(run):
    assert facts(event(run, "coined-name-and-city-title.md"))[::3] == ("NorthwindJS Lisbon 2031", "Lisbon")


def test_a_con_coinage_in_lower_case_in_the_title_that_the_text_names_again_is_the_event(run):
    assert event(run, "lowercase-coinage-title.txt")["name"] == "fabricon"  # 'fabricon is done'


def test_a_day_with_its_weekday_above_the_title_is_the_post_s_day(run):
    assert facts(event(run, "weekday-post-day-above-title.txt"))[:2] == ("Northwind Summit", None)  # 'Tuesday, March 4, 2031'


def test_a_month_before_the_reported_name_does_not_make_it_another_event(run):
    # 'at the June Northwind Summit in Lyon' under 'Northwind Summit 3: Storage': Lyon is its city
    assert facts(event(run, "month-before-the-reported-name.md"))[::3] == ("Northwind Summit 3", "Lyon")


def test_a_talk_title_doing_something_in_a_city_and_year_names_no_event(run):
    # 'Scaling Contoso in Lyon 2031' opens with what the talk does, so it is no 'Contoso Lyon 2031'
    assert event(run, "talk-title-in-city-and-year.txt")["name"] is None


def test_chinese_fortnightly_meeting_notes_are_named_by_the_meeting_without_the_notes_word(run):
    # '星河网关社区双周会纪要（2031/03/12）': 双周会 is a meeting, 纪要 the notes of it
    assert facts(event(run, "zh-fortnightly-meeting-notes.md"))[:2] == ("星河网关社区双周会", "2031-03-12")


def test_a_region_after_a_dash_at_the_end_of_a_meetings_title_is_part_of_its_name(run):
    # 'Contoso Tech Team Meeting - EMEA 2031-05-06': the day goes, the region stays
    assert facts(event(run, "meeting-title-region-after-dash.md"))[:2] == ("Contoso Tech Team Meeting - EMEA", "2031-05-06")


def test_notes_after_a_body_that_meets_are_its_meetings_notes_but_release_notes_name_no_event(run):
    assert facts(event(run, "meeting-cabal-notes.md"))[:2] == ("Fabrikam Community Cabal", "2031-05-06")
    assert event(run, "release-notes-page.md")["name"] is None


def test_an_end_date_whose_year_falls_before_the_start_is_the_start_year_mistyped(run):
    # 'date: 2025-06-14T13:00' with 'date_end: 2024-06-14T18:00' in an event page's front matter
    result = run("ingest", "--json", POSTS / "front-matter-end-year-slip.md", "--data", REGISTRY)
    draft = json.loads(result.stdout)
    assert facts(draft["event"]) == ("Contoso Cloud Meetup #7 Hangzhou", "2025-06-14", "2025-06-14", "Hangzhou")
    assert any("end date's year (2024)" in note for note in draft["review"])


def test_a_chinese_announcement_that_gives_only_the_month_and_year_dates_the_event_by_its_month(run):
    # '2031 年 9 月，北风科技将在杭州举办…': September 2031, no day stated
    assert facts(event(run, "zh-announcement-month-only.md")) == ("Northwind Tech Day 2031", "2031-09", "2031-09", "Hangzhou")


def test_a_city_inside_a_schools_name_is_not_the_events(run):
    # 'the University of Northwind at Chapel Hill' in a list of institutions; '成都云帆理工大学副教授林澈分享了'
    assert event(run, "city-in-a-schools-name.md")["location"]["city"] is None
    assert event(run, "zh-city-in-a-schools-name.md")["location"]["city"] is None


def test_untitled_minutes_are_named_by_the_series_their_file_name_gives(run):
    # 'nwtd-legal-2031-05-06.md' over '## Attendees': the series before the day, a word with no vowel in capitals
    assert facts(event(run, "minutes/nwtd-legal-2031-05-06.md"))[:2] == ("NWTD Legal Meeting", "2031-05-06")
    # '2031-05-13.md' in a 'minutes' folder: no series named
    assert event(run, "minutes/2031-05-13.md")["name"] is None


def test_a_city_is_no_part_of_a_word_that_ends_a_heading(run):
    # '**FabrikamHub**': no 'Hub' (a town in the gazetteer) from inside the word
    assert event(run, "city-word-inside-a-heading-word.md")["location"]["city"] is None


def test_a_city_behind_an_institutions_short_name_after_people_at_is_not_the_events(run):
    # 'Dana Whitfield at UC Los Angeles', 'remote participants at NWTD Auckland': where they work
    assert event(run, "city-of-a-persons-institution.md")["location"]["city"] is None


def test_a_struck_out_date_is_replaced_by_the_one_after_it(run):
    # '~~June 12 and 13~~ June 18 and 19': the page keeps the old dates visible but crossed out
    view = event(run, "struck-out-dates.md")
    assert facts(view) == ("Fabrikam Summit 2031", "2031-06-18", "2031-06-19", None)


def test_a_company_after_an_at_sign_at_the_end_of_a_title_hosts_the_party_and_is_no_part_of_its_name(run):
    # 'Recap:' goes too; a birthday party is an event word
    assert event(run, "birthday-party-at-host.md")["name"] == "Northwind Birthday Party"


def test_a_hackfest_said_to_be_underway_in_a_city_is_held_there_though_its_name_says_virtual(run):
    # 'Virtual' is the subject here (virtual machines); the sentence says where the hackfest is
    view = event(run, "virtual-machines-hackfest.md")
    assert (view["name"], view["location"]["city"], view["location"]["virtual"]) == (
        "Contoso Virtual Hackfest", "Leipzig", False)


def test_two_following_days_joined_by_and_before_of_and_their_month_are_one_range(run):
    # 'on the 19th and 20th of October', announced in July: not the post's date
    view = event(run, "workshop-two-days-of-month.md")
    assert facts(view)[1:] == ("2031-10-19", "2031-10-20", "Berlin")


def test_three_headings_each_naming_an_event_then_its_days_and_city_list_several_events(run):
    # '## FabrikamConf 2031, 30-31 January, Lyon': a calendar of the community's events, no one event
    view = event(run, "upcoming-events-day-first-headings.md")
    assert facts(view) == (None, None, None, None)


def test_the_city_a_report_says_the_event_was_in_this_year_is_the_one_of_the_country_after_it_and_the_days_follow(run):
    # 'was in Valencia, Spain this year from May 16-20': Spain's Valencia, not the bigger namesake
    view = event(run, "report-was-in-city-this-year.md")
    assert facts(view)[1:] + (view["location"]["country"],) == ("2031-05-16", "2031-05-20", "Valencia", "ES")


def test_a_city_after_the_city_of_is_where_the_event_took_place(run):
    view = event(run, "took-place-in-the-city-of.md")
    assert (view["location"]["city"], view["location"]["country"]) == ("Porto", "PT")


def test_a_range_across_two_months_with_the_year_only_at_its_end_is_one_range_in_that_year():
    from ocpkb.ingest.dates import find_dates

    def days(text: str) -> list[tuple]:
        return [(d.start, d.end) for d in find_dates(text, 2030, bare=True)]

    assert days("held May 30-June 2, 2031") == [("2031-05-30", "2031-06-02")]
    assert days("from 30 May to 2 June 2031") == [("2031-05-30", "2031-06-02")]
    assert days("December 30 - January 2, 2032") == [("2031-12-30", "2032-01-02")]
    assert days("on May 3 - June 22, 2031") == [("2030-05-03", None), ("2031-06-22", None)]  # seven weeks: no event's days


def test_a_range_across_two_months_is_read_whole_where_no_year_is_known_before_it():
    # 'November 29 - December 2, 2031' in a sentence that says nothing of a year before: its first day is
    # no lone 'December 2, 2031'
    from ocpkb.ingest.dates import find_dates

    def days(text: str) -> list[tuple]:
        return [(d.start, d.end) for d in find_dates(text)]

    assert days("Contoso Con, November 29 - December 2, 2031, in Lyon") == [("2031-11-29", "2031-12-02")]
    assert days("the 29th of November to the 2nd of December 2031") == [("2031-11-29", "2031-12-02")]
    assert days("Dec 30 - Jan 2, 2032") == [("2031-12-30", "2032-01-02")]
    assert days("open from March 1 - June 1, 2031") == [("2031-06-01", None)]  # three months: no event's days


def test_the_day_a_posts_title_gives_its_event_comes_before_the_first_dated_sentence_of_the_text(run):
    # 'scheduled for Aug 16, 2031' is a release's day; the title says when the testing day is
    view = event(run, "testing-day-title-date.md")
    assert (view["name"], view["start_date"]) == ("Community Testing Day", "2031-08-05")


def test_last_week_counts_from_the_post_date_when_the_writer_says_they_presented_then(run):
    # 'Last week I had the pleasure of presenting …': a month only, the day is not stated
    view = event(run, "writer-presented-last-week.md")
    assert (view["start_date"], view["location"]["city"]) == ("2031-07", "Porto")


def test_an_event_the_text_calls_an_online_event_is_virtual_with_no_city(run):
    # 'Join us for' is no part of the name; 'on Saturday, 4 May' after the post is this year's
    view = event(run, "online-event-meetup.md")
    assert facts(view) + (view["location"]["virtual"],) == (
        "Northwind Community Meetup", "2031-05-04", "2031-05-04", None, True)


def test_a_title_saying_the_team_goes_to_a_city_for_an_event_names_the_event_without_the_city_and_places_it_there(run):
    view = event(run, "team-in-city-for-the-event.md")
    assert (view["name"], view["location"]["city"]) == ("StackCon + CloudFairCon Europe 2031", "Lyon")


def test_the_dated_file_of_a_post_about_a_teams_part_in_an_event_gives_no_event_date(run):
    view = event(run, "2031-02-07-contoso-at-fabrikam-summit-2031.md")
    assert (view["name"], view["start_date"], view["end_date"]) == ("Fabrikam Summit 2031", None, None)


def test_a_gathering_the_text_says_is_held_at_a_bigger_event_with_its_year_gives_the_bigger_event(run):
    assert event(run, "community-summit-at-a-bigger-event.md")["name"] == "FabrikamCon 2031"


def test_a_front_matter_excerpt_is_read_as_a_summary_and_gives_the_place(run):
    assert event(run, "place-in-the-excerpt.md")["location"]["city"] == "Lyon"


def test_a_city_after_a_word_such_as_downtown_is_where_the_event_is_held(run):
    # 'held in downtown Porto at the Riverside Congress Center': Porto, not the venue's first word
    assert facts(event(run, "held-in-downtown-city.adoc"))[3] == "Porto"


def test_days_in_brackets_right_after_the_name_are_the_event_s_range(run):
    # 'Contoso Summit (25th-28th October)': the range, not the one day a later weekday line gives
    assert facts(event(run, "name-then-bracketed-days.md"))[:3] == ("Contoso Summit", "2031-10-25", "2031-10-28")


def test_a_schedule_that_names_no_city_takes_the_one_its_path_joins_to_the_year(run):
    # 'contoso-2031-lisbon-schedule.md': the page only lists talks; its path says which edition it is
    view = event(run, "contoso-2031-lisbon-schedule.md")
    assert (view["start_date"], view["location"]["city"], view["location"]["country"]) == ("2031-03-12", "Lisbon", "PT")


def test_a_city_in_the_path_beside_another_year_is_not_the_event_s():
    from ocpkb.ingest.event_date_place import _city_of_path
    from ocpkb.ingest.model import Found, Span
    assert _city_of_path("site/2016-berlin/schedule.md", Found("2016-08-25", Span(1, 1))) == ("Berlin", "DE")
    assert _city_of_path("site/2016-berlin/schedule.md", Found("2019-11-07", Span(1, 1))) is None
    assert _city_of_path("site/2020-online/schedule.md", None) is None


def test_a_city_that_names_a_universitys_campus_is_not_the_events(run):
    # '活动地点：青禾大学苏州校区 明德楼 301': a campus is named after a road, district or town as often as after
    # a city, and the school's city is not stated
    assert event(run, "zh-city-named-campus.md")["location"]["city"] is None


def test_an_issue_of_a_newsletter_named_by_its_slug_reports_no_event_of_its_news(run):
    # slug 'this-week-in-contoso-12': the summit in one section is an item of the news, not the page's event
    result = run("ingest", "--json", POSTS / "newsletter-issue-by-slug.md", "--data", REGISTRY)
    view = json.loads(result.stdout)
    assert facts(view["event"]) == (None, None, None, None) and view["event"]["organizers"] == []
    assert any(reason.startswith("The page is an issue of a newsletter") for reason in view["review"])


def test_a_chinese_news_column_issue_reports_no_event_but_keeps_its_organizations(run):
    # '云帆资讯·5 月 / 第二期': a news column; the 大会 it announces is one item, its host still an organization
    result = run("ingest", "--json", POSTS / "zh-weekly-news-issue.md", "--data", REGISTRY)
    view = json.loads(result.stdout)
    assert facts(view["event"]) == (None, None, None, None) and view["event"]["organizers"] == []
    assert "星河科技" in [organization["name"] for organization in view["organizations"]]


def test_a_name_in_a_sentence_linking_several_other_events_is_not_the_pages_event(run):
    # 'Don't forget our [Contoso Docs conference](…) in Lyon …, and our [Fabrikam Writers conference](…)'
    assert event(run, "thanks-then-links-to-other-events.md")["name"] is None


def test_a_date_with_its_time_to_the_second_is_when_a_news_item_was_posted_not_an_events_day(run):
    # '来源：云帆新闻网 2031-06-28 00:37:48' over an announcement of a program's selected students (a talk's 21:00:00 stays a time)
    result = run("ingest", "--json", POSTS / "zh-news-source-timestamp.txt", "--data", REGISTRY)
    assert json.loads(result.stdout)["event"]["start_date"] is None


def test_an_event_held_at_a_university_named_for_its_city_is_in_that_city(run):
    # 'will happen at the University of Leipzig': the school is named for the city it is in
    assert event(run, "held-at-a-university-named-for-its-city.md")["location"]["city"] == "Leipzig"


def test_a_city_in_a_clause_about_an_earlier_occasion_is_not_the_events(run):
    # 'Last year, people … traveled to Madrid', 'Previously, we met … in Arlington', then 'we met in Wilmington'
    assert event(run, "last-years-city-in-an-earlier-clause.md")["location"]["city"] == "Wilmington"


def test_a_university_named_for_a_region_abroad_gives_no_city():
    from ocpkb.ingest.places import find_cities

    # the University of Canterbury is in New Zealand, the gazetteer's Canterbury a small town in England
    assert find_cities("a workshop held at the University of Canterbury, New Zealand, in June") == ()
    assert find_cities("a workshop hosted at the University of Canterbury the 22nd of June") == ()


def test_a_title_part_opening_with_a_headline_verb_names_the_event_after_it(run):
    # 'Announcing FabrikamUP 2031: …' over a heading 'Who is speaking at FabrikamUP 2031?'
    assert event(run, "announcing-name-and-year-title.md")["name"] == "FabrikamUP 2031"


def test_a_city_after_as_previously_announced_stays_the_events():
    from ocpkb.ingest.event_date_place import _earlier_occasion

    text = "As previously announced, the Contoso Summit takes place in Berlin."
    assert not _earlier_occasion(text, text.index("Berlin"))


def test_a_question_heading_of_a_call_for_papers_does_not_name_the_event(run):
    # '## Who should speak at the DevFest Conference?' under 'Northwind DevFest 2031 will be held …'
    assert facts(event(run, "call-for-papers-question-heading.md")) == (
        "Northwind DevFest 2031", "2031-05-12", "2031-05-12", "Porto")


def test_the_heading_over_a_list_of_date_and_place_names_the_event(run):
    # '# Contoso Night' over '- Date: May 30, 2031' and '- Location: Fabrikam Hall, 3rd floor, Berlin'
    assert facts(event(run, "heading-over-facts-list.md")) == ("Contoso Night", "2031-05-30", "2031-05-30", "Berlin")


def test_the_day_a_call_for_papers_closes_is_not_the_events(run):
    # 'Feel free to submit until our CFP closes on April 30, 2031' is the only day the post gives
    assert event(run, "call-for-speakers-deadline-only.md")["start_date"] is None


def test_the_event_a_first_paragraph_opens_with_names_a_post_whose_title_names_none(run):
    # 'Call for Speakers' over 'The Contoso Conference needs speakers!'
    assert event(run, "call-for-speakers-deadline-only.md")["name"] == "Contoso Conference"


def test_the_day_to_mark_in_your_calendar_is_the_events(run):
    # 'Mark your calendars for August 26th': a day without its year, the year from the name
    view = event(run, "mark-your-calendars-day.md")
    assert (view["start_date"], view["end_date"]) == ("2031-08-26", "2031-08-26")


def test_a_day_to_mark_among_other_days_of_a_paragraph_is_no_event_day(run):
    # the booth's days and then 'mark your calendars for March 22nd' for a workshop: a part of the event
    assert event(run, "mark-your-calendars-among-other-days.md")["start_date"] is None


def test_the_event_a_ticket_post_opens_registration_for_names_it(run):
    # '[Early Bird Registration][link] for the first-ever Fabrikam Conference is now open!'
    assert event(run, "early-bird-registration-for-event.md")["name"] == "Fabrikam Conference"


def test_tickets_for_another_event_that_will_open_soon_do_not_name_the_post():
    from ocpkb.ingest.event_name import _registration_for

    text = "The CFP and tickets for the Fabrikam conference will open soon."
    assert not _registration_for("Fabrikam conference", text)


def test_the_country_an_event_is_coming_to_is_its_country_when_no_city_is_named(run):
    # 'Contoso Conf is coming to Portugal, again!': no city, the country PT
    location = event(run, "coming-to-a-country.md")["location"]
    assert (location["city"], location["country"]) == (None, "PT")


def test_a_chinese_range_with_a_fullwidth_tilde_widens_the_day_the_event_ended(run):
    # '6 月 7 日，… 圆满落幕' opens the post; '本届大会在 6 月 6 ～ 7 日举办' further down gives both days
    assert facts(event(run, "zh-ended-day-then-held-range.md"))[1:3] == ("2031-06-06", "2031-06-07")


def test_a_chinese_day_the_event_ended_and_how_long_it_lasted_give_its_first_day(run):
    # '10 月 27 日，为期两天的星河 Hackathon 在上海落下帷幕': the 26th and the 27th, in Shanghai
    assert facts(event(run, "zh-ended-day-lasted-two-days.md"))[1:] == ("2031-10-26", "2031-10-27", "Shanghai")


def test_last_saturday_counts_from_the_post_date_for_a_name_with_its_year_glued_on(run):
    # '上周六，…星河 DevCon 终于在杭州开讲啦' in a post of Wednesday 2031-01-22, about 'DevCon2031'
    assert facts(event(run, "zh-last-saturday-glued-year-name.md"))[1:] == ("2031-01-18", "2031-01-18", "Hangzhou")


def test_this_weekend_in_a_sentence_inviting_people_to_sign_up_is_the_posts_own_weekend(run):
    # '就在本周末，欢迎大家报名参加！' in a post of Tuesday 2031-03-04: Saturday the 8th
    assert event(run, "zh-this-weekend-sign-up.md")["start_date"] == "2031-03-08"


def test_an_edition_said_to_be_held_online_has_no_city_though_the_series_is_held_in_one(run):
    # '本届大会采取线上直播的形式' beats '每年在北京举办'
    view = event(run, "zh-online-edition-of-a-yearly-conference.md")
    assert (view["location"]["city"], view["location"]["virtual"]) == (None, True)


def test_a_contest_opened_by_a_headline_is_named_without_the_verb_and_a_schools_city_is_no_place(run):
    # '星河易用性挑战赛开启：…'; '杭州电子科大' is a school ('科大' is short for 科技大学)
    view = event(run, "zh-contest-opens-headline.md")
    assert (view["name"], view["location"]["city"]) == ("星河易用性挑战赛", None)


def test_a_contest_said_to_open_today_starts_on_the_posts_date(run):
    # '星河挑战赛第二季今天正式开启' in a post of 2031-03-02
    assert event(run, "zh-contest-opens-headline.md")["start_date"] == "2031-03-02"


def test_two_contests_joined_in_a_headline_and_counted_in_the_text_are_no_single_event(run):
    # '易用性挑战赛& 北辰捉虫竞赛完结！' over '两场比赛均于 5 月 30 日结赛'
    assert event(run, "zh-two-contests-end-headline.md")["name"] is None


def test_a_team_setting_out_for_a_contest_names_the_contest_and_a_companys_seat_is_no_place(run):
    # '北辰社团组队出征星河算子挑战赛'; '云帆（上海）科技有限公司' sits in Shanghai, the contest is not said to
    assert facts(event(run, "zh-team-sets-out-for-a-contest.md")) == ("星河算子挑战赛", "2031-04-26", "2031-04-26", None)


def test_a_prize_won_at_a_hackathon_names_the_event_the_write_up_reports(run):
    # the title says only 'Hackathon'; the summary '最终获得了星河 Hackathon 2031 的二等奖' names it
    assert event(run, "zh-prize-at-a-hackathon-in-summary.md")["name"] == "星河 Hackathon 2031"


def test_a_talk_given_at_a_conference_names_the_event_the_write_up_reports(run):
    # '在 Contoso DevCon 2031 上，云帆数据 CTO 周岚分享了…'
    assert event(run, "zh-talk-given-at-a-conference-in-summary.md")["name"] == "Contoso DevCon 2031"


def test_an_event_page_s_start_and_end_keys_in_camel_case_date_it(run):
    # 'startDate:' and 'endDate:', the keys 'start_date' and 'end_date' spelled as a JavaScript site writes them
    found = event(run, "event-page-camel-case-start-and-end-keys.md")
    assert (found["start_date"], found["end_date"]) == ("2031-06-12", "2031-06-13")


def test_a_meetup_export_s_time_start_dates_the_event(run):
    # an event exported from a meetup platform: 'timeStart:' beside an empty 'timeEnd:', the post's 'date' a month before
    assert event(run, "meetup-export-time-start.md")["start_date"] == "2031-05-31"


def test_a_meetup_export_s_title_names_the_event(run):
    # its 'timeStart:' makes it an event's own page, whose title 'ContosoPHP Q2 2031' is the event's name
    assert event(run, "meetup-export-time-start.md")["name"] == "ContosoPHP Q2 2031"


def test_the_event_a_page_welcomes_to_is_its_event(run):
    # '[Welcome to Contoso Conf 2031!!](video)' under a 'Resources' heading: the recordings' event
    assert event(run, "welcome-to-a-named-event.md")["name"] == "Contoso Conf 2031"


def test_a_line_that_writes_the_events_name_gives_its_city_whatever_its_days(run):
    # the session's day is the one taken, yet the line naming 'Contoso Summit 2031' with its days is about this event
    assert event(run, "named-event-line-with-city.md")["location"]["city"] == "Lyon"


def test_a_city_then_a_dash_then_the_day_gives_the_city(run):
    # 'LYON — FRIDAY, 5TH MAY 2031' under the title: the place and the day set apart by a dash, the city first
    assert event(run, "city-dash-date-line.md")["location"]["city"] == "Lyon"


def test_a_postal_address_line_gives_the_city_before_its_region_and_postcode(run):
    # 'Level 5, 120 Collins St, Melbourne VIC 3000' on its own line: the city the address ends in
    assert event(run, "meetup-at-a-postal-address.md")["location"]["city"] == "Melbourne"


def test_a_meeting_said_to_be_online_takes_no_city_from_a_speakers_biography(run):
    # 'This is an online meeting': the city a biography names ('studying … in Lyon') is no venue
    location = event(run, "online-meeting-with-a-speakers-city.md")["location"]
    assert (location["city"], location["virtual"]) == (None, True)


def test_a_day_cut_from_a_date_range_after_a_place_is_no_venue(run):
    # 'Lyon, France, 24th - 25th of May 2031': '24th' is the first day, not where in Lyon
    view = event(run, "place-line-then-day-range.md")
    assert (view["location"]["city"], view["location"]["venue"]) == ("Lyon", None)
