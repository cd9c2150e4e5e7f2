"""The event's name where a page states it only weakly (an event page's title over a front-matter place, a short
'-con' coinage, initials and a year in the title) and the city's spelling. Small pages written for these tests
(not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def event(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)["event"]


def test_a_city_written_with_marks_is_given_in_plain_letters(run):
    # GeoNames' ASCII form, as an English text writes it: 'Montréal' is Montreal
    assert event(run, "meetup-in-a-city-with-marks.md")["location"]["city"] == "Montreal"


def test_the_title_of_a_page_whose_front_matter_gives_a_place_names_its_event(run):
    # the place may stand in a section of the front matter ('extra:'); nothing else names the event
    assert event(run, "placed-page-title.md")["name"] == "Contoso Night"


def test_a_short_con_coinage_with_its_region_names_the_event(run):
    # 'Fycon EU': a '-con' coinage of one syllable before 'con', with its region after it
    assert event(run, "short-con-coinage-heading.md")["name"] == "Fycon EU"


def test_a_short_name_in_capitals_and_its_year_in_the_title_names_the_event(run):
    assert event(run, "acronym-year-title.md")["name"] == "FCS 2031"


def test_a_common_word_before_a_stop_names_no_town(run):
    # '商业合作场景', '合作站点': 合作 is the word for cooperation before 场/站, not the small town it also names
    assert event(run, "zh-common-word-before-a-stop.md")["location"]["city"] is None


def test_a_write_up_based_on_a_talk_at_a_meetup_in_a_city_gives_that_city(run):
    # 'based on' a talk is no person 'based in' a city
    assert event(run, "contoso-write-up-based-on-meetup.md")["location"]["city"] == "Lyon"


def test_a_name_and_its_year_a_sentence_opens_with_after_at_names_the_event(run):
    # 'At Contoso France 2031, … presented': where the talk was given, a brand and a country, no event word
    assert event(run, "fabrikam-at-contoso-france.md")["name"] == "Contoso France 2031"


def test_an_event_word_before_a_buildings_head_names_a_venue_not_an_event(run):
    # 'Lyon Congress Centre' is where the event is held, no event called 'Lyon Congress'
    assert ingest_view(run, POSTS / "contoso-where-venue.md", found=False)["event"]["name"] is None


def test_a_competition_is_an_event_word(run):
    # a title that names a contributors' competition names the event (the summit is only its prize)
    assert event(run, "contoso-contribution-competition.md")["name"] == "Contoso Contribution Competition"


def test_a_countrys_name_ending_the_events_name_is_its_country_when_no_city_is_given(run):
    assert event(run, "name-ends-in-country.md")["location"]["country"] == "FR"  # 'Contoso France 2031'


def test_a_table_row_labelled_where_gives_the_events_city(run):
    location = ingest_view(run, POSTS / "contoso-day-facts-table.md")["event"]["location"]
    assert (location["city"], location["country"]) == ("Lyon", "FR")


def test_a_table_row_labelled_when_gives_the_events_day(run):
    assert ingest_view(run, POSTS / "contoso-day-facts-table.md")["event"]["start_date"] == "2031-10-25"
