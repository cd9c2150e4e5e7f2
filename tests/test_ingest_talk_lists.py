"""Talks listed rather than told, on small fixtures written for these tests (not copied text): a
meetup page's program in its front matter, lists of talks under an agenda heading, slide and
recording lists, and talk labels under a heading that names the presenter."""

from conftest import ROOT, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_front_matter_list_of_titles_with_names_is_the_program_not_one_talk_of_the_page_title(run):
    # 'speakers:' over '- title: Caching shaders in the browser' / 'name: Lena Brandt'
    view = extracted(run, "front-matter-meetup-program.md")
    assert talks(view) == {"Caching shaders in the browser": ["Lena Brandt"],
                           "Queues: when, why and how": ["Omar Haddad", "Kasia Wrzesniewska"]}


def test_agenda_items_that_open_with_the_speaker_and_a_colon_give_the_talk_after_it(run):
    # '## Agenda' / '### Talks' over '* Lena Brandt, Contoso: Title' and '* [Omar Haddad](…): Title', a list of two
    program = talks(extracted(run, "agenda-speaker-first-items.md"))
    assert program["Caching shaders in the browser"] == ["Lena Brandt"]
    assert program["Understanding undefined"] == ["Omar Haddad"]


def test_a_slide_list_whose_link_texts_are_name_colon_title_gives_each_talk(run):
    # '**Slides from the presentations**' over '* [Kasia Wrzesniewska: Streams without tears](slides)', alone
    assert talks(extracted(run, "agenda-speaker-first-items.md"))["Streams without tears"] == ["Kasia Wrzesniewska"]


def test_a_lead_in_naming_whose_talks_follow_opens_a_program_list_and_the_full_stop_is_no_part_of_a_title(run):
    # 'Talks from the Northwind platform team:' over '* Tomasz Lindqvist and Hamid Rostami: Queues at the edge.'
    program = talks(extracted(run, "agenda-speaker-first-items.md"))
    assert program["Queues at the edge"] == ["Tomasz Lindqvist", "Hamid Rostami"]
    assert program["Typed settings for busy teams"] == ["Aurora Baptiste"]


def test_a_placeholder_in_a_program_list_is_no_talk(run):
    program = talks(extracted(run, "agenda-speaker-first-items.md"))
    assert not any("here?" in title for title in program)
    assert len(program) == 5


def test_a_talk_label_under_a_heading_that_names_the_presenters_is_their_talk(run):
    # '### Lightning Talk 1: Lena Brandt, Omar Haddad, ?' over '* Talk: Chatter in the terminal'
    program = talks(extracted(run, "presenter-headings-talk-labels.md"))
    assert program["Chatter in the terminal"] == ["Lena Brandt", "Omar Haddad"]
    # '### Presentation 2: Queues: [Kasia Wrzesniewska](…)' over '* **Talk**: What a queue is for'
    assert program["What a queue is for"] == ["Kasia Wrzesniewska"]


def test_a_posts_dated_byline_is_no_talk(run):
    # 'May 22, 2024 by [Lena Brandt](…) and [Omar Haddad](…)' under the front matter
    program = talks(extracted(run, "recap-bylines-anchors-videos.mdx"))
    assert "May 22, 2024" not in program
    assert program["Caching shaders in the browser"] == ["Kasia Wrzesniewska"]


def test_a_heading_over_a_video_embedded_in_a_div_is_a_talk_without_its_anchor_id(run):
    # '### Typed settings for busy teams {/*typed-settings*/}' … '<div class="video-embed"><iframe src="…youtube…">'
    program = talks(extracted(run, "recap-bylines-anchors-videos.mdx"))
    assert program["Typed settings for busy teams"] == []
    assert program["Queues at the edge"] == []


def test_a_recording_list_item_of_a_linked_title_then_the_speakers_linked_name_gives_the_talk(run):
    # '* [Async pipelines](video) [(Lena Brandt)](profile) showed how …'
    # '* [Fast builds — Contoso in 2024](video) by [Aurora Baptiste](profile).'
    program = talks(extracted(run, "recap-bylines-anchors-videos.mdx"))
    assert program["Async pipelines"] == ["Lena Brandt"]
    assert program["Fast builds — Contoso in 2024"] == ["Aurora Baptiste"]


def test_a_recording_list_item_whose_speaker_links_to_her_account_gives_the_talk(run):
    # '* [Edge caching in practice](video) by [Nadia Okoro](https://x.com/nadiaokoro).': read as 'Nadia Okoro (@nadiaokoro)'
    assert talks(extracted(run, "recap-bylines-anchors-videos.mdx"))["Edge caching in practice"] == ["Nadia Okoro"]


def test_a_bold_title_over_a_line_naming_its_speakers_after_with_is_their_talk(run):
    # '**Caching shaders in the browser**<br>' over '_with Lena Brandt, Omar Haddad, and Kasia Wrzesniewska_'
    program = talks(extracted(run, "titles-over-with-lines.md"))
    assert program["Caching shaders in the browser"] == ["Lena Brandt", "Omar Haddad", "Kasia Wrzesniewska"]
    assert program["Queues at the edge"] == ["Aurora Baptiste"]
    assert "Highlights" not in program


def test_a_job_title_beside_the_speakers_company_in_front_matter_is_no_talk(run):
    # 'speakers:' over '- name: Jane Doe' / 'title: Site Reliability Engineer' / 'company: Contoso': the page's title is the talk
    view = extracted(run, "front-matter-speaker-job-title.md")
    assert talks(view) == {"Widgets Without Regret": ["Carmen Oduya"]}
