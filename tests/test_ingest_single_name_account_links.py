"""A single word that is a given name and links to one account's page on GitHub, GitLab, Twitter/X or
LinkedIn ('[Mark](https://github.com/markvz/)') names a person, as a full name linked so does; a word
that is no given name ('[Twitter](https://twitter.com/contoso)') names none, nor does a linked name after
'photographer' or one alone after 'by' on its line (a section's writer). The post is written for these tests."""

from conftest import ROOT, ingest_view

POST = ROOT / "tests" / "ingest" / "posts" / "single-name-account-links.md"


def people(run) -> set[str]:
    return {person["name"] for person in ingest_view(run, POST)["people"]}


def test_a_given_name_linked_to_an_account_page_is_a_person(run):
    assert {"Mark", "Priya"} <= people(run)


def test_a_word_that_is_no_given_name_linked_to_an_account_page_is_none(run):
    assert "Twitter" not in people(run)


def test_the_photographer_linked_to_an_account_page_took_no_part(run):
    # 'Thanks to our photographer [Lena](https://twitter.com/lenashoots) for the pictures.'
    assert "Lena" not in people(run)


def test_a_section_byline_of_a_linked_name_alone_names_its_writer_not_a_participant(run):
    # '## What I learned' over 'by [Nina](https://twitter.com/ninawrites)' alone on its line
    assert "Nina" not in people(run)
