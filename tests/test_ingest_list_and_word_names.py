"""English people whose name reading stopped short, on fixtures written for these tests (not copied
text): a given name that is also an English word before a surname and a bracketed employer; the next
person of a list of names read as the previous one's organization."""

from conftest import ROOT, ingest_view, organizations_of, talks

from ocpkb.ingest.classify import parse_person
from ocpkb.ingest.model import Span

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
