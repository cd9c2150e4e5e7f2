"""A name in a recap's sentence that opens with a first name common in one of the name dictionary's
countries other than the English-speaking ones ('Maarten', 'Ciprian'; no English word) is a participant,
as one with a common English first name is; not when it is part of a longer name (a capitalized word that
is no given name before it), of an address (a house number after it) or a place's name (an article
before it). The post is written for these tests."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def people(run) -> set[str]:
    return {person["name"] for person in ingest_view(run, POSTS / "widely-given-names.md")["people"]}


def test_a_name_opening_with_a_first_name_common_outside_english_speaking_countries_is_a_participant(run):
    # 'Maarten Velzeboer opened the day …, and Ciprian Vantaru showed …'
    assert {"Maarten Velzeboer", "Ciprian Vantaru"} <= people(run)


def test_such_a_name_after_a_capitalized_word_that_is_no_given_name_is_part_of_a_longer_name(run):
    # 'the Contoso Sander Velthuis prize'
    assert "Sander Velthuis" not in people(run)


def test_such_a_name_after_an_article_names_a_place(run):
    # 'at the lovely Sander Haverkamp, a hall in the old town'
    assert "Sander Haverkamp" not in people(run)


def test_such_a_name_before_a_house_number_is_an_address(run):
    # 'Venue: Sander Haverkampstraat 12, 3511 Utrecht'
    assert "Sander Haverkampstraat" not in people(run)
