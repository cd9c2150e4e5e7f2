"""The event the page reports is no organization that took part in it, also where a sentence under
a sponsors heading names it ('The Tailspin Summit is sponsored by the NWF'); on a fixture written for
this test (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

RECAP = ROOT / "tests" / "ingest" / "layouts" / "en-the-event-named-as-a-host.md"


def test_the_events_own_name_is_no_organization(run):
    view = ingest_view(run, RECAP)
    assert view["event"]["name"] == "Tailspin Summit"
    assert organization_names(view) == {"NWF"}
