"""A name in a recap's sentence whose surname is also an English word is a participant when the surname
is among the commonest of the US census ('Stone', 'Rice'), unless the word ends a place's name ('Victoria
Park'). The post is written for these tests."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def people(run) -> set[str]:
    return {person["name"] for person in ingest_view(run, POSTS / "surnames-that-are-words.md")["people"]}


def test_a_common_surname_that_is_an_english_word_ends_a_participants_name(run):
    # 'Peter Stone walked us through …, and Helen Rice closed the night …'
    assert {"Peter Stone", "Helen Rice"} <= people(run)


def test_a_given_name_before_a_word_that_ends_place_names_is_a_place(run):
    # 'walked over to Victoria Park for the picnic'
    assert "Victoria Park" not in people(run)
