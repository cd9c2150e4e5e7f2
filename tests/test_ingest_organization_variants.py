"""One organization written two ways in one recap is one organization of the draft, on fixtures
written for these tests (not copied text)."""

from conftest import ROOT, ingest_view, organization_names

LAYOUTS = ROOT / "tests" / "ingest" / "layouts"


def test_a_community_written_with_and_without_its_filler_word_is_one_organization(run):
    names = organization_names(ingest_view(run, LAYOUTS / "zh-community-written-two-ways.md"))  # '星河开源社区', '星河社区'
    assert "星河开源社区" in names
    assert "星河社区" not in names


def test_a_foundation_written_with_and_without_software_is_one_organization(run):
    names = organization_names(ingest_view(run, LAYOUTS / "en-foundation-written-two-ways.md"))
    assert "Contoso Software Foundation" in names
    assert "Contoso Foundation" not in names
