"""A project's or an event's own committee, named only by common words, is part of what the recap is
about and no organization, on a fixture written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_committee_named_only_by_common_words_is_no_organization(run):
    found = organization_names(ingest_view(run, LAYOUTS / "en-project-bodies.md"))
    assert "Release Steering Committee" not in found
    assert "Talk Selection Committee" not in found
    assert "Northwind Steering Committee" in found  # named after an organization: that organization's
