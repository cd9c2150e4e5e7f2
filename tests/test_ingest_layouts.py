"""Extraction reads the layouts recaps use, on small fixtures written for these tests (not copied
text): each layout gives its talks, their speakers and the speakers' organizations; front-matter
pages give their event; ids and sources are stable; the review note says what is missing."""

import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml
from conftest import ROOT, affiliations, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_bold_title_followed_by_speaker_lines(run):
    view = extracted(run, "bold-title-speaker-lines.md")
    assert talks(view) == {"Immersion Tanks in Production": ["Wei-Lin Chang"],
                           "Rack Power at One Hundred Kilowatts": ["Priya Raman", "Tomas Berg"]}
    assert affiliations(view)["Wei-Lin Chang"] == ("Wiwynn", None)
    assert affiliations(view)["Priya Raman"] == ("Northwind Systems", "Principal Engineer")
    assert affiliations(view)["Tomas Berg"] == ("Contoso University", None)


def test_heading_then_a_blank_line_then_name_with_organization(run):
    view = extracted(run, "heading-blank-line-speaker.md")
    assert talks(view) == {"Erasure Codes Without Tears": ["Marta Lindqvist"],
                           "What Flash Wear Teaches Us": ["Anna Kowalski"]}
    assert affiliations(view)["Marta Lindqvist"] == ("Fabrikam", None)


def test_an_honorific_is_not_part_of_the_name_and_a_university_is_an_organization(run):
    view = extracted(run, "heading-blank-line-speaker.md")
    assert affiliations(view)["Anna Kowalski"] == ("University of Gdansk", None)


def test_name_of_org_and_orgs_name(run):
    view = extracted(run, "name-of-org.md")
    assert talks(view) == {"Open Firmware for Every Board": ["Jane Whitfield"],
                           "Boot Times Under One Second": ["Omar Haddad"]}
    assert affiliations(view)["Jane Whitfield"][0] == "Tailspin Toys"
    assert affiliations(view)["Omar Haddad"][0] == "Northwind"


def test_one_line_talks(run):
    view = extracted(run, "one-line-talks.md")
    assert talks(view) == {"Liquid Cooling in Practice": ["Laura Palmer"],
                           "Cables Nobody Talks About": ["Dmitri Volkov", "Sara Lindholm"],
                           "Memory Pooling Explained": ["Kenji Watanabe"]}
    assert affiliations(view)["Laura Palmer"][0] == "Initech"  # 'Presented by Org Name'
    assert affiliations(view)["Dmitri Volkov"][0] == "Adatum" and affiliations(view)["Sara Lindholm"][0] == "Litware"


def test_markdown_agenda_table_with_chinese_speaker_cells(run):
    view = extracted(run, "markdown-table.md")
    assert talks(view) == {"签到": [], "液冷机柜的设计": ["王建国"], "开放固件实践": ["刘晓东"]}
    assert affiliations(view)["王建国"] == ("星河科技", "首席架构师")
    assert [s["start"] for s in view["sessions"]] == ["13:30", "14:00", "14:40"]


def test_html_agenda_table(run):
    view = extracted(run, "agenda.html")
    assert talks(view) == {"Registration": [], "Open Baseboards at Scale": ["Lena Hoffmann"],
                           "Telemetry That Operators Trust": ["Ahmed Saleh"]}
    assert affiliations(view)["Ahmed Saleh"][0] == "Fabrikam"


def test_html_program_table_with_an_unlabelled_time_column(run):
    view = extracted(run, "html-program-cells.html")
    assert talks(view)["Registers Without Tears"] == ["Ana Ruiz"]  # '<th></th><th>Talk</th><th>Speaker</th>'


def test_html_talk_cell_with_the_speaker_on_the_line_below_the_title(run):
    view = extracted(run, "html-program-cells.html")
    assert talks(view)["Linkers at Scale"] == ["Marta Lindqvist"]  # '<b>Title</b><br>Name'
    assert "Slides Video" not in affiliations(view)  # a 'Media' column links to slides, it names no one


def test_html_talk_cell_with_a_subtitle_on_the_line_below_the_title(run):
    assert "Vectorizing Loops Lessons from a decade" in talks(extracted(run, "html-program-cells.html"))


def test_html_speaker_cell_with_the_organization_on_the_line_below_the_name(run):
    view = extracted(run, "html-program-cells.html")
    assert talks(view)["Profiles That Guide"] == ["Lena Hoffmann"]  # 'Who' column; the bold lead of 'Description'
    assert affiliations(view)["Lena Hoffmann"] == ("Contoso University", None)  # 'Name<br><i>Org</i>'


def test_an_organizations_name_ends_at_its_table_cell(run):
    names = {o["name"] for o in extracted(run, "html-program-cells.html")["organizations"]}
    assert {"University of Tartu", "Adatum Corporation"} <= names  # '<td>Mark Olsen</td><td>University of Tartu</td>'
    assert not any(name.startswith(("Mark Olsen", "Rosa Lind")) for name in names)


def test_a_list_of_three_or_more_names_ending_in_and_names_only_people(run):
    view = extracted(run, "html-program-cells.html")
    assert talks(view)["Vectorizing Loops Lessons from a decade"] == ["Wei Chen", "Omar Haddad", "Kim Lee", "Tom Berg"]
    assert affiliations(view)["Wei Chen"] == (None, None)


def test_a_name_may_hold_a_family_name_particle(run):
    assert talks(extracted(run, "html-program-cells.html"))["Tail Calls Everywhere"] == ["Lucas van Dijk"]


def test_html_list_item_title_over_its_abstract_paragraphs(run):
    view = extracted(run, "html-lectures.html")
    assert talks(view)["Static Analysis for Everyone"] == ["Jane Whitfield"]  # '<li><b>Title - Name (Org)</b><p>…'
    assert affiliations(view)["Lucas Moreau"] == ("Adatum Labs", None)


def test_html_paragraph_with_title_and_speaker_on_lines_of_their_own(run):
    view = extracted(run, "html-lectures.html")
    assert talks(view)["Building a Toy Backend"] == ["Nora Field"]  # '<p><b>Title</b><br/><i>Name</i><br/>abstract'


def test_html_committee_lines_name_people_and_no_talk(run):
    view = extracted(run, "html-lectures.html")
    assert not any(title.startswith("Johannes Vogel") for title in talks(view))  # 'Name, Org, Country<br/>' lines
    assert affiliations(view)["Wei Chen"] == ("Fabrikam Laboratory", None)


def test_a_heading_over_an_embedded_recording_is_a_talk(run):
    view = extracted(run, "recorded-talks.md")
    assert talks(view) == {"Shipping Small Binaries": [], "Profiling in Production": []}  # '{{video …}}', '<iframe …youtube…>'


def test_tab_separated_agenda_with_an_organization_column(run):
    view = extracted(run, "tab-agenda.txt")
    assert talks(view) == {"Accelerator Modules in the Field": ["Nora Field"], "Break": [],
                           "Baseboard Management Revisited": ["Lucas Moreau"]}
    assert affiliations(view)["Lucas Moreau"][0] == "Adatum"


def test_chinese_caption_line_and_came_from_and_quoted_title_in_a_sentence(run):
    view = extracted(run, "zh-caption-lines.md")
    people = affiliations(view)
    assert people["王建国"][0].startswith("星河科技") and people["王建国"][1].endswith("总经理")  # 单位+职位 姓名
    assert people["李晓明"] == ("云帆数据", "高级工程师")  # 来自X的Y
    assert talks(view) == {"分布式事务的取舍": ["李晓明"]}  # 《title》 with its speaker in the sentence
    event = view["event"]
    assert (event["start_date"], event["location"]["city"]) == ("2024-05-18", "Hangzhou")
    assert event["name"] == "星河开源数据库 Meetup 杭州站"


def test_a_page_with_only_front_matter_gives_its_event(run):
    event = extracted(run, "front-matter-only.md")["event"]
    assert event["name"] == "Open Firmware Summit 2019"
    assert (event["start_date"], event["end_date"]) == ("2019-10-21", "2019-10-22")
    assert (event["location"]["city"], event["location"]["country"]) == ("Lyon", "FR")


def test_job_titles_and_institutions_are_never_people(run):
    view = extracted(run, "organizations-and-titles.md")
    assert [person["name"] for person in view["people"]] == ["Anna Kowalski", "Ana Ruiz", "Peter Lund"]
    assert "Hartmann Supercomputing Centre" in [o["name"] for o in view["organizations"]]


def test_an_abbreviation_defined_in_the_text_is_the_same_organization(run):
    organizations = extracted(run, "organizations-and-titles.md")["organizations"]
    hartmann = [o for o in organizations if "HSC" in [o["name"], *o["aliases"]]]
    assert [o["name"] for o in hartmann] == ["Hartmann Supercomputing Centre"]


