"""English organizers a recap names as helping: 'X helped to organise the devroom'; 'thanks to X for helping us
organize such an event'. In small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str) -> list[str]:
    return ingest_view(run, POSTS / name)["event"]["organizers"]


def test_an_organization_that_helped_to_organise_the_event_organizes_it(run):
    # 'The Fabrikam Foundation helped to organise a devroom about …'
    assert organizers(run, "en-helped-to-organise.md") == ["Fabrikam Foundation"]


def test_an_organization_thanked_for_helping_to_organize_the_event_organizes_it(run):
    # 'Thanks to Tailspin for helping us organize such a co-located event!'
    assert organizers(run, "en-thanks-for-helping-organize.md") == ["Tailspin"]
