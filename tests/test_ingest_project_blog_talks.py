"""Talks on small open-source project blogs, on fixtures written for these tests (not copied text):
program items labelled with their kind ('**Talk:** *Title* | Name (handle)'), pages that are one
talk, and talks told in a recap's sentences."""

from conftest import ROOT, ingest_view, organizations_of, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_talk_label_over_a_title_then_a_bar_then_a_name_gives_the_talk_and_its_speaker(run):
    view = extracted(run, "labelled-program-items.md")
    assert talks(view)["Caching shaders without tears"] == ["Kasia Wrzesniewska"]


def test_the_kind_of_a_program_item_is_no_part_of_its_title(run):
    view = extracted(run, "labelled-program-items.md")
    assert talks(view)["Building levels in an afternoon"] == ["Tomasz Lindqvist"]
    assert talks(view)["2D physics workshop"] == ["Hamid Rostami"]
    assert talks(view)["Surprise"] == ["Aurora Baptiste"]


def test_a_profile_link_in_brackets_after_a_speaker_is_their_handle_not_their_employer(run):
    view = extracted(run, "labelled-program-items.md")
    assert organizations_of(view)["Tomasz Lindqvist"] is None
    assert organizations_of(view)["Kasia Wrzesniewska"] is None


def test_a_section_heading_with_its_article_is_no_talk(run):
    view = extracted(run, "labelled-program-items.md")
    assert "The speakers" not in talks(view)
    assert len(talks(view)) == 4


def test_a_page_titled_as_one_talk_whose_author_says_they_gave_it_is_that_talk_by_its_author(run):
    view = extracted(run, "talk-page-first-person.md")
    assert talks(view) == {"Automating your greenhouse with Fabrikam": ["Lena Brandt"]}


def test_a_page_titled_as_one_webinar_is_that_talk_by_the_person_its_speaker_label_names(run):
    view = extracted(run, "webinar-page-speaker-label.md")
    assert talks(view) == {"Messaging for Tiny Widgets": ["Omar Haddad"]}
    assert organizations_of(view)["Omar Haddad"] == "Contoso"


def test_what_a_demo_is_inspired_by_is_not_its_speaker(run):
    view = extracted(run, "webinar-page-speaker-label.md")
    assert "Northwind Quest" not in {person["name"] for person in view["people"]}


def test_a_talk_hosted_by_a_person_over_links_to_its_slides_and_video_gives_the_talk_and_its_speaker(run):
    view = extracted(run, "recording-lines-hosted-by.md")
    assert talks(view) == {"Widgets Intro": ["Lena Brandt"], "Widgets Deep Dive": ["Omar Haddad"]}
    assert organizations_of(view)["Lena Brandt"] is None  # 'Watch Video' is a link, no employer


def test_the_speaker_of_a_talk_under_its_heading_may_open_a_later_clause_of_the_paragraph(run):
    view = extracted(run, "headings-over-speaker-paragraphs.md")
    assert talks(view)["Widgets and Queues Together"] == ["Sören Jirásek"]  # '… and Sören Jirásek gave a talk'


def test_the_speaker_of_a_talk_under_its_heading_may_open_a_later_sentence(run):
    view = extracted(run, "headings-over-speaker-paragraphs.md")
    assert talks(view)["Edge Widgets"] == ["Omar Haddad"]  # '… Omar Haddad walks us through …'


def test_a_talk_whose_abstract_says_she_discusses_is_by_the_one_person_named_before(run):
    view = extracted(run, "headings-over-speaker-paragraphs.md")
    assert talks(view)["Widgets in the Browser"] == ["Maja Lindholm"]  # '… Maja Lindholm keeps … She discusses …'


def test_a_heading_that_is_an_events_name_is_no_talk(run):
    view = extracted(run, "headings-over-speaker-paragraphs.md")
    assert "Northwind Summit Europe" not in talks(view)


def test_times_counted_from_zero_are_chapters_of_a_recording_not_talks(run):
    view = extracted(run, "recording-chapters.md")
    assert not {"General overview of widgets", "Widget performance", "The widget protocol"} & set(talks(view))


def test_a_talk_on_a_title_in_capitals_is_that_talk_by_the_sentences_subject(run):
    view = extracted(run, "recap-talk-on-title.md")
    assert talks(view)["Writing Network Clients in Rust"] == ["Omar Haddad"]  # 'Name on our team gave a talk on Title, …'
    assert talks(view)["Scaling Widget Pipelines"] == ["Wei Chen"]  # up to where it was given: 'at the …'


def test_a_talk_on_a_topic_or_on_words_running_into_the_next_sentence_states_no_title(run):
    view = extracted(run, "recap-talk-on-title.md")
    assert set(talks(view)) == {"Writing Network Clients in Rust", "Scaling Widget Pipelines"}


def test_a_persons_keynote_with_its_title_in_single_quotes_is_that_talk_by_them(run):
    view = extracted(run, "recap-possessive-keynotes.md")
    assert talks(view)["The Anatomy of a Production Outage"] == ["Omar Haddad"]
    assert talks(view)["Widgets Everywhere"] == ["Wei Chen"]


def test_a_person_who_talked_about_a_title_in_capitals_gave_that_talk(run):
    view = extracted(run, "recap-talked-about-title.md")
    assert talks(view) == {"Widget Observability at Scale": ["Lena Brandt"]}  # 'spoke about caching' states none