def test_json_on_an_empty_document_is_a_json_object_with_the_reasons(run, tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("Thanks to everyone who came.\n", encoding="utf-8")
    result = run("ingest", "--json", empty, "--data", REGISTRY)
    assert result.exit_code == 1 and "Traceback" not in result.output
    view = json.loads(result.stdout)
    assert view["failure"]["stage"] == "extract" and view["sessions"] == []
    assert any(reason.startswith("No talks found") for reason in view["review"])


def test_a_page_listing_several_dated_events_drafts_none_of_them(run):
    result = run("ingest", "--json", LAYOUTS / "event-lineup.md", "--data", REGISTRY)
    view = json.loads(result.stdout)
    assert result.exit_code == 1 and view["event"]["name"] is None and view["event"]["start_date"] is None
    assert any(reason.startswith("The page lists several events") for reason in view["review"])


def test_a_lineup_of_names_each_followed_by_its_dates_under_setext_headings_drafts_no_event(run):
    result = run("ingest", "--json", LAYOUTS / "event-lineup-setext.md", "--data", REGISTRY)
    view = json.loads(result.stdout)
    assert result.exit_code == 1 and view["event"]["name"] is None and view["event"]["location"]["city"] is None
    assert any(reason.startswith("The page lists several events") for reason in view["review"])


def test_the_review_note_says_what_was_not_found(run):
    review = extracted(run, "front-matter-only.md")["review"]
    assert any(reason.startswith("No talks found") for reason in review)
    assert any(reason.startswith("No people found") for reason in review)


def test_an_institutions_name_ends_at_the_full_stop_of_its_sentence(run):
    names = {o["name"] for o in extracted(run, "organizations-named-in-passing.md")["organizations"]}
    assert "Northwind Institute of Technology Pune" in names


def test_an_office_a_site_a_followed_account_and_a_companys_projects_are_no_participants(run):
    """'at Microsoft Berlin' is a place, 'IBM Toronto Lab' a site of IBM, 'follow [Twitter][ref]'
    (a reference-style link) an account, 'Google projects', 'Microsoft's Language Server
    Protocol' and 'Lenovo K1 Storage FS5280G3' products; 'Google's Jane Doe' names Google as her
    employer."""
    names = {o["name"] for o in extracted(run, "organizations-named-in-passing.md")["organizations"]}
    assert names == {"Northwind Institute of Technology Pune", "IBM", "Google"}


def test_a_job_title_after_an_organizations_name_is_the_title(run):
    assert affiliations(extracted(run, "affiliations-in-prose.md"))["Tomas Berg"] == (
        "Northwind Foundation", "CEO and Executive Director")


def test_a_spokesperson_quoted_with_a_job_title_before_said(run):
    assert affiliations(extracted(run, "affiliations-in-prose.md"))["Marta Lindqvist"] == ("Contoso team", "manager")


def test_name_of_the_institution_of_a_place(run):
    assert affiliations(extracted(run, "affiliations-in-prose.md"))["Ines Moreau"] == ("University of Contoso", None)


def test_a_well_known_name_written_only_inside_a_longer_name_is_that_organization(run):
    names = {o["name"] for o in extracted(run, "affiliations-in-prose.md")["organizations"]}
    assert "Samsung Electronics" in names and "Samsung" not in names


def test_a_company_described_after_a_persons_name_ends_its_sentence(run):
    names = {o["name"] for o in extracted(run, "affiliations-in-prose.md")["organizations"]}
    assert "Adatum" in names and not any("Kowalski" in name for name in names)


def test_a_line_of_work_after_a_job_title_is_no_part_of_the_organizations_name(run):
    names = {o["name"] for o in extracted(run, "affiliations-in-prose.md")["organizations"]}
    assert "Contoso Foundation" in names and not any(name.startswith("Business") for name in names)


def test_initials_and_a_name_cut_at_its_and_are_the_organization_the_text_names_in_full(run):
    view = extracted(run, "organization-short-forms.md")
    assert affiliations(view)["Anna Kowalski"] == ("National Institute of Technology Pune", None)
    assert affiliations(view)["Omar Haddad"] == ("College of Design and Engineering Lyon", None)


def test_a_brand_without_its_company_suffixes_or_a_names_last_words_are_the_same_organization(run):
    view = extracted(run, "organization-short-forms.md")
    assert affiliations(view)["Tom Berg"] == ("Tailspin Technologies Inc", None)
    assert {o["name"]: o["aliases"] for o in view["organizations"]} == {
        "National Institute of Technology Pune": ["NIT Pune"],
        "College of Design and Engineering Lyon": ["College of Design"],
        "Tailspin Technologies Inc": ["Tailspin"],
        "Lyon Open Hardware Standards Institute": ["Hardware Standards Institute"]}  # its last words


def test_a_description_after_the_speaker_gives_the_job_title_and_the_organization(run):
    people = affiliations(extracted(run, "talks-with-speaker-descriptions.md"))
    assert people["Marta Lindqvist"] == ("Northwind Systems", "principal engineer")  # 'a Title at Org shares …'
    assert people["Omar Haddad"] == ("Tailspin Labs", "founder")  # 'the Title of Org talks …'
    assert people["Wei Chen"] == ("Fabrikam", "engineer")  # 'a Org Title delivers …'


def test_a_project_before_a_project_role_is_no_affiliation(run):
    assert affiliations(extracted(run, "talks-with-speaker-descriptions.md"))["Anna Kowalski"] == (None, "contributor")


def test_caption_lines_name_then_job_title_of_organization_or_organization_then_title(run):
    assert affiliations(extracted(run, "photo-captions.md")) == {
        "Marta Lindqvist": ("Northwind Power Systems", "Deputy General Manager"),
        "Wei Chen": ("Fabrikam Technology Co., Ltd", "chip business leader")}


def test_a_company_name_with_its_legal_form_is_one_organization(run):
    names = {o["name"] for o in extracted(run, "photo-captions.md")["organizations"]}
    assert names == {"Northwind Power Systems", "Fabrikam Technology Co., Ltd"}


def test_speakers_in_brackets_under_a_slide_title_share_the_last_ones_title_and_organization(run):
    assert affiliations(extracted(run, "slide-deck-speakers.txt")) == {
        "Marta Lindqvist": ("Contoso", "System Engineer"), "Wei Chen": ("Contoso", "System Engineer")}


def test_every_name_of_an_enumeration_of_organizations_is_one(run):
    """The last two joined by 'and', an item with its abbreviation in brackets, an item of two
    dictionary words ('Blue Harbor') that would otherwise read as a person's name."""
    names = {o["name"] for o in extracted(run, "organizations-in-a-list.md")["organizations"]}
    assert names == {"NVIDIA", "Intel", "Fabrikam", "Northwind", "Open Storage Foundation", "AMD", "Blue Harbor",
                     "Tailspin Technologies"}


def test_a_quoted_title_over_an_abstract_label_is_a_talk(run):
    assert talks(extracted(run, "quoted-title-over-abstract.md")) == {"Cold Storage at Exabyte Scale": []}


def test_two_joined_names_a_team_of_a_foundation_and_a_laboratory_named_after_a_person(run):
    """'X Alliance and Y Consortium' are two; 'the X Foundation team' is the foundation; a bold
    'Lawrence Harbor National Laboratory' is one institution, no person 'Lawrence Harbor'."""
    view = extracted(run, "organizations-joined-and-units.md")
    assert {o["name"] for o in view["organizations"]} == {
        "Open Storage Foundation", "Fabrikam Alliance", "Northwind Consortium", "Lawrence Harbor National Laboratory",
        "College of Design and Engineering Lyon",
        "Adatum"}  # the employer of the spokesperson quoted after 'said' ('…, Director, Storage Enablement, Adatum')
    assert not any(person["name"].startswith("Lawrence") for person in view["people"])


def test_speakers_are_not_split_inside_an_organizations_name_that_holds_and(run):
    found = affiliations(extracted(run, "organizations-joined-and-units.md"))
    found.pop("Jane Doe")  # the spokesperson quoted after 'said', read by another layout
    assert found == {
        "Marta Lindqvist": ("Fabrikam Alliance", None), "Wei Chen": ("College of Design and Engineering Lyon", None)}


def test_a_name_with_an_inner_capital_is_not_read_as_text_run_together(run):
    """'McAdams' has a capital inside, like text extracted without spaces ('ManagerWei Chen'), but
    the words around it are spaced: no person 'Brad Mc' with the job title 'and president'."""
    names = [person["name"] for person in extracted(run, "names-with-inner-capitals.txt")["people"]]
    assert "Brad Mc" not in names


def test_a_region_word_is_no_part_of_a_persons_name():
    from ocpkb.ingest.classify import person_name

    assert person_name("Europe Outreach") is None and person_name("Oceania Roadmap") is None
    assert person_name("Marta Lindqvist") == "Marta Lindqvist"


def test_a_cyrillic_name_gets_the_same_id_in_every_run():
    ids = set()
    for seed in ("1", "2"):  # Python's hash() differs between these two processes; the id must not
        script = "from ocpkb.ingest.resolve import _new_id; print(_new_id('Иван Петров', 'people'))"
        output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                                env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        ids.add(output.strip())
    assert ids == {"ivan-petrov"}


def test_a_cyrillic_speaker_named_twice_is_one_person(run, kb_copy):
    for _ in range(2):
        assert run("ingest", LAYOUTS / "cyrillic-speaker.md", "--data", kb_copy).exit_code == 0
    people = yaml.safe_load((kb_copy / "people.yml").read_text(encoding="utf-8"))
    assert [p["id"] for p in people].count("ivan-petrov") == 1


def test_a_recap_given_by_absolute_and_relative_path_is_one_relative_source(run, kb_copy):
    recaps = kb_copy.parent / "recaps"
    recaps.mkdir()
    shutil.copy(LAYOUTS / "bold-title-speaker-lines.md", recaps / "cooling.md")
    assert run("ingest", "recaps/cooling.md", "--data", kb_copy).exit_code == 0
    assert run("ingest", recaps.resolve() / "cooling.md", "--data", kb_copy).exit_code == 0
    event_file = next((kb_copy / "events").glob("cooling-workshop-2025*.yml"))
    event = yaml.safe_load(event_file.read_text(encoding="utf-8"))
    assert [source["file"] for source in event["sources"]] == ["recaps/cooling.md"]
    assert event["provenance"]["start_date"].startswith("recaps/cooling.md:")


def test_a_recap_outside_the_project_is_named_by_file_name_and_content_digest(run, kb_copy, tmp_path_factory):
    outside = tmp_path_factory.mktemp("downloads") / "cooling.md"
    shutil.copy(LAYOUTS / "bold-title-speaker-lines.md", outside)
    view = json.loads(run("ingest", "--json", outside, "--data", kb_copy).stdout)
    assert view["event"]["name"] == "Cooling Workshop 2025"
    result = run("ingest", outside, "--data", kb_copy)
    assert result.exit_code == 0
    text = next((kb_copy / "events").glob("cooling-workshop-2025*.yml")).read_text(encoding="utf-8")
    assert str(outside.parent) not in text and "cooling.md#sha256-" in text


NO_EVENT = ("event-lineup.md", "event-lineup-setext.md", "event-lineup-hosts.md", "event-calendar-list-items.md", "talk-page.md",  # lineups of many events; a page about one talk
            "talk-page-bios.md", "talk-page-speaker-label.md", "zh-talk-page.md", "talk-page-speakers-section.md",
            "session-notes-lead-and-note-takers.md", "session-notes-facilitators.md", "session-notes-first-names.md",  # one session's notes
            "roster-by-category.md",  # a list of award winners
            "front-matter-talk-presenters.md", "front-matter-talk-presenters-string.md",  # a page about one talk
            "committee-under-event-heading.md",  # a committee's page
            "newsletter-sections-no-people.md",  # a project's monthly newsletter
            "zh-contributor-announcement.md",  # a community's announcement of a contributor
            "zh-talk-guest-english-bio.md", "zh-episode-ep-number.md",  # a page about one online talk
            "zh-lesson-write-up.md", "zh-lesson-page-speaker-label.md",  # a write-up of one lesson, a lesson's page
            "zh-intro-over-english-table.md")  # a reading series' page


@pytest.mark.parametrize("fixture", sorted(p.name for p in LAYOUTS.iterdir() if p.name not in NO_EVENT))
def test_every_layout_fixture_gives_an_event_name(run, fixture):
    assert extracted(run, fixture)["event"]["name"]


def test_a_talk_page_whose_front_matter_lists_its_presenters_is_their_talk(run):
    # 'title: Caching Without Tears' over 'presenters: [{name: Ines Duarte, company: Tailspin Toys https://…}]'
    view = extracted(run, "front-matter-talk-presenters.md")
    assert talks(view) == {"Caching Without Tears": ["Ines Duarte", "Kofi Mensah"]}
    assert affiliations(view)["Ines Duarte"] == ("Tailspin Toys", None)
    assert affiliations(view)["Kofi Mensah"] == (None, None)  # a company '2021' names no employer


def test_a_talk_page_whose_front_matter_names_its_presenters_in_one_string_is_their_talk(run):
    # 'presenters: "林澈, Jane Doe,周岚"': the names apart by commas
    view = extracted(run, "front-matter-talk-presenters-string.md")
    assert talks(view) == {"分布式缓存的十个误区": ["林澈", "Jane Doe", "周岚"]}


def test_a_program_whose_items_end_in_bracketed_names_gives_them_as_speakers(run):
    # '## Talks' then '- Caching Without Tears (Amara Okafor)', '- Title (Wei Chen & Omar Haddad)'
    program = talks(extracted(run, "program-list-names-in-brackets.md"))
    assert program["Caching Without Tears"] == ["Amara Okafor"]
    assert program["Typed Settings for Busy Teams"] == ["Wei Chen", "Omar Haddad"]


def test_a_bracket_that_holds_no_name_stays_part_of_the_title(run):
    program = talks(extracted(run, "program-list-names-in-brackets.md"))
    assert program["Migrations in Practice (BDD)"] == []


def test_tutorials_listed_under_their_heading_are_program_items(run):
    program = talks(extracted(run, "program-list-names-in-brackets.md"))
    assert program["Packaging Your First Library"] == ["Ines Duarte"] and "Tutorials" not in program


def test_a_heading_that_ends_in_a_committee_lists_people_not_a_talk(run):
    # '## Contoso Summit 2025 Organizing Committee' over '* Ines Duarte', '* Kofi Mensah', …
    view = extracted(run, "committee-under-event-heading.md")
    assert talks(view) == {}
    assert set(affiliations(view)) == {"Ines Duarte", "Kofi Mensah", "Amara Okafor", "Wei Chen"}


def test_a_speakers_page_of_name_headings_over_job_lines_gives_each_person_and_organization(run):
    # '### Ines Duarte' then '_Principal Engineer - Tailspin Toys_', three or more such headings
    view = extracted(run, "speakers-page-headings.md")
    assert affiliations(view)["Ines Duarte"] == ("Tailspin Toys", "Principal Engineer")
    assert affiliations(view)["Kofi Mensah"] == ("University of Springfield", "Research Scientist")
    assert "Amara Okafor" not in talks(view)


def test_a_talk_in_a_speakers_section_is_that_speakers_and_in_two_sections_both(run):
    # '### Kofi Mensah', his job line, bio, then 'Session: **Reviewing Together**'
    program = talks(extracted(run, "speakers-page-headings.md"))
    assert program["Reviewing Together"] == ["Kofi Mensah"]
    assert program["Caching Without Tears"] == ["Ines Duarte", "Amara Okafor"]


def test_a_talk_page_is_one_talk_by_the_person_its_biography_names(run):
    view = extracted(run, "talk-page.md")
    assert talks(view) == {"Faster Checkpoints with Burst Buffers": ["Dana Whitfield"]}
    assert affiliations(view)["Dana Whitfield"] == ("Tailspin Labs", "Principal Engineer")


def test_a_talk_pages_biographies_name_its_speakers_by_a_name_and_org_or_a_name_and_a_verb(run):
    view = extracted(run, "talk-page-bios.md")
    assert talks(view) == {"Open Firmware for Storage Sleds": ["Lena M. Hoffmann", "Omar Haddad"]}
    assert affiliations(view)["Lena M. Hoffmann"][0] == "Fabrikam Storage Group"


def test_a_speaker_name_label_with_an_email_names_the_speaker_and_org(run):
    view = extracted(run, "talk-page-speaker-label.md")
    assert talks(view) == {"A Cloud for Student Developers": ["Wei Chen"]}
    assert affiliations(view)["Wei Chen"][0] == "Northwind Research Lab"


def test_a_chinese_talk_page_is_one_talk_by_the_person_its_speaker_section_introduces(run):
    view = extracted(run, "zh-talk-page.md")  # '## 分享人简介' over '郑伟，云帆数据高级架构师…', '## 分享主题介绍'
    assert talks(view) == {"数据库在边缘节点的落地实践": ["郑伟"]}
    assert affiliations(view)["郑伟"] == ("云帆数据", "高级架构师")


def test_the_author_of_a_post_is_no_participant(run):
    view = extracted(run, "talk-page.md")
    assert "Priya Raman" not in affiliations(view)
    assert "Northwind Foundation" not in [o["name"] for o in view["organizations"]]


def test_speaker_items_under_a_section_heading_are_people_not_a_talk(run):
    view = extracted(run, "speaker-items-under-a-section.md")
    assert affiliations(view)["Lena Hoffmann"][0] == "Fabrikam" and affiliations(view)["Omar Haddad"][0] == "Litware"
    assert not {"Presentations", "Speaker Bios"} & set(talks(view))


def test_a_phrase_of_dictionary_words_and_a_credit_line_name_no_one(run):
    view = extracted(run, "speaker-items-under-a-section.md")
    assert not {"Deep Learning", "Kim Lee"} & set(affiliations(view))
    assert not any(title.startswith("Originally published") for title in talks(view))


def test_talk_titles_followed_by_by_and_the_speaker(run):
    view = extracted(run, "talk-list-by-speaker.md")
    assert talks(view) == {"Error Handling": ["Bill Kennedy"], "Doing Go": ["Bryan Liles"],
                           "Organizing Go Code": ["David Crawshaw"]}
    assert view["event"]["start_date"] == "2024-11"


def test_organizers_named_in_prose(run):
    view = extracted(run, "organizers-in-prose.md")
    assert view["event"]["organizers"] == ["Tailspin team"]  # 'the Tailspin team held two workshops'
    assert affiliations(view)["Jane Whitfield"] == ("Northwind Systems", "VP of Engineering")
    assert affiliations(view)["Mateo Ruiz"] == ("BSC", "Director")


def test_chinese_co_organizers_joined_in_one_sentence(run):
    organizers = extracted(run, "zh-organizers.md")["event"]["organizers"]
    assert {"云帆数据", "星河科技", "蓝海大学"} <= set(organizers)  # '联合 A、B及C共同举办'
    assert {"星河开源社区", "蓝海基金会"} <= set(organizers)  # '由 A 和 B 联合发起'


def test_people_listed_under_a_people_heading_and_a_table_of_parallel_tracks(run):
    view = extracted(run, "team-list-and-track-table.md")
    assert affiliations(view) == {"Jane Whitfield": (None, None), "Omar Haddad": ("Litware", None)}
    assert set(talks(view)) == {"Welcome", "Release Process Deep Dive", "Docs Sprint", "Lunch"}
    assert (view["event"]["start_date"], view["event"]["location"]["city"]) == ("2025-06-09", "Porto")


def test_chinese_press_recap_with_editions_captions_and_quoted_talks(run):
    view = extracted(run, "zh-press-recap.md")
    event = view["event"]
    assert (event["name"], event["start_date"], event["location"]["city"]) == ("第三届开放计算星河日", "2025-07-18", "Beijing")
    assert set(event["organizers"]) == {"开放计算社区", "星河科技"}  # '由 A 与 B 联合主办'
    assert talks(view) == {"整机柜交付的十个教训": ["孙立伟"], "液冷服务器的运维实践": ["周明远"]}  # 《title》 in the sentence
    people = affiliations(view)
    assert people["孙立伟"] == ("星河科技", "高级技术总监") and people["陈静"][1] == "教授"
    assert people["刘洋"][0] == "北辰网络" and people["赵雪"][0] == "云帆数据"  # '来自X的Y、Z的W也…'


def test_chinese_speaker_and_talk_labels_in_either_order(run):
    view = extracted(run, "zh-speaker-and-talk-labels.md")
    assert talks(view) == {"液冷机柜的设计": ["王建国"],  # speaker heading, then a bold 演讲主题
                           "开放固件实践": ["刘晓东"],  # 分享嘉宾 then 分享主题
                           "服务网格的可观测性": ["陈静"], "边缘计算的调度": ["赵明"],  # 《title》——单位 姓名
                           "大规模集群的升级策略": ["李文博"],  # 主讲人：姓名 | 单位 职位, then 议题
                           "多集群流量管理": ["孙丽"]}  # heading, image, 讲师 line
    assert affiliations(view)["李文博"] == ("北辰网络", "高级工程师")
    assert "程师" not in affiliations(view)  # a job title's tail is no name


def test_chinese_talk_labels_followed_by_their_speaker_labels(run):
    view = extracted(run, "zh-talk-then-speaker-labels.md")
    assert talks(view) == {"容器网络的性能调优": ["陈静"],  # '议题:' then '讲师:', not the caption line above it
                           "边缘节点的远程升级": ["刘洋"],  # a title broken after 的 goes on in the next line
                           "日志压缩的工程实践": ["赵明"]}  # '议题：… 讲师：…' in one line, full-width spaces
    assert affiliations(view)["陈静"] == ("北辰网络", "资深工程师")
    assert affiliations(view)["赵明"] == ("星河科技", "首席架构师")


def test_a_chinese_speaker_with_two_organizations_keeps_the_first_and_names_both(run):
    view = extracted(run, "zh-talk-then-speaker-labels.md")
    assert affiliations(view)["刘洋"][0] == "云帆数据"
    assert {"云帆数据", "蓝海大学"} <= {org["name"] for org in view["organizations"]}


def test_chinese_lists_of_job_titles_each_ending_in_a_name(run):
    people = affiliations(extracted(run, "zh-role-name-lists.md"))
    assert people["李晓明"] == ("云帆数据", "首席架构师")  # '单位职位姓名；单位职位姓名；…'
    assert people["赵丽华"][1] == "教授" and people["孙志强"][1] == "技术总监"
    assert people["陈静"] == ("云帆数据", "产品总监") and people["刘洋"] == ("北辰科技", "首席技术官")  # '…、…'
    assert people["郑伟"] == ("星河科技", None) and people["冯雪"] == ("云帆数据", None)  # '单位姓名、单位姓名'


def test_a_chinese_list_item_may_name_a_well_known_organization_without_an_organization_word(run):
    people = affiliations(extracted(run, "zh-role-name-lists.md"))
    assert people["周凯"] == ("华为", None) and people["吴敏"] == ("腾讯", None)  # '…、华为周凯、腾讯吴敏'


def test_a_quoted_chinese_title_with_words_between_its_speaker_and_the_verb(run):
    view = extracted(run, "zh-quoted-talks-in-prose.md")
    assert talks(view) == {"服务网格的灰度发布": ["周明远"],  # '周明远在会上分享了《…》'
                           "存储系统的测试": ["孙志强"],  # '孙志强则带来了题为《…》的演讲'
                           "开源治理的实践": ["韩磊"]}  # '《…》由单位职位姓名带来'
    assert affiliations(view)["孙志强"] == ("蓝海大学", "副教授")
    assert affiliations(view)["韩磊"] == ("北辰科技", "首席架构师")


def test_came_from_x_the_y_joined_by_and_or_followed_by_a_title(run):
    people = affiliations(extracted(run, "zh-came-from.md"))
    assert people["郑伟"][0] == "星河科技" and people["冯雪"][0] == "云帆数据"  # '…的郑伟和云帆数据的冯雪'
    assert people["何平"] == ("蓝海大学", "教授")  # '来自蓝海大学的何平教授'


def test_tab_agenda_with_chinese_headers_and_organization_in_the_job_title_column(run):
    view = extracted(run, "zh-tab-agenda.txt")
    assert talks(view) == {"签到": [], "日志系统的设计": ["王建国"], "查询优化器入门": ["李晓明"]}
    assert affiliations(view)["王建国"] == ("星河科技", "首席架构师")


def test_a_chinese_heading_naming_speakers_over_a_list_gives_every_person_and_no_talk(run):
    view = extracted(run, "zh-people-section.md")
    assert talks(view) == {}  # the heading above '## 嘉宾' is no talk of theirs
    assert set(affiliations(view)) == {"王特", "林晓云", "陈静", "刘洋", "赵明", "孙丽"}  # '- 姓名，单位职位'
    assert affiliations(view)["孙丽"] == ("云帆数据", "技术专家")


def test_a_chinese_given_name_may_end_in_a_character_that_ends_company_names(run):
    assert affiliations(extracted(run, "zh-people-section.md"))["林晓云"] == ("云帆数据", "技术专家")  # 云 as in 华为云


def test_a_chinese_event_labelled_online_has_no_city_though_its_name_has_one(run):
    event = extracted(run, "zh-online-station.md")["event"]
    assert event["name"] == "星河 Meetup 西安站"  # '【活动回顾】《…西安站-…专场》'
    assert (event["location"]["city"], event["location"]["virtual"]) == (None, True)  # '活动形式：线上直播'


def test_this_forum_in_a_closing_sentence_names_no_event(run):
    event = extracted(run, "zh-name-in-a-sentence.md")["event"]
    assert event["name"] == "星河开源 Meetup"  # '…主办的【苏州】星河开源 Meetup 活动在…举行', not '希望此次论坛…'


def test_chinese_agenda_tables_with_combined_headers_and_speaker_cells(run):
    view = extracted(run, "zh-agenda-table-variants.md")
    assert talks(view) == {"签到": [], "开场致辞": ["王建国"], "数据湖的建设": ["李晓明"], "茶歇": [],
                           "实时数仓": ["陈静"], "混合云存储": ["刘洋"], "数据安全": ["赵明"]}
    people = affiliations(view)
    assert people["王建国"] == ("星河科技", "CEO")  # a '公司及职位' column
    assert people["陈静"] == ("蓝海大学", None)
    assert people["刘洋"][0] == "星河科技" and people["赵明"][0] == "北辰科技"  # 'Name Org', 'Name@Org'


def test_a_speaker_column_vouches_for_chinese_nicknames_beside_a_job_title(run):
    view = extracted(run, "zh-nickname-speakers.md")
    assert talks(view) == {"签到": [], "服务框架的演进": ["青岚"], "可观察性实践": ["远岫"],  # 'Nick@Title', 'Org Title Nick'
                           "事务模式详解": ["予安", "墨笙"]}  # two in one cell
    assert affiliations(view)["远岫"] == ("星河科技", "中间件团队产品专家")
    assert affiliations(view)["墨笙"] == ("星河科技", "高级工程师")


def test_a_latin_name_before_a_project_role_is_a_project_not_an_organization(run):
    view = extracted(run, "zh-nickname-speakers.md")
    assert affiliations(view)["青岚"] == (None, "Nimbus 开源负责人")
    assert affiliations(view)["予安"] == (None, "Tidewater 核心贡献者")
    assert {o["name"] for o in view["organizations"]} == {"星河科技"}


def test_numbered_chinese_talk_labels_and_a_speaker_label_just_before_a_talk(run):
    view = extracted(run, "zh-numbered-and-mixed-labels.md")
    assert talks(view) == {"存储引擎的演进": ["李晓明"],  # '**议题：** …' then '**讲师：** …'
                           "向量检索实践": ["陈静"],  # '### 议题二：…' then a 讲师简介 paragraph
                           "分布式事务": ["刘洋"]}  # '讲师：…' just before '议题：…' is its speaker
    assert affiliations(view)["刘洋"] == ("云帆数据", "架构师")


def test_a_caption_line_with_two_job_titles_keeps_the_first_organization(run):
    people = affiliations(extracted(run, "zh-numbered-and-mixed-labels.md"))
    assert people["王建国"] == ("星河科技", "首席架构师")  # '星河科技首席架构师、蓝海大学兼职教授 王建国'


def test_a_latin_name_captioned_in_chinese_under_a_title_is_its_speaker(run):
    view = extracted(run, "zh-latin-name-captions.md")  # 'Jane Doe，Contoso 开发者倡导者', also in bold
    assert talks(view)["机架散热的十个误区"] == ["Jane Doe"]
    assert affiliations(view)["Jane Doe"] == ("Contoso", "开发者倡导者")


def test_a_latin_name_s_chinese_caption_names_the_employer_in_its_last_clause(run):
    view = extracted(run, "zh-latin-name-captions.md")  # 'John Roe，研究员，Northwind 软件创新中心'
    assert affiliations(view)["John Roe"] == ("Northwind 软件创新中心", "研究员")
    assert affiliations(view)["Ana Ruiz"] == ("Fabrikam", "高级工程师")  # 'Contoso PMC 成员' is a place in a project
    assert talks(view)["固件签名流水线"] == ["Ana Ruiz", "Kim Lee"]


def test_the_language_a_program_notes_after_a_title_is_no_part_of_it(run):
    view = extracted(run, "zh-latin-name-captions.md")  # '### 2. 边缘网关的灰度发布（英文）'
    assert talks(view)["边缘网关的灰度发布"] == ["John Roe"]


def test_a_short_chinese_heading_that_names_a_team_is_no_talk(run):
    view = extracted(run, "zh-latin-name-captions.md")  # '### 4. 展台团队' over its people
    assert "展台团队" not in talks(view) and len(view["sessions"]) == 3


def test_html_agenda_with_chinese_headers_and_two_speakers_in_one_cell(run):
    view = extracted(run, "zh-agenda.html")
    assert talks(view) == {"数据库的高可用": ["王建国"], "云原生的网关": ["李晓明", "陈静"]}  # '李晓明<br>陈静'
    assert affiliations(view)["陈静"][0] == "云帆数据"  # the organization column, not the other name
    assert {o["name"] for o in view["organizations"]} == {"星河科技", "云帆数据", "北辰科技"}


def test_a_chinese_caption_line_with_slashes_between_name_organization_and_title(run):
    assert affiliations(extracted(run, "zh-agenda.html"))["刘洋"] == ("北辰科技", "资深工程师")  # '刘洋 / 北辰科技 / 资深工程师'


def test_chinese_time_slot_lines_with_quoted_dashed_labelled_and_colon_speakers(run):
    view = extracted(run, "zh-time-slot-variants.md")
    assert talks(view) == {"存储引擎的演进": ["王建国"],  # '13:30-14:10 《Title》 单位 姓名'
                           "数据湖的建设": ["陈静"],  # '14:50 ~ 15:30 Title——姓名 单位职位'
                           "实时数仓": ["刘洋"],  # 'Title 讲师：姓名': the label is no part of the title
                           "分布式事务": ["赵明"], "合影留念": []}  # 'Title：单位 姓名'
    assert affiliations(view)["刘洋"] == (None, None)  # a speaker label is no job title
    assert affiliations(view)["陈静"] == ("蓝海大学", "副教授")


def test_a_numbered_talk_label_before_a_quoted_title_in_a_time_slot_is_no_part_of_it(run):
    # '19:30-20:15 分享 1: 《Title》 姓名 单位 职位': the title in its book marks, the speaker after them
    view = extracted(run, "zh-time-slot-numbered-talks.md")
    assert talks(view) == {"存储引擎的演进": ["林澈"], "数据湖的建设": ["周岚"]}


def test_a_heading_that_pairs_a_word_for_talks_with_one_for_speakers_is_no_talk(run):
    # '### 话题与讲师' over the program's items: the heading of the program
    view = extracted(run, "zh-program-heading-talks-and-speakers.md")
    assert "话题与讲师" not in talks(view) and "分布式存储的十个误区" in talks(view)


def test_the_items_under_a_heading_pairing_talks_with_speakers_name_people(run):
    # '### 话题与讲师' over '- 林澈，星河大学博士在读': a speaker of the program
    view = extracted(run, "zh-program-heading-talks-and-speakers.md")
    assert affiliations(view)["林澈"] == ("星河大学", "博士在读")


def test_a_markdown_table_row_with_a_tab_in_its_padding_keeps_its_pipe_cells(run):
    # '| 8:30am-9:00am<TAB>  | [Title](…) |': the tab pads a cell, the pipes set the cells apart
    assert set(talks(extracted(run, "agenda-table-tab-padding.md"))) == {
        "Opening keynote", "Widgets from zero to hero", "Maintainers panel"}


def test_english_agenda_variants(run):
    view = extracted(run, "en-agenda-variants.md")
    assert talks(view) == {"Keynote: The Open Rack Journey": ["Jane Doe"],  # bold title, 'Name, Org' under it
                           "Liquid Cooling at Scale": ["Wei Chen", "Maria Lopez"],  # 'Speakers: A, Org; B, Org'
                           "Welcome": ["Tom Berg"], "Open Firmware Update": ["Ana Ruiz"],  # 'time | title | speaker'
                           "Telemetry for Operators": ["Omar Haddad"],  # 'Title — Name, Org'
                           "Secure Boot in Practice": ["Kim Lee"],  # 'Title (Name, Org)'
                           "Panel: The Future of Open Racks": ["Priya Raman", "Lena Hoffmann", "Marta Lindqvist"]}
    assert affiliations(view)["Marta Lindqvist"] == ("Contoso", None)
    assert affiliations(view)["Kim Lee"] == ("Tailspin Labs", None)


def test_headings_the_text_calls_sessions(run):
    view = extracted(run, "sessions-by-heading.md")
    assert set(talks(view)) == {"Compiler and runtime", "Release planning", "Breakout sessions",
                                "Documentation and examples", "The newcomer experience"}


def test_a_heading_called_a_session_by_its_first_word_or_as_what_a_session_was_on(run):
    titles = set(talks(extracted(run, "sessions-by-heading.md")))
    assert {"Documentation and examples", "The newcomer experience"} <= titles and "Travel" not in titles


def test_a_session_notes_page_gives_its_title_as_the_talk_of_its_lead(run):
    view = extracted(run, "session-notes-lead-and-note-takers.md")
    assert talks(view) == {"Rethinking the Plugin Registry": ["Priya Raman"]}  # '*Lead: Name / handle*'


def test_note_takers_listed_with_their_handles_are_people_but_not_speakers(run):
    view = extracted(run, "session-notes-lead-and-note-takers.md")
    assert set(affiliations(view)) == {"Priya Raman", "Tomas Berg", "Kim Lee", "Elena Petrova"}  # 'Note taker(s): A (handle), …'


def test_facilitator_labels_with_a_plural_mark_and_a_note_name_the_session_leads(run):
    view = extracted(run, "session-notes-facilitators.md")
    assert talks(view) == {"Plugin Registry Roadmap": ["Wei Chen", "Maria Lopez"]}  # 'Topic Facilitator(s): A, Org & B, Org'
    assert affiliations(view)["Maria Lopez"] == ("Fabrikam", None)


def test_note_takers_listed_under_a_label_item_are_people(run):
    view = extracted(run, "session-notes-facilitators.md")
    assert {"Jane Whitfield", "Aiko Tanaka"} <= set(affiliations(view))  # '- Note-taker(s) (…):' over '- Name @handle'
    assert "jwhit" not in affiliations(view)  # a handle alone names no one


def test_a_label_that_lists_first_names_only_vouches_for_them(run):
    view = extracted(run, "session-notes-first-names.md")
    assert talks(view) == {"Release Tooling Update": ["Aiko", "Bruno", "Chidi"]}  # 'Presenters: A, B, C'


def test_short_headings_each_over_names_alone_group_a_roster_not_talks(run):
    view = extracted(run, "roster-by-category.md")
    assert talks(view) == {}  # 'Storage', 'CLI', 'Release Tooling' are award categories
    assert set(affiliations(view)) == {"Priya Raman", "Tomas Berg", "Wei Chen", "Maria Lopez", "Omar Haddad"}  # not 'Signing Infrastructure'


def test_a_team_named_only_by_its_function_is_no_organization(run):
    names = {organization["name"] for organization in extracted(run, "teams-named-by-function.md")["organizations"]}
    assert names == {"Fabrikam Core Team"}  # not 'Registration Team', 'Day-of Operations team', 'Release Team'


def test_a_team_named_by_a_determiner_or_inside_a_word_is_no_organization(run):
    names = {organization["name"] for organization in extracted(run, "teams-named-by-determiner.md")["organizations"]}
    assert names == {"Contoso Labs"}  # not 'Another team', 'Leadership team', 'Northwind team' cut from 'eNorthwind team'


def test_a_line_of_names_alone_under_a_people_label_is_that_many_people(run):
    view = extracted(run, "people-lists-without-and.md")  # 'Ana Ruiz, Wei Chen, Tom Berg, Kim Lee' under '**Team:**'
    assert affiliations(view) == {name: (None, None) for name in
                                  ("Ana Ruiz", "Wei Chen", "Tom Berg", "Kim Lee", "Priya Raman", "Omar Haddad", "Maria Lopez")}
    assert view["organizations"] == []  # the last name is no organization of the first


def test_names_listed_before_a_verb_under_a_title_are_people_none_the_organization_of_another(run):
    view = extracted(run, "names-before-a-verb-under-a-heading.md")  # 'Jane Doe, Wei Chen, and Omar Haddad gave …'
    assert affiliations(view) == {name: (None, None) for name in ("Jane Doe", "Wei Chen", "Omar Haddad")}
    assert view["organizations"] == []


def test_a_job_title_of_field_and_role_words_alone_names_no_organization(run):
    view = extracted(run, "job-titles-without-organization.md")  # '- Ana Ruiz, Community Manager'
    assert affiliations(view)["Ana Ruiz"] == (None, "Community Manager")
    assert affiliations(view)["Wei Chen"] == (None, "Research Software Engineer")


def test_a_job_title_of_field_words_before_at_names_the_organization_after_it(run):
    view = extracted(run, "job-titles-without-organization.md")  # '- Kim Lee, Product Marketing at Fabrikam'
    assert affiliations(view)["Tom Berg"] == ("Northwind Traders", "Sr. SRE")
    assert affiliations(view)["Kim Lee"] == ("Fabrikam", "Product Marketing")
    assert {o["name"] for o in view["organizations"]} == {"Northwind Traders", "Fabrikam"}


def test_words_of_a_social_post_next_to_handles_are_no_people(run):
    view = extracted(run, "social-post-handles.md")  # 'RT @x:', 'Intro to Widgets @x', '#Tooling @x', '@Northwind @x'
    assert set(affiliations(view)) == {"Wei Chen", "Omar"}  # 'Wei Chen (@weichen)', 'Omar (@omarh)'


def test_a_table_without_outer_pipes_is_a_table_not_lines_of_talks(run):
    view = extracted(run, "table-without-outer-pipes.md")
    assert talks(view) == {}  # 'Book the rooms | Priya Raman' is a row of follow-ups, not 'Title | Speaker'


def test_an_html_table_in_a_markdown_page_is_read_as_an_agenda_table(run):
    view = extracted(run, "html-table-in-markdown.md")
    assert talks(view) == {"Erasure Coding Without Tears": ["Amara Okafor"],
                           "Tiering Cold Objects to Tape": ["Lars Vinter"], "Project Update": [], "Coffee break": []}
    assert affiliations(view) == {"Amara Okafor": ("Contoso", None), "Lars Vinter": ("Fabrikam", None)}
    assert [session["start"] for session in view["sessions"]] == ["09:30", "10:15", "10:45", "11:00"]


def test_an_agenda_cell_holding_the_title_and_its_speaker_gives_both(run):
    view = extracted(run, "html-table-title-and-speaker-in-one-cell.md")
    assert talks(view) == {"Welcome and pizza": [], "Scaling Metadata Servers": ["Ines Duarte"],
                           "Backups You Can Trust": ["Kofi Mensah"]}
    assert affiliations(view)["Ines Duarte"] == ("Tailspin Toys", None)


def test_a_line_break_in_a_markdown_table_cell_sets_the_speakers_under_the_title(run):
    # '| 9:15 - 9:35 |**Title**<br>[Name](#anchor) |': the names on the cell's last line speak
    view = extracted(run, "markdown-table-line-breaks-in-cells.md")
    assert talks(view)["Measuring What Matters in Small Projects"] == ["Ines Duarte"]
    assert talks(view)["[Live] KEYNOTE Growing Maintainers Without Burning Them Out"] == ["Kofi Mensah", "Amara Okafor"]
    assert "Welcome Remarks" in talks(view) and "PDF" not in talks(view)


def test_an_organizations_possessive_before_a_name_is_the_persons_organization(run):
    # "Northwind's Amara Okafor talked about …"
    assert affiliations(extracted(run, "people-of-organization-in-prose.md"))["Amara Okafor"] == ("Northwind", None)


def test_names_joined_by_and_of_a_team_at_an_organization_are_both_of_it(run):
    # 'Ines Duarte and Kofi Mensah of the storage team at Tailspin Toys discussed …': no person 'Tailspin Toys'
    view = extracted(run, "people-of-organization-in-prose.md")
    assert affiliations(view)["Ines Duarte"] == ("Tailspin Toys", None)
    assert affiliations(view)["Kofi Mensah"] == ("Tailspin Toys", None)
    assert "Tailspin Toys" not in affiliations(view)


def test_names_joined_after_an_organizations_possessive_are_all_of_it(run):
    # "maintainers including Northwind's Amara Okafor and Lars Vinter, and Tailspin's Ines Duarte will …"
    view = extracted(run, "possessive-affiliations.md")
    assert affiliations(view)["Amara Okafor"] == ("Northwind", None)
    assert affiliations(view)["Lars Vinter"] == ("Northwind", None)
    assert affiliations(view)["Ines Duarte"] == ("Tailspin", None)


def test_the_bare_apostrophe_of_an_organization_ending_in_s_is_its_possessive(run):
    # "Fabrikam Networks' Kofi Mensah and Pavel Novak will review …"
    view = extracted(run, "possessive-affiliations.md")
    assert affiliations(view)["Kofi Mensah"] == ("Fabrikam Networks", None)
    assert affiliations(view)["Pavel Novak"] == ("Fabrikam Networks", None)
    assert "Fabrikam Networks" in [o["name"] for o in view["organizations"]]


def test_a_job_title_after_the_bare_apostrophe_of_an_organization_splits_into_both(run):
    # "Omar Haddad, Adatum Labs' community manager, will close …"
    assert affiliations(extracted(run, "possessive-affiliations.md"))["Omar Haddad"] == ("Adatum Labs", "community manager")


def test_a_biography_saying_the_person_is_an_organizations_job_gives_both(run):
    # "Maria Lopez is Litware's open source officer, leading …" under a 'Bio:' heading
    view = extracted(run, "possessive-affiliations.md")
    assert affiliations(view)["Maria Lopez"] == ("Litware", "open source officer")


def test_a_job_title_after_an_organizations_possessive_splits_into_both(run):
    # "Lars Vinter, Fabrikam's community manager, kicked off …"
    assert affiliations(extracted(run, "people-of-organization-in-prose.md"))["Lars Vinter"] == ("Fabrikam", "community manager")


def test_talks_by_named_speakers_is_no_talk_title(run):
    # 'Talks by Wei Chen (Contoso) and Pavel Novak covered …' names speakers, not a talk
    view = extracted(run, "people-of-organization-in-prose.md")
    assert "Talks" not in talks(view)
    assert affiliations(view)["Wei Chen"] == ("Contoso", None)


def test_list_item_title_over_a_speakers_label_line_is_a_talk(run):
    view = extracted(run, "list-item-title-speakers-label.md")
    assert talks(view) == {'"Ask the Cluster": Building a Chat Front End for Batch Jobs': ["Jane Doe", "Omar Haddad"],
                           "Scheduling Accelerators Across Three Regions": ["Kim Lee", "Ana Ruiz"]}


def test_heading_over_listed_talks_and_their_recordings_is_no_talk(run):
    view = extracted(run, "list-item-title-speakers-label.md")
    assert "Featured Talks" not in talks(view)  # the videos belong to the talks listed under it


def test_speakers_label_lists_names_some_with_their_organization_in_brackets(run):
    view = extracted(run, "list-item-title-speakers-label.md")  # 'Speakers: Kim Lee, Ana Ruiz (Tailspin Labs)'
    assert affiliations(view)["Kim Lee"] == (None, None)  # no organization stated: none guessed
    assert affiliations(view)["Ana Ruiz"] == ("Tailspin Labs", None)
    assert affiliations(view)["Jane Doe"] == ("Contoso", None)


def test_time_item_then_link_title_then_dashed_speakers(run):
    view = extracted(run, "time-item-link-title-dash-speakers.md")  # '- 2:15-2:50pm:' / '[Title](url)' / '– A & B, Org'
    assert talks(view) == {"Rolling Upgrades Without a Maintenance Window": ["Kim Lee", "Ana Ruiz"],
                           "Tracing a Request Through Five Queues": ["Wei Chen"]}
    first = next(session for session in view["sessions"] if session["speakers"] == ["Kim Lee", "Ana Ruiz"])
    assert (first["start"], first["end"]) == ("14:15", "14:50")
    assert affiliations(view)["Kim Lee"] == ("Tailspin Labs", None)  # the handle in brackets is no organization


def test_list_under_a_sentence_announcing_talks_gives_one_talk_an_item(run):
    view = extracted(run, "sentence-announcing-talks-then-list.md")  # 'The following talks …:' over linked titles
    assert talks(view) == {"Replacing a Metadata Server Without Downtime": ["Jane Doe", "Wei Chen"],
                           "Erasure Coding for the Impatient": ["Omar Haddad"],
                           "What Nobody Tells You About Disk Firmware": []}


def test_list_under_a_sentence_without_a_plural_talk_noun_is_no_program(run):
    view = extracted(run, "sentence-announcing-talks-then-list.md")  # 'The workshop … We'll cover:' lists topics
    assert "Core concepts and vocabulary" not in talks(view)


def test_name_headings_in_a_section_headed_by_a_word_for_people_are_its_guests(run):
    people = affiliations(extracted(run, "zh-guest-sections.md"))  # '## 主讲嘉宾介绍' then '### 周岚' over a bio
    assert {"林澈", "周岚", "何平", "沈一鸣", "钱若水"} <= set(people)
    assert people["周岚"] == ("北辰科技", "资深研发工程师")  # the bio's opening


def test_a_heading_after_the_people_section_names_no_one(run):
    people = affiliations(extracted(run, "zh-guest-sections.md"))
    assert "社区如何起步" not in people and "圆桌探讨的问题" not in people


def test_a_career_step_opening_a_biography_is_no_organization(run):
    people = affiliations(extracted(run, "zh-guest-sections.md"))  # '钱若水，毕业于…，2016年加入…'
    assert people["钱若水"][0] is None or "毕业" not in people["钱若水"][0]


def test_the_affiliation_and_bio_labels_under_a_speaker_label_give_the_speakers_organization(run):
    people = affiliations(extracted(run, "zh-guest-sections.md"))  # '讲师：陆遥' then '公司：云帆数据'
    assert people["陆遥"][0] == "云帆数据"
    assert people["孟夏"][0] == "北辰科技"  # '个人介绍：任职于北辰科技数据平台部，…'


def test_list_items_that_open_with_a_speakers_name_and_a_colon_are_their_talks(run):
    view = extracted(run, "speaker-first-items.md")  # '- Jane Doe: Title', '- Jane Doe (Org): Title'
    assert talks(view) == {"lessons from running erasure coding on spinning disks": ["Marta Okonkwo"],
                           "Tracing slow writes with eBPF": ["Tobias Lindqvist"],
                           "use case - object storage for a small museum": ["Priya Raman"]}


def test_the_organization_in_brackets_after_a_speaker_first_name_is_theirs(run):
    people = affiliations(extracted(run, "speaker-first-items.md"))
    assert people["Tobias Lindqvist"][0] == "Fabrikam University"


def test_notes_that_give_the_same_people_the_floor_again_and_again_hold_no_talks(run):
    view = extracted(run, "discussion-notes-by-speaker.md")  # '* Jane Doe: a remark' by two people, six times
    assert talks(view) == {}


def test_a_speaker_named_by_the_label_and_again_by_the_bio_below_is_listed_once(run):
    view = extracted(run, "zh-speaker-label-then-bio.md")  # '讲师：林澈' then '讲师介绍：林澈 云帆数据高级工程师…'
    assert talks(view) == {"对象存储的冷热分层实践": ["林澈"], "边缘节点的日志采集": ["周岚"]}


def test_a_numbering_word_before_a_title_is_no_part_of_it(run):
    view = extracted(run, "numbered-topic-headings.md")  # '### Topic 1：Title', '### Part 2：Title'
    assert talks(view) == {"列式存储的压缩编码": ["林澈"], "向量检索的索引选择": ["周岚"]}


def test_markdown_lines_that_are_whole_html_paragraphs_stay_apart(run):
    view = extracted(run, "html-paragraph-agenda.md")  # '<p><strong>09:30 - 10:15 - Title, </strong>Name, Org</p>' over its abstract
    assert talks(view) == {"Snapshots Without Downtime": ["Ines Carvalho"],
                           "Upgrading a Cluster of Two Thousand Nodes": ["Tomas Berg", "Priya Raman"], "Lunch": []}
    assert affiliations(view)["Priya Raman"][0] == "Tailspin Cloud"


def test_the_name_headings_of_a_speakers_section_are_the_talk_pages_speakers(run):
    view = extracted(run, "talk-page-speakers-section.md")  # '## Speakers' over '### Name', '**Job title**', a bio
    assert talks(view) == {"Sorting a Billion Rows on a Laptop": ["Tilde Haraldsen", "Oskar Brüning"]}


def test_a_speakers_bold_job_line_is_no_talk_and_their_bio_gives_the_organization(run):
    people = affiliations(extracted(run, "talk-page-speakers-section.md"))
    assert people["Tilde Haraldsen"] == ("Northwind Analytics", "Staff Data Engineer")
    assert people["Oskar Brüning"][0] == "Fabrikam Institute of Technology"  # a name probablepeople does not know, vouched by the bio


def test_latin_name_headings_under_a_keynote_speakers_heading_are_people(run):
    people = affiliations(extracted(run, "keynote-speakers-page.md"))  # '# … Keynote Speakers' over '## Name' and a bio
    assert set(people) == {"Marek Dvořák", "Jorunn Strand"}
    assert people["Marek Dvořák"] == ("Tailspin Systems", "Principal Engineer")


def test_a_speakers_name_heading_over_their_biography_is_no_talk(run):
    assert talks(extracted(run, "keynote-speakers-page.md")) == {}


def test_a_name_heading_one_level_under_a_talk_heading_is_its_speaker(run):
    view = extracted(run, "talk-heading-name-subheading.md")  # '### Title' over '#### Jane Doe' (or '#### A & B')
    assert talks(view) == {"Waveforms Without Tears": ["Ingmar Voßberg"],
                           "Linting Your Build Scripts": ["Tilde Haraldsen", "Jorunn Strand"]}  # 'Speaker Bios' is no talk


def test_a_passive_sentence_ending_in_by_and_names_is_no_talk(run):
    view = extracted(run, "passive-by-sentence.md")  # 'The port of … was done by A and B.' reports work, no talk
    assert talks(view) == {"Booting in Under a Second": ["Ines Carvalho"]}


def test_a_bold_talk_title_with_a_role_word_in_it_is_still_a_talk(run):
    # '**A Maintainer's Guide to Gadget Releases**' over 'Jane Doe, Contoso': a title, not a job line
    program = talks(extracted(run, "bold-title-with-a-role-word.md"))
    assert program["A Maintainer's Guide to Gadget Releases"] == ["Jane Doe"]
    assert program["Staff Engineer Office Hours: Reviewing Together"] == ["Wei Chen"]


def test_a_photo_credit_under_a_speakers_name_is_no_talk_and_its_photographer_no_speaker(run):
    # 'Dana Lorca' / 'photo by Jan Novak' read as one line: the caption's credit, not 'Title by Name'
    view = extracted(run, "talk-headings-with-photo-credits.txt")
    assert talks(view) == {"Shipping Side Projects Fast": ["Dana Lorca"]}
    assert "Jan Novak" not in affiliations(view)


def test_a_speaker_talking_about_a_title_in_german_quotes_gives_the_talk(run):
    # 'Dana Lorca talking about „Testing Pyramids for Busy Teams“'
    assert talks(extracted(run, "prose-talks-german-quotes.txt")) == {"Testing Pyramids for Busy Teams": ["Dana Lorca"]}


def test_a_keynote_speaker_whose_surname_starts_with_an_accented_capital_keeps_title_and_organization(run):
    # 'Inés Ávalos, CEO of Northwind Foundation, gave a powerful speech'
    assert affiliations(extracted(run, "keynote-speaker-with-accented-surname.txt")) == {
        "Inés Ávalos": ("Northwind Foundation", "CEO")}


def test_a_town_and_state_in_brackets_after_names_is_no_organization(run):
    # 'Dana Lorca, Jan Novak, Wei Chen (Louisville, KY)': where the writers come from
    view = extracted(run, "authors-with-their-home-town.txt")
    assert not [person for person in view["people"] if person["organization"]]
    assert "KY" not in [organization["name"] for organization in view["organizations"]]


def test_meeting_roll_written_as_one_paragraph_under_attendees_gives_its_people(run):
    """'### Attendees (9 total)' over 'A, B, C, …': each full name a person; a handle and a
    possessive ('Renata Sousa's Slides') are none."""
    names = {person["name"] for person in extracted(run, "meeting-roll-paragraph.md")["people"]}
    assert {"Ines Marlow", "Teodor Vance", "Priya Raman", "Tomas Berg", "Wei-Lin Chang", "Odile Fournier",
            "Kasimir Holt"} <= names
    assert not {name for name in names if "jdoe" in name or "Slides" in name}


def test_meeting_roll_as_items_under_attendees_gives_its_people_not_those_sending_regrets(run):
    names = {person["name"] for person in extracted(run, "meeting-roll-items.md")["people"]}
    assert names == {"Ines Marlow", "Teodor Vance", "Odile Fournier", "Kasimir Holt"}


def test_a_chinese_roll_written_as_one_item_gives_its_people_also_beside_first_names_alone(run):
    # '## 参加人员' over '- Kevin、林澈、 Ruby、周岚 、王若溪、陈思远': the first names alone are no people, the rest are
    names = {person["name"] for person in extracted(run, "meeting-roll-zh-one-item.md")["people"]}
    assert names == {"林澈", "周岚", "王若溪", "陈思远"}


def test_meeting_roll_on_the_line_of_its_attendees_label_gives_its_people(run):
    names = {person["name"] for person in extracted(run, "meeting-roll-labelled.md")["people"]}
    assert names == {"Ines Marlow", "Teodor Vance", "Priya Raman", "Kasimir Holt"}


def test_heading_of_those_sending_regrets_is_no_talk(run):
    assert "Regrets" not in talks(extracted(run, "meeting-roll-items.md"))


def test_maintainers_call_is_named_by_its_series(run):
    assert extracted(run, "meeting-roll-labelled.md")["event"]["name"] == "Contoso Tools Maintainers Call"


def test_meeting_agenda_gives_the_items_with_a_presenter_named_by_first_name_as_the_attendee(run):
    """On a meeting's notes (it takes the roll), 'Approval of last week's minutes' is business, no
    talk; 'Dataset profile update - Priya' is presented by the attendee Priya Marlow."""
    assert talks(extracted(run, "meeting-agenda-presenters.md")) == {
        "Dataset profile update": ["Priya Marlow"], "Signing proposal": ["Teodor Vance", "Kasimir Holt"]}


def test_meeting_roll_under_its_label_alone_on_a_line_gives_its_people(run):
    view = extracted(run, "meeting-roll-label-alone.md")
    assert {person["name"] for person in view["people"]} == {"Ines Marlow", "Teodor Vance", "Kasimir Holt"}
    assert talks(view) == {"Release checklist": ["Kasimir Holt"]}


def test_topics_for_the_next_meeting_are_no_sessions_and_their_presenters_no_people(run):
    view = extracted(run, "meeting-topics-for-next-meeting.md")
    assert talks(view) == {"Snapshot Cleanup Demo": ["Teodor Vance"]}
    assert {person["name"] for person in view["people"]} == {"Teodor Vance"}


def test_a_copy_of_the_meetings_chat_gives_no_sessions_and_its_topics_heading_is_no_talk(run):
    view = extracted(run, "meeting-chat-copy.md")
    assert talks(view)["Registry Mirrors Status"] == ["Kasimir Holt"]
    assert not {title for title in talks(view) if "video" in title or "late" in title or title == "Topics"}
    assert "Upcoming Conferences" not in {person["name"] for person in view["people"]}


def test_a_chinese_name_alone_with_a_colon_over_its_biography_under_a_bold_bio_label(run):
    people = affiliations(extracted(run, "zh-names-over-biographies.md"))  # '**嘉宾及讲师介绍**' then '林澈：' over the bio
    assert people["林澈"] == ("云帆数据", "联合创始人") and people["何平"] == ("Fabrikam", "技术专家")
    assert people["周岚"] == (None, None)  # '一个 Rust 初学者和开源爱好者' describes her, names no organization


def test_a_latin_name_after_a_chinese_job_title_in_prose_is_a_person_of_that_organization(run):
    people = affiliations(extracted(run, "zh-launch-recap-speakers.md"))  # 'Contoso 售前工程师 Kary Lind 分享了…'
    assert people["Kary Lind"] == ("Contoso", "售前工程师")
    assert people["Tomas Berg"] == ("Contoso", "软件工程师")


def test_organization_then_de_then_a_name_before_a_speech_verb_is_that_organization_s_speaker(run):
    people = affiliations(extracted(run, "zh-launch-recap-speakers.md"))  # '北岩钢铁集团云杉科技的周明远分享了…'
    assert people["周明远"] == ("北岩钢铁集团云杉科技", None)
    assert people["林若溪"] == ("蓝海能源集团研究院", None)


def test_a_caption_dash_name_with_a_latin_name_in_brackets_is_a_person_not_a_talk(run):
    view = extracted(run, "zh-launch-recap-speakers.md")  # 'Fabrikam 解决方案副总裁 - 沈一鸣（Yiming Shen）将亮相…'
    assert affiliations(view)["沈一鸣"] == ("Fabrikam", "解决方案副总裁")
    assert "Yiming Shen" not in {o["name"] for o in view["organizations"]}
    assert not [t for t in talks(view) if "副总裁" in t]


def test_came_from_a_sector_then_a_unit_and_a_name_gives_the_unit_as_employer(run):
    people = affiliations(extracted(run, "zh-launch-recap-speakers.md"))  # '来自能源行业的星河油田王子涵'
    assert people["王子涵"][0] == "星河油田"
    assert people["宋雨"] == ("北岩科技", None)  # '来自车联网领域的北岩科技的宋雨'


def test_a_caption_that_sets_the_name_off_by_commas_after_an_organization_s_job_title(run):
    people = affiliations(extracted(run, "zh-launch-recap-speakers.md"))  # '**…软件主管，王子涵，**在发布会上分享了'
    assert people["王子涵"][1] == "软件主管"
    assert "张伟" not in people  # '一位工程师，张伟，' names no organization's job title


def test_a_chinese_title_joined_to_a_latin_one_is_one_job_title(run):
    assert affiliations(extracted(run, "zh-launch-recap-speakers.md"))["何平"] == ("北岩科技", "创始人兼 CEO")


def test_a_preface_s_later_sentence_that_says_the_text_was_written_up_from_a_talk_makes_the_page_that_talk(run):
    view = extracted(run, "zh-writeup-preface.md")  # '> 导读：…。本文整理自云帆数据技术专家林澈（北岩）在…上的演讲'
    assert talks(view) == {"星河：分布式缓存的容灾设计与实践": ["林澈"]}
    assert affiliations(view)["林澈"] == ("云帆数据", "技术专家")
    assert "Fabrikam" not in {o["name"] for o in view["organizations"]}  # the talk's subject, no participant


def test_a_chinese_caption_ending_in_a_latin_name_before_a_speech_verb_gives_the_quoted_talk_s_speaker(run):
    view = extracted(run, "zh-quoted-talks-latin-speakers.md")  # 'Contoso 软件工程师 Tomas Berg 发表了题为“…”的主题演讲'
    assert talks(view)["QUIC：下一代传输协议库"] == ["Tomas Berg"]
    assert affiliations(view)["Tomas Berg"] == ("Contoso", "软件工程师")


def test_a_title_a_talk_noun_follows_takes_its_speaker_from_the_next_clause(run):
    view = extracted(run, "zh-quoted-talks-latin-speakers.md")  # '《…》的 Webinar，Contoso 售前工程师 Kary Lind 分享了'
    assert talks(view)["在星河中使用 TLS 确保安全"] == ["Kary Lind"]


def test_a_chinese_heading_its_section_calls_this_talk_is_a_talk(run):
    view = extracted(run, "zh-talk-headings-one-speaker.md")  # '### 标题' then '在本次演讲中，…' / '本次分享…'
    assert set(talks(view)) == {"边缘网关的安全实践", "车云协同的数据闭环"}


def test_the_one_person_a_talk_s_section_names_by_given_name_before_a_speech_verb_is_its_speaker(run):
    view = extracted(run, "zh-talk-headings-one-speaker.md")  # '…，一鸣将分享…' for 沈一鸣
    assert talks(view)["边缘网关的安全实践"] == ["沈一鸣"]
    assert talks(view)["车云协同的数据闭环"] == []  # its section names no one


def test_a_link_that_opens_with_a_picture_right_after_a_talk_s_link_is_its_speaker(run):
    view = extracted(run, "zh-talk-links-with-avatars.md")  # '[Title](talk) [![img](icon)Tomas Berg](profile)'
    assert talks(view)["QUIC Next Library for Runtimes"] == ["Tomas Berg"]


def test_a_list_item_ending_in_a_dash_and_a_name_alone_keeps_by_inside_its_title(run):
    view = extracted(run, "zh-talk-links-with-avatars.md")  # 'Saved Hours by Being Careful - Jane Doe'
    assert talks(view)["Saved Hours by Being Careful"] == ["Jane Doe"]
    assert "Being Careful" not in affiliations(view)


def test_list_items_whose_lead_a_captioned_person_then_presents_are_talks(run):
    view = extracted(run, "zh-launch-recap-speakers.md")  # '- **Lead：** Org 的产品经理韩磊，介绍了…'
    assert talks(view)["全新控制台，一站式集群管理"] == ["韩磊"]
    assert talks(view)["创新集群架构，提升可扩展性"] == ["Tomas Berg"]  # '…Tomas Berg 展示了…'
    assert "权限模型" not in talks(view)  # no one presents it


def test_a_talk_titled_in_quotes_then_presented_by_two_people_in_a_sentence(run):
    view = extracted(run, "talk-titled-in-prose.md")
    assert talks(view) == {"Self-serve Feature Pipelines with Contoso Flow": ["Marta Lindqvist", "Omar Haddad"],
                           "Scaling Training Jobs on Fabrikam Clusters": ["Priya Raman", "Kim Lee"]}


def test_a_blog_platforms_mention_link_reads_as_the_persons_name(run):
    view = extracted(run, "talk-titled-in-prose.md")
    assert {"Marta Lindqvist", "Kim Lee"} <= {person["name"] for person in view["people"]}
    assert not any(person["name"].startswith("@") for person in view["people"])


def test_the_recording_link_under_a_talk_heading_adds_the_speakers_the_paragraph_left_out(run):
    view = extracted(run, "recording-line-under-talk-heading.md")
    assert talks(view)["The Lens of Contoso"] == ["Wei Chen", "Ana Ruiz"]
    assert affiliations(view)["Ana Ruiz"] == (None, "Open Source Engineer")


def test_a_recording_link_that_repeats_the_talks_title_is_no_speaker_line(run):
    view = extracted(run, "recording-line-under-talk-heading.md")
    assert talks(view)["Catching the Uncatchable"] == []
    assert "Memoryless Intrusions" not in affiliations(view)


def test_talk_items_whose_title_and_speakers_are_apart_by_a_double_dash(run):
    view = extracted(run, "double-dash-talk-items.md")
    assert talks(view) == {"Keynote: Why Pipelines Drift": ["Marta Lindqvist"],
                           "Scaling Reconcilers in Practice": ["Wei Chen", "Ana Ruiz"],
                           "Secrets Without Tears": ["Omar Haddad"]}
    assert affiliations(view)["Ana Ruiz"] == ("Fabrikam", None)


def test_the_day_before_a_listed_talk_is_no_part_of_its_title(run):
    view = extracted(run, "day-prefixed-talk-items.md")
    assert talks(view) == {"Reconciler Security Deep Dive": ["Marta Lindqvist"],
                           "Running a Project Office Hour": ["Omar Haddad"]}


def test_time_slots_each_over_a_line_of_their_speakers_and_organizations(run):
    view = extracted(run, "time-slots-over-speaker-lines.md")
    assert talks(view) == {
        "Toward Full Adoption of Pipelines and Best Practices at Fabrikam": ["Marta Lindqvist", "Omar Haddad"],
        "Flagger, Meshes, And Gateways: Oh My!": ["Wei Chen", "Sanjit Rahaman"],
        "Tracing Pipelines from Top to Bottom": ["Ana Ruiz", "Kim Lee", "Priya Raman", "Tomas Berg"],
        "Getting Pipelines Right": ["Kim Lee", "Omar Haddad", "Marta Lindqvist"]}
    assert affiliations(view)["Sanjit Rahaman"] == ("Contoso", None)


def test_a_day_heading_over_time_slots_is_no_talk_and_a_track_before_a_colon_is_no_speaker(run):
    view = extracted(run, "time-slots-over-speaker-lines.md")
    assert not any(title.startswith("Tuesday") for title in talks(view))
    assert not any(name.startswith("Toward") for name in affiliations(view))


def test_a_quoted_nickname_escaped_in_markdown_is_no_part_of_the_name(run):
    view = extracted(run, "time-slots-over-speaker-lines.md")
    assert affiliations(view)["Marta Lindqvist"] == ("Contoso", None)


def newsletter(run) -> dict:
    """The newsletter fixture's view: an issue of a newsletter reports no event, so ingest refuses to draft it."""
    return json.loads(run("ingest", "--json", LAYOUTS / "newsletter-sections-no-people.md", "--data", REGISTRY).stdout)


def test_a_company_named_by_its_industry_word_under_a_section_heading_is_no_person(run):
    view = newsletter(run)
    assert "Fabrikam Biosciences" not in affiliations(view)
    assert "Customer Success" not in talks(view)


def test_a_possessive_heading_is_no_persons_name(run):
    assert not any("’s" in name for name in affiliations(newsletter(run)))


def test_a_phrase_of_dictionary_words_after_a_dash_in_a_sentence_is_no_speaker(run):
    view = newsletter(run)
    assert "Deployment Journey" not in affiliations(view)
    assert view["people"] == []


def test_a_co_located_event_before_a_talks_title_is_no_part_of_it_but_a_talk_kind_is(run):
    # 'FabrikamCon: Title', 'Tailspin Days: Title': the event the talk is part of; 'Keynote:', 'Hands-on Tutorial:' stay
    assert talks(extracted(run, "co-located-event-before-talk-titles.md")) == {
        "Shipping Pipelines Without Fear": ["Marta Lindqvist"],
        "Tracing Requests Across Clusters": ["Omar Haddad"],
        "Hands-on Tutorial: Writing Your First Operator": ["Wei Chen"],
        "Keynote: Ten Years of Open Pipelines": ["Ana Ruiz"]}


def test_a_thank_you_and_a_references_section_give_no_talk_and_a_papers_authors_no_affiliation(run):
    # '## Thank you to …' over names and '## References' over 'A, B, C (2030). Title.' close a recap
    view = extracted(run, "closing-sections-no-talks.md")
    assert talks(view) == {"Shipping Pipelines Without Fear": ["Marta Lindqvist"]}
    assert "Ana Ruiz" not in affiliations(view) and "Tomas Berg" not in [o["name"] for o in view["organizations"]]


def test_a_customer_case_heading_over_org_de_name_shared_is_that_persons_talk(run):
    # '## 青禾钢铁：…' over '发布会上，青禾钢铁集团蓝杉科技的周岚分享了…': the case is 周岚's talk
    assert talks(extracted(run, "zh-customer-case-headings.md")) == {
        "青禾钢铁：打造全流程智慧工厂": ["周岚"], "北岩能源：储能电站的实时监控": ["林澈"]}


def test_a_recording_whose_longer_title_holds_the_headings_words_gives_its_speakers(run):
    # '### Contoso Project Updates' over '[Security With Contoso: Overview And Project Updates - A & B](video)'
    program = talks(extracted(run, "recording-link-longer-than-heading.md"))
    assert program["Contoso Project Updates"] == ["Wei Chen", "Ana Ruiz"]


def test_a_paragraph_under_a_talks_heading_that_announces_a_presentation_from_a_person_gives_its_speaker(run):
    # 'a presentation from **Name**, *Title at Org*, where she showed …' under '### Title'
    view = extracted(run, "talk-announced-in-prose-under-heading.md")
    assert talks(view) == {"Catching What Hides in Memory": ["Marta Lindqvist"]}
    assert affiliations(view)["Marta Lindqvist"] == ("Fabrikam", "Security Advocate")


def test_a_sessions_convener_and_co_conveners_are_people(run):
    # '- **Convener**: [Name](profile)', '- **Co-conveners**: [A](…), [B](…)': who organizes the session
    assert set(affiliations(extracted(run, "session-conveners.md"))) == {"Marta Lindqvist", "Omar Haddad", "Wei Chen"}


def test_a_list_of_linked_recordings_gives_each_title_and_its_speakers_after_a_chinese_comma(run):
    view = extracted(run, "zh-linked-recordings.md")
    assert talks(view) == {"星火开源 Meetup 第三期开场": ["秦若岚"], "澄湖科技赋能“新一代数据平台”": ["韩子墨"],
                           "大规模集群调度优化实践": ["邵一鸣", "江叙白"], "基于向量检索的日志分析": ["孟清和"],
                           "边缘计算的落地与挑战": ["柯望舒"]}
    assert affiliations(view)["孟清和"] == ("青禾数据", None)
    assert affiliations(view)["柯望舒"] == ("澄湖科技", "资深架构师")


def test_a_biography_under_a_speakers_bracketed_nickname_is_that_speakers_and_an_account_is_no_employer(run):
    view = extracted(run, "zh-speaker-nickname-bio.md")
    assert talks(view)["基于事件驱动的微服务实践"] == ["蒋文博"]
    assert affiliations(view)["蒋文博"] == ("澄湖科技", "高级工程师")
    assert "叶川" not in affiliations(view)
    assert not any("GitHub" in org["name"] for org in view["organizations"])


def test_a_well_known_name_written_only_after_a_prefix_of_a_longer_name_is_that_organization(run):
    names = {o["name"] for o in extracted(run, "zh-prefixed-well-known-name.md")["organizations"]}
    assert "青岚 GitLab" in names and "GitLab" not in names


def test_a_companys_online_meeting_room_is_the_service_used_not_a_company_taking_part(run):
    names = {o["name"] for o in extracted(run, "zh-online-meeting-room.md")["organizations"]}
    assert "青禾数据" in names and not names & {"字节跳动", "ByteDance"}


def test_an_award_title_after_a_companys_service_name_gives_no_company_by_its_shorter_name(run, tmp_path):
    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY, registry)
    (registry / "organizations.yml").write_text(
        "- id: fabrikam\n  name: Fabrikam\n  name_zh: 澄星\n  kind: company\n  country: CN\n", encoding="utf-8")
    result = run("ingest", "--json", LAYOUTS / "zh-award-in-bio.md", "--data", registry)
    names = {o["name"] for o in json.loads(result.stdout)["organizations"]}
    assert not names & {"Fabrikam", "澄星", "澄星云"}


