"""English organizers a recap names as having an event: 'The Fabrikam Foundation had a workshop at …' (what it
had is an event word); not 'had a booth at the conference'. In small posts written for these tests (not copied text)."""

from conftest import ROOT, ingest_view

POSTS = ROOT / "tests" / "ingest" / "posts"


def organizers(run, name: str) -> list[str]:
    return ingest_view(run, POSTS / name)["event"]["organizers"]


def test_an_organization_that_had_a_workshop_hosts_it(run):
    # 'The Fabrikam Foundation had a workshop at the Tailspin Lab in March 2031'
    assert organizers(run, "en-had-a-workshop.md") == ["Fabrikam Foundation"]


def test_an_organization_that_had_a_booth_at_an_event_hosts_none(run):
    # 'Northwind Traders had a booth at the Contoso Summit in Lyon'
    assert "Northwind Traders" not in organizers(run, "en-had-a-booth.md")
