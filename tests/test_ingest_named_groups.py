"""A group with a proper name ('Fabrikam Lyon User Group', 'Tailspin Working Group') is an organization, and
one named only by common words ('Chess Group', 'Garden Group') is none, on a fixture written for these
tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_group_with_a_proper_name_is_an_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-named-groups.md"))
    assert "Fabrikam Lyon User Group" in found
    assert "Tailspin Working Group" in found


def test_a_group_named_only_by_common_words_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-named-groups.md"))
    assert "Chess Group" not in found
    assert "Garden Group" not in found