def test_a_speakers_schools_and_a_former_employer_after_yuan_are_no_organizations_taking_part(run):
    names = {o["name"] for o in extracted(run, "zh-bio-schools-and-former-employer.md")["organizations"]}
    assert {"澄湖科技", "青禾数据"} <= names
    assert not names & {"星河理工大学", "青禾师范大学", "字节跳动", "ByteDance"}


def test_a_country_between_a_latin_company_name_and_a_chinese_job_title_is_no_part_of_the_company(run):
    assert affiliations(extracted(run, "zh-speaker-nickname-bio.md"))["Marta Lindqvist"] == ("Contoso", "软件工程师")


def test_a_unit_whose_first_word_starts_with_a_one_character_organization_word_is_cut_from_the_company(run):
    people = affiliations(extracted(run, "zh-bio-schools-and-former-employer.md"))
    assert people["孟清和"][0] == "澄湖科技"  # '澄湖科技云原生计算部门负责人', not '澄湖科技云'


def test_a_roll_right_under_the_title_with_remarks_in_its_brackets_gives_each_company(run):
    """'Ines Marlow (Contoso, chair, non-voting)': the voting status and the way of attending are
    no organization, the role is the title."""
    people = affiliations(extracted(run, "meeting-roll-after-title.txt"))
    assert people == {"Ines Marlow": ("Contoso", "chair"), "Tobias Renner": ("Fabrikam", None),
                      "Kasimir Holt": ("Northwind", None), "Odile Fournier": ("Contoso", None),
                      "Priya Raman": ("Fabrikam", None)}


