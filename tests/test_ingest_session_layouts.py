"""Talk titles in the layouts many publishers share: small pages written for these tests (not
copied text). A table of events on days months apart is a calendar, not a program. (How a wiki page
and a server page are read: test_ingest_wiki_and_php_pages.py.)"""

from conftest import ROOT, affiliations, ingest_view, talks

PAGES = ROOT / "tests" / "ingest" / "session-layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, PAGES / name)


def test_a_table_of_events_on_days_months_apart_gives_no_talks(run):
    view = extracted(run, "events-calendar-table.md")
    assert "春游踏青" not in talks(view)
    assert "元旦联欢会" not in talks(view)


def test_a_calendar_table_leaves_the_time_slots_below_it_to_be_read(run):
    view = extracted(run, "salon-series-with-calendar.md")
    assert "签到" in talks(view)
    assert "存储专场" not in talks(view)


def test_a_group_that_runs_an_agenda_item_is_no_part_of_its_title(run):
    view = extracted(run, "fabrikam-media-days.mediawiki")
    assert talks(view)["Coffee break"] == []


def test_lines_that_each_open_with_a_later_start_time_are_an_agenda(run):
    view = extracted(run, "start-times-only.md")
    assert talks(view)["Bootloaders without tears"] == ["Alice Fenwick"]
    assert "Lunch break" in talks(view)



def test_the_end_of_the_day_is_no_agenda_item(run):
    view = extracted(run, "start-times-only.md")
    assert "End" not in talks(view)


def test_a_linked_title_item_over_a_sentence_that_opens_with_its_speaker_is_a_talk(run):
    view = extracted(run, "told-speakers-list.md")
    assert talks(view)["Token exchange in practice"] == ["Alice Fenwick"]


def test_a_sibling_item_whose_sentence_names_no_speaker_is_a_talk_too(run):
    view = extracted(run, "told-speakers-list.md")
    assert talks(view)["Welcome and introductions"] == []


def test_a_full_name_after_a_talks_colon_is_its_speaker(run):
    view = extracted(run, "heading-title-colon-name.md")
    assert talks(view)["Testing on small boards"] == ["Bruno Okafor"]
    assert talks(view)["News"] == ["Alice Fenwick"]


def test_a_list_that_captions_its_names_with_jobs_gives_no_talks(run):
    view = extracted(run, "keynote-roster.md")
    assert not any("Chief Scientist" in title for title in talks(view))


def test_the_people_of_a_captioned_roster_keep_their_job_titles(run):
    view = extracted(run, "keynote-roster.md")
    assert affiliations(view)["Alice Fenwick"][1] == "Chief Scientist"


def test_a_list_of_the_topics_a_call_for_talks_invites_gives_no_talks(run):
    view = extracted(run, "call-for-talks-topics.md")
    assert "Power management" not in talks(view)


def test_the_list_under_an_agenda_label_line_gives_the_programs_items(run):
    view = extracted(run, "agenda-label-list.md")
    assert "自由讨论——现场答疑环节" in talks(view)


def test_the_bracket_after_a_name_set_apart_by_a_dash_is_her_organization_not_more_speakers(run):
    view = extracted(run, "announced-dash-name-org.md")
    assert "Walk Thru of the Release Process - Bruno Okafor" not in talks(view)
    assert talks(view)["Walk Thru of the Release Process"] == ["Bruno Okafor"]


def test_the_subject_of_any_verb_in_the_past_tense_after_a_linked_title_is_its_speaker(run):
    # '[**Title:**](video) Jane Doe (Contoso) provided a recap of …'
    view = extracted(run, "told-speakers-past-tense.md")
    assert talks(view)["Looking back and forward"] == ["Carmen Oduya"]
    assert talks(view)["Release updates"] == ["Tomas Lindqvist", "Priya Raman"]


def test_the_names_after_this_demo_from_are_its_speakers(run):
    # '[**Title**](video) This demo from Jane Doe (Contoso) shows …'
    view = extracted(run, "told-speakers-past-tense.md")
    assert talks(view)["Sidecars without pain"] == ["Alice Fenwick"]


def test_the_people_a_talk_is_lead_by_after_a_dash_are_its_speakers(run):
    # '[Title - lead by Jane Doe (Contoso) and Wei Chen (Fabrikam)](video)'
    view = extracted(run, "led-by-items.md")
    assert talks(view)["Edge Clusters on Small Boards"] == ["Carmen Oduya", "Tomas Lindqvist"]


