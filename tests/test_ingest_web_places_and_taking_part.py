"""English people and organizations, on fixtures written for these tests (not copied text): a link's
text that names a web place of a project named for a person ('Rosalind Website') is no person, nor a
well-known organization's product among a talk's speakers ('Amazon Widgets'); the
organizations a sentence says its talks or people came from, when it names their kind ('talks from
organizations including …'), a name of a person's shape among them; a project's creator is a job title
('Creator @ Adatum' names Adatum); the logos an AsciiDoc page sets under its sponsors' heading, by their
named 'alt=' text, and no heading that also names the talks ('Talks and Sponsors Announced') as a
sponsors' one."""

from conftest import ROOT, affiliations, ingest_view, talks

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def extracted(run, name: str) -> dict:
    return ingest_view(run, LAYOUTS / name)


def test_a_link_to_a_projects_website_wiki_or_channel_names_no_person(run):
    view = extracted(run, "meetup-project-links.md")
    assert {person["name"] for person in view["people"]} == {"Lena Brandt", "Omar Haddad"}
    assert not talks(view)  # the links under 'Stay in touch' are no talk's speakers


def test_a_platform_word_that_is_also_a_surname_still_ends_a_name():
    from ocpkb.ingest.classify import names_a_web_place

    assert names_a_web_place("Rosalind Website") and names_a_web_place("Planet Rosalind YouTube")
    assert not names_a_web_place("Quinn Slack")  # a platform's name that is an English word, a surname too
    assert not names_a_web_place("Ellen Page")  # a platform word among the commonest surnames
    assert not names_a_web_place("Website")


def test_talks_from_a_kind_of_organization_name_the_organizations_that_took_part(run):
    view = extracted(run, "summit-agenda-companies.md")
    assert {"Pemberton Haddad", "Fabrikam", "Adatum"} <= {org["name"] for org in view["organizations"]}
    assert not view["people"]  # a company's name of a person's shape, after 'organizations including'


def test_talks_from_a_name_alone_name_no_organization_and_a_kind_lets_a_persons_shape_in():
    from ocpkb.ingest.organizations import people_from

    assert people_from("There were talks from Contoso users and maintainers.") == []  # a project's people
    assert people_from("Engineers from companies such as Pemberton Haddad and Fabrikam joined.") \
        == ["Pemberton Haddad", "Fabrikam"]
    assert people_from("Engineers from Pemberton Haddad and Fabrikam joined.") == ["Fabrikam"]  # no kind: a person


def test_a_creator_before_the_at_sign_is_a_job_title_and_the_name_after_it_the_employer(run):
    view = extracted(run, "speakers-title-at-org.md")
    assert affiliations(view)["Omar Haddad"] == ("Adatum", "Creator")
    assert affiliations(view)["Lena Brandt"] == ("Fabrikam", "Senior Software Engineer")
    assert {org["name"] for org in view["organizations"]} == {"Fabrikam", "Adatum"}


def test_the_logos_under_an_asciidoc_sponsors_heading_name_the_sponsors(run):
    view = extracted(run, "talks-and-sponsors.adoc")
    assert {org["name"] for org in view["organizations"]} == {"Contoso", "Fabrikam Labs"}


def test_a_heading_that_names_talks_in_the_plural_heads_no_list_of_sponsors():
    from ocpkb.ingest.organizations import sponsor_heading
    from ocpkb.ingest.segment import Block

    assert not sponsor_heading(Block("heading", "Talks and Sponsors Announced for Widget Party 2025", 1, 1))
    assert not sponsor_heading(Block("heading", "Our keynotes and sponsors", 1, 2))
    assert sponsor_heading(Block("heading", "Thank you, sponsors!", 1, 2))


def test_a_well_known_organizations_product_among_a_talks_speakers_is_no_speaker(run):
    view = extracted(run, "program-product-in-speakers.md")
    assert talks(view)["Securing the widget shell"] == ["Lena Brandt", "Omar Haddad"]
    assert {person["name"] for person in view["people"]} == {"Lena Brandt", "Omar Haddad", "Wei Chen"}


def test_a_well_known_name_that_is_also_a_given_name_still_opens_a_persons_name():
    from ocpkb.ingest.classify import names_a_known_organizations_thing

    assert names_a_known_organizations_thing("Amazon Widgets")
    assert not names_a_known_organizations_thing("Dell Okafor")  # Dell is a given name too
    assert not names_a_known_organizations_thing("Amazon")