def test_a_list_of_features_under_a_line_with_a_word_for_people_gives_no_people(run):
    """'Host Integration:' over '- Clipboard', '- Automatically Created Menu Entries': a list whose
    items are mostly no names lists no people, though 'Host' is a word for people."""
    names = {person["name"] for person in extracted(run, "meeting-demo-feature-list.md")["people"]}
    assert names == {"Ines Marlow", "Tobias Renner", "Kasimir Holt", "Odile Fournier"}


def test_a_surname_with_its_particle_written_onto_it_is_a_name_and_then_opens_no_name(run):
    """'### Ana deWitt' under a talk heading is its speaker; 'Then Ana showed…' names no 'Then Ana'."""
    view = extracted(run, "meeting-talk-heading-glued-particle.md")
    assert talks(view) == {"Desktop update demo": ["Ana deWitt"]}
    assert "Then Ana" not in {person["name"] for person in view["people"]}


def test_a_name_set_apart_by_a_space_before_a_clause_of_speaking_in_chinese_meeting_notes(run):
    """'，林澈 在上周的基础上（…）分享了…': a participant; '控制面 预计…' and a clause without a verb of
    speaking ('何平 提出了…') give no one."""
    names = {person["name"] for person in extracted(run, "zh-meeting-notes-name-apart.md")["people"]}
    assert names == {"林澈"}


