"""An organization written with and without its article ('The Fabrikam Foundation', 'Fabrikam
Foundation') is one organization, the other form its alias; on a fixture written for this test (not
copied text)."""

from conftest import ROOT, ingest_view, organization_names

RECAP = ROOT / "tests" / "ingest" / "layouts" / "en-an-organization-with-and-without-the.md"


def test_a_name_with_and_without_the_is_one_organization(run):
    view = ingest_view(run, RECAP)
    assert organization_names(view) == {"Fabrikam Foundation", "Contoso Labs"}
    fabrikam = next(o for o in view["organizations"] if o["name"] == "Fabrikam Foundation")
    assert fabrikam["aliases"] == ["The Fabrikam Foundation"]
