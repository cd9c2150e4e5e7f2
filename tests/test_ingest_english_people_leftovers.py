"""English people in shapes earlier rules left alone, on fixtures written for these tests (not copied
text): a team after the employer in an affiliation bracket, a job and employer before the name,
surname initials, a firm named by a partner, bold names before a speech verb, a given name alone after
the whole name."""

from conftest import ROOT, affiliations, ingest_view, organizations_of, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_team_after_the_employer_in_an_affiliation_bracket_is_no_organization(run):
    view = extracted(run, "meetup-affiliation-teams.md")
    assert organizations_of(view)["Lena Brandt"] == "Contoso"  # '(Contoso, RBE)'
    assert organizations_of(view)["Omar Haddad"] == "Fabrikam"  # '(Fabrikam, Widgets)'
    names = {organization["name"] for organization in view["organizations"]}
    assert not names & {"RBE", "Widgets"}


def test_a_job_and_employer_before_a_name_set_off_by_commas_are_that_persons(run):
    view = extracted(run, "recap-job-before-name.md")
    assert affiliations(view)["Lena Brandt"] == ("Contoso Foundation", "Executive Director")
    assert affiliations(view)["Omar Haddad"] == ("Fabrikam Labs", "Head of Engineering")  # "…, Name's keynote"


def test_a_given_name_then_a_surname_initial_is_a_speaker_so_the_program_line_splits(run):
    view = extracted(run, "program-surname-initials.md")
    assert talks(view)["Making a puzzle game in a month"] == ["Jane D."]


def test_a_dated_note_that_a_talk_was_added_by_someone_is_no_talk(run):
    view = extracted(run, "program-surname-initials.md")
    assert set(talks(view)) == {"Caching shaders on a budget", "Making a puzzle game in a month"}


def test_a_firm_named_by_two_partners_joined_by_an_ampersand_is_one_organization(run):
    view = extracted(run, "meetup-firm-and-field.md")
    assert organizations_of(view)["Omar Haddad"] == "Brandt & Okafor"


def test_a_field_of_work_for_a_product_stays_in_the_job_title(run):
    view = extracted(run, "meetup-firm-and-field.md")
    assert affiliations(view)["Lena Brandt"] == (None, "Director of Product Management for Widgets")
    assert affiliations(view)["Wei Chen"] == ("Contoso Labs", "Director of Product Management")  # for an organization


def test_bold_names_in_list_items_before_a_speech_verb_are_the_speakers(run):
    view = extracted(run, "meetup-bold-speakers.md")
    assert organizations_of(view)["Lena Brandt"] == "Fabrikam"  # '- A and B from Org will share …'
    assert organizations_of(view)["Omar Haddad"] == "Fabrikam"
    assert {"Wei Chen", "Priya Raman"} <= set(organizations_of(view))  # 'will talk about', 'will preview'


def test_a_given_name_alone_after_the_whole_name_is_that_person(run):
    names = [person["name"] for person in extracted(run, "recap-given-names-later.md")["people"]]
    assert names.count("Marisol Okafor") == 1 and "Marisol" not in names  # '[Marisol](…)' after 'Marisol Okafor'


def test_a_given_name_alone_that_opens_two_whole_names_stays_as_written(run):
    names = [person["name"] for person in extracted(run, "recap-given-names-later.md")["people"]]
    assert {"Tobias", "Tobias Lindqvist", "Tobias Renner"} <= set(names)
