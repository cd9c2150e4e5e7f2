"""A school ('Fabrikam Business School', a Dutch 'Tailspin Hogeschool') and a company named '… Networks' are
organizations by the word that ends their name, and a school named only by common words ('Graduate School') is
none, on a fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_school_is_an_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-school-and-network-heads.md"))
    assert "Fabrikam Business School" in found
    assert "Tailspin Hogeschool" in found


def test_a_company_named_networks_is_an_organization(run):
    assert "Northwind Networks" in organization_names(ingest_view(run, LAYOUTS / "en-school-and-network-heads.md"))


def test_a_school_named_only_by_common_words_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-school-and-network-heads.md"))
    assert not {name for name in found if name.endswith("Graduate School")}