def test_the_people_a_talk_is_led_by_after_a_dash_are_its_speakers(run):
    view = extracted(run, "led-by-items.md")
    assert talks(view)["Upgrading Clusters Without Any Downtime"] == ["Priya Raman"]


def test_a_closing_bracket_that_opens_with_by_holds_the_talks_speaker(run):
    # '18:30 - 19:20 : **Title** (by Jane Doe, Contoso)'
    view = extracted(run, "bracketed-by.md")
    assert talks(view)["Reviewing Code Nobody Wants to Read"] == ["Carmen Oduya"]
    assert talks(view)["Widgets in the Browser Sandbox"] == ["Tomas Lindqvist"]


def test_kinds_of_sessions_named_in_the_plural_are_no_talks(run):
    # 'The sessions will consist of:' over '- Presentations' / '- Tutorials (…)'
    assert talks(extracted(run, "kinds-of-sessions-list.md")) == {}


def test_headings_that_group_talks_in_the_plural_with_a_qualifier_are_no_talks(run):
    # '## Conference Talks and Maintainer Sessions', '## Welcome + Keynotes' over the talks they group
    assert talks(extracted(run, "plural-talk-headings.md")) == {
        "Opening Remarks": ["Jane Okafor"],
        "Gear Ratios in Practice": ["Ivan Holder"],
        "Widget Fleets at Scale": ["Tom Berg"],
        "Panel: The Future of Widgets": ["Ana Ruiz"],
        "Fixing Gears by Hand": ["Lena Brandt"],  # under '## Hands-on Workshops', in a subheading of its section
    }


def test_an_affiliation_in_brackets_vouches_for_a_name_whose_surname_is_also_a_given_name(run):
    # 'This demo from Quill Thomas (Contoso) shows …': an uncommon given name, a surname that is also a given name
    view = extracted(run, "told-speaker-surname-a-given-name.md")
    assert talks(view)["Sidecars without pain"] == ["Quill Thomas"]


def test_a_talk_told_as_talk_about_his_work_gives_no_title(run):
    # '- [Jane Doe](profile): talk about his translator bot …': a piece of a sentence, no title a speaker gave
    view = extracted(run, "clipped-prose-items.md")
    assert not [title for title in talks(view) if title.startswith("talk about")]


def test_a_topic_after_about_is_the_talks_title_without_it(run):
    # '- [@jdoe](profile) about Contoso Core 2.0' under a talks heading
    view = extracted(run, "clipped-prose-items.md")
    assert "Contoso Core 2.0" in talks(view)
    assert "about Contoso Core 2.0" not in talks(view)


def test_a_purpose_after_for_is_the_talks_title_without_it(run):
    # '- [@jdoe](profile) for using Contoso in [Fabrikam DB](repo)'
    view = extracted(run, "clipped-prose-items.md")
    assert "using Contoso in Fabrikam DB" in talks(view)


def test_a_talk_noun_after_a_determiner_opening_a_title_is_no_part_of_it(run):
    # '- the webinar [Title][ref] by [Jane Doe][site].'
    view = extracted(run, "determiner-talk-noun-items.md")
    assert talks(view) == {"Teaching Contoso at short notice": ["Carmen Oduya"]}


def test_a_catalogue_code_and_the_room_after_a_title_are_no_part_of_it(run):
    # '- 9:00am - 11:00am - Title [HOL1234] in Contoso Centre - Room 2B'
    view = extracted(run, "catalogue-codes-and-rooms.md")
    assert "Hands-On with Fabrikam Pipelines" in talks(view)


def test_a_numbered_room_after_a_dash_is_no_part_of_a_title(run):
    # '- 12:30pm - 1:15pm - Registration and Breakfast - Room: C1-M0'
    view = extracted(run, "catalogue-codes-and-rooms.md")
    assert "Registration and Breakfast" in talks(view)


def test_a_link_in_brackets_at_a_titles_end_is_no_part_of_it(run):
    # '[Title (https://example.org/s/…)](video) by Jane Doe'
    view = extracted(run, "catalogue-codes-and-rooms.md")
    assert talks(view)["Automating reports with Contoso"] == ["Carmen Oduya"]
