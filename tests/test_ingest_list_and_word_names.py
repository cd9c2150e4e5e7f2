"""English people whose name reading stopped short, on fixtures written for these tests (not copied
text): a given name that is also an English word before a surname and a bracketed employer; the next
person of a list of names read as the previous one's organization."""

from conftest import ROOT, ingest_view, organizations_of, talks

from ocpkb.ingest.classify import parse_person
from ocpkb.ingest.model import PersonMention, Span

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_given_name_that_is_an_english_word_opens_a_name_before_a_bracketed_organization(run):
    view = ingest_view(run, LAYOUTS / "program-word-given-name.md")
    assert talks(view)["Signing Widget Builds with Fabrikam"] == ["Will Okafor"]
    assert organizations_of(view)["Will Okafor"] == "Contoso Labs"


def test_a_given_name_that_is_an_english_word_before_no_organization_opens_no_name():
    assert parse_person("Will Widgetry (v2) replace", Span(1, 1)) is None


def test_the_next_name_of_a_list_is_no_organization():
    person = parse_person("Ada Okafor, Ivan Holder, Tom Berg", Span(1, 1))
    assert (person.name, person.organization) == ("Ada Okafor", None)


def test_a_next_name_with_a_surname_that_is_a_word_alone_after_the_comma_stays_an_organization():
    person = parse_person("Ada Okafor, Ivan Street", Span(1, 1))
    assert person.organization == "Ivan Street"  # a firm named after someone, no list after it


def test_english_words_one_of_which_names_no_one_are_no_persons_name():
    from ocpkb.ingest.classify import words_only_name

    assert words_only_name("Connection Storms") and words_only_name("Runner Up")


def test_words_that_are_names_in_the_name_lists_stay_a_name():
    from ocpkb.ingest.classify import words_only_name

    assert not words_only_name("Ran Duan")  # pinyin syllables, also English words
    assert not words_only_name("Hong Kan")
    assert not words_only_name("Sage Sharp")  # a given name and a census surname


def test_a_job_title_beside_a_phrase_of_words_vouches_for_a_person():
    from ocpkb.ingest.classify import a_phrase_for_a_name

    assert a_phrase_for_a_name(PersonMention("Harbor Cup", Span(1, 1)))
    assert not a_phrase_for_a_name(PersonMention("Harbor Cup", Span(1, 1), "Contoso", "Solutions Architect"))
