"""Names an English recap uses for something other than an organization taking part, in a small
post written for these tests (not copied text): a building the event was held in, named after
its state, an academic degree in brackets after a person's
name, a well-known name before a lesson word (the subject taught) or inside a product's name, and a
common word after a job title's 'of' ('Ambassador of Fun')."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"
POST = "prose-venues-degrees-lessons.md"


def extracted(run) -> dict:
    return json.loads(run("ingest", "--json", POSTS / POST, "--data", REGISTRY).stdout)


def organization_names(run) -> list[str]:
    return [organization["name"] for organization in extracted(run)["organizations"]]


def test_a_center_named_after_a_state_is_a_venue(run):
    # 'The talks were at the Ohio Center'
    assert "Ohio Center" not in organization_names(run)


def test_a_well_known_name_before_a_lesson_word_is_the_subject_taught(run):
    # 'spent the first morning on the GitHub lesson'
    assert "GitHub" not in organization_names(run)


def test_a_degree_in_brackets_is_no_organization(run):
    # 'Dana Whitfield (MSc)'
    assert "MSc" not in organization_names(run)
    assert all(person["organization"] != "MSc" for person in extracted(run)["people"])


def test_a_degree_and_a_role_before_a_university_give_the_title_and_the_university(run):
    # 'Lina Okafor (PhD Student Fabrikam University)'
    people = {person["name"]: person for person in extracted(run)["people"]}
    assert people["Lina Okafor"]["organization"] == "Fabrikam University"
    assert people["Lina Okafor"]["title"] == "PhD Student"


def test_a_degree_in_brackets_vouches_for_the_person(run):
    # 'Instructors: Dana Whitfield (MSc) and …'
    assert "Dana Whitfield" in [person["name"] for person in extracted(run)["people"]]


def test_well_known_names_listed_before_a_lesson_word_are_subjects_taught(run):
    # 'The second day covered the Twitter and SQL lessons'
    assert "Twitter" not in organization_names(run)


def test_a_well_known_name_after_another_capitalized_word_ends_a_longer_name(run):
    # 'questions went to the Tailspin Carpentry Google folder'
    assert "Google" not in organization_names(run)


def test_a_well_known_name_before_a_capitalized_dictionary_word_names_a_product(run):
    # 'Two learners asked to learn Microsoft Refine next time.'
    assert "Microsoft" not in organization_names(run)


def test_a_common_word_after_a_job_title_s_of_is_part_of_the_title(run):
    # 'which Kim Berg, the Contoso Ambassador of Fun, led with a bell'
    people = {person["name"]: person for person in extracted(run)["people"]}
    assert people["Kim Berg"]["title"] == "Ambassador of Fun"
    assert "Fun" not in organization_names(run)


def test_the_board_after_a_job_title_s_of_is_part_of_the_title(run):
    # 'Helpers: Ravi Shah (Chair of the Board) and …'
    people = {person["name"]: person for person in extracted(run)["people"]}
    assert (people["Ravi Shah"]["organization"], people["Ravi Shah"]["title"]) == (None, "Chair of the Board")


def test_a_well_known_name_and_its_short_form_before_a_platform_word_name_a_service(run):
    # 'Each learner had one of the Amazon Web Services (AWS) instances.'
    assert "Amazon Web Services" not in organization_names(run)


def test_a_well_known_name_listed_after_a_plural_common_noun_is_a_tool(run):
    # 'Tools used included etherpads, GitLab, video calls and a shared folder.'
    assert "GitLab" not in organization_names(run)


def test_a_well_known_name_before_a_colon_and_at_a_handle_labels_a_link(run):
    # '- Docker: at [@northwindcarpentry](…) for the slides.'
    assert "Docker" not in organization_names(run)
