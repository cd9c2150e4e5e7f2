"""Organizers a page's front matter states under a key that is an organizer's label ('host: Fabrikam Labs',
'organizer: {name: Contoso PHP}'), not a person. In small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str) -> list[str]:
    return ingest_view(run, POSTS / name)["event"]["organizers"]


def test_a_host_key_in_the_front_matter_names_the_host(run):
    # 'host: Fabrikam Labs'
    assert organizers(run, "en-front-matter-host.md") == ["Fabrikam Labs"]


def test_an_organizer_mappings_name_in_the_front_matter_names_the_organizer(run):
    # 'organizer:' over 'name: Contoso PHP' and its 'url:'; the venue's mapping names none
    assert organizers(run, "en-front-matter-organizer-mapping.md") == ["Contoso PHP"]


def test_a_person_as_the_host_key_names_no_organizer(run):
    # 'host: Dana Whitfield'
    assert organizers(run, "en-front-matter-host-person.md") == []
