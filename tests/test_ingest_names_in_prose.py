"""Names read from the sentences of English recaps and announcements: small posts written for these
tests (not copied text). A sponsor's tier written before its name ('our Diamond Sponsor Contoso Labs')
is no part of the name; a full name of three or four words after
'Presented by' that opens with a given name of any country is one person, no organization and name;
those an announced collaboration coming on a date is between organize the event; the team of the
project a recap is about (its title names it) is no organization; an organization thanked beside the
event's organizer team organized it; a spokesperson quoted after 'said' takes part, with the job title and
organization written after the name, and so does one whose job title and organization a sentence sets off by
commas before its speech verb ('Jane Doe, a Professor of … at Contoso University, gave …'); who 'held the opening keynote' takes part."""

from conftest import ROOT, ingest_view, organization_names

POSTS = ROOT / "tests" / "ingest" / "posts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, POSTS / name)


def test_a_sponsor_tier_before_a_name_is_no_part_of_it(run):
    # 'support from our Diamond Sponsor [Fabrikam Labs](…)'
    names = organization_names(extracted(run, "sponsor-tier-before-name.md"))
    assert "Fabrikam Labs" in names
    assert not any("Sponsor" in name for name in names)


def people(view: dict) -> dict[str, str | None]:
    return {person["name"]: person["organization"] for person in view["people"]}


def test_a_full_name_of_three_words_after_presented_by_is_one_person(run):
    # 'Presented by Rodrigo Valente Moreira': a given name of another country opens a full name
    view = extracted(run, "presented-by-long-full-name.md")
    assert people(view)["Rodrigo Valente Moreira"] is None
    assert "Rodrigo" not in organization_names(view)


def test_an_organization_before_a_name_after_presented_by_is_still_its_employer(run):
    # 'Presented by Contoso Labs Jane Doe'
    assert people(extracted(run, "presented-by-long-full-name.md"))["Jane Doe"] == "Contoso Labs"


def test_those_an_announced_collaboration_on_a_date_is_between_organize_it(run):
    # 'We are excited to announce the first-ever collaboration between Write the Manuals and Fabrikam
    # Help, coming May 4-6, 2031.' ('the' inside a name: 'Write the Manuals')
    organizers = extracted(run, "announced-first-collaboration.md")["event"]["organizers"]
    assert organizers == ["Write the Manuals", "Fabrikam Help"]


def test_an_announced_collaboration_without_a_date_organizes_nothing(run):
    # 'We also announce a collaboration between Northwind Traders and Tailspin Toys on a new plugin.'
    organizers = extracted(run, "announced-first-collaboration.md")["event"]["organizers"]
    assert "Northwind Traders" not in organizers


def test_the_team_of_the_project_a_recap_is_about_is_no_organization(run):
    # '# Contosod at Fabrikam Summit 2031' … 'Contosod team will be at the booth all day'
    assert "Contosod team" not in organization_names(extracted(run, "project-own-team.md"))


def test_another_company_s_team_is_still_an_organization(run):
    # '… with engineers from the Northwind Systems team.'
    assert "Northwind Systems team" in organization_names(extracted(run, "project-own-team.md"))


def test_an_organization_thanked_beside_the_organizer_team_organized_the_event(run):
    # 'We would like to thank Fabrikam Software Foundation and the conference organizer team for …';
    # 'We also thank Northwind Traders and Tailspin Toys for the coffee.' names no organizer
    organizers = extracted(run, "thanked-with-organizer-team.md")["event"]["organizers"]
    assert organizers == ["Fabrikam Software Foundation"]


def titled_people(view: dict) -> dict[str, tuple]:
    return {person["name"]: (person["organization"], person["title"]) for person in view["people"]}


def test_a_spokesperson_quoted_after_said_is_a_person_with_title_and_organization(run):
    found = titled_people(extracted(run, "spokespeople-said.md"))
    assert found["Wei Chen"] == ("Northwind", "chief architect")  # '“…,” said Wei Chen, Northwind’s chief architect.'
    assert found["Omar Haddad"] == ("Tailspin", "CTO")  # '“…,” said Omar Haddad, CTO, Tailspin.'


def test_a_long_job_title_set_off_by_commas_before_a_speech_verb_gives_the_person(run):
    # 'Jane Doe, a Professor of … from the Northwind Satellite Imaging Centre at Fabrikam University, gave the first presentation.'
    organization, title = titled_people(extracted(run, "appositive-speaker.md"))["Jane Doe"]
    assert organization == "Fabrikam University"
    assert title.startswith("Professor of Spatial Data Visualization")


def test_who_held_a_keynote_takes_part_also_with_particles_in_the_name(run):
    # 'Our Fabrikam colleague Ana Ruiz de la Vega held the opening keynote of the day'
    assert "Ana Ruiz de la Vega" in titled_people(extracted(run, "held-the-keynote.md"))


def test_a_dictionary_word_before_a_name_with_a_particle_is_no_part_of_it(run):
    # 'At a recent Contoso Office Hours Pieter de Vries gave a demo'
    names = titled_people(extracted(run, "held-the-keynote.md"))
    assert "Pieter de Vries" in names
    assert "Hours Pieter de Vries" not in names


def test_a_name_that_opens_with_a_common_first_name_is_a_participant_wherever_a_sentence_names_it(run):
    # 'Mike McAllister opened the evening', '… and Christine Vasquez-Holt showed …': no layout, no speech verb list
    names = people(extracted(run, "recap-names-in-sentences.md"))
    assert {"Mike McAllister", "Christine Vasquez-Holt", "Daniel LaPointe"} <= set(names)


def test_a_name_with_accented_letters_is_read_as_its_plain_spelling_would_be(run):
    # 'José Ibarrola': the name dictionary spells the first name 'Jose'
    assert "José Ibarrola" in people(extracted(run, "recap-names-in-sentences.md"))


def test_a_name_of_three_words_is_read_whole(run):
    # 'Luigi Mario Benedetti walked us through …': not 'Mario Benedetti'
    names = people(extracted(run, "recap-names-in-sentences.md"))
    assert "Luigi Mario Benedetti" in names and "Mario Benedetti" not in names


def test_the_post_author_and_the_photographers_are_no_participants(run):
    # the byline and front matter name the author; 'Photos by A and B' names who took the pictures
    names = set(people(extracted(run, "recap-names-in-sentences.md")))
    assert not names & {"Priya Ramaswamy", "Omar Castellanos", "Rebecca Thornbury"}


def test_a_month_or_an_abbreviated_surname_is_no_name(run):
    # 'The June Eventbrite page', 'Carlos St. Clair' (the name stops at no abbreviation)
    names = set(people(extracted(run, "recap-names-in-sentences.md")))
    assert not any(name.startswith("June") or name.endswith(" St") for name in names)


def test_a_talk_item_that_goes_on_as_a_sentence_gives_its_bracketed_speaker(run):
    # '- **Title:** Jane Doe (Contoso) talked about …': no speaker line, a sentence after the talk's title
    names = people(extracted(run, "recap-talk-items-as-sentences.md"))
    assert names["Wendell Okonjo"] == "Contoso" and names["Marisol Quintanar"] == "Northwind Traders"


def test_a_name_that_links_to_a_persons_account_is_a_participant(run):
    # '[Dawit Tesfaye](https://github.com/dtesfaye)': a code-hosting or social account's page names a person
    names = people(extracted(run, "recap-moderators-account-links.md"))
    assert {"Dawit Tesfaye", "Ngozi Adeyemi", "Thiago Brandão"} <= set(names)