def test_another_given_name_in_brackets_inside_a_roll_name_is_left_out_and_its_first_name_presents(run):
    """'* Wei (Vivian) Chen' in the roll is Wei Chen, who presents 'Dataset profile update (Wei)'."""
    view = extracted(run, "meeting-roll-other-given-name.md")
    assert "Wei Chen" in {person["name"] for person in view["people"]}
    assert talks(view) == {"Dataset profile update": ["Wei Chen"]}


def test_a_meetings_transcript_names_who_speaks_not_the_names_heard_in_what_is_said(run):
    """'Ines Marlow (Contoso): … Kasimir Hold will be talking': the speaker with her company (also a
    chat's sender), the misheard 'Kasimir Hold' is no one."""
    people = affiliations(extracted(run, "meeting-transcript-heard-names.md"))
    assert "Kasimir Hold" not in people
    assert people["Ines Marlow"][0] == "Contoso"
    assert people["Tobias Renner"][0] == "Fabrikam"  # a chat's 'Tobias Renner (Fabrikam)11:42 AM'


def test_one_person_written_twice_in_a_roll_by_a_typo_or_in_another_case_is_one_person(run):
    # 'Kasimir Holt, Kasimir Hlot', 'Odile Fournier, odile Fournier'; items '- Teodor Vance' / '- Teodor Vence'
    names = [person["name"] for person in extracted(run, "meeting-roll-with-typos.md")["people"]]
    assert sorted(names) == ["Ines Marlow", "Kasimir Holt", "Odile Fournier", "Teodor Vance"]
    names = [person["name"] for person in extracted(run, "meeting-roll-items-with-typos.md")["people"]]
    assert sorted(names) == ["Ines Marlow", "Kasimir Holt", "Priya Raman", "Teodor Vance"]


