"""A speaker's two affiliations joined by a slash are two organizations, on a fixture written for
these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_two_affiliations_joined_by_a_slash_are_two_organizations(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-two-affiliations-with-a-slash.md"))  # 'Fabrikam Research / Northwind University'
    assert {"Fabrikam Research", "Northwind University"} <= found
