"""Organizations and organizers named in the sentences of an English recap: small posts written
for these tests (not copied text). A list after 'organised by' goes on past a name that only looks
like a person's after 'the'; institutions that 'teamed up to' teach a workshop, or whose
'collaboration' it was, organize it; a name runs on through 'for', a word like 'eScience' and the
city after 'College'; a team named after a place or a person, and a well-known name used as a
tool or a time, are no organization."""

import json

from conftest import ROOT

POSTS = ROOT / "tests" / "ingest" / "posts"
REGISTRY = ROOT / "tests" / "ingest" / "registry"


def extracted(run, name: str) -> dict:
    return json.loads(run("ingest", "--json", POSTS / name, "--data", REGISTRY).stdout)


def organization_names(run, name: str) -> list[str]:
    return [organization["name"] for organization in extracted(run, name)["organizations"]]


def test_an_organizer_list_goes_on_past_a_name_after_the_that_looks_like_a_person(run):
    # '… jointly organised by the NWD and the Fabrikam Garden Meise as part of …'
    assert extracted(run, "prose-partners.md")["event"]["organizers"] == ["NWD"]


def test_an_institution_name_runs_on_through_for(run):
    # 'the Woodgrove Institute for Computation lent its laptops'
    assert "Woodgrove Institute for Computation" in organization_names(run, "prose-partners.md")


def test_an_institution_name_keeps_a_word_that_opens_in_lowercase(run):
    # 'Sung Bae of the Tailspin eScience Institute'
    assert "Tailspin eScience Institute" in organization_names(run, "prose-partners.md")


def test_an_initiative_is_an_organization(run):
    assert "Northwind Initiative" in organization_names(run, "prose-partners.md")


def test_a_team_named_after_a_place_or_a_person_is_no_organization(run):
    # 'Cakes came from the Lyon team and from Dana Whitfield's team.'
    names = organization_names(run, "prose-partners.md")
    assert "Lyon team" not in names and "Dana Whitfield's team" not in names


def test_a_known_name_used_as_a_tool_or_a_time_is_no_organization(run):
    # 'followed their GitHub notifications', 'the pre-GitHub days'
    assert "GitHub" not in organization_names(run, "prose-partners.md")


def test_institutions_that_teamed_up_to_teach_a_workshop_organize_it(run):
    # 'the Contoso University Libraries and Fabrikam State University Libraries teamed up to teach the first … workshops'
    organizers = extracted(run, "prose-joint-organizers.md")["event"]["organizers"]
    assert {"Contoso University Libraries", "Fabrikam State University Libraries"} <= set(organizers)


def test_a_workshop_that_was_a_collaboration_between_institutions_is_organized_by_them(run):
    # 'The second workshop was a collaboration between the Woodgrove Institute for Computation and
    # the Northwind College Library.'
    organizers = extracted(run, "prose-joint-organizers.md")["event"]["organizers"]
    assert {"Woodgrove Institute for Computation", "Northwind College Library"} <= set(organizers)


def test_people_who_teamed_up_organize_nothing(run):
    # 'Jane Doe and Priya Raman teamed up to run the help desk'
    organizers = extracted(run, "prose-joint-organizers.md")["event"]["organizers"]
    assert not {"Jane Doe", "Priya Raman"} & set(organizers)


def test_a_city_after_a_college_or_university_ends_its_name(run):
    # 'from University College Lyon and Tailspin College London'
    names = organization_names(run, "prose-joint-organizers.md")
    assert {"University College Lyon", "Tailspin College London"} <= set(names)


def test_two_names_joined_by_and_are_two_when_the_first_has_its_head_before_its_last_word(run):
    # 'the Contoso University Libraries and Fabrikam State University Libraries'
    names = organization_names(run, "prose-joint-organizers.md")
    assert "Contoso University Libraries and Fabrikam State University" not in names


def test_the_stop_of_st_louis_ends_no_item_of_a_list_of_organizations(run):
    # '…, Tailspin Reserve Bank of St. Louis, Litware Data Services, Woodgrove College and …'
    names = organization_names(run, "prose-partners.md")
    assert "Louis" not in names and "Litware Data Services" in names


def test_a_team_named_by_its_functions_joined_with_and_is_no_organization(run):
    # 'Our thanks go to the Workshops and Instruction Team for the room bookings.'
    assert "Workshops and Instruction Team" not in organization_names(run, "prose-partners.md")


def test_a_platform_where_something_happened_is_no_organization(run):
    # 'All slides are on GitHub, and the GitHub issues of …', 'our Slack', 'streamed on YouTube'
    names = organization_names(run, "platforms-in-passing.md")
    assert not {"GitHub", "Slack", "YouTube"} & set(names)
    assert "Fabrikam Foundation" in names


def test_a_platform_is_an_employer_and_an_organization_that_acts(run):
    # '- Jane Holloway, GitHub'; 'GitLab announced its sponsorship of the next edition'
    data = extracted(run, "platforms-that-take-part.md")
    assert {"name": "Jane Holloway", "organization": "GitHub"}.items() <= next(
        person for person in data["people"] if person["name"] == "Jane Holloway").items()
    assert {"GitHub", "GitLab"} <= set(organization_names(run, "platforms-that-take-part.md"))
