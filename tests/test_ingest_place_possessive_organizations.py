"""A country's or a city's possessive before an organization's name says where it is, no part of
the name ('Norway’s Fabrikam Research Centre'); on a fixture written for this test (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

RECAP = ROOT / "tests" / "ingest" / "layouts" / "en-a-place-possessive-before-an-organization.md"


def test_a_places_possessive_is_cut_from_the_name(run):
    found = organization_names(ingest_view(run, RECAP))
    assert "Fabrikam Research Centre" in found
    assert "Norway’s Fabrikam Research Centre" not in found