def test_a_handle_in_brackets_after_a_speakers_name_is_no_employer_and_the_organization_after_it_is(run):
    # '- Dana Whitfield (@dwhit), Fabrikam'
    view = extracted(run, "speaker-lines-with-handles.md")
    assert affiliations(view)["Dana Whitfield"][0] == "Fabrikam"
    assert affiliations(view)["Lucia Ferreira"][0] == "Northwind Traders"
    assert not [o for o in view["organizations"] if "@" in o["name"]]


def test_a_program_of_keynote_panel_and_fireside_chat_gives_each_once_with_its_speakers(run):
    # under '## Program': '**Keynote: …**' over '- Dana Whitfield, Fabrikam' (her speaker line, no talk of its own);
    # '**Panel: …**' over 'Moderator: … Panelists: …'; a bare '**Panel discussion**' or '**Q&A**' is no talk
    assert talks(extracted(run, "program-with-panel-and-keynote.md")) == {
        "Keynote: The Next Ten Years of Contoso": ["Dana Whitfield"],
        "Panel: Who Owns the Data Platform?": ["Omar Haddad", "Lucia Ferreira", "Tobias Lindqvist"],
        "Fireside chat": ["Priya Raman"]}


def test_an_episode_page_of_a_talk_series_is_its_one_talk_given_by_the_speaker_its_section_introduces(run):
    view = extracted(run, "zh-episode-page-speaker-section.md")
    assert talks(view) == {"用 Contoso 调度器排查慢查询": ["林澈"]}  # the '【云帆夜读】#23' heading is no second talk


def test_a_course_lessons_page_is_its_one_talk_and_its_glossed_sections_are_no_talks(run):
    # 'Fabrikam2 Lesson 3 - Title' over '讲师：林澈|Fabrikam 社区贡献者'; '### 模型剪枝（Model Pruning，MP）' is a section
    assert talks(extracted(run, "zh-lesson-page-speaker-label.md")) == {"Contoso 量化部署实践": ["林澈"]}


