"""A company named after its product names the product where a recap uses the word for it, on a
fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_company_named_after_its_product_is_no_organization_where_the_product_is_meant(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-product-named-company.md"))  # 'a laptop with Docker, Podman and a small cluster'
    assert "Docker" not in found
    assert "Contoso Labs" in found
