"""Conference program pages on small fixtures written for these tests (not copied text): schedule
tables whose speaker cells set each name over its organization, a track column beside the speakers,
and timed bold titles over their speaker line."""

from conftest import ROOT, ingest_view, organizations_of, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_speaker_cell_with_two_names_each_over_its_organization_gives_both_speakers(run):
    view = extracted(run, "schedule-html-speaker-pairs.md")
    assert talks(view)["Counting Series Without Tears"] == ["Omar Haddad", "Lena Brandt"]
    assert organizations_of(view)["Omar Haddad"] == "Northwind Traders"


def test_an_organization_shaped_like_a_name_under_a_speaker_is_their_organization(run):
    view = extracted(run, "schedule-html-speaker-pairs.md")
    assert organizations_of(view)["Lena Brandt"] == "Halvorsen Brandvik"
    assert "Halvorsen Brandvik" not in talks(view)["Counting Series Without Tears"]


def test_names_over_one_last_line_share_that_organization(run):
    view = extracted(run, "schedule-html-speaker-pairs.md")
    assert talks(view)["Writing Exporters That Last"] == ["Tariq Nolan", "Mira Castell"]
    assert organizations_of(view)["Tariq Nolan"] == organizations_of(view)["Mira Castell"] == "Blue Yonder Works"


def test_a_name_alone_in_a_column_of_speaker_cells_is_that_talks_speaker(run):
    view = extracted(run, "schedule-html-speaker-pairs.md")
    assert talks(view)["Traces Nobody Asked For"] == ["Ulf Brandvik"]


def test_a_speaker_cell_is_never_a_talk_of_its_own(run):
    view = extracted(run, "schedule-html-speaker-pairs.md")
    assert not any("Haddad" in title or "Nolan" in title for title in talks(view))


def test_a_track_column_beside_the_speakers_is_no_organization(run):
    view = extracted(run, "schedule-markdown-track-column.md")
    names = {organization["name"] for organization in view["organizations"]}
    assert not names & {"General", "Users", "Contributors"}
    assert organizations_of(view)["Tariq Nolan"] is None


def test_names_apart_by_commas_in_a_speaker_column_of_names_alone_are_each_a_speaker(run):
    view = extracted(run, "schedule-markdown-track-column.md")
    assert talks(view)["Live Migration Without Downtime"] == ["Omar Haddad", "Lena Brandt"]
    assert talks(view)["Storage Hotplug in Practice"] == ["Mira Castell", "Dana Whitlock", "Kai Sorensen"]


def test_a_timed_bold_title_ending_in_a_line_break_is_a_talk_over_its_speaker_line(run):
    view = extracted(run, "schedule-bold-timed-titles.md")
    assert talks(view)["Moving Volumes While Machines Run"] == ["Ines Varga"]
    assert talks(view)["Clusters Inside Clusters"] == ["Omar Haddad", "Lena Brandt"]
    assert organizations_of(view)["Ines Varga"] == "Contoso"
    assert organizations_of(view)["Lena Brandt"] == "Fabrikam"


def test_a_speaker_cell_name_with_a_quoted_nickname_is_the_speaker_without_it(run):
    view = extracted(run, "schedule-html-speaker-pairs.md")
    assert talks(view)["Opening Remarks"] == ["Ines Varga"]
    assert organizations_of(view)["Ines Varga"] == "Contoso"


def test_a_speaker_cell_of_names_one_per_line_gives_each_speaker(run):
    view = extracted(run, "schedule-html-names-alone.md")
    assert talks(view)["Queues Under Pressure"] == ["Omar Haddad", "June Okafor"]


def test_a_month_that_is_a_given_name_opens_a_speaker_name(run):
    view = extracted(run, "schedule-html-names-alone.md")
    assert talks(view)["Welcome"] == ["Jan Kowalczyk"]
    assert "Jan Kowalczyk" not in talks(view)


def test_a_month_before_english_words_opens_no_name():
    from ocpkb.ingest.classify import person_name

    assert person_name("June Okafor") == "June Okafor"
    assert person_name("June Meetup") is None
    assert person_name("May Update") is None


def test_a_time_phrase_under_a_break_title_is_no_speaker(run):
    view = extracted(run, "schedule-html-names-alone.md")
    assert "Until Late" not in {person["name"] for person in view["people"]}


def test_a_slides_link_under_a_lightning_talk_is_no_talk_of_its_own(run):
    view = extracted(run, "lightning-talks-slides-links.md")
    assert "Slides" not in talks(view)


def test_a_lightning_talk_number_before_its_title_is_no_part_of_it(run):
    view = extracted(run, "lightning-talks-slides-links.md")
    assert set(talks(view)) == {"Sampling Without Regret", "A Dashboard for Every Desk"}


def test_an_event_pages_practical_sections_are_no_talks(run):
    view = extracted(run, "event-page-practical-sections.md")
    assert not {"Venue Information", "Registration", "Contact"} & set(talks(view))


def test_a_conjunction_opening_the_sentence_is_no_word_of_the_events_name(run):
    view = extracted(run, "recap-sentence-opener-before-name.md")
    assert view["event"]["name"] == "FabrikamCon 2031"


def test_a_name_the_page_calls_an_edition_of_its_series_is_the_events_name(run):
    view = extracted(run, "event-page-practical-sections.md")
    assert view["event"]["name"] == "Fabrikam Metrics Summit 2031"


def test_a_presented_by_line_under_a_time_slot_gives_that_talks_speakers(run):
    view = extracted(run, "time-slots-presented-by-lines.md")
    assert talks(view)["Opening Remarks and the Road to Version One"] == ["Ines Varga", "Omar Haddad"]
    assert talks(view)["Flaky Tests and How We Hunt Them"] == ["Lena Brandt"]


def test_a_presented_by_line_is_no_talk_of_its_own(run):
    view = extracted(run, "time-slots-presented-by-lines.md")
    assert not any(title.startswith("Presented") for title in talks(view))


def test_a_schedules_day_heading_is_no_talk(run):
    view = extracted(run, "day-headings-over-talks.md")
    assert not {"Monday, June 9", "Tuesday, June 10"} & set(talks(view))


def test_a_bold_venue_over_its_address_lines_is_no_talk(run):
    view = extracted(run, "address-and-about-blocks.md")
    assert "Northwind Campus" not in talks(view)
    assert "Fabrikam Tower" not in {person["name"] for person in view["people"]}


def test_an_about_heading_in_italics_and_bold_is_no_talk(run):
    view = extracted(run, "address-and-about-blocks.md")
    assert "About Ines Varga" not in talks(view)