def test_an_episode_number_before_a_dash_is_no_part_of_the_talks_title(run):
    # '# EP42 — Title' over '- 分享嘉宾：周岚（Contoso 核心开发者，…）'
    assert talks(extracted(run, "zh-episode-ep-number.md")) == {"在 Contoso 中统一管理三种缓存": ["周岚"]}


def test_a_write_up_of_a_numbered_lesson_titles_its_talk_without_the_lessons_number(run):
    # 'title: 第 7 讲 Title' over '本文根据 Contoso 社区第 7 讲林澈的分享整理。'
    assert talks(extracted(run, "zh-lesson-write-up.md")) == {"Fabrikam 调度器源码导读": ["林澈"]}


def test_an_episode_pages_speaker_list_gives_the_one_who_leads_the_talk(run):
    view = extracted(run, "zh-episode-page-speaker-list.md")
    assert talks(view) == {"Fabrikam 网关实战": ["沈一鸣"]}
    assert "何平" in {person["name"] for person in view["people"]}  # the reviewer took part, but gives no talk


def test_an_episode_page_without_a_speaker_section_is_its_authors_talk(run):
    view = extracted(run, "zh-episode-page-author.md")
    assert talks(view) == {"Northwind 存储引擎简介": ["韩磊"]}  # '韩磊@北辰科技': the name before the employer


def test_an_episode_page_is_an_event_of_the_series_its_heading_or_title_names(run):
    # 'title: 第 12 期 …' over '## 【星桥夜话】#12 …'; 'title: 星桥夜话第 13 期：…'
    assert extracted(run, "zh-episode-page-series-in-heading.md")["event"]["name"] == "星桥夜话"
    assert extracted(run, "zh-episode-page-series-in-title.md")["event"]["name"] == "星桥夜话"


def test_a_numbered_meetup_is_no_episode_talk(run):
    view = extracted(run, "zh-numbered-meetup-page.md")
    assert "杭州站" not in " ".join(talks(view))


def test_a_chinese_talk_heading_over_a_paragraph_that_opens_with_its_captioned_speaker_in_varied_forms(run):
    # '开场演讲的…负责人周岚（Lan Zhou），介绍了', '…发起人——韩磊分享了', '林澈以一个交付案例介绍了',
    # '最后，…何平和…沈一鸣共同带来了'
    view = extracted(run, "zh-heading-opening-captions.md")
    assert talks(view) == {"数据管道的演进": ["周岚"], "可编程配置的实践": ["韩磊"],
                           "模型库与工具链": ["林澈"], "规模化运维实践": ["何平", "沈一鸣"]}
    assert affiliations(view)["周岚"] == ("北辰科技", "平台负责人")
    assert affiliations(view)["沈一鸣"] == ("云杉科技", "运维工程师")


def test_numbered_talks_whose_speaker_label_stands_on_its_own_line_over_name_colon_caption(run):
    # '1. Title' / '演讲嘉宾' / 'Aiko: Fabrikam 工程师,开发者大使': the label vouches for a given name alone
    view = extracted(run, "zh-numbered-talks-label-line-apart.txt")
    assert talks(view) == {"用 Contoso 组件搭建交互界面": ["Aiko"], "浏览器里的模型推理": ["Ravi Menon"]}
    assert affiliations(view)["Aiko"] == ("Fabrikam", "工程师")
    assert affiliations(view)["Ravi Menon"] == ("Northwind", "前端工程师")


def test_a_chinese_sentence_whose_speaker_ends_the_clause_before_the_verb_and_the_title(run):
    # '…负责人周岚，跟大家分享了《…》'; '沙龙以《…》为主题' is the event's theme, no talk
    view = extracted(run, "zh-prose-speaker-clause-before-verb.md")
    assert talks(view) == {"开源社区的长期主义与新变化": ["周岚"], "服务网格的落地实践": ["韩磊"]}
    assert affiliations(view)["周岚"] == ("北辰科技", "开源运营负责人")


