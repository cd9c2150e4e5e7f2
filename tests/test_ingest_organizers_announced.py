"""English organizers who announce their event: 'On behalf of the X community, I'm pleased to announce that the
first X Meetup will be held …'; 'The X Alliance is pleased to announce the 12th X Summit'; not 'the winners of the
X Challenge'; and a host named inside what 'we' announce. In small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str, found: bool = True) -> list[str]:
    return ingest_view(run, POSTS / name, found=found)["event"]["organizers"]


def test_those_the_writer_announces_the_event_on_behalf_of_organize_it(run):
    # 'On behalf of the Contoso community, I'm pleased to announce that the first Contoso Lyon Meetup will be held …'
    assert organizers(run, "en-announced-on-behalf.md") == ["Contoso community"]


def test_an_organization_pleased_to_announce_the_event_organizes_it(run):
    # 'The Fabrikam Standards Alliance is pleased to announce the 12th Fabrikam Summit taking place in Lyon'
    assert organizers(run, "en-pleased-to-announce-the-event.md") == ["Fabrikam Standards Alliance"]


def test_an_organization_announcing_something_of_an_event_does_not_organize_it_for_that(run):
    # 'The Tailspin Foundation is pleased to announce the winners of the Tailspin Design Challenge.'
    assert "Tailspin Foundation" not in organizers(run, "en-pleased-to-announce-the-winners.md")


def test_the_host_named_in_what_we_announce_hosts_the_event(run):
    # 'We are happy to announce that Contoso is hosting a Northwind Meetup in Lyon next week.'
    assert organizers(run, "en-announce-that-another-hosts.md") == ["Contoso"]