def test_a_speaker_with_her_organization_in_brackets_gives_a_talk_quoted_later_in_the_sentence(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Scaling Widgets Without Tears"] == ["Jane Doe"]
    assert affiliations(view)["Jane Doe"][0] == "Fabrikam"


def test_her_keynote_quoted_before_the_name_of_the_person_who_speaks_of_it(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["The Future of Gadgets"] == ["Maria Garcia"]


def test_a_lead_in_that_moves_to_the_next_talk_is_no_part_of_its_title(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Building Better Pipelines"] == ["Tom Baker"]
    assert not any(title.startswith("Next up") for title in talks(view))


def test_a_highlight_by_a_described_speaker_is_that_speakers_talk(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Caching at the Edge"] == ["Priya Patel"]


def test_a_persons_talk_named_without_quotes_up_to_its_verb(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Kernel Tricks for Everyone"] == ["Omar Haddad"]


def test_a_workshop_presented_by_two_people_of_one_organization(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Hands-on Plugins: Zero to Hero"] == ["Liam Walsh", "Sofia Rossi"]
    assert affiliations(view)["Sofia Rossi"][0] == "Tailspin Toys"


def test_the_subject_names_her_talk_after_a_colon(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Ten Years of Maps"] == ["Elena Petrova"]
    assert affiliations(view)["Elena Petrova"][0] == "Wide World Importers"


def test_the_subject_gave_a_presentation_whose_title_in_capitals_follows_the_noun(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Exploring the Depths of Symbology"] == ["Kenji Sato"]


def test_in_this_session_opens_the_paragraph_under_a_talks_heading_before_its_speaker(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Debugging the Undebuggable"] == ["Alan Smith"]
    assert affiliations(view)["Alan Smith"][0] == "Litware"


def test_a_page_that_says_in_this_talk_is_one_talk_given_by_the_person_it_names(run):
    view = extracted(run, "one-talk-page-in-this-talk.md")
    assert talks(view) == {"Fast Startup for Every Service": ["Jane Whitfield"]}
    assert affiliations(view)["Jane Whitfield"][1] == "Fabrikam co-founder"


def test_a_talk_noun_before_a_colon_then_title_by_name_at_an_event(run):
    view = extracted(run, "prose-talks-in-a-recap.md")
    assert talks(view)["Why Do Gadgets Matter?"] == ["Nadia Khan"]
    assert affiliations(view)["Nadia Khan"][0] is None
    assert not any(title.startswith("Don't miss") for title in talks(view))


def test_an_embedded_recordings_caption_names_its_speakers_before_the_colon(run):
    view = extracted(run, "captioned-recordings.md")
    assert talks(view)["How Did I Get Here, and Would You Want To?"] == ["Jane Whitfield"]
    assert talks(view)["Gadget Feature Frenzy"] == ["Omar Haddad", "Jane Whitfield"]


def test_a_link_line_captioned_speaker_colon_title_is_a_talk(run):
    view = extracted(run, "captioned-recordings.md")
    assert talks(view)["Maps for Everyone"] == ["Kenji Sato"]


def test_a_chinese_program_heading_name_colon_title_gives_the_talk_not_an_organization_named_like_it(run):
    view = extracted(run, "zh-salon-summary.md")  # '## 2.骆清扬：湖仓一体的实践与思考', numbered
    assert talks(view)["湖仓一体的实践与思考"] == ["骆清扬"]
    assert "湖仓一体的实践与思考" not in {org["name"] for org in view["organizations"]}


def test_a_bold_name_colon_title_over_its_speakers_caption_keeps_the_title_without_the_name(run):
    view = extracted(run, "zh-salon-summary.md")  # '**周岚：…**' over '…量化工程师周岚老师向大家展示了…'
    assert talks(view)["面向企业的可视化看板"] == ["周岚"]
    assert affiliations(view)["周岚"] == ("北辰期货股份有限公司研究所", "量化工程师")


def test_a_speakers_paragraph_that_opens_with_the_name_gives_the_current_post_not_the_degree(run):
    view = extracted(run, "zh-salon-summary.md")  # '骆清扬先生是…硕士，现任云帆数据股份有限公司首席数据分析师。'
    assert affiliations(view)["骆清扬"] == ("云帆数据股份有限公司", "首席数据分析师")


def test_a_speakers_paragraph_name_is_organizations_title_gives_both(run):
    view = extracted(run, "zh-salon-summary.md")  # '沈一鸣是星河大学理学院统计系的副教授', '何平女士是…研究院副院长'
    assert affiliations(view)["沈一鸣"] == ("星河大学理学院统计系", "副教授")
    assert affiliations(view)["何平"] == ("北辰科技大数据研究院", "副院长")


def test_a_chinese_salon_header_labels_its_organizers_and_host_as_people(run):
    view = extracted(run, "zh-salon-summary.md")  # '组织：蔡沐阳 魏思云', '主持：杨若溪', '秘书团： A，B，C', '志愿者： A、B'
    names = {person["name"] for person in view["people"]}
    assert {"蔡沐阳", "魏思云", "杨若溪", "戴语桐", "董思远", "胡晓彤", "孔一凡", "林思齐"} <= names


def test_an_honorific_after_a_chinese_name_is_no_job_title(run):
    view = extracted(run, "zh-salon-summary.md")  # '来自云帆数据股份有限公司的顾明轩先生'
    assert affiliations(view)["顾明轩"] == ("云帆数据股份有限公司", None)


def test_as_before_an_employer_is_no_part_of_its_name(run):
    view = extracted(run, "zh-contributor-announcement.md")  # '沈若宁 作为星河汽车科技基础设施负责人'
    assert affiliations(view)["沈若宁"] == ("星河汽车科技", "基础设施负责人")


def test_a_bracket_after_a_chinese_name_before_a_colon_and_a_title_is_the_employer_not_a_nickname(run):
    view = extracted(run, "zh-salon-summary.md")  # '罗一帆（北岩软件）：当流处理遇到批处理'
    assert affiliations(view)["罗一帆"] == ("北岩软件", None)
    assert "当流处理遇到批处理" not in {org["name"] for org in view["organizations"]}


def test_a_degree_that_opens_a_chinese_bio_is_no_post(run):
    view = extracted(run, "zh-salon-summary.md")  # '孟书瑶：数据科学硕士，星河大学统计学院副教授，…'
    assert affiliations(view)["孟书瑶"] == ("星河大学统计学院", "副教授")


def test_deng_and_men_end_a_list_or_a_plural_not_a_chinese_name(run):
    view = extracted(run, "zh-salon-summary.md")  # '来自业界的技术大咖和数据科学家等'
    assert not [person for person in view["people"] if person["name"].endswith("等")]


def test_a_school_then_a_name_then_an_academic_rank_in_chinese_prose_gives_all_three(run):
    view = extracted(run, "zh-salon-summary.md")  # '北岩理工大学计算机科学与技术学院韩知秋副教授从…介绍了'
    assert affiliations(view)["韩知秋"] == ("北岩理工大学计算机科学与技术学院", "副教授")


def test_a_committee_list_under_its_label_gives_each_member_a_padded_two_character_name_whole(run):
    view = extracted(run, "zh-salon-summary.md")  # '组织委员会：' over '* 乔  安  星河大学统计学院教授', '* 宁思远  星河大学…中心'
    assert affiliations(view)["乔安"] == ("星河大学统计学院", "教授")
    assert affiliations(view)["宁思远"] == ("星河大学统计科学研究中心", None)


def test_guests_a_chinese_sentence_says_were_invited_are_people_and_their_bio_gives_the_post(run):
    view = extracted(run, "zh-salon-summary.md")  # '邀请了**江映雪**和[**许南星**](…)两位嘉宾', '江映雪是…博士，现任…副教授'
    assert affiliations(view)["江映雪"] == ("北岩林业大学经济管理学院", "副教授")
    assert affiliations(view)["许南星"] == (None, None)


def test_a_chinese_name_captioned_by_an_english_sentence_gives_the_title_without_is_a(run):
    view = extracted(run, "zh-talk-guest-english-bio.md")  # '**温以宁**，is a postdoctoral fellow at Contoso Mobility Labs.'
    assert affiliations(view)["温以宁"] == ("Contoso Mobility Labs", "postdoctoral fellow")


def test_chinese_names_apart_by_slashes_in_a_list_of_people_share_the_affiliation_after_them(run):
    view = extracted(run, "zh-salon-summary.md")  # '* 梅清和/苏慕白   青禾数据社区' under '组织委员会：'
    assert affiliations(view)["梅清和"] == affiliations(view)["苏慕白"] == ("青禾数据社区", None)


def test_a_bold_title_inside_a_link_over_date_time_and_speakers_labels_is_a_talk(run):
    view = extracted(run, "linked-bold-titles-over-labels.md")
    assert talks(view) == {"Widgets Made Easy for Everyone": ["Alice Tremblay", "Bruno Castellano"],
                           "Northwind Profiles for Fun": ["Carla Mendes"]}


def test_talk_list_items_each_over_an_indented_sentence_describing_it_give_their_titles_and_speakers(run):
    view = extracted(run, "talk-list-items-with-descriptions.md")
    assert talks(view) == {"Zero-Touch Widgets with Contoso Linux": ["Alice Tremblay"],
                           "Deploy software with widget extensions": ["Bruno Castellano"],
                           "An overview of Northwind - a one-time provisioning tool": ["Carla Mendes"]}


def test_a_bold_sentence_is_no_talk_title_and_names_under_a_bold_sentence_ending_in_a_colon_are_people(run):
    view = extracted(run, "bold-sentences-are-no-titles.md")
    assert talks(view) == {}
    assert {"Bruno Castellano", "Carla Mendes", "Dmitri Volkov"} <= set(affiliations(view))


def test_a_link_to_a_profile_whose_text_is_its_handle_is_a_handle_not_an_organization(run):
    view = extracted(run, "name-headings-with-profile-links.md")
    assert affiliations(view)["Alice Tremblay"] == (None, None)
    assert {"Alice Tremblay", "Bruno Castellano", "Carla Mendes"} <= set(affiliations(view))
    assert "Allie" not in {organization["name"] for organization in view["organizations"]}


def test_list_items_that_open_with_a_start_time_give_the_title_by_name_after_it(run):
    view = extracted(run, "timed-items-title-by-name.md")
    assert talks(view) == {"How I gave my developers access to widgets": ["David Stone"],
                           "How Contoso can help your release management across sites": ["Stuart Charlton"],
                           "Northwind addressed their packaging needs with Contoso": ["John Ryan"]}


def test_a_translation_noted_after_a_talks_speaker_is_no_affiliation(run):
    view = extracted(run, "talk-item-with-translated-title.md")
    assert talks(view)["Null-Aufwand Widgets mit Contoso Linux"] == ["Alice Tremblay"]
    assert affiliations(view)["Alice Tremblay"] == (None, None)


def test_a_heading_that_names_talks_in_the_plural_is_a_section_over_them_not_a_talk(run):
    view = extracted(run, "section-heading-over-several-talks.md")
    assert "Other talks which are relevant to Contoso" not in talks(view)


def test_a_recap_in_traditional_characters_reads_like_one_in_simplified(run):
    # surnames 鄧 and 許, '跟大家分享了', '為大家帶來了': the word lists' entries in traditional characters
    view = extracted(run, "zh-traditional-salon-recap.md")
    assert talks(view) == {"開源社群的長期主義與新變化": ["鄧嵐"], "服務網格的落地實踐": ["許磊"]}
    assert affiliations(view)["許磊"] == ("雲杉科技", "架構師")


def test_corner_brackets_quote_a_title_the_sentence_says_is_brought(run):
    # '由林澈给大家带来的『…』', '周岚为我们带来了「…」'; a 「word」 in another sentence is no talk
    view = extracted(run, "zh-corner-bracket-titles.md")
    assert talks(view) == {"Rust 中容易忽略的细节": ["林澈"], "服务网格的落地实践": ["周岚"]}


def test_a_transcript_that_opens_with_the_speakers_greeting_is_the_talk_of_its_title(run):
    # '大家好，我是…韩磊，很荣幸能在…跟大家分享…' under the page's title, no '本文根据…整理'
    view = extracted(run, "zh-greeting-transcript.md")
    assert talks(view) == {"“云”端知识库：用 TypeScript 全栈打造商业级应用": ["韩磊"]}
    assert affiliations(view)["韩磊"][0] == "北辰科技知识库"


def test_a_plain_text_transcript_whose_title_line_stands_over_the_greeting(run):
    view = extracted(run, "zh-greeting-transcript-plain.txt")
    assert talks(view) == {"数据管道的演进之路": ["许磊"]}


def test_a_chinese_affiliation_is_cut_at_a_whole_name_not_inside_it():
    from ocpkb.ingest.classify import organization_of_unit, split_affiliation

    assert split_affiliation("青禾360首席风险官") == ("青禾360", "首席风险官")  # a number glued to the name is its own
    assert organization_of_unit("青禾恩墨 2031") == "青禾恩墨"  # a year set apart is not
    assert split_affiliation("星河之都理事委员") == ("星河之都", "理事委员")  # a name joined by 之
    assert split_affiliation("北岩医疗首席数据科学家") == ("北岩医疗", "首席数据科学家")  # industry words end names
    assert split_affiliation("云帆咨询总裁") == ("云帆咨询", "总裁")
    assert split_affiliation("Contoso中国区数据总监") == ("Contoso", "中国区数据总监")  # a sales region is the post's
    assert split_affiliation("Fabrikam 社区负责人") == ("Fabrikam 社区", "负责人")  # 社区 is no region
    assert split_affiliation("会议主席") == (None, "会议主席")  # the conference's chair: no employer
    assert split_affiliation("组委会主席") == (None, "组委会主席")


def test_a_caption_line_of_roles_is_a_person_and_a_highlights_heading_no_talk(run):
    # 'Fabrikam 创始人、青禾社区 TOC —— 林澈' under '## 1. 精彩瞬间' (a numbered section heading)
    view = extracted(run, "zh-caption-lines-and-highlights.md")
    assert talks(view) == {"服务网格的落地实践": ["周岚"]}
    assert affiliations(view)["林澈"] == ("Fabrikam", "创始人")


def test_a_biography_that_opens_with_a_label_gives_the_post_it_names_first(run):
    # '**简介：** 江映雪，北岩大学统计系教授，…' before '江映雪教授是星河科学院院士' (a membership, no post)
    view = extracted(run, "zh-bio-with-label.md")
    assert affiliations(view)["江映雪"] == ("北岩大学统计系", "教授")


def test_a_program_item_whose_speaker_has_her_organization_glued_before_the_lecture_verb(run):
    # '- Title，星河咨询林澈主讲。'; '东道主青禾基因主讲' is an organization, no speaker
    view = extracted(run, "zh-lectured-items.md")
    assert talks(view) == {"网络内容挖掘与用户行为分析": ["林澈"], "时间序列用于投资建模": ["周岚"]}
    assert affiliations(view)["林澈"] == ("星河咨询", None)


def test_a_talk_noun_before_a_colon_labels_the_title_that_follows_it(run):
    """'Workshop: Title', 'Panel Session: Title' head their talks like 'Talk: Title'; 'Keynote: Name, Org' names no talk."""
    titles = talks(extracted(run, "talk-kind-labels-then-abstract.adoc"))
    assert {"Building Widgets in a Day", "Ten Years of Widgets", "Gadgets at Scale"} <= set(titles)
    assert not any("Lena Fischer" in title for title in titles)


def test_the_abstract_under_a_talk_title_opens_with_its_speaker_and_a_speech_verb(run):
    """'Northwind champion Priya Raman teaches…', 'In this session, Tomas Berg (Principal Engineer at
    Northwind Systems) offers…', '… Mark Hill will show…': the words before the name describe the speaker."""
    view = extracted(run, "talk-kind-labels-then-abstract.adoc")
    assert talks(view)["Building Widgets in a Day"] == ["Omar Haddad"]
    assert talks(view)["Gadgets at Scale"] == ["Priya Raman"]
    assert talks(view)["Sprockets Without Tears"] == ["Tomas Berg"]
    assert talks(view)["Cogs for Everyone"] == ["Mark Hill"]
    assert affiliations(view)["Tomas Berg"] == ("Northwind Systems", "Principal Engineer")
    assert talks(view)["Ten Years of Widgets"] == []  # 'Widget experts will form the panel' names no one


def test_a_speaker_line_that_ends_in_the_time_they_speak_lists_names_with_no_organization(run):
    """'*Title*' over 'Lena Fischer and Mark Hill – 4.30pm': two speakers; '4.30pm' is no organization."""
    view = extracted(run, "linked-titles-over-timed-speakers.adoc")
    assert talks(view)["Sprockets for everyone"] == ["Lena Fischer", "Mark Hill"]
    assert affiliations(view)["Mark Hill"] == (None, None)


def test_a_linked_title_alone_on_its_line_over_its_timed_speakers_is_a_talk(run):
    """'https://…[Title] +' over 'Omar Haddad, Priya Raman – 3pm' (also 'Name - Wednesday 12.45pm')."""
    view = extracted(run, "linked-titles-over-timed-speakers.adoc")
    assert talks(view)["Cloud-native widgets done right"] == ["Omar Haddad", "Priya Raman"]
    assert talks(view)["Gadgets meet open source"] == ["Tomas Berg"]


def test_an_asciidoc_list_item_that_is_a_linked_title_over_its_attached_abstract_is_a_talk(run):
    """'* https://…[Title]' then '+' then 'Fabrikam champion Wei Chen explains…': the abstract names the speaker."""
    assert talks(extracted(run, "linked-titles-over-timed-speakers.adoc"))["Gizmos in the Cloud"] == ["Wei Chen"]


def test_a_list_of_announced_talks_by_names_with_organizations_keeps_the_organization_off_the_speakers(run):
    # '* [Title](…) by Jane Doe (Northwind) and Wei Chen (Tailspin Labs)': the last bracket is Wei Chen's
    # organization, not the talk's speaker; one talk an item, no 'Title by …' duplicate
    view = extracted(run, "announced-talks-by-name-and-organization.md")
    assert talks(view) == {"Surviving the Cloud with Widgets": ["Jane Doe", "Wei Chen"],
                           "Stateless Widget Security": ["Omar Haddad"]}
    assert affiliations(view)["Omar Haddad"] == ("Fabrikam", None)
    assert "Fabrikam" not in {person["name"] for person in view["people"]}


def test_a_heading_ending_in_a_colon_that_names_sessions_is_a_section_and_no_session(run):
    # '## Contoso sessions:' introduces what follows; '## Breakout sessions' is a session of the program
    assert set(talks(extracted(run, "session-section-headings.md"))) == {"Breakout sessions"}


def test_four_digit_clock_times_start_time_slots(run):
    """'1400-1425: **Title**', '14:30-1455:', '1500-15:25:' and '18:30-1900:' are slots (a year range such as
    '2029-2030' is none); the title keeps no '1455:'."""
    assert talks(extracted(run, "four-digit-clock-slots.md")) == {
        "Welcome and the road to Contoso 2.0": ["Marta Lindqvist", "Omar Haddad"],
        "Widgets without downtime": ["Wei Chen"],
        "Sprocket pipelines in practice": ["Priya Raman"],
        "Gadget dev environments": ["Kim Lee", "Ana Ruiz"]}


def test_a_given_name_in_brackets_after_a_name_is_what_the_person_is_called_not_an_employer(run):
    """'Robert Kowal (Bob) presented …', 'Elizabeth Marsh (Liz) from …': no organization 'Bob' or 'Liz';
    'Omar Haddad (Fabrikam)' keeps his."""
    view = extracted(run, "nickname-in-brackets.md")
    assert affiliations(view)["Robert Kowal"] == (None, None)
    assert affiliations(view)["Elizabeth Marsh"] == (None, None)
    assert affiliations(view)["Omar Haddad"] == ("Fabrikam", None)
    assert {org["name"] for org in view["organizations"]} == {"Fabrikam"}


def test_a_sponsor_named_by_a_link_keeps_the_whole_link_text(run):
    """'Thanks to our media sponsor [Tailspin at Play](…) for …' (and the reStructuredText link): the name runs
    to the link's end, not to its 'at'."""
    for name in ("sponsor-named-by-a-link.md", "sponsor-named-by-a-link.rst"):
        assert {org["name"] for org in extracted(run, name)["organizations"]} == {"Tailspin at Play"}


def test_a_page_listing_several_dated_events_names_none_of_their_hosts_as_organizers(run):
    result = run("ingest", "--json", LAYOUTS / "event-lineup-hosts.md", "--data", REGISTRY)
    view = json.loads(result.stdout)
    assert view["event"]["name"] is None and view["event"]["organizers"] == []


def test_list_items_each_linking_an_event_with_its_own_day_and_city_are_a_calendar_of_no_single_event(run):
    # '1. On May 3rd, Jane Doe will be at [FabrikamConf](…) in Lyon …', then Porto, then Madrid
    view = json.loads(run("ingest", "--json", LAYOUTS / "event-calendar-list-items.md", "--data", REGISTRY).stdout)
    assert (view["event"]["name"], view["event"]["start_date"], view["event"]["location"]["city"]) == (None, None, None)
    assert any(reason.startswith("The page lists several events") for reason in view["review"])


def test_the_street_address_under_a_where_heading_is_no_talk(run):
    view = extracted(run, "meetup-where-and-open-slot.md")
    assert not any("Havnegade" in title for title in talks(view))


def test_an_item_inviting_your_talk_is_no_talk(run):
    view = extracted(run, "meetup-where-and-open-slot.md")
    assert talks(view) == {"Streaming uploads without tears": ["Maja Lindholm"]}


def test_a_heading_over_a_talks_account_and_a_presenter_sub_heading_with_profile_links_is_their_talk(run):
    view = extracted(run, "talk-headings-over-presenter-headings.md")
    assert talks(view) == {"Widgets and Gadgets": ["Maja Lindholm"]}


def test_a_list_of_recordings_titled_with_speakers_in_capitals_gives_each_talk_and_speaker(run):
    view = extracted(run, "recordings-title-dash-names-in-capitals.md")
    assert talks(view) == {"Keynote": ["JANE DOE", "OMAR HADDAD"],
                           "Components Without Tears": ["LENA BRANDT"],
                           "Faster Builds with the Fabrikam Compiler": ["PRIYA RAMAN"],
                           "Testing the Northwind Way": ["WEI CHEN"]}


def test_headings_of_talk_notes_ending_in_a_name_vouch_for_names_the_parser_does_not_know(run):
    view = extracted(run, "talk-notes-title-dash-name-headings.md")
    assert talks(view)["Building a Mature Warehouse"] == ["Orsel Bravadi"]
    assert talks(view)["Incremental Models for Fabrikam's Needs"] == ["Juniper Falkowska"]
    assert talks(view)["Smaller Black Boxes"] == ["Kemal Ostrowski"]


def test_one_item_of_a_list_ending_in_a_dash_and_a_name_makes_no_talk(run):
    view = extracted(run, "list-with-one-dash-name.md")
    assert talks(view) == {}


def test_a_list_of_items_ending_in_a_dash_and_a_room_gives_no_speakers(run):
    view = extracted(run, "program-items-dash-room.md")
    assert not any(talks(view).values())


def test_a_chinese_page_over_an_english_table_is_chinese(run):
    # a Chinese introduction over a table of English titles and names: the prose says what the page is written in
    assert extracted(run, "zh-intro-over-english-table.md")["language"] == "zh"


def test_clock_times_written_with_a_dot_start_a_programs_rows(run):
    """'09.00' alone in a program's time cell is a time, as European programs write it (each room's
    cell then one talk)."""
    assert talks(extracted(run, "dotted-clock-program.html")) == {
        "Opening the summit": ["Jane Whitfield"], "Subtitles at scale": ["Omar Haddad"],
        "Hardware decoders today": ["Priya Raman"], "Lunch": []}


def test_a_timed_programs_cell_of_title_name_and_organization_gives_the_speaker(run):
    """'10:00 | Subtitles at scale, Omar Haddad, Fabrikam': after the title's comma a name, then its organization."""
    view = extracted(run, "agenda-cells-title-comma-speaker.md")
    assert talks(view) == {"Subtitles at scale": ["Omar Haddad"], "Decoders today": ["Priya Raman"],
                           "Streaming at the edge": ["Jane Whitfield"]}
    assert affiliations(view)["Omar Haddad"][0] == "Fabrikam"



def test_a_list_inside_an_item_on_its_line_is_read_without_its_markers(run):
    """'-   -   Location: Lyon, France, …' then '    -   Date: 2031-04-11': both labels are read."""
    event = extracted(run, "nested-list-item-on-one-line.md")["event"]
    assert (event["start_date"], event["location"]["city"]) == ("2031-04-11", "Lyon")


def test_talk_headings_each_over_an_abstract_label_then_a_bio_label_give_each_talk_its_speaker(run):
    view = extracted(run, "talk-headings-abstract-bio.md")  # '#### Title', '##### Abstract:', '##### Bio:', 'Jane Doe is …'
    assert talks(view) == {"Comparing Fuzzers for Embedded Firmware": ["Marta Lindqvist"],
                           "Keeping Secrets Out of Repositories": ["Tomas Berg"]}
